// One suggestion stack and one AI re-ranker client for both surfaces: `deskterm suggest <id>` and the console's
// suggested replies rank the same templates in the same order with the same confidence, read the whole thread
// the same way, and send the AI endpoint the same question and candidates.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import type {Conversation} from '../../source/domain/conversation.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {keys} from '../helpers/keys.js';
import {startLoopbackServer, type LoopbackServer} from '../helpers/loopback-server.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {run} from '../cli/cli-fixtures.js';
import {renderAssistConsole, type AssistView} from '../ui/assist/assist-console.js';
import {assistDesk, templateFiles} from '../ui/assist/fixtures.js';

const hour = 3_600_000;
const scratch = mkdtempSync(join(tmpdir(), 'deskterm-suggest-surfaces-'));
const templatesDir = join(scratch, 'templates');
// The fixtures' templates without their broken file, so neither surface has a lint warning to give.
const templates = Object.fromEntries(Object.entries(templateFiles).filter(([path]) => path !== 'broken.md'));
for (const [path, text] of Object.entries(templates)) {
	mkdirSync(dirname(join(templatesDir, path)), {recursive: true});
	writeFileSync(join(templatesDir, path), text);
}
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

// The English variants' titles: the customer writes English.
const english = Object.values(templates).filter(text => !/^language: /m.test(text));
const titleOf = new Map(english.map(text => [/^id: (.+)$/m.exec(text)![1]!, /^title: (.+)$/m.exec(text)![1]!]));

// The real question comes first; a greeting-only follow-up and an agent's holding reply come after it.
function desk(): Conversation[] {
	return [
		...assistDesk(),
		makeConversation({
			id: '205',
			subject: 'Refund for a double charge',
			customer: makeCustomer({id: 'c5', name: 'Mary Jackson', email: 'mary@example.com'}),
			createdAt: testNow - 5 * hour,
			messages: [
				{kind: 'customer', body: 'My card was charged twice for the same invoice, I need the second payment refunded.'},
				{kind: 'agent', body: 'Thanks Mary, we are looking into it.'},
				{kind: 'customer', body: 'Hello? Any news?'},
			],
		}),
	];
}

type Ranked = {template: string; confidence: number};

async function cliSuggestions(env: Record<string, string> = {}): Promise<Ranked[]> {
	const result = await run(['suggest', '205', '--templates', templatesDir, '--json', '--top', '3'], {
		provider: createMemoryProvider(desk()),
		env: {HOME: '/nonexistent/deskterm-test-home', ...env},
	});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	const parsed = JSON.parse(result.stdout) as {suggestions: Array<{template: string; score: number}>};
	return parsed.suggestions.map(each => ({template: each.template, confidence: Math.round(each.score * 100)}));
}

let view: AssistView | undefined;
afterEach(() => view?.unmount());

// The wide layout's panel lists each suggestion on its own line ("1 Charged twice 73%"), its reasons below.
function panelSuggestions(frame: string): Ranked[] {
	const byTitle = new Map([...titleOf].map(([id, title]) => [title, id]));
	const panel = frame.slice(frame.indexOf('Suggested replies (keys'));
	return panel
		.split('\n')
		.map(line => /\s([123]) (.+?) (\d+)%(?: ⚑)?\s*$/.exec(line))
		.filter(match => match !== null)
		.map(([, , title, confidence]) => ({template: byTitle.get(title!) ?? `unknown title ${title}`, confidence: Number(confidence)}));
}

async function consoleSuggestions(env: Record<string, string> = {}, settled: (shown: Ranked[]) => boolean = () => true): Promise<Ranked[]> {
	view = await renderAssistConsole({conversations: desk(), templates, columns: 210, rows: 50, env});
	await view.waitFor(frame => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame));
	view.press(':open 205', keys.enter);
	const frame = await view.waitFor(frame => frame.includes('#205 ') && frame.includes('Suggested replies (keys') && panelSuggestions(frame).length === 3 && settled(panelSuggestions(frame)));
	return panelSuggestions(frame);
}

describe('suggested replies, CLI and console', () => {
	it('rank the same three templates in the same order with the same confidence, from the real question not the follow-up', async () => {
		const cli = await cliSuggestions();
		expect(cli).toHaveLength(3);
		expect(cli[0]!.template).toBe('duplicate-charge');
		expect(await consoleSuggestions()).toEqual(cli);
	});
});

describe('the AI re-ranker, CLI and console', () => {
	let server: LoopbackServer | undefined;
	afterEach(async () => server?.close());

	it('sends the same question and candidates from both surfaces, and both show its order', async () => {
		// The endpoint puts the local ranking's last candidate first.
		server = await startLoopbackServer((request, response) => {
			const candidates = (JSON.parse(JSON.parse(request.body).messages[1].content) as {candidates: Array<{id: string}>}).candidates;
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify({choices: [{message: {content: JSON.stringify({order: candidates.map(candidate => candidate.id).reverse()})}}]}));
		});
		const local = await cliSuggestions();
		const env = {DESKTERM_AI_URL: server.url, DESKTERM_AI_MODEL: 'tiny'};
		const cli = await cliSuggestions(env);
		expect(cli[0]!.template).not.toBe(local[0]!.template);
		const shown = await consoleSuggestions(env, ranked => ranked[0]!.template !== local[0]!.template);
		expect(shown.map(each => each.template)).toEqual(cli.map(each => each.template));
		expect(server.requests).toHaveLength(2);
		const [fromCli, fromConsole] = server.requests.map(request => JSON.parse(request.body) as {model: string; messages: Array<{content: string}>});
		expect(fromConsole).toEqual(fromCli);
		expect(fromCli!.model).toBe('tiny');
		expect(fromCli!.messages[1]!.content).toContain('charged twice');
	});
});
