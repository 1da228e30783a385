// The console with a sentence encoder (the deterministic fake): the highlighted conversation is encoded ahead, so
// opening it shows the encoder's ranking at once; one not encoded yet shows the words' first and says so.
import {afterEach, describe, expect, it} from 'vitest';
import {customerQuestionOf} from '../../../source/operations/suggestion-rankers.js';
import type {Encode} from '../../../source/ranking/sentence-model.js';
import {keys} from '../../helpers/keys.js';
import {fakeVector} from '../../ranking/sentence-fixtures.js';
import {renderAssistConsole, type AssistView} from './assist-console.js';
import {assistDesk} from './fixtures.js';

let view: AssistView;
afterEach(() => view.unmount());

const ready = (frame: string) => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame);
// The panel wraps the note: its first words are enough.
const reading = 'by words; the sentence encoder is';
const partsOf = (id: string) => customerQuestionOf(assistDesk().find(conversation => conversation.id === id)!).parts.map(part => part.text);

/** The fake encoder, recording what it was asked; `hold` keeps a question's answer back until released. */
function recordingEncoder(hold: (texts: readonly string[]) => boolean = () => false) {
	const asked: string[] = [];
	const held: Array<() => void> = [];
	const waiters: Array<() => void> = [];
	const encode: Encode = texts => {
		asked.push(...texts);
		for (const wake of waiters.splice(0)) wake();
		const answer = () => texts.map(fakeVector);
		return hold(texts) ? new Promise(resolve => held.push(() => resolve(answer()))) : Promise.resolve(answer());
	};
	const askedFor = async (texts: readonly string[]) => {
		while (!texts.every(text => asked.includes(text))) await new Promise<void>(resolve => waiters.push(resolve));
	};
	return {encode, asked, askedFor, release: () => held.splice(0).forEach(wake => wake())};
}

describe('the sentence encoder in the console', () => {
	it('encodes the conversations around the highlighted one ahead: opening one shows the encoder\'s ranking at once, with no note', async () => {
		const encoder = recordingEncoder();
		// Wide: the highlighted 201 is open beside the queue; 202, the next row, is not open until the agent asks.
		view = await renderAssistConsole({conversations: assistDesk(), columns: 210, rows: 50, encoder: encoder.encode});
		await view.waitFor(frame => ready(frame) && frame.includes('#201 '));
		await encoder.askedFor(partsOf('202'));
		view.press(':open ', '202', keys.enter);
		const shown = await view.waitFor(each => each.includes('#202 ') && each.includes('Suggested replies ('));
		expect(shown).not.toContain(reading);
	});

	it('shows the words\' ranking first for a conversation not encoded yet, and the encoder\'s when it answers', async () => {
		const wanted = partsOf('202');
		const encoder = recordingEncoder(texts => texts.some(text => wanted.includes(text)));
		view = await renderAssistConsole({conversations: assistDesk(), columns: 210, rows: 50, encoder: encoder.encode});
		await view.waitFor(ready);
		view.press(':open ', '202', keys.enter);
		await view.waitFor(each => each.includes('#202 ') && each.includes(reading));
		encoder.release();
		await view.waitFor(each => each.includes('#202 ') && each.includes('Suggested replies (') && !each.includes(reading));
	});
});
