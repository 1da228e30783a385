// A conversation's queue row, once for every surface: the CLI's triage set, the console's row refresh, test desks.
import type {Conversation, ConversationSummary} from './conversation.js';

/** The queue row of a freshly fetched conversation (without the thread, the customer record, ratings and page). */
export function summaryOf(conversation: Conversation): ConversationSummary {
	const {customer: _customer, messages: _messages, ratings: _ratings, pageUrl: _pageUrl, ...summary} = conversation;
	return summary;
}
