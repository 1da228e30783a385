// Opens a Freshdesk profile: validated settings, the shared HTTP client on /api/v2, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createFreshdeskProvider} from './freshdesk-provider.js';
import {freshdeskApiKey, parseFreshdeskSettings} from './freshdesk-settings.js';

export function openFreshdeskProvider(options: OpenProviderOptions): HelpdeskProvider {
	const settings = parseFreshdeskSettings(options.profile.settings);
	const http = openTokenHttp(options, {kind: 'freshdesk', label: 'Freshdesk', baseUrl: `${settings.url}/api/v2`, token: freshdeskApiKey(options.secrets)});
	return createFreshdeskProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
