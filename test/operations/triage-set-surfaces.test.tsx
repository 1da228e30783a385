// One triage over a set for both surfaces: `deskterm triage --all` and the console's queue keep the same rows in
// the same order for every filter they share, repeated contacts and ties included.
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from '../helpers/keys.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {run} from '../cli/cli-fixtures.js';
import {renderAssistConsole, type AssistView} from '../ui/assist/assist-console.js';
import {triageDesk as desk} from './triage-desk.js';

/** The ids `deskterm triage --all` prints, in its order. */
async function cliOrder(flags: string[]): Promise<string[]> {
	const result = await run(['triage', '--all', '--no-templates', '--json', ...flags], {provider: createMemoryProvider(desk())});
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return result.stdout.trim().split('\n').filter(Boolean).map(line => (JSON.parse(line) as {id: string}).id);
}

const ids = desk().map(conversation => conversation.id);
/** The ids of the queue rows on screen, top to bottom. */
const shown = (frame: string) => frame.split('\n').flatMap(line => /^[› ] (\S+) /.exec(line)?.[1] ?? []).filter(id => ids.includes(id));

let view: AssistView | undefined;
afterEach(() => view?.unmount());

describe('triage over a set, CLI and console', () => {
	it('sorts by priority with the same ties, and filters the same rows, on both surfaces', async () => {
		const sorted = await cliOrder(['--sort', 'priority']);
		expect([...sorted].sort()).toEqual([...ids].sort());
		// The twins tie on every score and target: the id decides, numerically (39 before 310).
		expect(sorted.indexOf('39')).toBe(sorted.indexOf('310') - 1);

		view = await renderAssistConsole({conversations: desk(), templates: {}, rows: 30});
		await view.waitFor(frame => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame));
		expect(shown(view.lastFrame())).not.toEqual(sorted);
		view.press(':sort triage', keys.enter);
		await view.waitFor(frame => frame.includes('by triage prio') && shown(frame).join() === sorted.join());

		const cases: Array<[string, string[]]> = [
			['at-risk', ['--at-risk']],
			['human-only', ['--human-only']],
			['severity-high', ['--severity', 'high']],
			['priority-50', ['--min-priority', '50']],
			['priority-70', ['--min-priority', '70']],
		];
		const seen = new Set<string>();
		for (const [filter, flags] of cases) {
			const expected = await cliOrder(['--sort', 'priority', ...flags]);
			seen.add(expected.join());
			view.press(`:triage ${filter}`, keys.enter);
			await view.waitFor(frame => frame.includes('by triage prio') && shown(frame).join() === expected.join());
		}
		// The filters tell the rows apart: the fixture is not one where every filter keeps the same set.
		expect(seen.size).toBeGreaterThan(2);
	});
});
