// The queue's triage results as numbers: one slot per conversation in typed arrays, team, channels, human-only
// lists and answers shared; an entry is materialised only when asked for (badges for the rows on screen, a sort).
// 100k entries as objects were half a million small objects scattered among the scoring pass's garbage.
import {scoreAged} from '../../triage/score-expiry.js';
import {axes, levels, type AnswerMatch, type ChannelChoice} from '../../triage/types.js';
import type {TriageEntry} from './triage-entry.js';

export type TriageTable = {
	set(entry: TriageEntry): void;
	get(id: string): TriageEntry | undefined;
	/** Whether the entry is for this version and has not aged at `now` (scoreAged), without materialising it. */
	isCurrent(id: string, version: string, now: number, maxAgeMs: number): boolean;
	readonly size: number;
};

/** Values seen once and shared by index (a queue has a handful of teams and channel choices). */
function sharedValues<T>(keyOf: (value: T) => string) {
	const values: T[] = [];
	const indexes = new Map<string, number>();
	return {
		indexOf(value: T): number {
			const key = keyOf(value);
			let index = indexes.get(key);
			if (index === undefined) {
				index = values.push(value) - 1;
				indexes.set(key, index);
			}
			return index;
		},
		at: (index: number): T => values[index]!,
	};
}

const noAnswer = -1;

export function createTriageTable(initialCapacity = 1024): TriageTable {
	const slots = new Map<string, number>();
	const ids: string[] = [];
	const versions: string[] = [];
	let capacity = initialCapacity;
	let scoredAt = new Float64Array(capacity);
	let expiresAt = new Float64Array(capacity);
	let score = new Float64Array(capacity);
	let values = new Float64Array(capacity * axes.length);
	let confidence = new Float64Array(capacity);
	let levelOf = new Uint8Array(capacity * axes.length);
	// Indexes into the shared values; answers are -1 when there is none.
	let shared = new Int32Array(capacity * 4);
	const teams = sharedValues<string>(team => team);
	const channelChoices = sharedValues<ChannelChoice>(choice => `${choice.key}\u0000${choice.primary}\u0000${choice.secondary}`);
	const humanOnly = sharedValues<string[]>(labels => labels.join('\u0000'));
	const templates = sharedValues<string>(id => id);

	const grow = () => {
		capacity *= 2;
		const wider = <A extends Float64Array | Uint8Array | Int32Array>(old: A, make: (length: number) => A, width = 1): A => {
			const next = make(capacity * width);
			next.set(old);
			return next;
		};
		scoredAt = wider(scoredAt, length => new Float64Array(length));
		expiresAt = wider(expiresAt, length => new Float64Array(length));
		score = wider(score, length => new Float64Array(length));
		confidence = wider(confidence, length => new Float64Array(length));
		values = wider(values, length => new Float64Array(length), axes.length);
		levelOf = wider(levelOf, length => new Uint8Array(length), axes.length);
		shared = wider(shared, length => new Int32Array(length), 4);
	};

	return {
		set(entry) {
			let slot = slots.get(entry.id);
			if (slot === undefined) {
				if (ids.length === capacity) grow();
				slot = ids.push(entry.id) - 1;
				slots.set(entry.id, slot);
			}
			versions[slot] = entry.version;
			scoredAt[slot] = entry.scoredAt;
			expiresAt[slot] = entry.expiresAt;
			score[slot] = entry.score;
			axes.forEach((axis, position) => {
				values[slot * axes.length + position] = entry.axes[axis].value;
				levelOf[slot * axes.length + position] = levels.indexOf(entry.axes[axis].level);
			});
			shared[slot * 4] = teams.indexOf(entry.team);
			shared[slot * 4 + 1] = channelChoices.indexOf(entry.channels);
			shared[slot * 4 + 2] = humanOnly.indexOf(entry.humanOnly);
			shared[slot * 4 + 3] = entry.answer ? templates.indexOf(entry.answer.templateId) : noAnswer;
			confidence[slot] = entry.answer?.confidence ?? 0;
		},
		get(id) {
			const slot = slots.get(id);
			if (slot === undefined) return undefined;
			const axis = (position: number) => ({level: levels[levelOf[slot * axes.length + position]!]!, value: values[slot * axes.length + position]!});
			const answerIndex = shared[slot * 4 + 3]!;
			const answer: AnswerMatch | null = answerIndex === noAnswer ? null : {templateId: templates.at(answerIndex), confidence: confidence[slot]!};
			return {
				id: ids[slot]!,
				version: versions[slot]!,
				scoredAt: scoredAt[slot]!,
				expiresAt: expiresAt[slot]!,
				score: score[slot]!,
				axes: {complexity: axis(0), severity: axis(1), effort: axis(2)},
				humanOnly: humanOnly.at(shared[slot * 4 + 2]!),
				team: teams.at(shared[slot * 4]!),
				channels: channelChoices.at(shared[slot * 4 + 1]!),
				answer,
			};
		},
		isCurrent(id, version, now, maxAgeMs) {
			const slot = slots.get(id);
			return slot !== undefined && versions[slot] === version && !scoreAged(scoredAt[slot]!, expiresAt[slot]!, now, maxAgeMs);
		},
		get size() {
			return ids.length;
		},
	};
}
