// Opens a Zammad profile: validated settings, the shared HTTP client, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createZammadProvider} from './zammad-provider.js';
import {parseZammadSettings, zammadToken} from './zammad-settings.js';

export function openZammadProvider(options: OpenProviderOptions): HelpdeskProvider {
	// DESKTERM_ZAMMAD_URL points a profile at another instance (or a test server) without editing it.
	const override = options.env['DESKTERM_ZAMMAD_URL'];
	const settings = parseZammadSettings(override ? {...options.profile.settings, url: override} : options.profile.settings);
	const http = openTokenHttp(options, {kind: 'zammad', label: 'Zammad', baseUrl: settings.baseUrl, token: zammadToken(options.secrets)});
	return createZammadProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
