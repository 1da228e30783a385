// Zammad text modules and macros with an article body as saved replies; Zammad's #{...} variables renamed into deskterm's.
import type {SavedReply} from '../provider.js';
import {plainText} from '../shared/plain-text.js';
import type {ZammadMacro, ZammadTextModule} from './zammad-schemas.js';

/** Zammad variables deskterm fills itself; any other stays for the agent to fill by hand. */
const knownVariables: Record<string, string> = {
	'ticket.customer.firstname': 'customer.first_name',
	'ticket.customer.fullname': 'customer.name',
	'ticket.customer.email': 'customer.email',
	'user.firstname': 'agent.first_name',
	'user.fullname': 'agent.name',
	'user.email': 'agent.email',
	'ticket.title': 'conversation.subject',
};

function rename(text: string): string {
	return text.replace(/#\{\s*([\w.]+)\s*\}/g, (whole, name: string) => {
		const ours = Object.hasOwn(knownVariables, name) ? knownVariables[name] : undefined;
		return ours ? `{{${ours}}}` : whole;
	});
}

export function mapZammadTextModule(module: ZammadTextModule): SavedReply | null {
	if (module.active === false) return null;
	const keywords = (module.keywords ?? '').split(/[\s,]+/).filter(Boolean);
	return {id: `text_module:${module.id}`, title: module.name, body: rename(plainText(module.content)), shortcut: keywords[0] ?? null, tags: []};
}

/** A macro is a saved reply only when it writes an article body (`article.note`); the rest of it is field changes. */
export function mapZammadMacro(macro: ZammadMacro): SavedReply | null {
	if (macro.active === false) return null;
	const article = macro.perform['article.note'] as {body?: unknown} | undefined;
	if (typeof article?.body !== 'string' || article.body.trim() === '') return null;
	return {id: `macro:${macro.id}`, title: macro.name, body: rename(plainText(article.body)), shortcut: null, tags: []};
}
