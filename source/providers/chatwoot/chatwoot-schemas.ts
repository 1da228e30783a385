// The parts of Chatwoot's responses deskterm reads, checked at the edge (ids and times are numbers).
import {z} from 'zod';
import {DeskError} from '../../domain/errors.js';

const id = z.number();
const text = z.string().nullish();
const attributes = z.record(z.string(), z.unknown()).nullish();

export const chatwootUserSchema = z.object({
	id,
	name: z.string().nullish(),
	available_name: z.string().nullish(),
	email: z.string().nullish(),
	role: z.string().nullish(),
});
export type ChatwootUser = z.infer<typeof chatwootUserSchema>;

export const chatwootTeamSchema = z.object({id, name: z.string()});
export type ChatwootTeam = z.infer<typeof chatwootTeamSchema>;

export const chatwootMessageSchema = z.object({
	id,
	content: text,
	message_type: z.number(),
	created_at: z.number(),
	private: z.boolean().nullish(),
	sender_type: text,
	sender_id: z.number().nullish(),
	sender: z.object({id: z.number().nullish(), name: text, available_name: text, type: text}).nullish(),
});
export type ChatwootMessage = z.infer<typeof chatwootMessageSchema>;

const senderSchema = z.object({id, name: text, email: text});

export const chatwootConversationSchema = z.object({
	id,
	inbox_id: z.number().nullish(),
	status: z.string(),
	priority: text,
	labels: z.array(z.string()).nullish(),
	created_at: z.number(),
	updated_at: z.number().nullish(),
	last_activity_at: z.number().nullish(),
	timestamp: z.number().nullish(),
	waiting_since: z.number().nullish(),
	first_reply_created_at: z.number().nullish(),
	snoozed_until: z.number().nullish(),
	additional_attributes: attributes,
	custom_attributes: attributes,
	messages: z.array(chatwootMessageSchema).nullish(),
	last_non_activity_message: chatwootMessageSchema.nullish(),
	meta: z.object({
		sender: senderSchema.nullish(),
		channel: text,
		assignee: chatwootUserSchema.nullish(),
		team: chatwootTeamSchema.nullish(),
	}),
});
export type ChatwootConversation = z.infer<typeof chatwootConversationSchema>;

const conversationPage = z.object({payload: z.array(chatwootConversationSchema), meta: z.record(z.string(), z.unknown()).nullish()});

/** The list endpoint wraps its page in data; the filter endpoint has answered without it in some versions. */
export const chatwootConversationListSchema = z.union([z.object({data: conversationPage}).transform(body => body.data), conversationPage]);

export const chatwootMessageListSchema = z.object({
	meta: z.object({labels: z.array(z.string()).nullish()}).nullish(),
	payload: z.array(chatwootMessageSchema),
});

export const chatwootContactSchema = z.object({
	id,
	name: text,
	email: text,
	phone_number: text,
	identifier: text,
	created_at: z.number().nullish(),
	additional_attributes: attributes,
	custom_attributes: attributes,
});
export type ChatwootContact = z.infer<typeof chatwootContactSchema>;

export const chatwootContactResponseSchema = z.object({payload: chatwootContactSchema});
export const chatwootLabelsSchema = z.object({payload: z.array(z.string())});
export const chatwootCannedResponseSchema = z.object({id, short_code: z.string(), content: text});

/** Validates a Chatwoot body, or says in one line what Chatwoot sent that deskterm cannot read. */
export function readChatwoot<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	throw new DeskError(
		'invalid_response',
		`Chatwoot sent ${what} deskterm cannot read (${issue.path.join('.') || 'body'}: ${issue.message}); is the URL a Chatwoot install?`,
		{provider: 'chatwoot'},
	);
}
