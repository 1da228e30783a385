// Which inserted templates a reply still carries, whether the agent changed them, and the actions they bring.
import type {Capabilities} from '../providers/provider.js';
import type {TemplateActions} from '../templates/template.js';

/** A template put into a reply: its text as inserted, with fields still to fill left as {{name}} markers. */
export type InsertedTemplate = {
	id: string;
	title: string;
	text: string;
	actions: TemplateActions;
	humanOnly: boolean;
};

export type TemplateUseCheck = {
	/** The reply still carries the template (whole, or at least half of its words). */
	used: boolean;
	/** The agent changed its text (filling its fields is not a change). */
	edited: boolean;
};

const markerPattern = /\{\{[^{}\n]+\}\}/g;
// Words this short ("a", "to", "is") say nothing about whether a template is still there.
const minWordLength = 3;
const keptShare = 0.5;

export function checkTemplateUse(reply: string, inserted: Pick<InsertedTemplate, 'text'>): TemplateUseCheck {
	const text = normalise(inserted.text);
	const body = normalise(reply);
	if (text === '') return {used: false, edited: true};
	const literal = text.split(markerPattern).map(escapeRegExp);
	// Each field matches whatever was typed into it (one line, never empty: an empty field shows its marker).
	const unedited = new RegExp(literal.join('[^\\n]+?'), 'u').test(body);
	if (unedited) return {used: true, edited: false};
	const words = wordsOf(text.replace(markerPattern, ' '));
	if (words.size === 0) return {used: false, edited: true};
	const present = wordsOf(body);
	let kept = 0;
	for (const word of words) if (present.has(word)) kept++;
	return {used: kept / words.size >= keptShare, edited: true};
}

/** The templates a reply carries, each once (the first insertion decides whether it was edited). */
export function templatesInReply(reply: string, inserted: readonly InsertedTemplate[]): Array<InsertedTemplate & {edited: boolean}> {
	const seen = new Set<string>();
	const result: Array<InsertedTemplate & {edited: boolean}> = [];
	for (const template of inserted) {
		if (seen.has(template.id)) continue;
		const check = checkTemplateUse(reply, template);
		if (!check.used) continue;
		seen.add(template.id);
		result.push({...template, edited: check.edited});
	}
	return result;
}

// A typical typing speed for composed replies; an edited use saved part of the typing, counted as half.
const typedWordsPerMinute = 40;

/** The writing time a template use saved: its words typed at 40 a minute, half of that when edited. */
export function savedSeconds(template: Pick<InsertedTemplate, 'text'>, edited: boolean): number {
	const words = (template.text.replace(markerPattern, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
	const typing = Math.round((words / typedWordsPerMinute) * 60);
	return edited ? Math.round(typing / 2) : typing;
}

/** Several templates' actions as one: later templates win for status, assignee and priority; tags add up. */
export function mergeTemplateActions(templates: ReadonlyArray<Pick<InsertedTemplate, 'actions'>>): TemplateActions {
	const merged: TemplateActions = {};
	const tags = new Map<string, 'add' | 'remove'>();
	for (const {actions} of templates) {
		if (actions.status !== undefined) {
			merged.status = actions.status;
			if (actions.snoozeFor !== undefined) merged.snoozeFor = actions.snoozeFor;
			else delete merged.snoozeFor;
		}
		if (actions.assign !== undefined) merged.assign = actions.assign;
		if (actions.priority !== undefined) merged.priority = actions.priority;
		for (const tag of actions.addTags ?? []) tags.set(tag, 'add');
		for (const tag of actions.removeTags ?? []) tags.set(tag, 'remove');
	}
	const add = [...tags].filter(([, change]) => change === 'add').map(([tag]) => tag);
	const remove = [...tags].filter(([, change]) => change === 'remove').map(([tag]) => tag);
	if (add.length > 0) merged.addTags = add;
	if (remove.length > 0) merged.removeTags = remove;
	return merged;
}

export type ActionStep = {kind: 'tags' | 'priority' | 'assign' | 'status'; text: string; supported: boolean};

/** The steps in the order they are applied (status last: some desks refuse changes to a closed conversation). */
export function actionSteps(actions: TemplateActions, capabilities?: Capabilities): ActionStep[] {
	const steps: ActionStep[] = [];
	const tagWords = [...(actions.addTags ?? []).map(tag => `+${tag}`), ...(actions.removeTags ?? []).map(tag => `-${tag}`)];
	if (tagWords.length > 0) steps.push({kind: 'tags', text: tagWords.join(' '), supported: capabilities?.tags ?? true});
	if (actions.priority) steps.push({kind: 'priority', text: `priority ${actions.priority}`, supported: capabilities?.priority ?? true});
	if (actions.assign) {
		steps.push({kind: 'assign', text: `assign ${actions.assign}`, supported: capabilities ? capabilities.assignAgent || capabilities.assignTeam : true});
	}
	if (actions.status) {
		const text = actions.status === 'snoozed' && actions.snoozeFor ? `snooze for ${actions.snoozeFor}` : `status ${actions.status}`;
		steps.push({kind: 'status', text, supported: capabilities ? capabilities.statuses.includes(actions.status) : true});
	}
	return steps;
}

function normalise(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map(line => line.trimEnd())
		.join('\n')
		.trim();
}

/** The words a use check compares (3+ letters, lower case); markers are stripped by the caller. */
export function wordsOf(text: string): Set<string> {
	return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(word => [...word].length >= minWordLength));
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
