import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {run} from '../cli/cli-fixtures.js';
import {makeConversation, makeCustomer} from '../helpers/conversations.js';
import {startLoopbackServer} from '../helpers/loopback-server.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {historyFile, templatesDir} from './ranking-fixtures.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'deskterm-suggest-'));
	dirs.push(dir);
	return dir;
}

const lines = (text: string) => text.split('\n').filter(line => line !== '');

describe('suggest --batch', () => {
	it('writes one JSON line per input line, in order, and reports bad lines by number', async () => {
		const stdin = [
			JSON.stringify({id: 'a', text: 'I forgot my password'}),
			'',
			'{not json',
			JSON.stringify({id: 7, text: 'please send the invoice again'}),
			JSON.stringify({text: 'no id'}),
			JSON.stringify({id: 'c', text: 'my parcel is late'}),
		].join('\n');
		const result = await run(['suggest', '--templates', templatesDir, '--data-dir', tempDir(), '--batch', '-', '--json'], {stdin});
		const answers = lines(result.stdout).map(line => JSON.parse(line) as {id: unknown; suggestions: Array<Record<string, unknown>>});
		expect(answers.map(answer => answer.id)).toEqual(['a', 7, 'c']);
		for (const answer of answers) {
			expect(answer.suggestions).toHaveLength(3);
			for (const suggestion of answer.suggestions) expect(Object.keys(suggestion)).toEqual(['template', 'score', 'reasons']);
		}
		expect(answers.map(answer => answer.suggestions[0]!['template'])).toEqual(['password_reset', 'invoice_copy', 'shipping_delay']);
		expect(result.stderr).toMatch(/line 3: not valid JSON/);
		expect(result.stderr).toMatch(/line 5: "id" must be a string or a number/);
		expect(result.code).toBe(1);
	});

	it('learns from --history, honours --top and reads the batch from a file', async () => {
		const dir = tempDir();
		const input = join(dir, 'queries.jsonl');
		writeFileSync(input, `${JSON.stringify({id: 'q1', text: 'terminate the membership'})}\n`);
		const result = await run(['suggest', '--templates', templatesDir, '--history', historyFile, '--batch', input, '--top', '1', '--data-dir', dir]);
		expect(result.code).toBe(0);
		const [answer] = lines(result.stdout).map(line => JSON.parse(line) as {suggestions: Array<{template: string; reasons: string[]}>});
		expect(answer?.suggestions).toHaveLength(1);
		expect(answer?.suggestions[0]?.template).toBe('cancel_subscription');
	});

	it('refuses a bad --top, a missing batch file and a conversation id together with --batch', async () => {
		expect((await run(['suggest', '--batch', '-', '--top', 'many'])).stderr).toMatch(/--top: expected a whole number/);
		expect((await run(['suggest', '--batch', '/nonexistent/queries.jsonl'])).code).toBe(2);
		expect((await run(['suggest', '1042', '--batch', '-'])).stderr).toMatch(/either a conversation id or --batch/);
		const missingHistory = await run(['suggest', '--templates', templatesDir, '--history', '/nonexistent/past.csv', '--batch', '-'], {stdin: ''});
		expect(missingHistory.code).toBe(2);
		expect(missingHistory.stderr).toBe('deskterm: cannot read history /nonexistent/past.csv: no such file\n');
	});
});

// The agent answered the first question; only the newer customer messages are what needs an answer.
const provider = () =>
	createMemoryProvider([
		makeConversation({
			id: '2001',
			customer: makeCustomer({id: 'c9', name: 'Ines Moreau', language: 'fr'}),
			messages: [
				{kind: 'customer', body: 'Can I get a copy of my invoice?'},
				{kind: 'agent', body: 'Here it is.'},
				{kind: 'customer', body: 'Thanks. Also the app shows an error'},
				{kind: 'customer', body: 'every time I save, looks like a bug'},
			],
		}),
		makeConversation({
			id: '2002',
			customer: makeCustomer({id: 'c10', name: 'Jonas Weber', language: 'de'}),
			messages: [{kind: 'customer', body: 'Ich habe mein Passwort vergessen und komme nicht in mein Konto'}],
		}),
	]);

