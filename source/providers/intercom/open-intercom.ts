// Opens an Intercom profile: validated settings, the shared HTTP client, the adapter.
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient} from '../http/http-client.js';
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../registry.js';
import {createIntercomProvider} from './intercom-provider.js';
import {intercomToken, parseIntercomSettings} from './intercom-settings.js';

export function openIntercomProvider(options: OpenProviderOptions): HelpdeskProvider {
	// DESKTERM_INTERCOM_URL points a profile at a proxy (or a test server) without editing it.
	const override = options.env['DESKTERM_INTERCOM_URL'];
	const settings = parseIntercomSettings(override ? {...options.profile.settings, url: override} : options.profile.settings);
	const token = intercomToken(options.secrets);
	const log = createDebugLog(options.env, options.paths, options.clock);
	const name = options.profile.name;
	const http = createHttpClient({
		baseUrl: settings.baseUrl,
		provider: 'Intercom',
		loginCommand: name === 'intercom' ? 'deskterm login intercom' : `deskterm login intercom --profile ${name}`,
		secrets: [token],
		clock: options.clock,
		...(log ? {log} : {}),
	});
	return createIntercomProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
