// Opens an Intercom profile: validated settings, the shared HTTP client, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createIntercomProvider} from './intercom-provider.js';
import {intercomToken, parseIntercomSettings} from './intercom-settings.js';

export function openIntercomProvider(options: OpenProviderOptions): HelpdeskProvider {
	// DESKTERM_INTERCOM_URL points a profile at a proxy (or a test server) without editing it.
	const override = options.env['DESKTERM_INTERCOM_URL'];
	const settings = parseIntercomSettings(override ? {...options.profile.settings, url: override} : options.profile.settings);
	const http = openTokenHttp(options, {kind: 'intercom', label: 'Intercom', baseUrl: settings.baseUrl, token: intercomToken(options.secrets)});
	return createIntercomProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
