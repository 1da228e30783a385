// An adapter's real HTTP client against the spec server on 127.0.0.1, both closed after each test. Time moves
// only when the client sleeps: waits are exact and the test never really sleeps.
import {afterEach} from 'vitest';
import {createHttpClient, type DeskHttpClient} from '../../source/providers/http/http-client.js';
import {startSpecServer, type FixtureRoute, type SpecServer} from './spec-server.js';

export type SpecHttp = {server: SpecServer; http: DeskHttpClient; waits: number[]; clock: () => number};

export type SpecHttpOptions = {
	/** The back end's name in messages, e.g. "Zendesk"; the login command is `deskterm login <name in lower case>`. */
	provider: string;
	token: string;
	startAt: number;
	/** Where the API lives on the server, e.g. "/api/v2". */
	basePath?: string;
};

/** Call at the top of a test file: the function it returns starts one server and client for a test. */
export function specHttp(options: SpecHttpOptions): (routes: FixtureRoute[]) => Promise<SpecHttp> {
	let opened: SpecHttp | undefined;
	afterEach(async () => {
		opened?.http.close();
		await opened?.server.close();
		opened = undefined;
	});
	return async routes => {
		const server = await startSpecServer(routes, options.basePath);
		const waits: number[] = [];
		let now = options.startAt;
		const http = createHttpClient({
			baseUrl: server.url,
			provider: options.provider,
			loginCommand: `deskterm login ${options.provider.toLowerCase()}`,
			secrets: [options.token],
			clock: () => now,
			sleep: async ms => {
				waits.push(ms);
				now += ms;
			},
		});
		opened = {server, http, waits, clock: () => now};
		return opened;
	};
}
