// The queue's columns as data: one definition feeds the console's rows, the CLI table and the TSV.
import type {ConversationSummary} from '../domain/conversation.js';
import {sanitizeForTerminal} from './sanitize.js';
import {isoTime, shortDuration} from './time.js';

/** A role, never a colour: the theme (console) or the printer (CLI) decides how it looks. */
export type Tone = 'normal' | 'muted' | 'accent' | 'ok' | 'warning' | 'danger';

export type QueueColumn = {
	id: string;
	header: string;
	/** Width on a terminal; the flexible column takes what is left. */
	width: number;
	flexible?: boolean;
	/** Columns dropped first when the terminal is narrow (higher drops first). */
	dropOrder: number;
	/** Human text for a terminal. */
	text(conversation: ConversationSummary, now: number): string;
	/** Plain, stable text for pipes (ISO times, ids). */
	plain(conversation: ConversationSummary, now: number): string;
	tone?(conversation: ConversationSummary, now: number): Tone;
};

const priorityLabels = {urgent: 'URGENT', high: 'high', normal: 'normal', low: 'low'} as const;

export const queueColumns: QueueColumn[] = [
	{id: 'id', header: 'ID', width: 6, dropOrder: 0, text: c => c.id, plain: c => c.id, tone: () => 'muted'},
	{id: 'customer', header: 'CUSTOMER', width: 16, dropOrder: 0, text: c => c.customerName, plain: c => c.customerName},
	{id: 'subject', header: 'SUBJECT', width: 20, flexible: true, dropOrder: 0, text: c => c.subject, plain: c => c.subject},
	{
		id: 'waiting',
		header: 'WAIT',
		// At most four characters: "now", "45m", "13d", "52w".
		width: 4,
		dropOrder: 1,
		text: (c, now) => (c.waitingSince === null ? '-' : shortDuration(now - c.waitingSince)),
		plain: c => isoTime(c.waitingSince) ?? '',
		tone: (c, now) => {
			if (c.waitingSince === null) return 'muted';
			const waited = now - c.waitingSince;
			return waited > 24 * 3_600_000 ? 'danger' : waited > 4 * 3_600_000 ? 'warning' : 'normal';
		},
	},
	{
		id: 'status',
		header: 'STATUS',
		width: 7,
		dropOrder: 2,
		text: c => c.status,
		plain: c => c.status,
		tone: c => (c.status === 'open' ? 'accent' : c.status === 'closed' ? 'muted' : 'normal'),
	},
	{
		id: 'priority',
		header: 'PRIO',
		width: 6,
		dropOrder: 3,
		text: c => priorityLabels[c.priority],
		plain: c => c.priority,
		tone: c => (c.priority === 'urgent' ? 'danger' : c.priority === 'high' ? 'warning' : c.priority === 'low' ? 'muted' : 'normal'),
	},
	{
		id: 'assignee',
		header: 'ASSIGNEE',
		width: 14,
		dropOrder: 4,
		text: c => c.assigneeName ?? (c.teamName ? `(${c.teamName})` : '-'),
		plain: c => c.assigneeName ?? '',
		tone: c => (c.assigneeName ? 'normal' : 'muted'),
	},
	{id: 'channel', header: 'CHAN', width: 6, dropOrder: 5, text: c => c.channel, plain: c => c.channel, tone: () => 'muted'},
];

/** The widest id shown whole: a merged queue's ids carry their desk ("local:1042", "rt:42"). */
const maxIdWidth = 16;

/** The id column as wide as the longest id of these rows needs (at least its usual 6, at most 16). */
export function idWidthFor(rows: ReadonlyArray<Pick<ConversationSummary, 'id'>>, usual = 6): number {
	let widest = usual;
	for (const row of rows) widest = Math.max(widest, row.id.length);
	return Math.min(widest, maxIdWidth);
}

/** The queue's columns with the id column sized for these rows. */
export function queueColumnsFor(rows: ReadonlyArray<Pick<ConversationSummary, 'id'>>, columns: readonly QueueColumn[] = queueColumns): QueueColumn[] {
	const width = idWidthFor(rows);
	return columns.map(column => (column.id === 'id' && column.width < width ? {...column, width} : column));
}

/** The columns that fit a width, dropping the least important first; the flexible one takes the rest (at least minFlexible). */
export function fitColumns<C extends Pick<QueueColumn, 'width' | 'flexible' | 'dropOrder'>>(columns: C[], width: number, gap = 1, minFlexible = 12): Array<C & {size: number}> {
	let kept = [...columns];
	const fixedWidth = (list: C[]) =>
		list.reduce((sum, column) => sum + (column.flexible ? minFlexible : column.width) + gap, 0);
	while (fixedWidth(kept) > width && kept.some(column => column.dropOrder > 0)) {
		const drop = kept.reduce((worst, column) => (column.dropOrder > worst.dropOrder ? column : worst));
		kept = kept.filter(column => column !== drop);
	}
	const used = kept.reduce((sum, column) => sum + (column.flexible ? 0 : column.width + gap), 0);
	return kept.map(column => ({...column, size: column.flexible ? Math.max(8, width - used - gap) : column.width}));
}

/** Pads or cuts a cell to its width, with an ellipsis when cut (by code points; wide glyphs are rare here). */
export function fitCell(text: string, size: number): string {
	const flat = sanitizeForTerminal(text).replace(/[\r\n\t]+/g, ' ');
	const characters = [...flat];
	if (characters.length <= size) return flat + ' '.repeat(size - characters.length);
	return `${characters.slice(0, Math.max(0, size - 1)).join('')}…`;
}
