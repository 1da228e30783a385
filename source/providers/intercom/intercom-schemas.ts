// The parts of Intercom's responses deskterm reads (API 2.16): ids are strings, times unix seconds.
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const seconds = z.nullish(z.number());
/** Intercom sends some ids as numbers (assignee ids) and most as strings. */
const anyId = z.pipe(z.union([z.string(), z.number()]), z.transform((value: string | number) => String(value)));

export const intercomAdminSchema = z.object({
	id: anyId,
	name: text,
	email: text,
	team_ids: z.nullish(z.array(z.number())),
});
export type IntercomAdmin = z.infer<typeof intercomAdminSchema>;

export const intercomAdminListSchema = z.object({admins: z.array(intercomAdminSchema)});
export const intercomTeamListSchema = z.object({teams: z.array(z.object({id: anyId, name: z.string()}))});

const authorSchema = z.object({type: text, id: z.nullish(anyId), name: text, email: text, from_ai_agent: z.nullish(z.boolean()), is_ai_answer: z.nullish(z.boolean())});
export type IntercomAuthor = z.infer<typeof authorSchema>;

export const intercomPartSchema = z.object({
	id: anyId,
	part_type: z.string(),
	body: text,
	created_at: z.number(),
	author: z.nullish(authorSchema),
});
export type IntercomPart = z.infer<typeof intercomPartSchema>;

const tagSchema = z.object({id: anyId, name: z.string()});

export const intercomConversationSchema = z.object({
	id: anyId,
	title: text,
	created_at: z.number(),
	updated_at: z.number(),
	waiting_since: seconds,
	snoozed_until: seconds,
	state: z.string(),
	priority: text,
	admin_assignee_id: z.nullish(z.number()),
	team_assignee_id: z.nullish(z.number()),
	tags: z.nullish(z.object({tags: z.array(tagSchema)})),
	source: z.nullish(
		z.object({
			id: text,
			type: text,
			delivered_as: text,
			subject: text,
			body: text,
			url: text,
			author: z.nullish(authorSchema),
		}),
	),
	contacts: z.nullish(z.object({contacts: z.array(z.object({id: anyId}))})),
	conversation_rating: z.nullish(z.object({rating: z.nullish(z.number())})),
	statistics: z.nullish(
		z.object({
			first_admin_reply_at: seconds,
			last_close_at: seconds,
			count_conversation_parts: z.nullish(z.number()),
			count_reopens: z.nullish(z.number()),
		}),
	),
	conversation_parts: z.nullish(z.object({conversation_parts: z.array(intercomPartSchema), total_count: z.nullish(z.number())})),
	company: z.nullish(z.object({id: anyId})),
});
export type IntercomConversation = z.infer<typeof intercomConversationSchema>;

export const intercomConversationListSchema = z.object({
	conversations: z.array(intercomConversationSchema),
	total_count: z.nullish(z.number()),
	pages: z.nullish(z.object({next: z.nullish(z.object({starting_after: text}))})),
});

export const intercomContactSchema = z.object({
	id: anyId,
	name: text,
	email: text,
	created_at: seconds,
	signed_up_at: seconds,
	language_override: text,
	browser_language: text,
	custom_attributes: z.nullish(z.record(z.string(), z.unknown())),
	companies: z.nullish(z.object({data: z.nullish(z.array(z.object({id: anyId})))})),
});
export type IntercomContact = z.infer<typeof intercomContactSchema>;

export const intercomContactListSchema = z.object({data: z.array(intercomContactSchema)});

export const intercomCompanySchema = z.object({
	id: anyId,
	name: text,
	plan: z.nullish(z.object({name: text})),
	monthly_spend: z.nullish(z.number()),
	remote_created_at: seconds,
	custom_attributes: z.nullish(z.record(z.string(), z.unknown())),
});
export type IntercomCompany = z.infer<typeof intercomCompanySchema>;

export const intercomTagSchema = tagSchema;
export const intercomTagListSchema = z.object({data: z.array(tagSchema)});

export const intercomMacroListSchema = z.object({
	data: z.array(z.object({id: anyId, name: z.string(), body: text, body_text: text})),
	pages: z.nullish(z.object({next: z.nullish(z.object({starting_after: text}))})),
});

/** Validates an Intercom body, or says in one line what Intercom sent that deskterm cannot read. */
export const readIntercom = schemaReader('intercom', 'Intercom');
