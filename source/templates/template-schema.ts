// The front matter's schema (snake_case keys in files) and its mapping onto the Template type.
import * as z from '../validation/zod.js';
import {channels, conversationStatuses, priorities} from '../domain/conversation.js';
import type {Template, TemplateActions} from './template.js';

// Ids are file names and command arguments: no spaces or slashes, no leading "." or "-".
export const templateIdPattern = /^[^\s/\\.-][^\s/\\]{0,127}$/u;
const shortcutPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const languagePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const durationPattern = /^[1-9][0-9]*[mhdw]$/;

export const knownFields = ['id', 'title', 'tags', 'shortcut', 'language', 'channels', 'visibility', 'actions', 'human_only'];

const text = z.pipe(
	z.union([z.string(), z.number()], {error: 'must be text'}),
	z.transform((value: string | number) => String(value).trim()),
);

/** A list written as YAML sequence or as "a, b, c"; duplicates and blanks dropped. */
function list<T extends z.ZodMiniType<string>>(item: T) {
	return z.pipe(z.transform(toList), z.array(item, {error: 'must be a list, e.g. [billing, refund]'}));
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
		status: z.optional(oneOf(conversationStatuses)),
		snooze_for: z.optional(
			z.string({error: 'must be a duration like 4h, 3d or 1w'}).check(z.regex(durationPattern, {error: 'must be a duration like 30m, 4h, 3d or 1w'})),
		),
		add_tags: z.optional(list(z.string())),
		remove_tags: z.optional(list(z.string())),
		assign: z.optional(z.pipe(text, z.string().check(z.minLength(1, {error: 'must name an agent or team, "me" or "none"'})))),
		priority: z.optional(oneOf(priorities)),
	},
	{error: issue => (issue.code === 'unrecognized_keys' ? `unknown action ${issue.keys.join(', ')} (known: status, snooze_for, add_tags, remove_tags, assign, priority)` : 'must be a mapping of actions, e.g. {status: closed}')},
);

// No value or "" means no shortcut; a leading "/" is how people type it in the composer.
const shortcutSchema = z.pipe(
	z.pipe(
		z.union([text, z.null()]),
		z.transform((value: string | null) => (value === null || value === '' ? null : value.replace(/^\//, ''))),
	),
	z.union([z.null(), z.string().check(z.regex(shortcutPattern, {error: 'must be one word of letters, digits, "_" or "-", e.g. refund'}))]),
);

const languageSchema = z.pipe(
	z.string({error: 'must be a language tag such as en, de or pt-BR'}).check(z.regex(languagePattern, {error: 'must be a language tag such as en, de or pt-BR'})),
	z.transform(normaliseLanguage),
);

export const frontMatterSchema = z
	.object(
		{
			id: z.optional(z.pipe(text, z.string().check(z.regex(templateIdPattern, {error: 'must be one word without spaces or slashes, not starting with "." or "-", e.g. refund-approved'})))),
			title: z.pipe(text, z.string().check(z.minLength(1, {error: 'must not be empty'}))),
			tags: z._default(list(z.string()), []),
			shortcut: z._default(shortcutSchema, null),
			language: z._default(languageSchema, 'en'),
			channels: z._default(list(oneOf(channels)), []),
			visibility: z._default(oneOf(['personal', 'team']), 'team'),
			actions: z._default(actionsSchema, {}),
			human_only: z._default(z.boolean({error: 'must be true or false'}), false),
		},
		{error: 'the front matter must be a mapping of fields, e.g. "title: Refund approved"'},
	)
	.check(
		z.superRefine((value, context) => {
			const status = value.actions.status;
			if (value.actions.snooze_for !== undefined && status !== undefined && status !== 'snoozed') {
				context.addIssue({code: 'custom', path: ['actions', 'snooze_for'], message: `only makes sense with status: snoozed (status is ${status})`});
			}
		}),
	);

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
