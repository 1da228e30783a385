// Zammad articles as deskterm messages: the sender says customer, agent or system; internal articles are notes.
import type {Message} from '../../domain/conversation.js';
import {plainText} from '../shared/plain-text.js';
import type {ZammadArticle, ZammadUser} from './zammad-schemas.js';
import {mapZammadChannel} from './map-zammad-status.js';

export function userName(user: Pick<ZammadUser, 'firstname' | 'lastname' | 'login' | 'email'>): string {
	return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.login || user.email || '';
}

/** The From header's display name: `"Lena Fischer" <lena@example.com>` reads as Lena Fischer. */
function displayName(from: string | null | undefined): string {
	if (!from) return '';
	const named = /^\s*"?([^"<]*?)"?\s*<[^>]+>\s*$/.exec(from);
	return (named?.[1] ?? from).trim();
}

export function mapZammadArticle(article: ZammadArticle): Message {
	const body = article.content_type === 'text/html' ? plainText(article.body) : article.body.trim();
	const sender = article.sender ?? '';
	const kind = article.internal ? 'note' : sender === 'Customer' ? 'customer' : sender === 'System' ? 'bot' : 'agent';
	const author = article.origin_by_id ?? article.created_by_id;
	return {
		id: String(article.id),
		conversationId: String(article.ticket_id),
		kind,
		authorId: author !== null && author !== undefined ? String(author) : null,
		authorName: displayName(article.from),
		body,
		createdAt: Date.parse(article.created_at),
		channel: mapZammadChannel(article.type),
	};
}
