// An Intercom macro as a saved reply, its attribute placeholders rewritten into deskterm's {{...}} form.
import type {SavedReply} from '../provider.js';
import {plainText} from './map-intercom-part.js';

/** Intercom attribute keys deskterm fills itself; others stay as their own key for the agent to fill. */
const knownKeys: Record<string, string> = {
	'user.name': 'customer.name',
	'user.first_name': 'customer.first_name',
	'user.firstname': 'customer.first_name',
	'user.email': 'customer.email',
	'company.name': 'customer.company',
	'company.plan': 'customer.plan',
	'admin.name': 'agent.name',
	'admin.first_name': 'agent.first_name',
	'admin.email': 'agent.email',
	'teammate.name': 'agent.name',
	'teammate.first_name': 'agent.first_name',
};

/** <attribute key="user.first_name" default="there"/> becomes {{customer.first_name | there}}. */
export function intercomPlaceholders(body: string): string {
	return body.replace(/<attribute\s+([^>]*?)\/?>(?:<\/attribute>)?/gi, (_tag, attributes: string) => {
		const key = /key\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
		const fallback = /default\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
		const name = knownKeys[key.toLowerCase()] ?? key.replace(/[^\w.]+/g, '_').replace(/^user\.custom_attributes\./, 'customer.attributes.');
		return fallback === '' ? `{{${name}}}` : `{{${name} | ${fallback}}}`;
	});
}

export function mapIntercomSavedReply(macro: {id: string; name: string; body?: string | null | undefined; body_text?: string | null | undefined}): SavedReply {
	const source = macro.body ?? macro.body_text ?? '';
	return {id: macro.id, title: macro.name, body: plainText(intercomPlaceholders(source)), shortcut: null, tags: []};
}
