// Opens a Zendesk profile: validated settings, the shared HTTP client on /api/v2, the adapter.
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient} from '../http/http-client.js';
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../registry.js';
import {createZendeskProvider} from './zendesk-provider.js';
import {parseZendeskSettings, zendeskToken} from './zendesk-settings.js';

export function openZendeskProvider(options: OpenProviderOptions): HelpdeskProvider {
	const settings = parseZendeskSettings(options.profile.settings);
	const token = zendeskToken(options.secrets);
	const log = createDebugLog(options.env, options.paths, options.clock);
	const name = options.profile.name;
	const http = createHttpClient({
		baseUrl: `${settings.url}/api/v2`,
		provider: 'Zendesk',
		loginCommand: name === 'zendesk' ? 'deskterm login zendesk' : `deskterm login zendesk --profile ${name}`,
		secrets: [token],
		clock: options.clock,
		...(log ? {log} : {}),
	});
	return createZendeskProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}