describe('suggest <conversation-id>', () => {
	it('ranks for the customer\'s latest messages, as JSON', async () => {
		const result = await run(['suggest', '2001', '--templates', templatesDir, '--data-dir', tempDir(), '--json'], {provider: provider()});
		expect(result.code).toBe(0);
		const value = JSON.parse(result.stdout) as {id: string; suggestions: Array<{template: string}>};
		expect(Object.keys(value)).toEqual(['id', 'ranking', 'suggestions']);
		// A test context has no encoder's process to start: the words rank, and the JSON says so.
		expect(value).toMatchObject({ranking: 'words'});
		expect(value.id).toBe('2001');
		expect(value.suggestions[0]?.template).toBe('bug_report');
	});

	it('prints a readable list with confidence and reasons on a terminal', async () => {
		const result = await run(['suggest', '2001', '--templates', templatesDir, '--data-dir', tempDir()], {tty: true, provider: provider()});
		expect(result.stdout).toMatch(/^Suggested replies for 2001 \(Ines Moreau\):/);
		expect(result.stdout).toMatch(/1\. bug_report {2}Bug acknowledged, engineers informed {2}\d+%/);
		expect(result.stdout).toMatch(/matches "error"/);
	});

	it("ranks the variants in the customer's language", async () => {
		const result = await run(['suggest', '2002', '--templates', templatesDir, '--data-dir', tempDir(), '--top', '1'], {tty: true, provider: provider()});
		expect(result.stdout).toMatch(/1\. password_reset {2}Vergessenes Passwort zurücksetzen/);
		expect(result.stdout).toMatch(/matches "passwort"/);
	});

	it('fails with one line for an unknown conversation', async () => {
		const result = await run(['suggest', '9999', '--templates', templatesDir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: conversation 9999 not found\n$/);
	});
});

describe('suggest --ai-url', () => {
	it('lets the endpoint reorder the top candidates, with the key from DESKTERM_AI_KEY', async () => {
		const server = await startLoopbackServer((request, response) => {
			const candidates = (JSON.parse(JSON.parse(request.body).messages[1].content) as {candidates: Array<{id: string}>}).candidates;
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify({choices: [{message: {content: JSON.stringify({order: candidates.map(candidate => candidate.id).reverse()})}}]}));
		});
		try {
			const stdin = JSON.stringify({id: 1, text: 'I forgot my password'});
			const argv = ['suggest', '--templates', templatesDir, '--data-dir', tempDir(), '--batch', '-', '--top', '2'];
			const local = await run(argv, {stdin});
			const reranked = await run([...argv, '--ai-url', server.url, '--ai-model', 'tiny'], {stdin, env: {HOME: '/nonexistent', DESKTERM_AI_KEY: 'sk-test'}});
			expect(reranked.code).toBe(0);
			expect(server.requests).toHaveLength(1);
			expect(server.requests[0]!.headers['authorization']).toBe('Bearer sk-test');
			const first = (result: {stdout: string}) => (JSON.parse(result.stdout) as {suggestions: Array<{template: string}>}).suggestions[0]!.template;
			expect(first(local)).toBe('password_reset');
			expect(first(reranked)).not.toBe('password_reset');
		} finally {
			await server.close();
		}
	});
});

