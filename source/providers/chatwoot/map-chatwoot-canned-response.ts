// A Chatwoot canned response as a saved reply, its {{contact.*}} variables in deskterm's names.
import type {SavedReply} from '../provider.js';
import {renamePlaceholders} from '../shared/placeholders.js';

/** Chatwoot variables deskterm fills itself; others stay visible for the agent to fill. */
const knownVariables: Record<string, string> = {
	'contact.name': 'customer.name',
	'contact.first_name': 'customer.first_name',
	'contact.email': 'customer.email',
	'agent.name': 'agent.name',
	'agent.first_name': 'agent.first_name',
	'agent.email': 'agent.email',
	'conversation.id': 'conversation.id',
};

export function chatwootPlaceholders(text: string): string {
	return renamePlaceholders(text, knownVariables);
}

/** The short code is what agents type after / in Chatwoot, so it is both title and shortcut. */
export function mapChatwootCannedResponse(canned: {id: number; short_code: string; content?: string | null | undefined}): SavedReply {
	return {id: String(canned.id), title: canned.short_code, body: chatwootPlaceholders(canned.content ?? ''), shortcut: canned.short_code, tags: []};
}
