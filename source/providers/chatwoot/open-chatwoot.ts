// Opens a Chatwoot profile: validated settings, the shared HTTP client, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createChatwootProvider} from './chatwoot-provider.js';
import {chatwootToken, parseChatwootSettings} from './chatwoot-settings.js';

export function openChatwootProvider(options: OpenProviderOptions): HelpdeskProvider {
	const settings = parseChatwootSettings(options.profile.settings);
	const http = openTokenHttp(options, {kind: 'chatwoot', label: 'Chatwoot', baseUrl: settings.url, token: chatwootToken(options.secrets)});
	return createChatwootProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
