// How each template is used: how often, how often sent without edits, when last; and which are never used.
import type {Template} from './template.js';
import {templatesForLanguage} from './variants.js';

/** What stats need from a recorded use (the ranking's history store records more). */
export type RecordedUse = {templateId: string; edited: boolean; at: number};

export type TemplateUsage = {
	id: string;
	/** Null for an id found in the history that no template defines any more. */
	title: string | null;
	uses: number;
	sentUnedited: number;
	/** sentUnedited / uses, or null before the first use. */
	uneditedRate: number | null;
	lastUsedAt: number | null;
};

export type TemplateStats = {totalUses: number; templates: TemplateUsage[]; neverUsed: string[]};

/** Uses at or after `since` (epoch ms) count; most used first, then by id. */
export function templateStats(templates: readonly Template[], uses: readonly RecordedUse[], since: number | null = null): TemplateStats {
	const usage = new Map<string, TemplateUsage>();
	for (const template of templatesForLanguage(templates, 'en')) {
		usage.set(template.id, {id: template.id, title: template.title, uses: 0, sentUnedited: 0, uneditedRate: null, lastUsedAt: null});
	}
	let totalUses = 0;
	for (const use of uses) {
		if (since !== null && use.at < since) continue;
		totalUses++;
		let row = usage.get(use.templateId);
		if (!row) {
			row = {id: use.templateId, title: null, uses: 0, sentUnedited: 0, uneditedRate: null, lastUsedAt: null};
			usage.set(use.templateId, row);
		}
		row.uses++;
		if (!use.edited) row.sentUnedited++;
		row.lastUsedAt = row.lastUsedAt === null ? use.at : Math.max(row.lastUsedAt, use.at);
	}
	const rows = [...usage.values()].map(row => ({...row, uneditedRate: row.uses === 0 ? null : row.sentUnedited / row.uses}));
	rows.sort((a, b) => b.uses - a.uses || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {totalUses, templates: rows, neverUsed: rows.filter(row => row.uses === 0).map(row => row.id)};
}
