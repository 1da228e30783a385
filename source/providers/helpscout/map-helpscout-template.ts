// A Help Scout saved reply as a deskterm template: HTML to text, Help Scout's variables renamed into deskterm's.
import type {SavedReply} from '../provider.js';
import {plainText} from '../shared/plain-text.js';
import {renamePlaceholders} from '../shared/placeholders.js';
import type {HelpscoutSavedReply} from './helpscout-schemas.js';

/** Help Scout variables deskterm fills itself; any other stays for the agent to fill by hand. */
const knownVariables: Record<string, string> = {
	'customer.fname': 'customer.first_name',
	'customer.name': 'customer.name',
	'customer.email': 'customer.email',
	'user.fname': 'agent.first_name',
	'user.name': 'agent.name',
	'user.email': 'agent.email',
	'convo.subject': 'conversation.subject',
};

/** Help Scout writes {%customer.fname,fallback=there%}; deskterm reads {{ key }} (the fallback is dropped). */
const asBraces = (text: string): string => text.replace(/\{%\s*([\w.]+)\s*(?:,[^%]*)?%\}/g, '{{$1}}');

export function mapHelpscoutSavedReply(reply: HelpscoutSavedReply, mailboxName: string | null): SavedReply {
	return {
		id: String(reply.id),
		title: reply.name,
		body: renamePlaceholders(asBraces(plainText(reply.text ?? reply.chatText ?? '')), knownVariables),
		shortcut: null,
		tags: mailboxName ? [mailboxName] : [],
	};
}
