// The front matter's schema (snake_case keys in files) and its mapping onto the Template type.
import {z} from 'zod';
import {channels, conversationStatuses, priorities} from '../domain/conversation.js';
import type {Template, TemplateActions} from './template.js';

// Ids are file names and command arguments: no spaces or slashes, no leading "." or "-".
export const templateIdPattern = /^[^\s/\\.-][^\s/\\]{0,127}$/u;
const shortcutPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const languagePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const durationPattern = /^[1-9][0-9]*[mhdw]$/;

export const knownFields = ['id', 'title', 'tags', 'shortcut', 'language', 'channels', 'visibility', 'actions', 'human_only'];

const text = z.union([z.string(), z.number()], {error: 'must be text'}).transform(value => String(value).trim());

/** A list written as YAML sequence or as "a, b, c"; duplicates and blanks dropped. */
function list<T extends z.ZodType<string>>(item: T) {
	return z.preprocess(toList, z.array(item, {error: 'must be a list, e.g. [billing, refund]'}));
}

function toList(value: unknown): unknown {
	const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
	if (!items) return value;
	const words = items.map(item => (typeof item === 'string' || typeof item === 'number' ? String(item).trim() : item));
	return [...new Set(words.filter(word => word !== ''))];
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, {error: issue => `must be one of ${values.join(', ')} (got ${JSON.stringify(issue.input)})`});
}

const actionsSchema = z.strictObject(
	{
		status: oneOf(conversationStatuses).optional(),
		snooze_for: z
			.string({error: 'must be a duration like 4h, 3d or 1w'})
			.regex(durationPattern, {error: 'must be a duration like 30m, 4h, 3d or 1w'})
			.optional(),
		add_tags: list(z.string()).optional(),
		remove_tags: list(z.string()).optional(),
		assign: text.pipe(z.string().min(1, {error: 'must name an agent or team, "me" or "none"'})).optional(),
		priority: oneOf(priorities).optional(),
	},
	{error: issue => (issue.code === 'unrecognized_keys' ? `unknown action ${issue.keys.join(', ')} (known: status, snooze_for, add_tags, remove_tags, assign, priority)` : 'must be a mapping of actions, e.g. {status: closed}')},
);

export const frontMatterSchema = z
	.object(
		{
			id: text.pipe(z.string().regex(templateIdPattern, {error: 'must be one word without spaces or slashes, not starting with "." or "-", e.g. refund-approved'})).optional(),
			title: text.pipe(z.string().min(1, {error: 'must not be empty'})),
			tags: list(z.string()).default([]),
			shortcut: z
				.union([text, z.null()])
				.transform(value => (value === null || value === '' ? null : value.replace(/^\//, '')))
				.pipe(z.union([z.null(), z.string().regex(shortcutPattern, {error: 'must be one word of letters, digits, "_" or "-", e.g. refund'})]))
				.default(null),
			language: z
				.string({error: 'must be a language tag such as en, de or pt-BR'})
				.regex(languagePattern, {error: 'must be a language tag such as en, de or pt-BR'})
				.transform(normaliseLanguage)
				.default('en'),
			channels: list(oneOf(channels)).default([]),
			visibility: oneOf(['personal', 'team']).default('team'),
			actions: actionsSchema.default({}),
			human_only: z.boolean({error: 'must be true or false'}).default(false),
		},
		{error: 'the front matter must be a mapping of fields, e.g. "title: Refund approved"'},
	)
	.superRefine((value, context) => {
		const status = value.actions.status;
		if (value.actions.snooze_for !== undefined && status !== undefined && status !== 'snoozed') {
			context.addIssue({code: 'custom', path: ['actions', 'snooze_for'], message: `only makes sense with status: snoozed (status is ${status})`});
		}
	});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/**
 * "pt-br" → "pt-BR", "zh-hant" → "zh-Hant", "DE" → "de": one spelling per language so variants match.
 * By hand rather than Intl.getCanonicalLocales, whose first call loads locale data (~100 ms).
 */
export function normaliseLanguage(tag: string): string {
	return tag
		.split('-')
		.map((part, index) => {
			if (index === 0) return part.toLowerCase();
			if (part.length === 4 && /^[A-Za-z]+$/.test(part)) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
			return part.length === 2 ? part.toUpperCase() : part.toLowerCase();
		})
		.join('-');
}

export function toTemplate(front: FrontMatter, fallbackId: string, body: string, source: Template['source']): Template {
	return {
		id: front.id ?? fallbackId,
		title: front.title,
		tags: front.tags,
		shortcut: front.shortcut,
		language: front.language,
		channels: front.channels,
		visibility: front.visibility,
		actions: toActions(front.actions),
		humanOnly: front.human_only,
		body,
		source,
	};
}

function toActions(actions: FrontMatter['actions']): TemplateActions {
	const result: TemplateActions = {};
	// A snooze length alone means "snooze it": the status is implied.
	const status = actions.status ?? (actions.snooze_for === undefined ? undefined : 'snoozed');
	if (status !== undefined) result.status = status;
	if (actions.snooze_for !== undefined) result.snoozeFor = actions.snooze_for;
	if (actions.add_tags?.length) result.addTags = actions.add_tags;
	if (actions.remove_tags?.length) result.removeTags = actions.remove_tags;
	if (actions.assign !== undefined) result.assign = actions.assign;
	if (actions.priority !== undefined) result.priority = actions.priority;
	return result;
}
