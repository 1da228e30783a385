// Opens a Front profile: validated settings, the shared HTTP client, the adapter.
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {openTokenHttp} from '../shared/open-http.js';
import {createFrontProvider} from './front-provider.js';
import {frontToken, parseFrontSettings} from './front-settings.js';

export function openFrontProvider(options: OpenProviderOptions): HelpdeskProvider {
	// DESKTERM_FRONT_URL points a profile at a proxy (or a test server) without editing it.
	const override = options.env['DESKTERM_FRONT_URL'];
	const settings = parseFrontSettings(override ? {...options.profile.settings, url: override} : options.profile.settings);
	const http = openTokenHttp(options, {kind: 'front', label: 'Front', baseUrl: settings.baseUrl, token: frontToken(options.secrets)});
	return createFrontProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
