// The collision guard's findings in words: who, when, the first line; the same for the console and the CLI.
import type {ConversationChange} from '../domain/conversation-changes.js';
import {messageKindLabels} from './message-kinds.js';
import {sanitizeForTerminal} from './sanitize.js';
import {isoTime, relativeTime} from './time.js';

/** The first non-blank line, cut at `width` characters: for lists, notices and one-line reports. */
export function firstLineOf(text: string, width = 60): string {
	const line = text.split('\n').find(each => each.trim() !== '')?.trim() ?? '';
	return [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line;
}

/** e.g. `Owen Campbell (customer) wrote 3m ago: "Any news on my refund?"`. */
export function describeChange(change: ConversationChange, now: number, width = 60): string {
	const when = relativeTime(change.at, now);
	switch (change.type) {
		case 'message': {
			const verb = change.kind === 'note' ? 'added a note' : 'wrote';
			return sanitizeForTerminal(`${change.author} (${messageKindLabels[change.kind]}) ${verb} ${when}: "${firstLineOf(change.text, width)}"`);
		}
		case 'assignee':
			return sanitizeForTerminal(change.assignee === null ? `unassigned ${when}` : `assigned to ${change.assignee} ${when}`);
		case 'updated':
			return sanitizeForTerminal(`updated ${when} (now ${change.status}, ${change.assignee === null ? 'unassigned' : `assigned to ${change.assignee}`})`);
	}
}

/** The changes on one line, most recent last. */
export function describeChanges(changes: readonly ConversationChange[], now: number): string {
	return changes.map(change => describeChange(change, now)).join('; ');
}

export function changeToJson(change: ConversationChange): Record<string, unknown> {
	switch (change.type) {
		case 'message':
			return {type: 'message', kind: change.kind, author: change.author, at: isoTime(change.at), firstLine: firstLineOf(change.text, 200)};
		case 'assignee':
			return {type: 'assignee', assignee: change.assignee, at: isoTime(change.at)};
		case 'updated':
			return {type: 'updated', status: change.status, assignee: change.assignee, at: isoTime(change.at)};
	}
}
