// The parts of Freshdesk's answers deskterm reads (API v2 reference); unknown fields pass through unread.
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const id = z.number();
const optionalId = z.nullish(z.number());

export const freshdeskAgentSchema = z.object({
	id,
	type: text,
	occasional: z.nullish(z.boolean()),
	group_ids: z.nullish(z.array(z.number())),
	contact: z.object({name: text, email: text, language: text}),
});
export type FreshdeskAgent = z.infer<typeof freshdeskAgentSchema>;
export const freshdeskAgentListSchema = z.array(freshdeskAgentSchema);

export const freshdeskGroupSchema = z.object({id, name: z.string(), agent_ids: z.nullish(z.array(z.number()))});
export const freshdeskGroupListSchema = z.array(freshdeskGroupSchema);

const requesterSchema = z.object({id, name: text, email: text, mobile: text, phone: text});

const statsSchema = z.object({first_responded_at: text, resolved_at: text, closed_at: text, reopened_at: text});

export const freshdeskTicketSchema = z.object({
	id,
	subject: text,
	status: z.number(),
	priority: z.number(),
	source: z.nullish(z.number()),
	requester_id: id,
	responder_id: optionalId,
	group_id: optionalId,
	company_id: optionalId,
	tags: z.nullish(z.array(z.string())),
	created_at: z.string(),
	updated_at: z.string(),
	description_text: text,
	custom_fields: z.nullish(z.record(z.string(), z.unknown())),
	requester: z.nullish(requesterSchema),
	stats: z.nullish(statsSchema),
});
export type FreshdeskTicket = z.infer<typeof freshdeskTicketSchema>;
export const freshdeskTicketListSchema = z.array(freshdeskTicketSchema);

export const freshdeskConversationSchema = z.object({
	id,
	body_text: text,
	body: text,
	incoming: z.boolean(),
	private: z.boolean(),
	source: z.nullish(z.number()),
	user_id: optionalId,
	from_email: text,
	created_at: z.string(),
});
export type FreshdeskConversation = z.infer<typeof freshdeskConversationSchema>;
export const freshdeskConversationListSchema = z.array(freshdeskConversationSchema);

export const freshdeskCannedFolderListSchema = z.array(z.object({id, name: z.string()}));
export const freshdeskCannedResponseSchema = z.object({id, title: z.string(), content: text, content_html: text, folder_id: optionalId});
export type FreshdeskCannedResponse = z.infer<typeof freshdeskCannedResponseSchema>;
export const freshdeskCannedResponseListSchema = z.array(freshdeskCannedResponseSchema);

/** A customer's survey answer; `ratings` holds one value per question, the main one under default_question. */
export const freshdeskSatisfactionRatingSchema = z.object({
	id,
	ticket_id: id,
	agent_id: optionalId,
	ratings: z.record(z.string(), z.number()),
	created_at: z.string(),
});
export type FreshdeskSatisfactionRating = z.infer<typeof freshdeskSatisfactionRatingSchema>;
export const freshdeskSatisfactionRatingListSchema = z.array(freshdeskSatisfactionRatingSchema);

/** Time an agent logged on a ticket; time_spent is "hh:mm". */
export const freshdeskTimeEntrySchema = z.object({
	id,
	ticket_id: id,
	agent_id: id,
	time_spent: z.string(),
	timer_running: z.nullish(z.boolean()),
	executed_at: z.string(),
});
export type FreshdeskTimeEntry = z.infer<typeof freshdeskTimeEntrySchema>;
export const freshdeskTimeEntryListSchema = z.array(freshdeskTimeEntrySchema);

export const readFreshdesk = schemaReader('freshdesk', 'Freshdesk');
