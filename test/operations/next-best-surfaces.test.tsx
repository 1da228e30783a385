// One next-best rule for both surfaces: `deskterm triage --next` and the console's `n` pick the same conversation
// with the same reasons, over the whole queue and within a triage filter.
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {run} from '../cli/cli-fixtures.js';
import {renderAssistConsole, type AssistView} from '../ui/assist/assist-console.js';
import {triageDesk} from './triage-desk.js';

async function cliNext(flags: string[]): Promise<string> {
	const result = await run(['triage', '--next', '--no-templates', ...flags], {provider: createMemoryProvider(triageDesk())});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return result.stdout.trim();
}

let view: AssistView | undefined;
afterEach(() => view?.unmount());

describe('the next-best conversation, CLI and console', () => {
	it('is the same conversation with the same reasons on both surfaces, also within a filter', async () => {
		const whole = await cliNext([]);
		const mine = await cliNext(['--mine']);
		expect(whole).toMatch(/^Next: #\d+ \(.+\): highest priority you can take \(\d+\)/);
		// 204 is the most severe, but Omar's: neither surface hands it to Dana.
		expect(whole).not.toContain('#204');
		// Dana's two: the console previews the one waiting longest (206), which `n` passes over; both pick 207.
		expect(mine).toMatch(/^Next: #207 .*assigned to you/);

		view = await renderAssistConsole({conversations: triageDesk(), templates: {}, rows: 30, columns: 200});
		await view.waitFor(frame => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame));
		view.press('n');
		await view.waitFor(whole);
		view.unmount();
		// A fresh console: `n` passes over the conversation already open, which the CLI has no notion of.
		view = await renderAssistConsole({conversations: triageDesk(), templates: {}, rows: 30, columns: 200});
		await view.waitFor(frame => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame));
		view.press(':mine', keys.enter);
		await view.waitFor(frame => frame.includes('[1 Mine]') && frame.includes('1/2│'));
		view.press('n');
		await view.waitFor(mine);
	});

	it('says so when nothing can be taken, and gives null to a script', async () => {
		expect(await cliNext(['--status', 'closed'])).toBe('Nothing to take next: no open or pending conversation of yours or unassigned matches');
		const result = await run(['triage', '--next', '--no-templates', '--json', '--min-priority', '100'], {provider: createMemoryProvider(triageDesk())});
		expect([result.code, result.stdout]).toEqual([0, 'null\n']);
		const picked = await run(['triage', '--next', '--no-templates', '--json'], {provider: createMemoryProvider(triageDesk())});
		expect((JSON.parse(picked.stdout) as {id: string}).id).toBe(/#(\d+)/.exec(await cliNext([]))![1]);
	});
});
