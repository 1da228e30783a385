// The parts of Front's Core API responses deskterm reads: string ids (cnv_, msg_, tea_), unix seconds (with fractions).
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const seconds = z.nullish(z.number());
const pagination = z.nullish(z.object({next: text}));

export const frontTeammateSchema = z.object({
	id: z.string(),
	email: z.string(),
	first_name: text,
	last_name: text,
	username: text,
	is_admin: z.nullish(z.boolean()),
	type: text,
});
export type FrontTeammate = z.infer<typeof frontTeammateSchema>;

const tagSchema = z.object({id: z.string(), name: z.string()});

const recipientSchema = z.object({
	name: text,
	handle: z.string(),
	role: z.string(),
	_links: z.nullish(z.object({related: z.nullish(z.object({contact: text}))})),
});
export type FrontRecipient = z.infer<typeof recipientSchema>;

export const frontConversationSchema = z.object({
	id: z.string(),
	subject: text,
	status: z.enum(['archived', 'unassigned', 'deleted', 'assigned']),
	status_category: z.nullish(z.enum(['open', 'waiting', 'resolved'])),
	assignee: z.nullish(frontTeammateSchema),
	recipient: z.nullish(recipientSchema),
	tags: z.array(tagSchema),
	created_at: seconds,
	updated_at: seconds,
	waiting_since: seconds,
	scheduled_reminders: z.nullish(z.array(z.object({scheduled_at: seconds}))),
	custom_fields: z.nullish(z.record(z.string(), z.unknown())),
	_links: z.nullish(z.object({self: text})),
});
export type FrontConversation = z.infer<typeof frontConversationSchema>;

export const frontSearchSchema = z.object({_results: z.array(frontConversationSchema), _total: z.nullish(z.number()), _pagination: pagination});

export const frontMessageSchema = z.object({
	id: z.string(),
	type: z.string(),
	is_inbound: z.boolean(),
	draft_mode: text,
	created_at: z.number(),
	blurb: text,
	body: text,
	text,
	author: z.nullish(frontTeammateSchema),
	recipients: z.nullish(z.array(recipientSchema)),
});
export type FrontMessage = z.infer<typeof frontMessageSchema>;

export const frontMessageListSchema = z.object({_results: z.array(frontMessageSchema), _pagination: pagination});

export const frontCommentSchema = z.object({id: z.string(), author: z.nullish(frontTeammateSchema), body: z.string(), posted_at: seconds});
export type FrontComment = z.infer<typeof frontCommentSchema>;

export const frontCommentListSchema = z.object({_results: z.array(frontCommentSchema)});
export const frontAcceptedSchema = z.object({status: text, message_uid: z.string()});
export const frontTeammateListSchema = z.object({_results: z.array(frontTeammateSchema)});
export const frontTeamListSchema = z.object({_results: z.array(z.object({id: z.string(), name: z.string()}))});
export const frontTagSchema = tagSchema;
export const frontTagListSchema = z.object({_results: z.array(tagSchema), _pagination: pagination});

export const frontTemplateSchema = z.object({id: z.string(), name: z.string(), subject: text, body: z.string()});
export type FrontTemplate = z.infer<typeof frontTemplateSchema>;
export const frontTemplateListSchema = z.object({_results: z.array(frontTemplateSchema), _pagination: pagination});

export const readFront = schemaReader('front', 'Front');
