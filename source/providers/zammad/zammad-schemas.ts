// The parts of Zammad's REST responses deskterm reads: integer ids, ISO 8601 times, expand=true names beside ids.
import * as z from '../../validation/zod.js';
import {schemaReader} from '../shared/schema-send.js';

const text = z.nullish(z.string());
const id = z.number().check(z.int());
const time = z.string().check(z.refine(value => !Number.isNaN(Date.parse(value)), 'not a date-time'));

export const zammadTicketSchema = z.object({
	id,
	number: text,
	title: text,
	state_id: id,
	state: text,
	priority_id: id,
	priority: text,
	group_id: z.nullish(id),
	group: text,
	owner_id: z.nullish(id),
	owner: text,
	customer_id: id,
	customer: text,
	create_article_type: text,
	article_count: z.nullish(z.number()),
	pending_time: z.nullish(time),
	first_response_at: z.nullish(time),
	close_at: z.nullish(time),
	last_contact_customer_at: z.nullish(time),
	last_contact_agent_at: z.nullish(time),
	tags: z.nullish(z.array(z.string())),
	created_at: time,
	updated_at: time,
});
export type ZammadTicket = z.infer<typeof zammadTicketSchema>;
export const zammadTicketListSchema = z.array(zammadTicketSchema);

export const zammadArticleSchema = z.object({
	id,
	ticket_id: id,
	type: text,
	sender: text,
	from: text,
	to: text,
	subject: text,
	body: z.string(),
	content_type: text,
	internal: z.boolean(),
	created_by_id: z.nullish(id),
	origin_by_id: z.nullish(id),
	created_at: time,
});
export type ZammadArticle = z.infer<typeof zammadArticleSchema>;
export const zammadArticleListSchema = z.array(zammadArticleSchema);

export const zammadUserSchema = z.object({
	id,
	login: text,
	firstname: text,
	lastname: text,
	email: text,
	organization: text,
	organization_id: z.nullish(id),
	vip: z.nullish(z.boolean()),
	active: z.nullish(z.boolean()),
	role_ids: z.nullish(z.array(id)),
	roles: z.nullish(z.array(z.string())),
	group_ids: z.nullish(z.record(z.string(), z.unknown())),
	created_at: z.nullish(time),
});
export type ZammadUser = z.infer<typeof zammadUserSchema>;
export const zammadUserListSchema = z.array(zammadUserSchema);

export const zammadGroupListSchema = z.array(z.object({id, name: z.string(), active: z.nullish(z.boolean())}));
export const zammadStateSchema = z.object({id, name: z.string(), state_type_id: id, state_type: text, active: z.nullish(z.boolean())});
export type ZammadState = z.infer<typeof zammadStateSchema>;
export const zammadStateListSchema = z.array(zammadStateSchema);
/** time_unit is a decimal string ("15.0") in whatever unit the instance accounts in. */
export const zammadTimeAccountingSchema = z.object({id: z.number(), ticket_id: z.number(), time_unit: z.string(), created_by_id: z.number(), created_at: z.string()});
export type ZammadTimeAccounting = z.infer<typeof zammadTimeAccountingSchema>;
export const zammadTimeAccountingListSchema = z.array(zammadTimeAccountingSchema);

export const zammadTagsSchema = z.object({tags: z.array(z.string())});

export const zammadTextModuleSchema = z.object({id, name: z.string(), keywords: text, content: z.string(), active: z.nullish(z.boolean())});
export type ZammadTextModule = z.infer<typeof zammadTextModuleSchema>;
export const zammadTextModuleListSchema = z.array(zammadTextModuleSchema);

export const zammadMacroSchema = z.object({id, name: z.string(), active: z.nullish(z.boolean()), perform: z.record(z.string(), z.unknown())});
export type ZammadMacro = z.infer<typeof zammadMacroSchema>;
export const zammadMacroListSchema = z.array(zammadMacroSchema);

export const readZammad = schemaReader('zammad', 'Zammad');
