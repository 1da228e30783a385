// The JSON shape of a template for scripts (list, show, export) and the export format import reads back.
import * as z from '../validation/zod.js';
import {channels, conversationStatuses, priorities} from '../domain/conversation.js';
import {serializeTemplate} from './serialize-template.js';
import {parseTemplate} from './parse-template.js';
import type {Template} from './template.js';
import type {TemplateProblem} from './template-problem.js';

/** Field order is part of the contract (docs/templates.md). */
export const templateJsonFields = ['id', 'title', 'language', 'tags', 'shortcut', 'channels', 'visibility', 'humanOnly', 'actions', 'path'] as const;

export type TemplateJson = {
	id: string;
	title: string;
	language: string;
	tags: string[];
	shortcut: string | null;
	channels: string[];
	visibility: 'personal' | 'team';
	humanOnly: boolean;
	actions: {
		status: string | null;
		snoozeFor: string | null;
		addTags: string[];
		removeTags: string[];
		assign: string | null;
		priority: string | null;
	};
	path: string | null;
	body?: string;
};

export function templateToJson(template: Template, options: {body?: boolean} = {}): TemplateJson {
	const {actions} = template;
	return {
		id: template.id,
		title: template.title,
		language: template.language,
		tags: template.tags,
		shortcut: template.shortcut,
		channels: template.channels,
		visibility: template.visibility,
		humanOnly: template.humanOnly,
		actions: {
			status: actions.status ?? null,
			snoozeFor: actions.snoozeFor ?? null,
			addTags: actions.addTags ?? [],
			removeTags: actions.removeTags ?? [],
			assign: actions.assign ?? null,
			priority: actions.priority ?? null,
		},
		path: template.source?.path ?? null,
		...(options.body ? {body: template.body} : {}),
	};
}

/** An entry of the export: the list fields and the body, without the machine-specific path. */
export function templateToExportJson(template: Template): Omit<TemplateJson, 'path'> {
	const {path: _path, ...rest} = templateToJson(template, {body: true});
	return rest;
}

export const exportFormatVersion = 1;

const exportedTemplate = z.object({
	id: z.string(),
	title: z.string(),
	language: z._default(z.string(), 'en'),
	tags: z._default(z.array(z.string()), []),
	shortcut: z._default(z.nullable(z.string()), null),
	channels: z._default(z.array(z.enum(channels)), []),
	visibility: z._default(z.enum(['personal', 'team']), 'team'),
	humanOnly: z._default(z.boolean(), false),
	actions: z._default(
		z.object({
			status: z._default(z.nullable(z.enum(conversationStatuses)), null),
			snoozeFor: z._default(z.nullable(z.string()), null),
			addTags: z._default(z.array(z.string()), []),
			removeTags: z._default(z.array(z.string()), []),
			assign: z._default(z.nullable(z.string()), null),
			priority: z._default(z.nullable(z.enum(priorities)), null),
		}),
		{status: null, snoozeFor: null, addTags: [], removeTags: [], assign: null, priority: null},
	),
	body: z.string(),
});

const exportSchema = z.union([z.object({version: z.literal(exportFormatVersion), templates: z.array(z.unknown())}), z.array(z.unknown())]);

/**
 * Reads a JSON export ({"version": 1, "templates": [...]} or a bare array). Each entry goes through the
 * same checks as a file (it is written as one and parsed back), so a bad entry is a problem, not a crash.
 */
export function templatesFromJson(text: string, path: string): {templates: Template[]; problems: TemplateProblem[]} {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return {templates: [], problems: [{path, line: 0, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, severity: 'error'}]};
	}
	const outer = exportSchema.safeParse(data);
	if (!outer.success) {
		return {templates: [], problems: [{path, line: 0, reason: `not a deskterm templates export: expected {"version": 1, "templates": [...]} or an array`, severity: 'error'}]};
	}
	const entries = Array.isArray(outer.data) ? outer.data : outer.data.templates;
	const templates: Template[] = [];
	const problems: TemplateProblem[] = [];
	entries.forEach((entry, index) => {
		const result = templateFromEntry(entry, `${path} (template ${index + 1})`);
		problems.push(...result.problems);
		if (result.template) templates.push(result.template);
	});
	return {templates, problems};
}

/** One exported entry (or anything shaped like it), checked exactly as a file would be. */
export function templateFromEntry(entry: unknown, where: string): {template: Template | null; problems: TemplateProblem[]} {
	const parsed = exportedTemplate.safeParse(entry);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {template: null, problems: [{path: where, line: 0, reason: `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`, severity: 'error'}]};
	}
	const value = parsed.data;
	const {actions} = value;
	const markdown = serializeTemplate({
		...value,
		actions: {
			...(actions.status ? {status: actions.status} : {}),
			...(actions.snoozeFor ? {snoozeFor: actions.snoozeFor} : {}),
			...(actions.addTags.length ? {addTags: actions.addTags} : {}),
			...(actions.removeTags.length ? {removeTags: actions.removeTags} : {}),
			...(actions.assign ? {assign: actions.assign} : {}),
			...(actions.priority ? {priority: actions.priority} : {}),
		},
	});
	const result = parseTemplate(markdown, where);
	return {
		template: result.template ? {...result.template, source: null} : null,
		problems: result.problems.map(problem => ({...problem, line: 0})),
	};
}
