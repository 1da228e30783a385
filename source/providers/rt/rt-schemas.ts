// What RT 5 REST2 sends, checked at the edge. Ids come as numbers or strings depending on the call.
import {z} from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);
const text = z.string().nullish().transform(value => value ?? '');

/** A reference to another record, e.g. {"type":"user","id":"root"}; nested fields= add Name, RealName ... */
export const rtRefSchema = z.looseObject({
	id,
	type: z.string().optional(),
	Name: z.string().optional(),
	RealName: z.string().optional(),
	EmailAddress: z.string().optional(),
});
export type RtRef = z.infer<typeof rtRefSchema>;

export const rtCustomFieldSchema = z.looseObject({
	id,
	name: z.string(),
	values: z.array(z.unknown()).default([]),
});

/** Collections send "" instead of [] when a ticket has no custom fields. */
const customFields = z
	.union([z.array(rtCustomFieldSchema), z.literal('')])
	.optional()
	.transform(value => (Array.isArray(value) ? value : []));

export const rtTicketSchema = z.looseObject({
	id,
	Subject: text,
	Status: z.string(),
	Queue: rtRefSchema.optional(),
	Owner: rtRefSchema.optional(),
	Requestor: z.array(rtRefSchema).optional(),
	Priority: z.union([z.string(), z.number()]).optional(),
	Created: z.string().optional(),
	LastUpdated: z.string().optional(),
	LastUpdatedBy: rtRefSchema.optional(),
	Told: z.string().optional(),
	Started: z.string().optional(),
	Resolved: z.string().optional(),
	CustomFields: customFields,
});
export type RtTicket = z.infer<typeof rtTicketSchema>;

/** Every REST2 collection: totals are null when the user may not see them all. */
export function rtCollectionSchema<T extends z.ZodType>(item: T) {
	return z.looseObject({
		page: z.number().optional(),
		per_page: z.number().optional(),
		total: z.number().nullish(),
		count: z.number().optional(),
		next_page: z.string().nullish(),
		items: z.array(item),
	});
}

export const rtTransactionSchema = z.looseObject({
	id,
	Type: z.string(),
	Creator: rtRefSchema.optional(),
	Created: z.string().optional(),
	Field: text.optional(),
	OldValue: text.optional(),
	NewValue: text.optional(),
});
export type RtTransaction = z.infer<typeof rtTransactionSchema>;

/** A Status transaction to "deleted", from a TransactionSQL search with fields=ObjectId. */
export const rtDeletionSchema = z.looseObject({id, ObjectId: id});

export const rtAttachmentSchema = z.looseObject({
	id,
	TransactionId: z.union([id, rtRefSchema.transform(ref => ref.id)]),
	ContentType: text,
	Content: text,
	Filename: text.optional(),
	Subject: text.optional(),
});
export type RtAttachment = z.infer<typeof rtAttachmentSchema>;

export const rtUserSchema = z.looseObject({
	id,
	Name: z.string(),
	RealName: text.optional(),
	EmailAddress: text.optional(),
	Organization: text.optional(),
	Lang: text.optional(),
	Created: z.string().optional(),
	Privileged: z.union([z.number(), z.string()]).optional(),
	Disabled: z.union([z.number(), z.string()]).optional(),
	CustomFields: customFields,
});
export type RtUser = z.infer<typeof rtUserSchema>;

export const rtQueueSchema = z.looseObject({
	id,
	Name: z.string(),
	Disabled: z.union([z.number(), z.string()]).optional(),
});
export type RtQueue = z.infer<typeof rtQueueSchema>;

export const rtCreatedSchema = z.looseObject({id, type: z.string().optional()});

/** PUT and POST answers: a list of human messages, one per change (or refusal). */
export const rtMessagesSchema = z.array(z.string());

export const rtInfoSchema = z.looseObject({Version: z.string()});
