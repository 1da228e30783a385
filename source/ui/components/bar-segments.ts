// The status bar's pieces, and which survive a narrow terminal (the read-only badge always does).
import type {Tone} from '../../presenters/queue-columns.js';
import type {DeskCounts} from '../session/desk-counts.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import {formatCount} from '../../text/format-count.js';
import {displayWidth} from '../../text/wrap.js';

export type BarSegment = {
	text: string;
	tone: Tone | 'badge';
	/** Higher shortens, then drops, first. */
	drop: number;
	/** A shorter form tried before the segment is dropped. */
	short?: string;
};

export type BarInput = {
	deskLabel: string;
	agentName: string | null;
	counts: DeskCounts | null;
	readOnly: boolean;
	/** Replies and notes the outbox has not delivered yet, and those the back end refused. */
	outbox?: {unsent: number; failed: number};
	/** The open conversation's running time worked, when the back end keeps it. */
	workedMs?: number | null;
};

const count = (value: number | null) => (value === null ? '?' : formatCount(value));

export function statusSegments(input: BarInput): BarSegment[] {
	const segments: BarSegment[] = [];
	if (input.readOnly) segments.push({text: 'READ-ONLY', tone: 'badge', drop: 0});
	segments.push({text: 'deskterm', tone: 'accent', drop: 6});
	const label = sanitizeForTerminal(input.deskLabel);
	segments.push({text: label, tone: 'normal', drop: 3, ...([...label].length > 20 ? {short: `${[...label].slice(0, 19).join('')}…`} : {})});
	if (input.agentName) {
		const name = sanitizeForTerminal(input.agentName);
		segments.push({text: name, tone: 'normal', drop: 2, short: name.split(/\s+/)[0] ?? name});
	}
	if (input.counts) {
		const {open, pending, snoozed, mine, unassigned} = input.counts;
		segments.push({
			text: `open ${count(open)} · pending ${count(pending)} · snoozed ${count(snoozed)}`,
			short: `open ${count(open)} pend ${count(pending)} snz ${count(snoozed)}`,
			tone: 'normal',
			drop: 4,
		});
		segments.push({text: `mine ${count(mine)}`, tone: 'normal', drop: 1});
		segments.push({text: `unassigned ${count(unassigned)}`, tone: (unassigned ?? 0) > 0 ? 'warning' : 'normal', drop: 1});
	}
	if (input.workedMs !== undefined && input.workedMs !== null) {
		const minutes = Math.floor(input.workedMs / 60_000);
		segments.push({text: `worked ${minutes < 1 ? '<1m' : formatMinutes(minutes)}`, tone: 'muted', drop: 5});
	}
	const unsent = input.outbox?.unsent ?? 0;
	const failed = input.outbox?.failed ?? 0;
	// Never dropped: an answer the customer has not got is the one thing the agent must not miss.
	if (unsent > 0) segments.push({text: `unsent ${formatCount(unsent)}`, short: `⧗${formatCount(unsent)}`, tone: 'warning', drop: 0});
	if (failed > 0) segments.push({text: `failed ${formatCount(failed)}`, short: `✗${formatCount(failed)}`, tone: 'danger', drop: 0});
	return segments;
}

function formatMinutes(minutes: number): string {
	return minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export const barSeparator = ' │ ';

/** Shortens, then drops, the least needed segments until the rest fit the width. */
export function fitSegments(segments: BarSegment[], width: number): BarSegment[] {
	let kept = segments;
	const total = (list: BarSegment[]) => list.reduce((sum, segment) => sum + displayWidth(segment.text), 0) + Math.max(0, list.length - 1) * barSeparator.length;
	const worst = (list: BarSegment[]) => list.reduce((most, segment) => (segment.drop > most.drop ? segment : most));
	while (total(kept) > width) {
		const shortenable = kept.filter(segment => segment.short !== undefined);
		if (shortenable.length > 0) {
			const target = worst(shortenable);
			kept = kept.map(segment => (segment === target ? {text: segment.short!, tone: segment.tone, drop: segment.drop} : segment));
			continue;
		}
		const droppable = kept.filter(segment => segment.drop > 0);
		if (droppable.length === 0) break;
		const target = worst(droppable);
		kept = kept.filter(segment => segment !== target);
	}
	return kept;
}
