import {describe, expect, it} from 'vitest';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {json, run} from './cli-fixtures.js';

describe('deskterm queue', () => {
	it('prints a table with a header and relative times on a terminal', async () => {
		const result = await run(['queue'], {tty: true, columns: 120});
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines[0]).toMatch(/^ID\s+CUSTOMER\s+SUBJECT\s+WAIT\s+STATUS\s+PRIO\s+ASSIGNEE\s+CHAN$/);
		const ada = lines.find(line => line.startsWith('1042'))!;
		expect(ada).toMatch(/Ada Lovelace\s+Refund for the duplicate charge\s+3h\s+open\s+high\s+Dana Whitfield/);
		expect(result.stdout).toMatch(/\n4 conversations \(open, pending, snoozed\)\n$/);
		expect(result.stdout).not.toContain('1044');
		expect(lines.every(line => [...line].length <= 120)).toBe(true);
		expect(result.stderr).toBe('');
	});

	it('drops the least important columns on a narrow terminal', async () => {
		const result = await run(['queue'], {tty: true, columns: 60});
		const header = result.stdout.split('\n')[0]!;
		expect(header).toMatch(/^ID\s+CUSTOMER\s+SUBJECT\s+WAIT/);
		expect(header).not.toContain('CHAN');
		expect(result.stdout.split('\n').every(line => [...line].length <= 60)).toBe(true);
	});

	it('prints tab-separated rows with ISO times, no header and no colour in a pipe', async () => {
		const result = await run(['queue'], {color: true});
		const rows = result.stdout.trimEnd().split('\n').map(line => line.split('\t'));
		expect(rows).toHaveLength(4);
		expect(rows[0]).toEqual(['1042', 'Ada Lovelace', 'Refund for the duplicate charge', new Date(testNow - 3 * 3_600_000).toISOString(), 'open', 'high', 'Dana Whitfield', 'email']);
		expect(rows.every(row => row.length === 8)).toBe(true);
		expect(result.stdout).not.toContain('\u001B');
	});

	it('colours by tone on a terminal only when colour is allowed', async () => {
		const coloured = await run(['queue'], {tty: true, color: true});
		expect(coloured.stdout).toContain('\u001B[31m'); // the urgent conversation, in red
		const plain = await run(['queue'], {tty: true, color: false});
		expect(plain.stdout).not.toContain('\u001B');
	});

	it('shows terminal escapes that customers wrote visibly, in the table and the pipe', async () => {
		for (const tty of [true, false]) {
			const result = await run(['queue'], {tty});
			const row = result.stdout.split('\n').find(line => line.startsWith('1046'))!;
			expect(row).toContain(tty ? 'Eve<U+001B>[31m…' : 'Eve<U+001B>[31m Mallory');
			expect(row).not.toMatch(/[\u001B\u0007\u009B]/);
		}
	});

	it('prints every field as a JSON array with ISO times, and keeps customer text exact', async () => {
		const result = await run(['queue', '--json']);
		const rows = json(result) as Array<Record<string, unknown>>;
		expect(rows.map(row => row['id'])).toEqual(['1042', '1043', '1045', '1046']);
		expect(rows[0]).toMatchObject({customerName: 'Ada Lovelace', waitingSince: new Date(testNow - 3 * 3_600_000).toISOString(), closedAt: null, tags: ['billing']});
		expect(rows[3]!['customerName']).toBe('Eve\u001B[31m Mallory');
		expect(result.stdout).not.toContain('\u001B');
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
	});

	it('selects fields with --fields, which implies --json', async () => {
		const result = await run(['queue', '--fields', 'id,customerName']);
		expect(json(result)).toEqual([
			{id: '1042', customerName: 'Ada Lovelace'},
			{id: '1043', customerName: 'Ben Okafor'},
			{id: '1045', customerName: 'Dora Silva'},
			{id: '1046', customerName: 'Eve\u001B[31m Mallory'},
		]);
	});

	it('refuses an unknown field with exit 2, listing the valid ones', async () => {
		const result = await run(['queue', '--json', '--fields', 'id,nmae']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^deskterm: unknown field "nmae" \(valid: id, subject, customerId, .*version, desk\)\n$/);
	});

	it.each([
		[['--mine'], ['1042']],
		[['--unassigned'], ['1043', '1046']],
		[['--assignee', 'omar'], ['1045']],
		[['--assignee', 'dana@desk.test'], ['1042']],
		[['--assignee', 'none'], ['1043', '1046']],
		[['--team', 'technical support'], ['1043']],
		[['--team', 'billing'], ['1042']],
		[['--team', 'none'], ['1045', '1046']],
		[['--status', 'pending'], ['1045']],
		[['--status', 'closed,pending'], ['1044', '1045']],
		[['--status', 'all'], ['1042', '1043', '1044', '1045', '1046']],
		[['--tag', '+API'], ['1043']],
		[['--channel', 'social'], ['1045']],
		[['--search', 'webhook'], ['1043']],
	])('filters with %j', async (flags, ids) => {
		const result = await run(['queue', ...flags, '--fields', 'id']);
		expect(result.code).toBe(0);
		expect((json(result) as Array<{id: string}>).map(row => row.id)).toEqual(ids);
	});

	it('passes the sort order to the back end', async () => {
		const provider = createMemoryProvider([]);
		const seen: unknown[] = [];
		const listQueue = provider.listQueue.bind(provider);
		provider.listQueue = async query => {
			seen.push(query.sort);
			return listQueue(query);
		};
		expect((await run(['queue', '--sort', 'priority'], {provider})).code).toBe(0);
		expect(seen).toEqual(['priority']);
	});

	it.each([
		[['--team', 'sales'], /^deskterm: queue: unknown team "sales" \(valid: Billing, Technical Support\)\n$/],
		[['--assignee', 'zed'], /^deskterm: queue: unknown agent "zed" \(valid: Dana Whitfield, Omar Haddad, Helper Bot\)\n$/],
		[['--status', 'done'], /^deskterm: queue: unknown status "done" \(valid: open, pending, snoozed, closed, all\)\n$/],
		[['--channel', 'fax'], /^deskterm: queue: unknown channel "fax" \(valid: email, chat, social, phone\)\n$/],
		[['--sort', 'name'], /^deskterm: queue: unknown sort "name" \(valid: waiting, priority, updated, created\)\n$/],
		[['--limit', '0'], /^deskterm: queue: --limit needs a whole number above 0, not "0"\n$/],
		[['--limit', 'ten'], /--limit needs a whole number/],
		[['--mine', '--unassigned'], /^deskterm: queue: --mine and --unassigned cannot be combined\n$/],
		[['--colour'], /^deskterm: queue: unknown option '--colour'\n$/],
		[['extra'], /^deskterm: queue: unexpected argument "extra"/],
	])('exits 2 with one line on stderr for %j', async (flags, message) => {
		const result = await run(['queue', ...flags]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('follows the cursor over every page, and stops at --limit', async () => {
		const many = Array.from({length: 250}, (_, index) =>
			makeConversation({id: String(2000 + index), customer: makeCustomer({id: `c${index}`, name: `Customer ${index}`})}),
		);
		const provider = createMemoryProvider(many);
		const all = await run(['queue', '--fields', 'id'], {provider});
		expect((json(all) as unknown[]).length).toBe(250);
		const some = await run(['queue', '--limit', '120', '--fields', 'id'], {provider});
		expect((json(some) as Array<{id: string}>).map(row => row.id)).toEqual(many.slice(0, 120).map(conversation => conversation.id));
		const table = await run(['queue', '--limit', '3'], {provider, tty: true});
		expect(table.stdout).toMatch(/\n3 of 250 conversations/);
	});

	it('says so on a terminal when nothing matches, and prints [] for scripts', async () => {
		const provider = createMemoryProvider([]);
		expect((await run(['queue'], {provider, tty: true})).stdout).toBe('No conversations match.\n');
		expect((await run(['queue'], {provider})).stdout).toBe('');
		expect((await run(['queue', '--json'], {provider})).stdout).toBe('[]\n');
	});

	it('fails with exit 1 when a back end repeats a cursor instead of looping forever', async () => {
		const provider = createMemoryProvider([makeConversation({id: '1'})]);
		provider.listQueue = async () => ({conversations: [await provider.getConversation('1')], nextCursor: 'same', total: null});
		const result = await run(['queue', '--json'], {provider});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: test desk repeated a page cursor while listing the queue\n');
	});
});
