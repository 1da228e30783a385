// An RT provider wired to a scripted REST2 on 127.0.0.1 (no RT needed); closeScripted() in afterEach.
import {createHttpClient} from '../../../source/providers/http/http-client.js';
import {openRtProvider} from '../../../source/providers/rt/rt-provider.js';
import {startLoopbackServer, type Handler, type LoopbackServer} from '../../helpers/loopback-server.js';

export const scriptedToken = '1-14-0123456789abcdef0123456789abcdef';
let server: LoopbackServer | undefined;

export async function closeScripted(): Promise<void> {
	await server?.close();
	server = undefined;
}

export async function openScripted(handler: Handler, settings: Record<string, unknown> = {}) {
	server = await startLoopbackServer(handler);
	const http = createHttpClient({
		baseUrl: `${server.url}/REST/2.0`,
		provider: 'Request Tracker',
		loginCommand: 'deskterm login rt',
		auth: () => ({Authorization: `token ${scriptedToken}`}),
		sleep: async () => undefined,
	});
	const provider = openRtProvider(
		{
			profile: {name: 'rt', provider: 'rt', settings: {url: server.url, ...settings}},
			paths: {dataDir: '/x', configDir: '/x', templatesDir: '/x'},
			env: {},
			clock: () => Date.UTC(2026, 10, 22, 15, 0, 0),
			secrets: {token: scriptedToken},
		},
		http,
	);
	return {provider, requests: server.requests};
}
