// Triage entries as numbers for the trip from the scoring worker to the console: typed arrays (transferred, not
// copied) plus the few teams, channel choices, human-only lists and template ids not sent before.
import {axes, levels} from '../../triage/types.js';
import type {TriageEntry} from './triage-entry.js';

/** An entry without what the console keeps itself (the id it asked for and the row's version). */
export type ScoredEntry = Omit<TriageEntry, 'id' | 'version'>;

export type EntryBatch = {
	/** Per entry, the index the console gave the row when it asked. */
	slots: Int32Array;
	/** Per entry: scoredAt, expiresAt, score, confidence, then the axes' values. */
	numbers: Float64Array;
	/** Per entry: the axes' levels, then indexes into the shared values (team, channels, human-only, answer or -1). */
	codes: Int32Array;
	/** Shared values first used in this batch, in the order of their indexes. */
	added: unknown[];
};

const numberWidth = 4 + axes.length;
const codeWidth = axes.length + 4;
const noAnswer = -1;

export function createBatchWriter() {
	const known = new Map<string, number>();
	let added: unknown[] = [];
	let slots: number[] = [];
	let numbers: number[] = [];
	let codes: number[] = [];
	const indexOf = (kind: string, value: unknown) => {
		const key = `${kind}\u0000${JSON.stringify(value)}`;
		let index = known.get(key);
		if (index === undefined) {
			index = known.size;
			known.set(key, index);
			added.push(value);
		}
		return index;
	};
	return {
		add(slot: number, entry: ScoredEntry): void {
			slots.push(slot);
			numbers.push(entry.scoredAt, entry.expiresAt, entry.score, entry.answer?.confidence ?? 0, ...axes.map(axis => entry.axes[axis].value));
			codes.push(
				...axes.map(axis => levels.indexOf(entry.axes[axis].level)),
				indexOf('team', entry.team),
				indexOf('channels', entry.channels),
				indexOf('human-only', entry.humanOnly),
				entry.answer ? indexOf('template', entry.answer.templateId) : noAnswer,
			);
		},
		get size() {
			return slots.length;
		},
		/** The entries added since the last take, and the buffers to transfer with them. */
		take(): {batch: EntryBatch; transfer: ArrayBuffer[]} {
			const batch = {slots: Int32Array.from(slots), numbers: Float64Array.from(numbers), codes: Int32Array.from(codes), added};
			slots = [];
			numbers = [];
			codes = [];
			added = [];
			return {batch, transfer: [batch.slots.buffer, batch.numbers.buffer, batch.codes.buffer]};
		},
	};
}

/** The console's side: reads batches in the order they were taken, keeping the shared values between them. */
export function createBatchReader() {
	const shared: unknown[] = [];
	return (batch: EntryBatch, each: (slot: number, entry: ScoredEntry) => void): void => {
		shared.push(...batch.added);
		for (let index = 0; index < batch.slots.length; index++) {
			const number = (offset: number) => batch.numbers[index * numberWidth + offset]!;
			const code = (offset: number) => batch.codes[index * codeWidth + offset]!;
			const axis = (position: number) => ({level: levels[code(position)]!, value: number(4 + position)});
			const answer = code(axes.length + 3);
			each(batch.slots[index]!, {
				scoredAt: number(0),
				expiresAt: number(1),
				score: number(2),
				axes: {complexity: axis(0), severity: axis(1), effort: axis(2)},
				team: shared[code(axes.length)] as string,
				channels: shared[code(axes.length + 1)] as ScoredEntry['channels'],
				humanOnly: shared[code(axes.length + 2)] as string[],
				answer: answer === noAnswer ? null : {templateId: shared[answer] as string, confidence: number(3)},
			});
		}
	};
}
