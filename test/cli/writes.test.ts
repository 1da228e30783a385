import {describe, expect, it} from 'vitest';
import {testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {deskConversations, json, run} from './cli-fixtures.js';

describe('deskterm assign', () => {
	it.each([
		['me', 'Assigned #1043 (Ben Okafor: Webhook returns 500) to Dana Whitfield.', {agentId: 'a1'}],
		['omar', 'Assigned #1043 (Ben Okafor: Webhook returns 500) to Omar Haddad.', {agentId: 'a2'}],
		['team:Billing', 'Assigned #1043 (Ben Okafor: Webhook returns 500) to team Billing.', {teamId: 'billing'}],
		['none', 'Unassigned #1043 (Ben Okafor: Webhook returns 500).', {agentId: null}],
	])('--to %s', async (to, line, input) => {
		const result = await run(['assign', '1043', '--to', to]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${line}\n`);
		expect(result.provider.writes).toEqual([{method: 'assign', id: '1043', input}]);
	});

	it('prints the updated summary with --json', async () => {
		const value = json(await run(['assign', '1043', '--to', 'omar', '--json'])) as Record<string, unknown>;
		expect(value).toMatchObject({id: '1043', assigneeId: 'a2', assigneeName: 'Omar Haddad', updatedAt: new Date(testNow).toISOString()});
		expect(value).not.toHaveProperty('messages');
	});

	it.each([
		[['assign', '1043'], 'deskterm: assign: --to is missing (an agent, a team, me or none)\n'],
		[['assign', '1043', '--to', 'zed'], 'deskterm: unknown agent or team "zed" (valid: Dana Whitfield, Omar Haddad, Helper Bot, team:Billing, team:Technical Support)\n'],
	])('exits 2 for %j', async (argv, message) => {
		const result = await run(argv);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(message);
		expect(result.provider.writes).toEqual([]);
	});
});

describe('deskterm status', () => {
	it('sets a status and confirms it', async () => {
		const result = await run(['status', '1043', 'pending']);
		expect(result.stdout).toBe('Set #1043 (Ben Okafor: Webhook returns 500) to pending.\n');
		expect(result.provider.writes).toEqual([{method: 'setStatus', id: '1043', input: {status: 'pending'}}]);
	});

	it('snoozes until a time and prints the wake time', async () => {
		const result = await run(['status', '1043', 'snoozed', '--until', '4h', '--fields', 'id,status,snoozedUntil']);
		const wake = new Date(testNow + 4 * 3_600_000).toISOString();
		expect(json(result)).toEqual({id: '1043', status: 'snoozed', snoozedUntil: wake});
		const line = await run(['status', '1042', 'snoozed', '--until', '2026-03-05T09:00:00Z']);
		expect(line.stdout).toBe('Set #1042 (Ada Lovelace: Refund for the duplicate charge) to snoozed until 2026-03-05T09:00:00.000Z.\n');
	});

	it.each([
		[['status', '1043', 'done'], 'deskterm: unknown status "done" (open, pending, snoozed or closed)\n'],
		[['status', '1043', 'snoozed'], 'deskterm: snoozed needs --until (e.g. --until 4h, --until tomorrow)\n'],
		[['status', '1043', 'open', '--until', '4h'], 'deskterm: --until goes with snoozed only\n'],
		[['status', '1043', 'snoozed', '--until', 'later'], /^deskterm: cannot read wake time "later"/],
		[['status', '1043'], /^deskterm: status: missing argument/],
	])('exits 2 for %j', async (argv, message) => {
		const result = await run(argv);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.provider.writes).toEqual([]);
	});

	it('exits 1 when the back end cannot set that status', async () => {
		const provider = createMemoryProvider(deskConversations(), {capabilities: {statuses: ['open', 'closed']}});
		const result = await run(['status', '1043', 'pending'], {provider});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: test desk cannot set status pending (it can: open, closed)\n');
	});
});

describe('deskterm priority', () => {
	it('sets the priority', async () => {
		const result = await run(['priority', '1042', 'URGENT']);
		expect(result.stdout).toBe('Set the priority of #1042 (Ada Lovelace: Refund for the duplicate charge) to urgent.\n');
		expect((await result.provider.getConversation('1042')).priority).toBe('urgent');
	});

	it('prints the summary with --json and refuses an unknown level', async () => {
		expect(json(await run(['priority', '1042', 'low', '--fields', 'priority']))).toEqual({priority: 'low'});
		const bad = await run(['priority', '1042', 'highest']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe('deskterm: unknown priority "highest" (low, normal, high or urgent)\n');
	});
});

describe('deskterm tag', () => {
	it('adds and removes tags given as +a -b, without a -- separator', async () => {
		const result = await run(['tag', '1042', '+refund', '-billing', 'VIP']);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('Tagged #1042 (Ada Lovelace: Refund for the duplicate charge): +refund +vip -billing.\n');
		expect(result.provider.writes).toEqual([{method: 'updateTags', id: '1042', input: {add: ['refund', 'vip'], remove: ['billing']}}]);
	});

	it('keeps -h as help and --json as a flag among tag words', async () => {
		expect((await run(['tag', '1042', '-spam', '--json'])).stdout).toMatch(/^\{"id":"1042",.*"tags":\["billing"\]/);
		const help = await run(['tag', '-h']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage: deskterm tag <id>');
	});

	it('exits 2 for a bad tag or no tags', async () => {
		const bad = await run(['tag', '1042', '+no way!']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toBe('deskterm: not a tag: "way!"\n');
		const none = await run(['tag', '1042', '--json']);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/^deskterm: tag: missing argument/);
	});
});

describe('read-only mode', () => {
	it.each([
		[['assign', '1043', '--to', 'me']],
		[['status', '1043', 'closed']],
		[['priority', '1043', 'low']],
		[['tag', '1043', '+x']],
	])('refuses %j with exit 1', async argv => {
		const result = await run([...argv, '--read-only']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: read-only mode: cannot /);
		expect(result.provider.writes).toEqual([]);
	});
});
