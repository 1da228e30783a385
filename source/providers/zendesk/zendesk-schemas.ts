// The parts of Zendesk's responses deskterm reads: integer ids, ISO 8601 times.
import {z} from 'zod';
import {DeskError} from '../../domain/errors.js';

const text = z.string().nullish();
const id = z.number().int();
const time = z.string().refine(value => !Number.isNaN(Date.parse(value)), 'not a date-time');
const fields = z.record(z.string(), z.unknown()).nullish();

export const zendeskTicketSchema = z.object({
	id,
	subject: text,
	raw_subject: text,
	description: text,
	status: z.string(),
	priority: text,
	requester_id: id.nullish(),
	assignee_id: id.nullish(),
	group_id: id.nullish(),
	organization_id: id.nullish(),
	tags: z.array(z.string()).nullish(),
	via: z.object({channel: z.union([z.string(), z.number()]).nullish()}).nullish(),
	satisfaction_rating: z.object({score: text}).nullish(),
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
	organization_id: id.nullish(),
	tags: z.array(z.string()).nullish(),
	user_fields: fields,
	created_at: time.nullish(),
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

export const zendeskOrganizationSchema = z.object({id, name: z.string(), tags: z.array(z.string()).nullish(), organization_fields: fields});
export type ZendeskOrganization = z.infer<typeof zendeskOrganizationSchema>;

export const zendeskGroupSchema = z.object({id, name: z.string(), deleted: z.boolean().nullish()});

export const zendeskCommentSchema = z.object({
	id,
	author_id: id.nullish(),
	body: text,
	plain_body: text,
	public: z.boolean().nullish(),
	via: z.object({channel: z.union([z.string(), z.number()]).nullish()}).nullish(),
	created_at: time,
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;

const cursorMeta = z.object({has_more: z.boolean(), after_cursor: text}).nullish();

/** A cursor-paginated list under `key`: its items and the cursor of the next page (null on the last). */
export function zendeskPageSchema<T extends z.ZodType>(key: string, item: T) {
	const shape: Record<string, z.ZodType> = {[key]: z.array(item), meta: cursorMeta};
	return z.object(shape).transform(body => {
		const meta = body['meta'] as z.infer<typeof cursorMeta>;
		return {items: body[key] as z.infer<T>[], after: meta?.has_more ? (meta.after_cursor ?? null) : null};
	});
}

export const zendeskShowTicketSchema = z.object({
	ticket: zendeskTicketSchema,
	users: z.array(zendeskUserSchema).nullish(),
	groups: z.array(zendeskGroupSchema).nullish(),
	organizations: z.array(zendeskOrganizationSchema).nullish(),
	metric_sets: z.array(z.object({solved_at: time.nullish()})).nullish(),
});

export const zendeskCommentPageSchema = z.object({
	comments: z.array(zendeskCommentSchema),
	users: z.array(zendeskUserSchema).nullish(),
	meta: cursorMeta,
});

export const zendeskUpdateSchema = z.object({
	ticket: zendeskTicketSchema,
	audit: z
		.object({
			id,
			author_id: id.nullish(),
			created_at: time,
			events: z.array(z.object({id, type: z.string(), body: text, plain_body: text, public: z.boolean().nullish(), author_id: id.nullish()})),
		})
		.nullish(),
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
	active: z.boolean().nullish(),
	actions: z.array(z.object({field: z.string(), value: z.unknown()})),
});
export type ZendeskMacro = z.infer<typeof zendeskMacroSchema>;

/** Validates a Zendesk body, or says in one line what Zendesk sent that deskterm cannot read. */
export function readZendesk<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
	const parsed = schema.safeParse(body);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	throw new DeskError('invalid_response', `Zendesk sent ${what} deskterm cannot read (${issue.path.join('.') || 'body'}: ${issue.message}); is the URL your Zendesk?`, {
		provider: 'zendesk',
	});
}
