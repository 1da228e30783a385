// The outbox through the real Request Tracker, Intercom, Chatwoot and Front adapters and HTTP client against a faulty back end of each
// on 127.0.0.1 (fault-server.ts: 5xx, 429 with Retry-After, resets before and after the write, an error or truncated
// JSON after it, a body that never ends; Front's confirm step fails too). Seeded; the clock never really sleeps.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createContext} from '../../../source/context.js';
import {listOutbox, retryOutbox} from '../../../source/operations/outbox/outbox-actions.js';
import {sendMessage} from '../../../source/operations/outbox/send-message.js';
import {createChatwootProvider} from '../../../source/providers/chatwoot/chatwoot-provider.js';
import {parseChatwootSettings} from '../../../source/providers/chatwoot/chatwoot-settings.js';
import {createFrontProvider} from '../../../source/providers/front/front-provider.js';
import {parseFrontSettings} from '../../../source/providers/front/front-settings.js';
import {createHttpClient, type DeskHttpClient} from '../../../source/providers/http/http-client.js';
import {createIntercomProvider} from '../../../source/providers/intercom/intercom-provider.js';
import {parseIntercomSettings} from '../../../source/providers/intercom/intercom-settings.js';
import type {HelpdeskProvider} from '../../../source/providers/provider.js';
import {openRtProvider} from '../../../source/providers/rt/rt-provider.js';
import {seededRandom} from '../../helpers/faulty-provider.js';
import type {CountingDesk} from '../../helpers/fault-server.js';
import {faultyRt} from '../../helpers/faulty-rt.js';
import {faultyChatwoot, faultyFront, faultyIntercom} from '../../helpers/faulty-saas.js';
import {startLoopbackServer} from '../../helpers/loopback-server.js';
import {secrets as chatwootSecrets} from '../../providers/chatwoot/chatwoot-routes.js';
import {secrets as frontSecrets} from '../../providers/front/front-routes.js';
import {secrets as intercomSecrets} from '../../providers/intercom/intercom-routes.js';

const seed = Number(process.env['DESKTERM_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const replies = 200;
const directories: string[] = [];
afterAll(() => {
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
});

type Kind = {
	name: string;
	conversationId: string;
	desk(random: () => number): CountingDesk;
	/** Where the API lives on the server. */
	basePath?: string;
	provider(url: string, http: DeskHttpClient, sleep: (ms: number) => Promise<void>): HelpdeskProvider;
};

const rtToken = '1-14-0123456789abcdef0123456789abcdef';
const kinds: Kind[] = [
	{
		name: 'Request Tracker',
		conversationId: '1',
		desk: faultyRt,
		basePath: '/REST/2.0',
		provider: (url, http) =>
			openRtProvider({profile: {name: 'rt', provider: 'rt', settings: {url}}, paths: {dataDir: '/x', configDir: '/x', templatesDir: '/x'}, env: {}, clock: Date.now, secrets: {token: rtToken}}, http),
	},
	{
		name: 'Intercom',
		conversationId: '1001',
		desk: faultyIntercom,
		provider: (url, http) => createIntercomProvider({settings: parseIntercomSettings({url, adminId: '814860'}), secrets: intercomSecrets, http, clock: Date.now}),
	},
	{
		name: 'Chatwoot',
		conversationId: '42',
		desk: faultyChatwoot,
		provider: (url, http) => createChatwootProvider({settings: parseChatwootSettings({url, accountId: '1', language: 'en'}), secrets: chatwootSecrets, http, clock: Date.now}),
	},
	{
		name: 'Front',
		conversationId: 'cnv_yo1kg5q',
		desk: faultyFront,
		provider: (url, http, sleep) => createFrontProvider({settings: parseFrontSettings({url, teammate: 'maya.okafor@northwind.example'}), secrets: frontSecrets, http, clock: Date.now, sleep}),
	},
];

describe.each(kinds)(`the outbox against a faulty $name over HTTP (seed ${seed}, DESKTERM_FAULT_SEED=${seed} replays it)`, kind => {
	it(`delivers each of ${replies} replies and notes exactly once, or keeps it in the outbox until a retry does`, async () => {
		const random = seededRandom(seed);
		const desk = kind.desk(random);
		const server = await startLoopbackServer((request, response) => desk.handle(request, response));
		const waits: number[] = [];
		const sleep = async (ms: number) => void waits.push(ms);
		const http = createHttpClient({baseUrl: `${server.url}${kind.basePath ?? ''}`, provider: kind.name, secrets: [], timeoutMs: 250, sleep, random});
		const provider = kind.provider(server.url, http, sleep);
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-adapter-faults-'));
		directories.push(dataDir);
		const context = await createContext({env: {}, dataDir, provider, sleep});
		try {
			const problems: string[] = [];
			const statuses = new Set<string>();
			for (let index = 0; index < replies; index++) {
				const body = `${kind.name} message ${index} (seed ${seed})`;
				const outcome = await sendMessage(context, {conversationId: kind.conversationId, kind: index % 3 === 0 ? 'note' : 'reply', body}, {maxAttempts: 3});
				statuses.add(outcome.status);
				const count = desk.copies(body);
				if (outcome.status === 'delivered' && count !== 1) problems.push(`${body}: delivered, ${count} copies`);
				if (outcome.status !== 'delivered' && count > 1) problems.push(`${body}: ${outcome.status}, ${count} copies`);
				if (outcome.error && /[\u0000-\u001f\u007f]/.test(outcome.error.message)) problems.push(`${body}: an error with control characters: ${JSON.stringify(outcome.error.message)}`);
			}
			expect(problems).toEqual([]);
			// The faults did bite: some sends were left for later, and some waited out a Retry-After.
			expect([...statuses].filter(status => status !== 'delivered')).not.toEqual([]);
			expect(Math.max(...waits)).toBeGreaterThanOrEqual(3000);
			desk.heal();
			await retryOutbox(context, 'all');
			expect((await listOutbox(context)).items).toEqual([]);
			const wrong = Array.from({length: replies}, (_unused, index) => `${kind.name} message ${index} (seed ${seed})`)
				.map(body => ({body, copies: desk.copies(body)}))
				.filter(each => each.copies !== 1);
			expect(wrong).toEqual([]);
		} finally {
			http.close();
			await server.close();
		}
	});
});
