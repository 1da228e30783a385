// A back end's saved replies as templates: readable ids from titles, checked like any template file.
import type {SavedReply} from '../../providers/provider.js';
import {templateFromEntry} from '../../templates/template-json.js';
import type {Template} from '../../templates/template.js';
import type {TemplateProblem} from '../../templates/template-problem.js';

export function savedRepliesAsTemplates(replies: readonly SavedReply[], kind: string): {templates: Template[]; problems: TemplateProblem[]} {
	const used = new Set<string>();
	const templates: Template[] = [];
	const problems: TemplateProblem[] = [];
	for (const reply of replies) {
		const id = uniqueId(slug(reply.title) || `${kind}-${slug(reply.id)}`, used);
		const shortcut = reply.shortcut?.replace(/^\//, '') ?? null;
		const entry = {
			id,
			title: reply.title.trim() || id,
			tags: reply.tags,
			// A shortcut the format cannot hold (spaces, punctuation) is dropped rather than failing the reply.
			shortcut: shortcut && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(shortcut) ? shortcut : null,
			body: reply.body,
		};
		const result = templateFromEntry(entry, `${kind} saved reply ${reply.id} "${reply.title}"`);
		problems.push(...result.problems);
		if (result.template) templates.push(result.template);
	}
	return {templates, problems};
}

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let counter = 2; used.has(id); counter++) id = `${base}-${counter}`;
	used.add(id);
	return id;
}