describe('learn', () => {
	it('imports a history file once, reports duplicates, and the suggestions use it', async () => {
		const dir = tempDir();
		const first = await run(['learn', '--history', historyFile, '--templates', templatesDir, '--data-dir', dir, '--json']);
		expect(first.code).toBe(0);
		expect(JSON.parse(first.stdout)).toEqual({read: 60, imported: 60, duplicates: 0, skipped: [], total: 60, unknownTemplates: []});
		const again = await run(['learn', '--history', historyFile, '--templates', templatesDir, '--data-dir', dir]);
		expect(again.stdout).toBe('Read 60 records: learned 0 new examples, 60 already known, 0 skipped. 60 examples in total.\n');
		const suggested = await run(['suggest', '--templates', templatesDir, '--data-dir', dir, '--batch', '-', '--top', '1'], {
			stdin: JSON.stringify({id: 1, text: 'your mobile app keeps crashing on start'}),
		});
		expect(JSON.parse(suggested.stdout).suggestions[0].template).toBe('bug_report');
		// The words alone: the sentence encoder would find the bug report from the templates' meaning without any history.
		const ignored = await run(['suggest', '--templates', templatesDir, '--data-dir', dir, '--no-history', '--no-encoder', '--batch', '-', '--top', '1'], {
			stdin: JSON.stringify({id: 1, text: 'your mobile app keeps crashing on start'}),
		});
		expect(JSON.parse(ignored.stdout).suggestions[0].template).not.toBe('bug_report');
	});

	it('--from-desk learns from closed conversations answered with a template, once, and says what it learned', async () => {
		const dir = tempDir();
		const reply = 'Hi Ada,\n\nFor your security I first need to confirm your identity. Once confirmed, I will send a reset link to the email address on your account; the link expires after one hour.\n\nBest,\nSam';
		const provider = () =>
			createMemoryProvider([
				makeConversation({id: '1', status: 'closed', subject: 'Locked out', messages: [{kind: 'customer', body: 'my credentials do not work'}, {kind: 'agent', body: reply}]}),
				makeConversation({id: '2', status: 'closed', subject: 'Thanks', messages: [{kind: 'customer', body: 'all good now'}, {kind: 'agent', body: 'Glad to hear it.'}]}),
				makeConversation({id: '3', status: 'open', subject: 'Locked out', messages: [{kind: 'customer', body: 'cannot log in'}, {kind: 'agent', body: reply}]}),
			]);
		const first = await run(['learn', '--from-desk', '--templates', templatesDir, '--json'], {dataDir: dir, provider: provider()});
		expect(first.code).toBe(0);
		expect(JSON.parse(first.stdout)).toEqual({conversations: 2, learned: 1, duplicates: 0, total: 1, perTemplate: [{template: 'password_reset', examples: 1}]});
		const again = await run(['learn', '--from-desk', '--templates', templatesDir], {dataDir: dir, provider: provider()});
		expect(again.stdout).toBe('Read 2 closed conversations: learned 0 new examples, 1 already known. 1 examples in total.\n');
		expect((await run(['learn', '--from-desk', '--history', historyFile], {dataDir: dir})).code).toBe(2);
	});

	it('lists bad CSV rows with file:line and warns about templates it does not know', async () => {
		const dir = tempDir();
		const csv = join(dir, 'past.csv');
		writeFileSync(csv, 'text,category\n"parcel\nlate",shipping_delay\n,bug_report\nhello,no_such_template\n');
		const result = await run(['learn', '--history', csv, '--templates', templatesDir, '--data-dir', dir]);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`${csv}:4: no text`);
		expect(result.stderr).toMatch(/no template "no_such_template" in your library \(1 example\)/);
		expect(result.stdout).toMatch(/Read 3 records: learned 2 new examples, 0 already known, 1 skipped/);
	});

	it('forgets what it imported, and needs --history otherwise', async () => {
		const dir = tempDir();
		await run(['learn', '--history', historyFile, '--templates', templatesDir, '--data-dir', dir]);
		expect((await run(['learn', '--forget', '--data-dir', dir])).stdout).toBe('Forgot 60 imported examples.\n');
		expect((await run(['learn', '--data-dir', dir])).code).toBe(2);
	});
});
