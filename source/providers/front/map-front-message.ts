// Front messages (to and from the customer) and comments (teammates only) as deskterm messages.
import type {Channel, Message} from '../../domain/conversation.js';
import {plainText} from '../shared/plain-text.js';
import type {FrontComment, FrontMessage, FrontTeammate} from './front-schemas.js';
import {mapFrontChannel} from './map-front-status.js';

export function teammateName(teammate: FrontTeammate | null | undefined): string {
	if (!teammate) return '';
	return [teammate.first_name, teammate.last_name].filter(Boolean).join(' ') || teammate.username || teammate.email;
}

const humans = ['user', 'visitor'];

/** Drafts are not part of the conversation yet; an inbound message is the customer's. */
export function mapFrontMessage(message: FrontMessage, conversationId: string): Message | null {
	if (message.draft_mode) return null;
	const from = message.recipients?.find(recipient => recipient.role === 'from');
	const body = message.text?.trim() || plainText(message.body ?? '') || (message.blurb ?? '');
	const bot = !message.is_inbound && message.author !== null && message.author !== undefined && !humans.includes(message.author.type ?? 'user');
	return {
		id: message.id,
		conversationId,
		kind: message.is_inbound ? 'customer' : bot ? 'bot' : 'agent',
		authorId: message.is_inbound ? (from?.handle ?? null) : (message.author?.id ?? null),
		authorName: message.is_inbound ? (from?.name ?? from?.handle ?? '') : teammateName(message.author) || (from?.name ?? ''),
		body,
		createdAt: Math.round(message.created_at * 1000),
		channel: mapFrontChannel(message.type),
	};
}

export function mapFrontComment(comment: FrontComment, conversationId: string, channel: Channel): Message {
	return {
		id: comment.id,
		conversationId,
		kind: 'note',
		authorId: comment.author?.id ?? null,
		authorName: teammateName(comment.author),
		body: comment.body,
		createdAt: Math.round((comment.posted_at ?? 0) * 1000),
		channel,
	};
}
