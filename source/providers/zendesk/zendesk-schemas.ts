// The parts of Zendesk's responses deskterm reads: integer ids, ISO 8601 times.
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const id = z.number().check(z.int());
const time = z.string().check(z.refine(value => !Number.isNaN(Date.parse(value)), 'not a date-time'));
const fields = z.nullish(z.record(z.string(), z.unknown()));

export const zendeskTicketSchema = z.object({
	id,
	subject: text,
	raw_subject: text,
	description: text,
	status: z.string(),
	priority: text,
	requester_id: z.nullish(id),
	assignee_id: z.nullish(id),
	group_id: z.nullish(id),
	organization_id: z.nullish(id),
	tags: z.nullish(z.array(z.string())),
	via: z.nullish(z.object({channel: z.nullish(z.union([z.string(), z.number()]))})),
	satisfaction_rating: z.nullish(z.object({score: text})),
	created_at: time,
	updated_at: time,
});
export type ZendeskTicket = z.infer<typeof zendeskTicketSchema>;

export const zendeskUserSchema = z.object({
	id,
	name: z.string(),
	email: text,
	role: text,
	locale: text,
	organization_id: z.nullish(id),
	tags: z.nullish(z.array(z.string())),
	user_fields: fields,
	created_at: z.nullish(time),
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

export const zendeskOrganizationSchema = z.object({id, name: z.string(), tags: z.nullish(z.array(z.string())), organization_fields: fields});
export type ZendeskOrganization = z.infer<typeof zendeskOrganizationSchema>;

export const zendeskGroupSchema = z.object({id, name: z.string(), deleted: z.nullish(z.boolean())});

export const zendeskCommentSchema = z.object({
	id,
	author_id: z.nullish(id),
	body: text,
	plain_body: text,
	public: z.nullish(z.boolean()),
	via: z.nullish(z.object({channel: z.nullish(z.union([z.string(), z.number()]))})),
	created_at: time,
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;

const cursorMeta = z.nullish(z.object({has_more: z.boolean(), after_cursor: text}));

/** A cursor-paginated list under `key`: its items and the cursor of the next page (null on the last). */
export function zendeskPageSchema<T extends z.ZodMiniType>(key: string, item: T) {
	const shape: Record<string, z.ZodMiniType> = {[key]: z.array(item), meta: cursorMeta};
	return z.pipe(
		z.object(shape),
		z.transform((body: Record<string, unknown>) => {
			const meta = body['meta'] as z.infer<typeof cursorMeta>;
			return {items: body[key] as z.infer<T>[], after: meta?.has_more ? (meta.after_cursor ?? null) : null};
		}),
	);
}

export const zendeskShowTicketSchema = z.object({
	ticket: zendeskTicketSchema,
	users: z.nullish(z.array(zendeskUserSchema)),
	groups: z.nullish(z.array(zendeskGroupSchema)),
	organizations: z.nullish(z.array(zendeskOrganizationSchema)),
	metric_sets: z.nullish(z.array(z.object({solved_at: z.nullish(time), reopens: z.nullish(z.number())}))),
});

export const zendeskCommentPageSchema = z.object({
	comments: z.array(zendeskCommentSchema),
	users: z.nullish(z.array(zendeskUserSchema)),
	meta: cursorMeta,
});

export const zendeskUpdateSchema = z.object({
	ticket: zendeskTicketSchema,
	audit: z.nullish(
		z.object({
			id,
			author_id: z.nullish(id),
			created_at: time,
			events: z.array(z.object({id, type: z.string(), body: text, plain_body: text, public: z.nullish(z.boolean()), author_id: z.nullish(id)})),
		}),
	),
});

export const zendeskIncrementalSchema = z.object({
	tickets: z.array(zendeskTicketSchema),
	after_cursor: text,
	end_of_stream: z.boolean(),
});

export const zendeskSearchSchema = z.object({results: z.array(zendeskTicketSchema), next_page: text});

export const zendeskMacroSchema = z.object({
	id,
	title: z.string(),
	active: z.nullish(z.boolean()),
	actions: z.array(z.object({field: z.string(), value: z.unknown()})),
});
export type ZendeskMacro = z.infer<typeof zendeskMacroSchema>;

/** Validates a Zendesk body, or says in one line what Zendesk sent that deskterm cannot read. */
export const readZendesk = schemaReader('zendesk', 'Zendesk', '; is the URL your Zendesk?');
