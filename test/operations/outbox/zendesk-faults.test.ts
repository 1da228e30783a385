// The outbox through the real Zendesk adapter and HTTP client against a faulty Zendesk on 127.0.0.1: 5xx, 429 with
// Retry-After, resets before and after the write is applied, truncated JSON, a body that never ends. Seeded.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createContext} from '../../../source/context.js';
import {listOutbox, retryOutbox} from '../../../source/operations/outbox/outbox-actions.js';
import {sendMessage} from '../../../source/operations/outbox/send-message.js';
import {createHttpClient} from '../../../source/providers/http/http-client.js';
import {createZendeskProvider} from '../../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings} from '../../../source/providers/zendesk/zendesk-settings.js';
import {seededRandom} from '../../helpers/faulty-provider.js';
import {faultyZendesk} from '../../helpers/faulty-zendesk.js';
import {startLoopbackServer} from '../../helpers/loopback-server.js';
import {secrets, token} from '../../providers/zendesk/zendesk-routes.js';

const seed = Number(process.env['DESKTERM_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const directories: string[] = [];
afterAll(() => {
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
});

describe(`the outbox against a faulty Zendesk over HTTP (seed ${seed}, DESKTERM_FAULT_SEED=${seed} replays it)`, () => {
	it('delivers each of 150 replies and notes exactly once, or keeps it in the outbox until a retry does', async () => {
		const random = seededRandom(seed);
		const desk = faultyZendesk(random);
		const server = await startLoopbackServer((request, response) => desk.handle(request, response));
		const waits: number[] = [];
		const http = createHttpClient({baseUrl: `${server.url}/api/v2`, provider: 'Zendesk', secrets: [token], timeoutMs: 250, sleep: async ms => void waits.push(ms), random});
		const settings = parseZendeskSettings({url: server.url, email: 'dana@example.com'});
		const provider = createZendeskProvider({settings, secrets, http, clock: Date.now});
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-zendesk-faults-'));
		directories.push(dataDir);
		const context = await createContext({env: {}, dataDir, provider, sleep: async ms => void waits.push(ms)});
		try {
			const statuses: string[] = [];
			const problems: string[] = [];
			for (let index = 0; index < 150; index++) {
				const body = `Zendesk message ${index} (seed ${seed})`;
				const outcome = await sendMessage(context, {conversationId: '35436', kind: index % 3 === 0 ? 'note' : 'reply', body}, {maxAttempts: 3});
				statuses.push(outcome.status);
				const count = desk.comments.filter(comment => comment.body === body).length;
				if (outcome.status === 'delivered' && count !== 1) problems.push(`${body}: delivered, ${count} copies`);
				if (outcome.status !== 'delivered' && count > 1) problems.push(`${body}: ${outcome.status}, ${count} copies`);
				if (outcome.error && outcome.error.message.includes('\n')) problems.push(`${body}: a multi-line error`);
			}
			expect(problems).toEqual([]);
			expect(Math.max(...waits)).toBeGreaterThanOrEqual(3000);
			desk.heal();
			await retryOutbox(context, 'all');
			expect((await listOutbox(context)).items).toEqual([]);
			for (let index = 0; index < 150; index++) {
				const body = `Zendesk message ${index} (seed ${seed})`;
				expect(desk.comments.filter(comment => comment.body === body).length, body).toBe(1);
			}
			// Every write carried its outbox id as Zendesk's Idempotency-Key.
			expect(server.requests.filter(request => request.method === 'PUT').map(request => request.headers['idempotency-key']).filter(key => !/^ob-[0-9a-f]{8}$/.test(String(key)))).toEqual([]);
		} finally {
			http.close();
			await server.close();
		}
	});
});
