// Checks beyond "does it load": placeholders nobody can fill, braces that are not placeholders, shortcut clashes.
import {isKnownPlaceholderKey, knownPlaceholderKeys} from './placeholder-values.js';
import {findPlaceholders} from './placeholders.js';
import type {Template} from './template.js';
import type {TemplateProblem} from './template-problem.js';

export function lintTemplates(templates: readonly Template[]): TemplateProblem[] {
	const problems: TemplateProblem[] = [];
	const shortcuts = new Map<string, Template>();
	for (const template of templates) {
		problems.push(...lintBody(template));
		if (!template.shortcut) continue;
		const key = template.shortcut.toLowerCase();
		const owner = shortcuts.get(key);
		if (owner && owner.id !== template.id) {
			problems.push({
				path: template.source?.path ?? template.id,
				line: 1,
				reason: `shortcut "/${template.shortcut}" is also used by "${owner.id}" (${owner.source?.path ?? 'unknown file'}); / would offer both`,
				severity: 'warning',
			});
		} else if (!owner) shortcuts.set(key, template);
	}
	return problems;
}

function lintBody(template: Template): TemplateProblem[] {
	const path = template.source?.path ?? template.id;
	const lineAt = (offset: number) => (template.source?.bodyLine ?? 1) + countNewlines(template.body, offset);
	const problems: TemplateProblem[] = [];
	const placeholders = findPlaceholders(template.body);
	for (const placeholder of placeholders) {
		if (!isKnownPlaceholderKey(placeholder.key)) {
			problems.push({
				path,
				line: lineAt(placeholder.start),
				reason: `unknown placeholder {{${placeholder.key}}} (known: ${knownPlaceholderKeys.join(', ')}, customer.attributes.NAME, or a bare {{field}} for the agent to fill)`,
				severity: 'warning',
			});
		}
	}
	const covered = new Set(placeholders.map(placeholder => placeholder.start));
	for (const match of template.body.matchAll(/\{\{/g)) {
		if (covered.has(match.index) || placeholders.some(placeholder => match.index > placeholder.start && match.index < placeholder.end)) continue;
		const snippet = template.body.slice(match.index, match.index + 30).split('\n')[0];
		problems.push({
			path,
			line: lineAt(match.index),
			reason: `"${snippet}" is not a placeholder: write {{customer.first_name}} or {{field | fallback}}, closed with }}`,
			severity: 'warning',
		});
	}
	return problems;
}

function countNewlines(text: string, end: number): number {
	let count = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
	return count;
}
