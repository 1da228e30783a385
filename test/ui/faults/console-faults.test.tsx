// The console's send path through the real adapter of every HTTP kind and the real HTTP client against a faulty
// back end of each on 127.0.0.1 (fault-server.ts), driven by keys as an agent does: open the conversation, write,
// Ctrl+S. Each send is delivered once (counted on the server) or shown under the thread and kept in the outbox;
// nothing crashes. Seeded; DESKTERM_FAULT_SEED=N replays the faults. Frames are waited on, never time.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openOutboxStore} from '../../../source/operations/outbox/outbox-store.js';
import {sendByKeys} from '../../helpers/console-send.js';
import {faultKinds, openFaultyAdapter} from '../../helpers/fault-kinds.js';
import {seededRandom} from '../../helpers/faulty-provider.js';
import {keys} from '../../helpers/keys.js';
import {renderConsole} from '../../helpers/render.js';

const seed = Number(process.env['DESKTERM_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/** Per kind (8 kinds): the thousands of faulted sends are in the CLI and operation suites; these go through keys. */
const sends = 24;
/** Every eighth send meets an outage (each write 503 before it is applied): it must be kept and shown. */
const outageEvery = 8;
const waitMs = 30_000;
const directories: string[] = [];
afterAll(() => {
	for (const directory of directories) rmSync(directory, {recursive: true, force: true});
});

const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
type Outcome = 'delivered' | 'kept' | 'refused';

describe.each(faultKinds)(`the console sends to a faulty $name over HTTP (seed ${seed}, DESKTERM_FAULT_SEED=${seed} replays it)`, kind => {
	it(`delivers each of ${sends} replies and notes typed in the composer exactly once, or shows it as not delivered until a refresh after the heal does`, async () => {
		let offset = 0;
		const clock = () => Date.now() + offset;
		const faulty = await openFaultyAdapter(kind, seededRandom(seed));
		const {desk, provider, sleep} = faulty;
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-console-faults-'));
		directories.push(dataDir);
		const outbox = openOutboxStore(dataDir);
		const start = () => renderConsole({provider: provider as never, dataDir, clock, sleep, columns: 120, rows: 30});
		let view = await start();
		const bodyOf = (index: number) => `${kind.name} ${index} seed ${seed}`;
		const undelivered = (body: string) => outbox.list(undefined).find(item => item.body === body);
		const shownPending = (frame: string, body: string, what: string) => new RegExp(`[⧗✗] ${what} "${escape(body)}"`).test(frame);
		try {
			const problems: string[] = [];
			const tally: Record<Outcome, number> = {delivered: 0, kept: 0, refused: 0};
			const refused = new Set<string>();
			// The queue first settles (loaded, or refused by a desk that serves only this conversation): then the agent types.
			// A fault can stop the desk from opening at all (its one line says why): the agent starts the console again.
			for (let tries = 1; /Could not open the desk: [^\n]+/.test(await view.waitFor(/^› |Could not load the queue|Could not open the desk/m, waitMs)); tries++) {
				expect(tries, view.lastFrame()).toBeLessThan(5);
				view.unmount();
				view = await start();
			}
			view.press(':open ', kind.conversationId, keys.enter);
			// A read that fails past the client's retries leaves its one line in the pane; R tries again, as the line says.
			const failedOpen = /Could not open conversation/;
			while (failedOpen.test(await view.waitFor(new RegExp(`#${kind.conversationId} |${failedOpen.source}`), waitMs))) {
				const from = view.frames.length;
				view.press('R');
				await view.waitForAfter(from, frame => !failedOpen.test(frame), waitMs);
			}
			for (let index = 0; index < sends; index++) {
				const body = bodyOf(index);
				const note = index % 3 === 0;
				const outage = index % outageEvery === outageEvery - 1;
				desk.outage(outage);
				const from = view.frames.length;
				// Read on the frame where the composer settles: the send has returned, no other answer has landed yet.
				const {outcome, item} = await sendByKeys(view, note ? 'note' : 'reply', body, (settled, frame) => {
					if (controls.test(frame)) problems.push(`${body}: a control character on screen`);
					const item = undelivered(body);
					return {outcome: (settled === 'refused' ? 'refused' : item ? 'kept' : 'delivered') as Outcome, item};
				}, waitMs);
				tally[outcome]++;
				const copies = desk.copies(body);
				if (outage && outcome !== 'kept') problems.push(`${body}: sent during an outage, ${outcome}`);
				if (outcome === 'delivered' && copies !== 1) problems.push(`${body}: delivered, ${copies} copies on the server`);
				if (outcome === 'refused' && copies !== 0) problems.push(`${body}: refused but applied ${copies} times`);
				if (outcome === 'kept') {
					if (copies > 1) problems.push(`${body}: kept, ${copies} copies on the server`);
					if (item?.lastError && (/\n/.test(item.lastError) || controls.test(item.lastError))) problems.push(`${body}: not one clean line: ${JSON.stringify(item.lastError)}`);
					// Shown under the thread (one line) until delivered; during an outage it cannot be delivered, so it must show.
					const what = note ? 'Note' : 'Reply';
					await view.waitForAfter(from, frame => shownPending(frame, body, what) || (!outage && !undelivered(body) && desk.copies(body) === 1), waitMs);
				}
				if (outcome === 'refused') {
					refused.add(body);
					// A certain refusal keeps the text in the composer; the agent gives up on it.
					view.press(keys.escape);
					await view.waitFor(frame => !/▶ Reply to |✎ INTERNAL NOTE on /.test(frame), waitMs);
				}
				desk.outage(false);
				if (desk.copies(body) > 1) problems.push(`${body}: ${desk.copies(body)} copies on the server`);
			}
			expect(problems).toEqual([]);
			expect(tally.kept).toBeGreaterThanOrEqual(Math.floor(sends / outageEvery));
			// The faults did bite: writes were tried again.
			expect(desk.writes).toBeGreaterThan(sends);
			// The desk heals; an hour later a refresh delivers what is still kept, and the console says nothing is left.
			desk.heal();
			offset += 60 * 60_000;
			const from = view.frames.length;
			view.press(':refresh', keys.enter);
			await view.waitForAfter(from, frame => !/unsent \d|failed \d|⧗|✗ (Reply|Note) "/.test(frame) && outbox.list(undefined).length === 0, waitMs);
			expect(view.lastFrame()).toContain(`#${kind.conversationId} `);
			const wrong = Array.from({length: sends}, (_unused, index) => bodyOf(index))
				.map(body => ({body, copies: desk.copies(body)}))
				.filter(each => each.copies !== (refused.has(each.body) ? 0 : 1));
			expect(wrong).toEqual([]);
		} finally {
			view.unmount();
			outbox.close();
			await faulty.close();
		}
	}, 120_000);
});
