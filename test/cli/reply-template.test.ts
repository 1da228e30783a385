// deskterm reply|note <id> --template: templates filled for the conversation, --set fields, actions and learning.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readTemplateUses} from '../../source/ranking/history-store.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {createMemoryProvider, outboxKey} from '../helpers/memory-provider.js';
import {deskConversations, json, run, type RunSetup} from './cli-fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'deskterm-reply-template-'));
const library = join(root, 'templates');
let desks = 0;
afterAll(() => rmSync(root, {recursive: true, force: true}));

function template(path: string, text: string): void {
	mkdirSync(join(library, path, '..'), {recursive: true});
	writeFileSync(join(library, path), text);
}

template(
	'billing/refund-approved.md',
	[
		'---',
		'id: refund-approved',
		'title: Refund approved',
		'shortcut: refund',
		'channels: [email]',
		'actions:',
		'  status: closed',
		'  add_tags: [refund-issued]',
		'---',
		'Hi {{customer.first_name | there}},',
		'',
		'I have refunded {{refund_amount}} for order {{order_number}} (reference {{conversation.id}}).',
		'',
		'{{agent.first_name}}',
		'',
	].join('\n'),
);
template(
	'billing/refund-approved.de.md',
	'---\nid: refund-approved\ntitle: Erstattung\nlanguage: de\nchannels: [email]\n---\nHallo {{customer.first_name | zusammen}},\n\n{{refund_amount}} sind erstattet.\n\n{{agent.first_name}}\n',
);
template('general/closing-check-in.md', '---\nid: closing-check-in\ntitle: Closing check-in\nactions:\n  status: pending\n---\nAnything else I can help with?\n');
template('billing/cancellation.md', '---\nid: cancellation\ntitle: Cancellation\nhuman_only: true\n---\nSorry to see you go, {{customer.first_name}}.\n');

/** Each run gets its own data folder, so the template uses it records are its own. */
function freshDesk(): string {
	return join(root, `desk-${++desks}`);
}

async function send(argv: string[], setup: RunSetup & {dataDir?: string} = {}) {
	const dataDir = setup.dataDir ?? freshDesk();
	const result = await run([...argv, '--templates', library, '--data-dir', dataDir], setup);
	return {...result, dataDir};
}

const refundBody = 'Hi Ada,\n\nI have refunded €20 for order A-1042 (reference 1042).\n\nDana';

