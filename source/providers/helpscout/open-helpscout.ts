// Opens a Help Scout profile: validated settings, the shared HTTP client (the app secret redacted), the adapter.
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient} from '../http/http-client.js';
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {loginCommand} from '../shared/open-http.js';
import {createHelpscoutProvider} from './helpscout-provider.js';
import {helpscoutCredentials, parseHelpscoutSettings} from './helpscout-settings.js';

export function openHelpscoutProvider(options: OpenProviderOptions): HelpdeskProvider {
	// DESKTERM_HELPSCOUT_URL points a profile at a proxy (or a test server) without editing it.
	const override = options.env['DESKTERM_HELPSCOUT_URL'];
	const settings = parseHelpscoutSettings(override ? {...options.profile.settings, url: override} : options.profile.settings);
	const credentials = helpscoutCredentials(settings, options.secrets);
	const login = loginCommand('helpscout', options.profile.name);
	const log = createDebugLog(options.env, options.paths, options.clock);
	const http = createHttpClient({
		baseUrl: settings.baseUrl,
		provider: 'Help Scout',
		loginCommand: login,
		secrets: [credentials.appSecret],
		clock: options.clock,
		...(log ? {log} : {}),
	});
	return createHelpscoutProvider({settings, secrets: options.secrets, http, clock: options.clock, loginCommand: login, onClose: () => http.close()});
}
