// The parts of Help Scout's Mailbox API 2.0 answers deskterm reads: HAL (_embedded, page, _links), numeric ids, ISO times.
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const id = z.number();

const person = z.object({id, type: text, first: text, last: text, email: text});
export type HelpscoutPerson = z.infer<typeof person>;

const page = z.object({size: z.number(), totalElements: z.number(), totalPages: z.number(), number: z.number()});
const links = z.nullish(z.object({next: z.nullish(z.object({href: z.string()}))}));

export const helpscoutTokenSchema = z.object({token_type: text, access_token: z.string(), expires_in: z.number()});

export const helpscoutConversationSchema = z.object({
	id,
	number: z.nullish(z.number()),
	type: text,
	status: z.enum(['active', 'pending', 'closed', 'spam']),
	state: text,
	subject: text,
	preview: text,
	mailboxId: z.nullish(z.number()),
	assignee: z.nullish(person),
	createdAt: z.string(),
	closedAt: text,
	userUpdatedAt: text,
	customerWaitingSince: z.nullish(z.object({time: text})),
	tags: z.nullish(z.array(z.object({id: z.nullish(z.number()), tag: z.string()}))),
	primaryCustomer: z.nullish(person),
	threads: z.nullish(z.number()),
	customFields: z.nullish(z.array(z.object({name: z.string(), value: z.nullish(z.unknown()), text})))
});
export type HelpscoutConversation = z.infer<typeof helpscoutConversationSchema>;

export const helpscoutConversationListSchema = z.object({
	_embedded: z.nullish(z.object({conversations: z.array(helpscoutConversationSchema)})),
	page,
	_links: links,
});

export const helpscoutThreadSchema = z.object({
	id,
	type: z.string(),
	status: text,
	state: text,
	body: text,
	createdBy: z.nullish(person),
	createdAt: z.string(),
	source: z.nullish(z.object({type: text, via: text})),
});
export type HelpscoutThread = z.infer<typeof helpscoutThreadSchema>;

export const helpscoutThreadListSchema = z.object({_embedded: z.nullish(z.object({threads: z.array(helpscoutThreadSchema)})), page: z.nullish(page), _links: links});

export const helpscoutUserSchema = z.object({id, firstName: text, lastName: text, email: z.string(), role: text, type: text});
export type HelpscoutUser = z.infer<typeof helpscoutUserSchema>;
export const helpscoutUserListSchema = z.object({_embedded: z.nullish(z.object({users: z.array(helpscoutUserSchema)})), page, _links: links});

export const helpscoutMailboxListSchema = z.object({
	_embedded: z.nullish(z.object({mailboxes: z.array(z.object({id, name: z.string(), email: text}))})),
	page,
	_links: links,
});

export const helpscoutSavedReplyListSchema = z.array(z.object({id, name: z.string(), preview: text}));
export const helpscoutSavedReplySchema = z.object({id, name: z.string(), text: text, chatText: text});
export type HelpscoutSavedReply = z.infer<typeof helpscoutSavedReplySchema>;

export const readHelpscout = schemaReader('helpscout', 'Help Scout');
