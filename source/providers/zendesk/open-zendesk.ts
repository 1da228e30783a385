// Opens a Zendesk profile: validated settings, the shared HTTP client on /api/v2, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createZendeskProvider} from './zendesk-provider.js';
import {parseZendeskSettings, zendeskToken} from './zendesk-settings.js';

export function openZendeskProvider(options: OpenProviderOptions): HelpdeskProvider {
	const settings = parseZendeskSettings(options.profile.settings);
	const http = openTokenHttp(options, {kind: 'zendesk', label: 'Zendesk', baseUrl: `${settings.url}/api/v2`, token: zendeskToken(options.secrets)});
	return createZendeskProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
