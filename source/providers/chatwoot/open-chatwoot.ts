// Opens a Chatwoot profile: validated settings, the shared HTTP client, the adapter.
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient} from '../http/http-client.js';
import type {HelpdeskProvider} from '../provider.js';
import type {OpenProviderOptions} from '../registry.js';
import {createChatwootProvider} from './chatwoot-provider.js';
import {chatwootToken, parseChatwootSettings} from './chatwoot-settings.js';

export function openChatwootProvider(options: OpenProviderOptions): HelpdeskProvider {
	const settings = parseChatwootSettings(options.profile.settings);
	const token = chatwootToken(options.secrets);
	const log = createDebugLog(options.env, options.paths, options.clock);
	const http = createHttpClient({
		baseUrl: settings.url,
		provider: 'Chatwoot',
		loginCommand: loginCommand('chatwoot', options.profile.name),
		secrets: [token],
		clock: options.clock,
		...(log ? {log} : {}),
	});
	return createChatwootProvider({settings, secrets: options.secrets, http, clock: options.clock, onClose: () => http.close()});
}

function loginCommand(kind: string, profile: string): string {
	return profile === kind ? `deskterm login ${kind}` : `deskterm login ${kind} --profile ${profile}`;
}