describe('deskterm reply --template', () => {
	it('fills the template for the conversation, sends it, applies its actions and records the use', async () => {
		const result = await send(['reply', '1042', '--template', 'refund-approved', '--set', 'refund_amount=€20', '--set', 'order_number=A-1042', '--json']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(json(result)).toEqual({
			message: expect.objectContaining({conversationId: '1042', kind: 'agent', body: refundBody}),
			templates: [{id: 'refund-approved', title: 'Refund approved', language: 'en', edited: false}],
			applied: ['+refund-issued', 'status closed'],
			failed: [],
			recordError: null,
		});
		expect(result.provider.writes.map(write => write.method)).toEqual(['reply', 'updateTags', 'setStatus']);
		expect(await readTemplateUses(result.dataDir)).toEqual([
			// The question as the ranker reads the thread (subject, the customer's messages, the tags), so `learn` trains on what it will see.
			{
				templateId: 'refund-approved',
				conversationId: '1042',
				customerText: 'Refund for the duplicate charge\nI was charged twice for my March invoice.\nThank you, when will I see it?\nbilling',
				edited: false,
				at: testNow,
			},
		]);
		const stats = json(await run(['templates', 'stats', '--json', '--templates', library, '--data-dir', result.dataDir])) as {templates: Array<{id: string; uses: number; sentUnedited: number}>};
		expect(stats.templates.find(row => row.id === 'refund-approved')).toMatchObject({uses: 1, sentUnedited: 1});
	});

	it("uses the customer's language variant, takes a /shortcut, and warns when the channel does not fit", async () => {
		const result = await send(['reply', '1043', '--template', '/refund', '--set', 'refund_amount=20 €', '--json']);
		expect(result.code).toBe(0);
		expect((json(result) as {message: {body: string}}).message.body).toBe('Hallo Ben,\n\n20 € sind erstattet.\n\nDana');
		expect((json(result) as {templates: unknown}).templates).toEqual([{id: 'refund-approved', title: 'Erstattung', language: 'de', edited: false}]);
		expect(result.stderr).toBe('deskterm: warning: template refund-approved is meant for email; this conversation is on chat\n');
	});

	it('puts the --body text first, then each template in its own paragraph; later templates win the status', async () => {
		const argv = ['reply', '1042', '--body', 'Thanks for waiting.\n', '--template', 'refund-approved', '--template', 'closing-check-in'];
		const result = await send([...argv, '--set', 'refund_amount=€20', '--set', '{{order_number}}=A-1042']);
		expect(result.code).toBe(0);
		expect(result.provider.writes[0]?.input).toEqual({body: `Thanks for waiting.\n\n${refundBody}\n\nAnything else I can help with?`, idempotencyKey: outboxKey});
		expect(result.provider.writes.slice(1)).toEqual([
			{method: 'updateTags', id: '1042', input: {add: ['refund-issued'], remove: []}},
			{method: 'setStatus', id: '1042', input: {status: 'pending'}},
		]);
		expect(result.stdout.split('\n')[0]).toBe('Replied to #1042 (Ada Lovelace: Refund for the duplicate charge) with refund-approved, closing-check-in; applied +refund-issued, status pending.');
		expect((await readTemplateUses(result.dataDir)).map(use => use.templateId)).toEqual(['refund-approved', 'closing-check-in']);
	});

	it("fills a field from the customer's attributes, and --set wins over the conversation's data", async () => {
		const customer = makeCustomer({attributes: {order_number: 'B-7'}});
		const provider = createMemoryProvider([makeConversation({id: '9', customer, messages: [{kind: 'customer', body: 'Refund?'}]})]);
		const result = await send(['reply', '9', '--template', 'refund-approved', '--set', 'refund_amount=€5', '--set', 'customer.first_name=Augusta'], {provider});
		expect(result.code).toBe(0);
		expect(provider.writes[0]?.input).toEqual({body: 'Hi Augusta,\n\nI have refunded €5 for order B-7 (reference 9).\n\nDana', idempotencyKey: outboxKey});
	});

	it('refuses a field left unfilled with exit 2, naming the fields, and sends and records nothing', async () => {
		const result = await send(['reply', '1042', '--template', 'refund-approved']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('deskterm: reply: fill {{refund_amount}} and {{order_number}} before sending (give each with --set NAME=VALUE)\n');
		expect(result.provider.writes).toEqual([]);
		expect(existsSync(join(result.dataDir, 'ranking'))).toBe(false);
	});

	it.each([
		[['--template', 'refund-aproved'], 'deskterm: reply: no template "refund-aproved"; did you mean refund-approved? (deskterm templates list shows them all)\n'],
		[['--template', 'closing', '--set', 'x=1'], 'deskterm: reply: no template "closing"; did you mean closing-check-in? (deskterm templates list shows them all)\n'],
		[['--template', 'closing-check-in', '--set', 'order_numbr=A-1'], 'deskterm: reply: --set "order_numbr": no such field in the template (it has no fields)\n'],
		[['--template', 'refund-approved', '--set', 'order_numbr=A-1'], 'deskterm: reply: --set "order_numbr": no such field in the template (fields: customer.first_name, refund_amount, order_number, conversation.id, agent.first_name)\n'],
		[['--template', 'refund-approved', '--set', 'refund_amount'], 'deskterm: reply: --set wants NAME=VALUE, e.g. --set order_number=A-1042 (got "refund_amount")\n'],
		[['--template', 'refund-approved', '--set', 'refund_amount= '], 'deskterm: reply: --set refund_amount has an empty value\n'],
		[['--template', 'refund-approved', '--template', 'refund'], 'deskterm: reply: template refund-approved is given twice\n'],
		[['--body', 'hi', '--set', 'a=b'], 'deskterm: reply: --set goes with --template\n'],
	])('exits 2 without writing for %j', async (flags, message) => {
		const result = await send(['reply', '1042', ...flags]);
		expect(result.code).toBe(2);
		expect(result.stderr).toEqual(message);
		expect(result.provider.writes).toEqual([]);
	});

	it('reports an action the desk cannot do after the reply, with exit 0 so no script sends it twice', async () => {
		const provider = createMemoryProvider(deskConversations(), {capabilities: {tags: false}});
		const result = await send(['reply', '1042', '--template', 'refund-approved', '--set', 'refund_amount=€1', '--set', 'order_number=A', '--json'], {provider});
		expect(result.code).toBe(0);
		expect(json(result)).toMatchObject({applied: ['status closed'], failed: ['+refund-issued: test desk cannot change tags']});
		expect(result.stderr).toBe('deskterm: warning: the reply was sent, but could not apply +refund-issued: test desk cannot change tags\n');
	});

	it('refuses a human-only template to a bot account (exit 1), and lets a person send it', async () => {
		const bot = await send(['reply', '1042', '--template', 'cancellation'], {provider: createMemoryProvider(deskConversations(), {me: 'bot'})});
		expect(bot.code).toBe(1);
		expect(bot.stderr).toBe('deskterm: template cancellation is a human-only topic: a bot account (Helper Bot) may not send it\n');
		expect(bot.provider.writes).toEqual([]);
		const person = await send(['reply', '1042', '--template', 'cancellation']);
		expect(person.code).toBe(0);
		expect(person.provider.writes[0]?.input).toEqual({body: 'Sorry to see you go, Ada.', idempotencyKey: outboxKey});
	});

	it('refuses in read-only mode with exit 1 and records nothing', async () => {
		const result = await send(['reply', '1042', '--template', 'closing-check-in', '--read-only']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: read-only mode: cannot send replies/);
		expect(result.provider.writes).toEqual([]);
		expect(existsSync(join(result.dataDir, 'ranking'))).toBe(false);
	});

	it('exits 1 for a conversation that does not exist, before sending anything', async () => {
		const result = await send(['reply', '404', '--template', 'closing-check-in']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: conversation 404 not found\n');
	});
});

describe('deskterm note --template', () => {
	it('adds the filled text as a note, with no actions and nothing recorded for the suggestions', async () => {
		const result = await send(['note', '1042', '--template', 'refund-approved', '--set', 'refund_amount=€20', '--set', 'order_number=A-1042', '--json']);
		expect(result.code).toBe(0);
		expect(json(result)).toEqual({
			message: expect.objectContaining({kind: 'note', body: refundBody}),
			templates: [{id: 'refund-approved', title: 'Refund approved', language: 'en', edited: false}],
			applied: [],
			failed: [],
			recordError: null,
		});
		expect(result.provider.writes.map(write => write.method)).toEqual(['addNote']);
		expect(await readTemplateUses(result.dataDir)).toEqual([]);
	});

	it('refuses unfilled fields in a note too', async () => {
		const result = await send(['note', '1042', '--template', 'refund-approved', '--set', 'refund_amount=€20']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('deskterm: note: fill {{order_number}} before sending (give each with --set NAME=VALUE)\n');
	});
});

describe('the built binary: reply --template on a local desk', () => {
	const repository = join(import.meta.dirname, '..', '..');
	const cli = join(repository, 'dist', 'cli.js');
	const home = join(root, 'home');
	const deskterm = (args: string[]) =>
		spawnSync(process.execPath, [cli, ...args, '--data-dir', join(home, 'desk')], {
			env: {PATH: process.env['PATH'], HOME: home, LANG: 'C.UTF-8'},
			encoding: 'utf8',
			timeout: 60_000,
		});

	beforeAll(() => {
		// npm test builds first; a direct vitest run rebuilds here only when the sources are newer.
		const build = spawnSync(process.execPath, [join(repository, 'scripts', 'build.mjs'), '--if-stale'], {encoding: 'utf8'});
		if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
	});

	it('sends the template, closes the conversation and counts the use in templates stats', () => {
		const queue = deskterm(['queue', '--json', '--limit', '1']);
		expect(queue.stderr).toBe('');
		const id = (JSON.parse(queue.stdout) as Array<{id: string}>)[0]!.id;
		const sent = deskterm(['reply', id, '--template', 'closing-check-in', '--templates', library, '--json']);
		expect(sent.stderr).toBe('');
		expect(sent.status).toBe(0);
		expect(JSON.parse(sent.stdout)).toMatchObject({message: {body: 'Anything else I can help with?'}, applied: ['status pending'], recordError: null});
		expect(JSON.parse(deskterm(['show', id, '--json']).stdout)).toMatchObject({status: 'pending'});
		const stats = JSON.parse(deskterm(['templates', 'stats', '--templates', library, '--json']).stdout) as {totalUses: number; templates: Array<{id: string; uses: number}>};
		expect(stats.totalUses).toBe(1);
		expect(stats.templates.find(row => row.id === 'closing-check-in')?.uses).toBe(1);
	});
});
