// A Zendesk macro as a saved reply: its comment text, placeholders rewritten into deskterm's form.
import type {SavedReply} from '../provider.js';
import {renamePlaceholders} from '../shared/placeholders.js';
import type {ZendeskMacro} from './zendesk-schemas.js';

/** Zendesk placeholders deskterm fills itself; any other stays for the agent to fill by hand. */
const knownPlaceholders: Record<string, string> = {
	'ticket.requester.first_name': 'customer.first_name',
	'ticket.requester.name': 'customer.name',
	'ticket.requester.email': 'customer.email',
	'ticket.organization.name': 'customer.company',
	'current_user.first_name': 'agent.first_name',
	'current_user.name': 'agent.name',
	'current_user.email': 'agent.email',
	'ticket.assignee.first_name': 'agent.first_name',
	'ticket.assignee.name': 'agent.name',
	'ticket.id': 'conversation.id',
	'ticket.title': 'conversation.subject',
};

export function zendeskPlaceholders(text: string): string {
	return renamePlaceholders(text, knownPlaceholders);
}

/** The reply text a macro would add (a comment_value action; its value may name the channel first). */
function commentText(macro: ZendeskMacro): string | null {
	for (const action of macro.actions) {
		if (action.field !== 'comment_value' && action.field !== 'comment_value_html') continue;
		const value = Array.isArray(action.value) ? action.value.at(-1) : action.value;
		if (typeof value !== 'string' || value.trim() === '') continue;
		return action.field === 'comment_value_html' ? value.replace(/<br\s*\/?>|<\/p>/gi, '\n').replace(/<[^>]+>/g, '').trim() : value.trim();
	}
	return null;
}

/** Macros that only change fields (no reply text) are not saved replies and are left out. */
export function mapZendeskMacro(macro: ZendeskMacro): SavedReply | null {
	const body = commentText(macro);
	if (body === null) return null;
	const tags = macro.actions
		.filter(action => action.field === 'set_tags' || action.field === 'current_tags')
		.flatMap(action => (typeof action.value === 'string' ? action.value.split(/\s+/) : []))
		.filter(Boolean);
	return {id: String(macro.id), title: macro.title, body: zendeskPlaceholders(body), shortcut: null, tags};
}
