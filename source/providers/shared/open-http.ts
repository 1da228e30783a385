// Opening a profile's HTTP client: the shared client with its debug log, and the login command its errors name.
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient, type DeskHttpClient} from '../http/http-client.js';
import type {OpenProviderOptions} from '../provider-definition.js';

/** What to run when the token is rejected: the profile named only when it is not the kind's default. */
export function loginCommand(kind: string, profile: string): string {
	return profile === kind ? `deskterm login ${kind}` : `deskterm login ${kind} --profile ${profile}`;
}

export type HttpTarget = {kind: string; label: string; baseUrl: string; token: string};

/** Token-authenticated back ends whose adapters send their own headers; the token is redacted from logs and errors. */
export function openTokenHttp(options: OpenProviderOptions, target: HttpTarget): DeskHttpClient {
	const log = createDebugLog(options.env, options.paths, options.clock);
	return createHttpClient({
		baseUrl: target.baseUrl,
		provider: target.label,
		loginCommand: loginCommand(target.kind, options.profile.name),
		secrets: [target.token],
		clock: options.clock,
		...(log ? {log} : {}),
	});
}
