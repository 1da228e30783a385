// A Front conversation as a queue row, and with its messages and comments as a full conversation.
import type {Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import {customerFieldFacts, scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {FrontComment, FrontConversation, FrontMessage} from './front-schemas.js';
import {mapFrontComment, mapFrontMessage, teammateName} from './map-front-message.js';
import {mapFrontStatus} from './map-front-status.js';

const previewLength = 140;

const ms = (value: number | null | undefined): number | null => (value === null || value === undefined || value === 0 ? null : Math.round(value * 1000));

/** A row carries no channel and no message: channel is email until the messages say otherwise. */
export function mapFrontSummary(conversation: FrontConversation): ConversationSummary {
	const status = mapFrontStatus(conversation);
	const recipient = conversation.recipient;
	const updatedAt = ms(conversation.updated_at) ?? ms(conversation.created_at) ?? 0;
	const reminder = (conversation.scheduled_reminders ?? [])
		.map(each => ms(each.scheduled_at))
		.filter((each): each is number => each !== null)
		.sort((a, b) => a - b)[0];
	return {
		id: conversation.id,
		subject: conversation.subject || `Conversation ${conversation.id}`,
		customerId: recipient?.handle ?? '',
		customerName: recipient?.name || recipient?.handle || '',
		channel: 'email',
		status,
		priority: 'normal',
		assigneeId: conversation.assignee?.id ?? null,
		assigneeName: conversation.assignee ? teammateName(conversation.assignee) : null,
		teamId: null,
		teamName: null,
		tags: conversation.tags.map(tag => tag.name),
		createdAt: ms(conversation.created_at) ?? updatedAt,
		updatedAt,
		waitingSince: status === 'open' || status === 'pending' ? ms(conversation.waiting_since) : null,
		firstResponseAt: null,
		closedAt: null,
		snoozedUntil: status === 'snoozed' ? (reminder ?? null) : null,
		messageCount: 0,
		preview: '',
		version: String(conversation.updated_at ?? conversation.created_at ?? ''),
	};
}

/** Front knows a contact by its handle; plan and company come from the conversation's custom fields. */
export function mapFrontCustomer(conversation: FrontConversation, language: string): Customer {
	const recipient = conversation.recipient;
	const custom: Attributes = (conversation.custom_fields ?? {}) as Attributes;
	const attributes = scalarAttributes(custom);
	const {company, plan, vip} = customerFieldFacts(attributes);
	const handle = recipient?.handle ?? '';
	return {
		id: handle,
		name: recipient?.name || handle || 'unknown customer',
		email: handle.includes('@') ? handle : '',
		company,
		companyType: null,
		plan,
		monthlySpend: null,
		customerSince: null,
		language,
		productsInUse: [],
		vip,
		attributes,
	};
}

export function mapFrontConversation(conversation: FrontConversation, frontMessages: FrontMessage[], comments: FrontComment[], language: string): Conversation {
	const summary = mapFrontSummary(conversation);
	const said = frontMessages.map(message => mapFrontMessage(message, conversation.id)).filter((each): each is Message => each !== null);
	const channel = said[0]?.channel ?? summary.channel;
	const messages = [...said, ...comments.map(comment => mapFrontComment(comment, conversation.id, channel))].sort((a, b) => a.createdAt - b.createdAt);
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	const firstAnswer = messages.find(message => message.kind === 'agent' && message.createdAt >= (said.find(each => each.kind === 'customer')?.createdAt ?? 0));
	return {
		...summary,
		channel,
		firstResponseAt: firstAnswer?.createdAt ?? null,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(latestCustomer.body.replace(/\s+/g, ' ')) : '',
		customer: mapFrontCustomer(conversation, language),
		messages,
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
	};
}

function shorten(text: string): string {
	return text.length > previewLength ? `${text.slice(0, previewLength - 1)}…` : text;
}
