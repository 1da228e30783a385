// The parts of Intercom's responses deskterm reads (API 2.16): ids are strings, times unix seconds.
import {z} from 'zod';
import {DeskError} from '../../domain/errors.js';

const text = z.string().nullish();
const seconds = z.number().nullish();
/** Intercom sends some ids as numbers (assignee ids) and most as strings. */
const anyId = z.union([z.string(), z.number()]).transform(String);

export const intercomAdminSchema = z.object({
	id: anyId,
	name: text,
	email: text,
	team_ids: z.array(z.number()).nullish(),
});
export type IntercomAdmin = z.infer<typeof intercomAdminSchema>;

export const intercomAdminListSchema = z.object({admins: z.array(intercomAdminSchema)});
export const intercomTeamListSchema = z.object({teams: z.array(z.object({id: anyId, name: z.string()}))});

const authorSchema = z.object({type: text, id: anyId.nullish(), name: text, email: text, from_ai_agent: z.boolean().nullish(), is_ai_answer: z.boolean().nullish()});
export type IntercomAuthor = z.infer<typeof authorSchema>;

export const intercomPartSchema = z.object({
	id: anyId,
	part_type: z.string(),
	body: text,
	created_at: z.number(),
	author: authorSchema.nullish(),
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
	admin_assignee_id: z.number().nullish(),
	team_assignee_id: z.number().nullish(),
	tags: z.object({tags: z.array(tagSchema)}).nullish(),
	source: z
		.object({
			id: text,
			type: text,
			delivered_as: text,
			subject: text,
			body: text,
			url: text,
			author: authorSchema.nullish(),
		})
		.nullish(),
	contacts: z.object({contacts: z.array(z.object({id: anyId}))}).nullish(),
	conversation_rating: z.object({rating: z.number().nullish()}).nullish(),
	statistics: z
		.object({
			first_admin_reply_at: seconds,
			last_close_at: seconds,
			count_conversation_parts: z.number().nullish(),
		})
		.nullish(),
	conversation_parts: z.object({conversation_parts: z.array(intercomPartSchema), total_count: z.number().nullish()}).nullish(),
	company: z.object({id: anyId}).nullish(),
});
export type IntercomConversation = z.infer<typeof intercomConversationSchema>;

export const intercomConversationListSchema = z.object({
	conversations: z.array(intercomConversationSchema),
	total_count: z.number().nullish(),
	pages: z.object({next: z.object({starting_after: text}).nullish()}).nullish(),
});

export const intercomContactSchema = z.object({
	id: anyId,
	name: text,
	email: text,
	created_at: seconds,
	signed_up_at: seconds,
	language_override: text,
	browser_language: text,
	custom_attributes: z.record(z.string(), z.unknown()).nullish(),
	companies: z.object({data: z.array(z.object({id: anyId})).nullish()}).nullish(),
});
export type IntercomContact = z.infer<typeof intercomContactSchema>;

export const intercomContactListSchema = z.object({data: z.array(intercomContactSchema)});

export const intercomCompanySchema = z.object({
	id: anyId,
	name: text,
	plan: z.object({name: text}).nullish(),
	monthly_spend: z.number().nullish(),
	remote_created_at: seconds,
	custom_attributes: z.record(z.string(), z.unknown()).nullish(),
});
export type IntercomCompany = z.infer<typeof intercomCompanySchema>;

export const intercomTagSchema = tagSchema;
export const intercomTagListSchema = z.object({data: z.array(tagSchema)});

export const intercomMacroListSchema = z.object({
	data: z.array(z.object({id: anyId, name: z.string(), body: text, body_text: text})),
	pages: z.object({next: z.object({starting_after: text}).nullish()}).nullish(),
});

/** Validates an Intercom body, or says in one line what Intercom sent that deskterm cannot read. */
export function readIntercom<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	throw new DeskError('invalid_response', `Intercom sent ${what} deskterm cannot read (${issue.path.join('.') || 'body'}: ${issue.message})`, {
		provider: 'intercom',
	});
}
