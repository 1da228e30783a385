// A Help Scout conversation as a queue row, and with its threads as a full conversation.
import type {Conversation, ConversationSummary, Customer, Message} from '../../domain/conversation.js';
import {customerFieldFacts, scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {HelpscoutConversation, HelpscoutThread} from './helpscout-schemas.js';
import {mapHelpscoutChannel, mapHelpscoutStatus} from './map-helpscout-status.js';
import {mapHelpscoutThread, personName} from './map-helpscout-thread.js';

const previewLength = 140;

const time = (value: string | null | undefined): number | null => {
	if (!value) return null;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? null : parsed;
};

export type MailboxNames = ReadonlyMap<string, string>;

export function mapHelpscoutSummary(conversation: HelpscoutConversation, mailboxes: MailboxNames = new Map()): ConversationSummary {
	const status = mapHelpscoutStatus(conversation.status);
	const customer = conversation.primaryCustomer;
	const createdAt = time(conversation.createdAt) ?? 0;
	const updatedAt = time(conversation.userUpdatedAt) ?? createdAt;
	const mailbox = conversation.mailboxId === null || conversation.mailboxId === undefined ? null : String(conversation.mailboxId);
	return {
		id: String(conversation.id),
		subject: conversation.subject || `Conversation #${conversation.number ?? conversation.id}`,
		customerId: customer ? String(customer.id) : '',
		customerName: personName(customer),
		channel: mapHelpscoutChannel(conversation.type),
		status,
		priority: 'normal',
		assigneeId: conversation.assignee ? String(conversation.assignee.id) : null,
		assigneeName: conversation.assignee ? personName(conversation.assignee) : null,
		teamId: mailbox,
		teamName: mailbox === null ? null : (mailboxes.get(mailbox) ?? null),
		tags: (conversation.tags ?? []).map(tag => tag.tag),
		createdAt,
		updatedAt,
		waitingSince: status === 'open' || status === 'pending' ? time(conversation.customerWaitingSince?.time) : null,
		firstResponseAt: null,
		closedAt: status === 'closed' ? time(conversation.closedAt) : null,
		snoozedUntil: null,
		messageCount: conversation.threads ?? 0,
		preview: shorten((conversation.preview ?? '').replace(/\s+/g, ' ').trim()),
		version: conversation.userUpdatedAt ?? conversation.createdAt,
	};
}

/** Custom fields are the conversation's; the customer's own properties need another read per customer. */
export function mapHelpscoutCustomer(conversation: HelpscoutConversation, language: string): Customer {
	const customer = conversation.primaryCustomer;
	const custom: Attributes = Object.fromEntries((conversation.customFields ?? []).map(field => [field.name, field.text ?? field.value ?? null])) as Attributes;
	const attributes = scalarAttributes(custom);
	const {company, plan, vip} = customerFieldFacts(attributes);
	return {
		id: customer ? String(customer.id) : '',
		name: personName(customer) || 'unknown customer',
		email: customer?.email ?? '',
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

export function mapHelpscoutConversation(conversation: HelpscoutConversation, threads: HelpscoutThread[], language: string, mailboxes: MailboxNames = new Map()): Conversation {
	const summary = mapHelpscoutSummary(conversation, mailboxes);
	const messages = threads
		.map(thread => mapHelpscoutThread(thread, summary.id, summary.channel))
		.filter((each): each is Message => each !== null)
		.sort((a, b) => a.createdAt - b.createdAt);
	const firstCustomer = messages.find(message => message.kind === 'customer');
	const firstAnswer = messages.find(message => message.kind === 'agent' && message.createdAt >= (firstCustomer?.createdAt ?? 0));
	const latestCustomer = messages.filter(message => message.kind === 'customer').at(-1);
	return {
		...summary,
		firstResponseAt: firstAnswer?.createdAt ?? null,
		messageCount: messages.length,
		preview: latestCustomer ? shorten(latestCustomer.body.replace(/\s+/g, ' ')) : summary.preview,
		customer: mapHelpscoutCustomer(conversation, language),
		messages,
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
	};
}

function shorten(text: string): string {
	return text.length > previewLength ? `${text.slice(0, previewLength - 1)}…` : text;
}
