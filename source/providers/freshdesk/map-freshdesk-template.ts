// A Freshdesk canned response as a saved reply: HTML to text, Freshdesk's placeholders renamed into deskterm's.
import type {SavedReply} from '../provider.js';
import {plainText} from '../shared/plain-text.js';
import {renamePlaceholders} from '../shared/placeholders.js';
import type {FreshdeskCannedResponse} from './freshdesk-schemas.js';

/** Freshdesk placeholders deskterm fills itself; any other stays for the agent to fill by hand. */
const knownPlaceholders: Record<string, string> = {
	'ticket.requester.name': 'customer.name',
	'ticket.requester.firstname': 'customer.first_name',
	'ticket.requester.email': 'customer.email',
	'ticket.agent.name': 'agent.name',
	'ticket.agent.firstname': 'agent.first_name',
	'ticket.agent.email': 'agent.email',
	'ticket.subject': 'conversation.subject',
};

/** The folder's name becomes a tag, so imported templates keep Freshdesk's grouping. */
export function mapFreshdeskCannedResponse(response: FreshdeskCannedResponse, folder: string): SavedReply {
	const body = response.content?.trim() || plainText(response.content_html ?? '');
	return {id: String(response.id), title: response.title, body: renamePlaceholders(body, knownPlaceholders), shortcut: null, tags: [folder]};
}
