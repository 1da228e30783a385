import {describe, expect, it} from 'vitest';
import {makeConversation, testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {deskConversations, json, run} from './cli-fixtures.js';

const minute = 60_000;

describe('deskterm summary', () => {
	it('fits 80x24 in plain text, with the breached ones listed', async () => {
		const result = await run(['summary']);
		const lines = result.stdout.trimEnd().split('\n');
		expect(result.code).toBe(0);
		expect(lines.length).toBeLessThanOrEqual(24);
		expect(lines.every(line => [...line].length <= 80)).toBe(true);
		expect(lines[1]).toMatch(/^Live \d+: open \d+, pending \d+, snoozed \d+; unassigned \d+$/);
		expect(result.stdout).not.toMatch(/\u001B\[/);
		expect(result.stdout).toMatch(/^Triage (high\/med\/low|% high\/med\/low): severity \d+\/\d+\/\d+ · complexity \d+\/\d+\/\d+ · effort \d+\/\d+\/\d+$/m);
	});

	it('--no-triage leaves the mix out: no line, triageMix null', async () => {
		expect((await run(['summary', '--no-triage'])).stdout).not.toMatch(/^Triage/m);
		expect((json(await run(['summary', '--no-triage', '--json'])) as {triageMix: unknown}).triageMix).toBeNull();
	});

	it('prints the live overview as JSON and exits 1 with --check only when a target is breached', async () => {
		const overview = json(await run(['summary', '--json'])) as {breached: Array<{id: string}>; live: number};
		expect(overview.live).toBeGreaterThan(0);
		const breached = overview.breached.length > 0;
		expect((await run(['summary', '--check'])).code).toBe(breached ? 1 : 0);
		const calm = createMemoryProvider([makeConversation({id: '9', channel: 'email', createdAt: testNow - 5 * minute})]);
		const result = await run(['summary', '--check', '--json'], {provider: calm});
		expect([result.code, (json(result) as {breached: unknown[]}).breached]).toEqual([0, []]);
		const late = createMemoryProvider([...deskConversations(), makeConversation({id: '10', channel: 'chat', createdAt: testNow - 30 * minute})]);
		expect((await run(['summary', '--check'], {provider: late})).code).toBe(1);
	});
});
