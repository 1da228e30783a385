// The values placeholders are filled from, taken from the conversation, its customer and the agent.
import {firstName, type Agent, type Conversation, type Customer} from '../domain/conversation.js';
import type {PlaceholderValues} from './placeholders.js';

export type PlaceholderSources = {
	customer?: Customer | null;
	agent?: Pick<Agent, 'name' | 'email'> | null;
	conversation?: Pick<Conversation, 'id' | 'subject' | 'channel'> | null;
};

/** Every key a template may use, besides custom attributes and bare fields the agent fills in. */
export const knownPlaceholderKeys = [
	'customer.first_name',
	'customer.name',
	'customer.email',
	'customer.company',
	'customer.plan',
	'agent.first_name',
	'agent.name',
	'agent.email',
	'conversation.id',
	'conversation.subject',
	'conversation.channel',
] as const;

export function placeholderValues(sources: PlaceholderSources): PlaceholderValues {
	const {customer, agent, conversation} = sources;
	const values: Record<string, string | null> = {};
	if (customer) {
		// Desks often store the e-mail address as the name; "Hi jo@x.com" is worse than the fallback.
		const name = customer.name.includes('@') ? '' : customer.name.trim();
		values['customer.first_name'] = name ? firstName(name) : null;
		values['customer.name'] = name || null;
		values['customer.email'] = customer.email || null;
		values['customer.company'] = customer.company;
		values['customer.plan'] = customer.plan;
		for (const [attribute, value] of Object.entries(customer.attributes)) {
			values[`customer.attributes.${attribute}`] = value;
			values[`attributes.${attribute}`] = value;
		}
	}
	if (agent) {
		values['agent.first_name'] = agent.name.trim() ? firstName(agent.name) : null;
		values['agent.name'] = agent.name.trim() || null;
		values['agent.email'] = agent.email || null;
	}
	if (conversation) {
		values['conversation.id'] = conversation.id;
		values['conversation.subject'] = conversation.subject || null;
		values['conversation.channel'] = conversation.channel;
	}
	return values;
}

/** Whether a key can ever be filled: a known key, a custom attribute or a bare field name. */
export function isKnownPlaceholderKey(key: string): boolean {
	return (
		(knownPlaceholderKeys as readonly string[]).includes(key) || /^(?:customer\.)?attributes\.[\w-]+$/.test(key) || !key.includes('.')
	);
}
