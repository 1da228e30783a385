// Under the thread: a line for each reply or note of this conversation the outbox has not delivered yet.
import {firstLine, type OutboxItem} from '../../../operations/outbox/outbox-item.js';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';
import {relativeTime} from '../../../presenters/time.js';
import type {ThreadLine} from './thread-lines.js';

export function outboxLines(items: readonly OutboxItem[], conversationId: string, now: number): ThreadLine[] {
	const mine = items.filter(item => item.conversationId === conversationId && item.state !== 'delivered');
	if (mine.length === 0) return [];
	return [
		{text: '', kind: null, role: 'gap'},
		...mine.map((item): ThreadLine => {
			const what = `${item.kind === 'note' ? 'Note' : 'Reply'} "${firstLine(item.body, 40)}"`;
			const tries = `${item.attempts} ${item.attempts === 1 ? 'attempt' : 'attempts'}`;
			const last = item.lastError ? ` · ${item.lastError}` : '';
			const text =
				item.state === 'failed'
					? `✗ ${what} was refused${last} · deskterm outbox retry ${item.id} (or drop)`
					: `⧗ ${what} not delivered yet (${item.id}, queued ${relativeTime(item.queuedAt, now)}, ${tries}${last}) · retried in the background`;
			return {text: sanitizeForTerminal(text), kind: null, role: 'panel', tone: item.state === 'failed' ? 'danger' : 'warning'};
		}),
	];
}
