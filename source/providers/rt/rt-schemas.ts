// What RT 5 REST2 sends, checked at the edge. Ids come as numbers or strings depending on the call.
import * as z from '../../validation/zod.js';

const id = z.pipe(z.union([z.string(), z.number()]), z.transform((value: string | number) => String(value)));
const text = z.pipe(z.nullish(z.string()), z.transform((value: string | null | undefined) => value ?? ''));
/** RT's whole minutes (TimeWorked, TimeTaken), sent as strings; "" is none. */
const minutes = z.pipe(z.nullish(z.union([z.string(), z.number()])), z.transform((value: string | number | null | undefined) => Number(value ?? 0) || 0));
export {id as rtIdSchema, text as rtTextSchema};

/** A reference to another record, e.g. {"type":"user","id":"root"}; nested fields= add Name, RealName ... */
export const rtRefSchema = z.looseObject({
	id,
	type: z.optional(z.string()),
	Name: z.optional(z.string()),
	RealName: z.optional(z.string()),
	EmailAddress: z.optional(z.string()),
});
export type RtRef = z.infer<typeof rtRefSchema>;

export const rtCustomFieldSchema = z.looseObject({
	id,
	name: z.string(),
	values: z._default(z.array(z.unknown()), []),
});
export type RtCustomField = z.infer<typeof rtCustomFieldSchema>;

/** Collections send "" instead of [] when a ticket has no custom fields. */
export const rtCustomFieldsSchema = z.pipe(
	z.optional(z.union([z.array(rtCustomFieldSchema), z.literal('')])),
	z.transform((value: RtCustomField[] | '' | undefined) => (Array.isArray(value) ? value : [])),
);

export const rtTicketSchema = z.looseObject({
	id,
	Subject: text,
	Status: z.string(),
	Queue: z.optional(rtRefSchema),
	Owner: z.optional(rtRefSchema),
	Requestor: z.optional(z.array(rtRefSchema)),
	Priority: z.optional(z.union([z.string(), z.number()])),
	Created: z.optional(z.string()),
	LastUpdated: z.optional(z.string()),
	LastUpdatedBy: z.optional(rtRefSchema),
	Told: z.optional(z.string()),
	Started: z.optional(z.string()),
	Resolved: z.optional(z.string()),
	TimeWorked: z.optional(minutes),
	CustomFields: rtCustomFieldsSchema,
});
export type RtTicket = z.infer<typeof rtTicketSchema>;

/** Every REST2 collection: totals are null when the user may not see them all. */
export function rtCollectionSchema<T extends z.ZodMiniType>(item: T) {
	return z.looseObject({
		page: z.optional(z.number()),
		per_page: z.optional(z.number()),
		total: z.nullish(z.number()),
		count: z.optional(z.number()),
		next_page: z.nullish(z.string()),
		items: z.array(item),
	});
}

export const rtTransactionSchema = z.looseObject({
	id,
	Type: z.string(),
	Creator: z.optional(rtRefSchema),
	Created: z.optional(z.string()),
	Field: z.optional(text),
	OldValue: z.optional(text),
	NewValue: z.optional(text),
	/** Minutes this transaction added to the ticket's TimeWorked (negative when someone took time off). */
	TimeTaken: z.optional(minutes),
});
export type RtTransaction = z.infer<typeof rtTransactionSchema>;

/** A Status transaction to "deleted", from a TransactionSQL search with fields=ObjectId. */
export const rtDeletionSchema = z.looseObject({id, ObjectId: id});

export const rtAttachmentSchema = z.looseObject({
	id,
	TransactionId: z.union([id, z.pipe(rtRefSchema, z.transform((ref: RtRef) => ref.id))]),
	ContentType: text,
	Content: text,
	Filename: z.optional(text),
	Subject: z.optional(text),
});
export type RtAttachment = z.infer<typeof rtAttachmentSchema>;

export const rtUserSchema = z.looseObject({
	id,
	Name: z.string(),
	RealName: z.optional(text),
	EmailAddress: z.optional(text),
	Organization: z.optional(text),
	Lang: z.optional(text),
	Created: z.optional(z.string()),
	Privileged: z.optional(z.union([z.number(), z.string()])),
	Disabled: z.optional(z.union([z.number(), z.string()])),
	CustomFields: rtCustomFieldsSchema,
});
export type RtUser = z.infer<typeof rtUserSchema>;

export const rtQueueSchema = z.looseObject({
	id,
	Name: z.string(),
	Disabled: z.optional(z.union([z.number(), z.string()])),
});
export type RtQueue = z.infer<typeof rtQueueSchema>;

export const rtCreatedSchema = z.looseObject({id, type: z.optional(z.string())});

/** PUT and POST answers: a list of human messages, one per change (or refusal). */
export const rtMessagesSchema = z.array(z.string());

export const rtInfoSchema = z.looseObject({Version: z.string()});
