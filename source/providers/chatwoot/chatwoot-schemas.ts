// The parts of Chatwoot's responses deskterm reads, checked at the edge (ids and times are numbers).
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const id = z.number();
const text = z.nullish(z.string());
const attributes = z.nullish(z.record(z.string(), z.unknown()));

export const chatwootUserSchema = z.object({
	id,
	name: z.nullish(z.string()),
	available_name: z.nullish(z.string()),
	email: z.nullish(z.string()),
	role: z.nullish(z.string()),
});
export type ChatwootUser = z.infer<typeof chatwootUserSchema>;

export const chatwootTeamSchema = z.object({id, name: z.string()});
export type ChatwootTeam = z.infer<typeof chatwootTeamSchema>;

export const chatwootMessageSchema = z.object({
	id,
	content: text,
	message_type: z.number(),
	created_at: z.number(),
	private: z.nullish(z.boolean()),
	sender_type: text,
	sender_id: z.nullish(z.number()),
	sender: z.nullish(z.object({id: z.nullish(z.number()), name: text, available_name: text, type: text})),
	content_type: text,
	/** Per content type; a CSAT survey's answer is `submitted_values.csat_survey_response.rating`. */
	content_attributes: z.nullish(z.record(z.string(), z.unknown())),
});
export type ChatwootMessage = z.infer<typeof chatwootMessageSchema>;

const senderSchema = z.object({id, name: text, email: text});

export const chatwootConversationSchema = z.object({
	id,
	inbox_id: z.nullish(z.number()),
	status: z.string(),
	priority: text,
	labels: z.nullish(z.array(z.string())),
	created_at: z.number(),
	updated_at: z.nullish(z.number()),
	last_activity_at: z.nullish(z.number()),
	timestamp: z.nullish(z.number()),
	waiting_since: z.nullish(z.number()),
	first_reply_created_at: z.nullish(z.number()),
	snoozed_until: z.nullish(z.number()),
	additional_attributes: attributes,
	custom_attributes: attributes,
	messages: z.nullish(z.array(chatwootMessageSchema)),
	last_non_activity_message: z.nullish(chatwootMessageSchema),
	meta: z.object({
		sender: z.nullish(senderSchema),
		channel: text,
		assignee: z.nullish(chatwootUserSchema),
		team: z.nullish(chatwootTeamSchema),
	}),
});
export type ChatwootConversation = z.infer<typeof chatwootConversationSchema>;

const conversationPage = z.object({payload: z.array(chatwootConversationSchema), meta: z.nullish(z.record(z.string(), z.unknown()))});
type ConversationPage = z.infer<typeof conversationPage>;

/** The list endpoint wraps its page in data; the filter endpoint has answered without it in some versions. */
export const chatwootConversationListSchema = z.union([
	z.pipe(z.object({data: conversationPage}), z.transform((body: {data: ConversationPage}) => body.data)),
	conversationPage,
]);

export const chatwootMessageListSchema = z.object({
	meta: z.nullish(z.object({labels: z.nullish(z.array(z.string()))})),
	payload: z.array(chatwootMessageSchema),
});

export const chatwootContactSchema = z.object({
	id,
	name: text,
	email: text,
	phone_number: text,
	identifier: text,
	created_at: z.nullish(z.number()),
	additional_attributes: attributes,
	custom_attributes: attributes,
});
export type ChatwootContact = z.infer<typeof chatwootContactSchema>;

export const chatwootContactResponseSchema = z.object({payload: chatwootContactSchema});
export const chatwootLabelsSchema = z.object({payload: z.array(z.string())});
export const chatwootCannedResponseSchema = z.object({id, short_code: z.string(), content: text});

/** Validates a Chatwoot body, or says in one line what Chatwoot sent that deskterm cannot read. */
export const readChatwoot = schemaReader('chatwoot', 'Chatwoot', '; is the URL a Chatwoot install?');
