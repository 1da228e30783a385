import {describe, expect, it} from 'vitest';
import {testNow} from '../helpers/conversations.js';
import {json, run} from './cli-fixtures.js';

describe('deskterm show', () => {
	it('shows metadata, the customer context and a thread where every kind of author is distinct', async () => {
		const result = await run(['show', '1042'], {tty: true, columns: 80});
		expect(result.code).toBe(0);
		const text = result.stdout;
		expect(text).toContain('#1042 Refund for the duplicate charge\n');
		expect(text).toContain('open · high · email · Dana Whitfield (Billing) · tags billing\n');
		expect(text).toContain('created 5h ago · updated 3h ago · waiting 3h · first reply 4h ago\n');
		expect(text).toContain('Ada Lovelace <ada@example.com>\n');
		expect(text).toContain('Analytical Ltd (startup) · plan pro · customer for 1 year 1 month · language en\n');
		expect(text).toContain('uses web app · from https://shop.example.com/account/billing · rated CSAT 4/5, NPS 9/10\n');
		const rules = text.split('\n').filter(line => line.startsWith('──'));
		expect(rules.map(rule => rule.replace(/ · [^·]+ · [a-z]+ ─+$/, ''))).toEqual([
			'── Ada Lovelace · customer',
			'── Helper Bot · bot',
			'── Dana Whitfield · internal note',
			'── Dana Whitfield · agent',
			'── Ada Lovelace · customer',
		]);
		expect(rules.every(rule => [...rule].length === 80)).toBe(true);
		expect(text).toContain('  Stripe shows two captures, refund one.\n');
	});

	it('tints internal notes on a colour terminal so they never pass for a reply', async () => {
		const result = await run(['show', '1042'], {tty: true, color: true});
		expect(result.stdout).toContain('\u001B[33m  Stripe shows two captures, refund one.\u001B[39m');
		expect(result.stdout).not.toContain('\u001B[33m  Sorry about that');
	});

	it('wraps long bodies to the terminal width', async () => {
		const result = await run(['show', '1042'], {tty: true, columns: 30});
		const body = result.stdout.split('\n').filter(line => line.startsWith('  '));
		expect(body.length).toBeGreaterThan(5);
		expect(body.every(line => [...line].length <= 30)).toBe(true);
	});

	it('prints key/value lines and each message after -- in a pipe', async () => {
		const result = await run(['show', '1042']);
		const text = result.stdout;
		expect(text.startsWith('id:\t1042\nsubject:\tRefund for the duplicate charge\nstatus:\topen\n')).toBe(true);
		expect(text).toContain(`waiting since:\t${new Date(testNow - 3 * 3_600_000).toISOString()}\n`);
		expect(text).toContain('customer:\tAda Lovelace\nemail:\tada@example.com\n');
		expect(text).toContain('csat:\t4\nnps:\t9\nces:\t\n');
		expect(text.split('\n--\n')).toHaveLength(6);
		expect(text).toMatch(/\n--\nnote\tDana Whitfield\t\S+Z\temail\t1042-m3\nStripe shows two captures, refund one.\n/);
		expect(text).not.toContain('\u001B');
	});

	it('prints one JSON object with customer, messages and ratings', async () => {
		const value = json(await run(['show', '1042', '--json'])) as Record<string, unknown>;
		expect(value).toMatchObject({
			id: '1042',
			customerName: 'Ada Lovelace',
			ratings: {csat: 4, nps: 9, ces: null},
			pageUrl: 'https://shop.example.com/account/billing',
			customer: {name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Ltd', plan: 'pro', tenureDays: 400, language: 'en'},
		});
		const messages = value['messages'] as Array<Record<string, unknown>>;
		expect(messages.map(message => message['kind'])).toEqual(['customer', 'bot', 'note', 'agent', 'customer']);
		expect(messages[4]).toEqual({
			id: '1042-m5',
			conversationId: '1042',
			kind: 'customer',
			authorId: 'c1',
			authorName: 'Ada Lovelace',
			body: 'Thank you, when will I see it?',
			createdAt: new Date(testNow - 3 * 3_600_000).toISOString(),
			channel: 'email',
		});
	});

	it('selects fields with --fields', async () => {
		const value = json(await run(['show', '1043', '--fields', 'id,ratings'])) as Record<string, unknown>;
		expect(value).toEqual({id: '1043', ratings: {csat: null, nps: null, ces: null}});
	});

	it('shows customer escapes visibly on a terminal and in a pipe, and keeps them exact in JSON', async () => {
		for (const tty of [true, false]) {
			const result = await run(['show', '1046'], {tty});
			expect(result.stdout).toContain('Eve<U+001B>[31m Mallory');
			expect(result.stdout).toContain('Look<U+001B>[5m at this<U+009B>1m');
			expect(result.stdout).not.toMatch(/[\u001B\u0007\u009B]/);
		}
		const raw = await run(['show', '1046', '--json']);
		expect(raw.stdout).not.toMatch(/[\u001B\u0007\u009B]/);
		expect((json(raw) as {messages: Array<{body: string}>}).messages[0]!.body).toBe('Look\u001B[5m at this\u009B1m');
	});

	it('exits 1 with one line when the conversation does not exist, and 2 without an id', async () => {
		const missing = await run(['show', '9999']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toBe('deskterm: conversation 9999 not found\n');
		const noId = await run(['show']);
		expect(noId.code).toBe(2);
		expect(noId.stderr).toBe('deskterm: show: missing argument (usage: deskterm show <id> [--json] [--fields a,b])\n');
	});
});
