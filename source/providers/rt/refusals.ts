// RT answers 200 even when it refused a change; the refusal is only in the message list.
import {DeskError} from '../../domain/errors.js';

/** What RT says when a change went through (a value may contain any word, so these win). */
const success = /\bchanged from\b|\bchanged to\b|\b(added|deleted|removed|set)$/i;
const refusal =
	/isn't a valid|is not a valid|may not own|permission denied|no permission|does not exist|doesn't exist|could not|couldn't|not allowed|illegal|invalid|failed|can't|cannot/i;
const forbidden = /permission|may not own|not allowed/i;

/** Throws a DeskError naming RT's own words when any message in the list is a refusal. */
export function checkRtMessages(messages: readonly string[], action: string): void {
	const refused = messages.filter(message => !success.test(message) && refusal.test(message));
	if (refused.length === 0) return;
	const said = refused.map(message => message.replace(/^Ticket \d+: /, '')).join('; ');
	throw new DeskError(forbidden.test(said) ? 'forbidden' : 'usage', `Request Tracker refused to ${action}: ${said}`, {provider: 'rt'});
}
