// A Front message template as a saved reply: HTML to text, Front's dynamic variables renamed into deskterm's.
import type {SavedReply} from '../provider.js';
import {plainText} from '../shared/plain-text.js';
import {renamePlaceholders} from '../shared/placeholders.js';
import type {FrontTemplate} from './front-schemas.js';

/** Front variables deskterm fills itself; any other stays for the agent to fill by hand. */
const knownVariables: Record<string, string> = {
	'recipient.name': 'customer.name',
	'recipient.first_name': 'customer.first_name',
	'recipient.email': 'customer.email',
	'user.name': 'agent.name',
	'user.first_name': 'agent.first_name',
	'user.email': 'agent.email',
	'conversation.subject': 'conversation.subject',
};

export function mapFrontTemplate(template: FrontTemplate): SavedReply {
	return {id: template.id, title: template.name, body: renamePlaceholders(plainText(template.body), knownVariables), shortcut: null, tags: []};
}
