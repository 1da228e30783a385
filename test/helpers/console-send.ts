// Sends a reply or note in the console as an agent does (r or i, paste, Ctrl+S; y when the collision guard asks),
// and waits on frames, never on time, for the composer to settle: closed (sent or kept in the outbox) or kept open.
import {ctrl, paste} from './keys.js';
import type {Rendered} from './render.js';

export const composing = /▶ Reply to |✎ INTERNAL NOTE on /;
const refused = /✗ [^\n]*\(your text is kept/;
const asked = /anyway\? \[y\/N\]/;

/**
 * closed: the composer closed after the send returned (delivered, or kept in the outbox); refused: a certain
 * refusal kept the text in the composer. `settled` runs on the frame that shows it, before any other I/O
 * can land, so what it reads (the outbox on disk, the server) is the send's own outcome.
 */
export async function sendByKeys<T>(view: Rendered, kind: 'reply' | 'note', body: string, settled: (outcome: 'closed' | 'refused', frame: string) => T, waitMs: number): Promise<T> {
	view.press(kind === 'note' ? 'i' : 'r');
	await view.waitFor(composing, waitMs);
	view.press(paste(body));
	await view.waitFor(body, waitMs);
	let from = view.frames.length;
	view.press(ctrl('s'));
	for (;;) {
		let result: {value: T} | null = null;
		await view.waitForAfter(
			from,
			frame => {
				if (asked.test(frame)) return true;
				if (composing.test(frame) && !refused.test(frame)) return false;
				result = {value: settled(composing.test(frame) ? 'refused' : 'closed', frame)};
				return true;
			},
			waitMs,
		);
		if (result !== null) return (result as {value: T}).value;
		// The guard could not read the conversation (a read fault) or saw our own delivery land: send anyway.
		view.press('y');
		await view.waitForAfter(view.frames.length, frame => !asked.test(frame), waitMs);
		from = view.frames.length - 1;
	}
}
