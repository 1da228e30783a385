// The `:` command line: a small language over the same intents the keys produce.
import {conversationStatuses, isPriority, isStatus, priorities} from '../../domain/conversation.js';
import {sortOrder, statusFilters, triageFilters, type ConsoleSort, type StatusFilter, type TriageFilter} from '../screens/queue/queue-filters.js';
import type {Intent} from './intent.js';

export type CommandSpec = {
	name: string;
	aliases: readonly string[];
	usage: string;
	description: string;
	/** Values Tab completes after the name. */
	values?: readonly string[];
	dangerous: boolean;
	parse(words: string[]): Intent | string;
};

const needs = (what: string, usage: string) => `${what} (usage: :${usage})`;

export const commandSpecs: readonly CommandSpec[] = [
	{name: 'quit', aliases: ['q', 'exit'], usage: 'quit', description: 'quit deskterm', dangerous: false, parse: () => ({type: 'quit'})},
	{name: 'help', aliases: [], usage: 'help', description: 'show every key and command', dangerous: false, parse: () => ({type: 'help'})},
	{name: 'refresh', aliases: [], usage: 'refresh', description: 'reload the queue, counts and conversation', dangerous: false, parse: () => ({type: 'refresh'})},
	{name: 'open', aliases: ['go'], usage: 'open <id>', description: 'open a conversation by its id', dangerous: false,
		parse: words => (words[0] ? {type: 'open', id: words[0]} : needs('which conversation?', 'open <id>'))},
	{name: 'reply', aliases: [], usage: 'reply', description: 'write a reply', dangerous: true, parse: () => ({type: 'compose', kind: 'reply'})},
	{name: 'editor', aliases: [], usage: 'editor', description: 'write a reply in $VISUAL / $EDITOR', dangerous: true, parse: () => ({type: 'compose', kind: 'reply', editor: true})},
	{name: 'note', aliases: [], usage: 'note', description: 'write an internal note', dangerous: true, parse: () => ({type: 'compose', kind: 'note'})},
	{name: 'assign', aliases: [], usage: 'assign <me|none|agent|team:name>', description: 'assign the conversation', dangerous: true, values: ['me', 'none'],
		parse: words => (words.length > 0 ? {type: 'assign', target: words.join(' ')} : needs('assign to whom?', 'assign me'))},
	{name: 'status', aliases: [], usage: 'status <open|pending|snoozed <when>|closed>', description: 'set the status', dangerous: true, values: conversationStatuses,
		parse: ([status, ...rest]) => {
			if (!status || !isStatus(status)) return needs(`unknown status "${status ?? ''}"`, 'status pending');
			if (status === 'snoozed') return rest.length > 0 ? {type: 'status', status, until: rest.join(' ')} : needs('snoozed until when?', 'status snoozed 4h');
			return rest.length > 0 ? `only snoozed takes a time (got "${rest.join(' ')}")` : {type: 'status', status};
		}},
	{name: 'snooze', aliases: [], usage: 'snooze <4h|3d|tomorrow|2026-03-05T09:00>', description: 'snooze until a time', dangerous: true,
		parse: words => (words.length > 0 ? {type: 'status', status: 'snoozed', until: words.join(' ')} : needs('until when?', 'snooze 4h'))},
	{name: 'close', aliases: [], usage: 'close', description: 'close the conversation', dangerous: true, parse: () => ({type: 'status', status: 'closed'})},
	{name: 'reopen', aliases: [], usage: 'reopen', description: 'set the conversation open again', dangerous: true, parse: () => ({type: 'status', status: 'open'})},
	{name: 'priority', aliases: ['prio'], usage: 'priority <urgent|high|normal|low>', description: 'set the priority', dangerous: true, values: priorities,
		parse: ([level]) => (level && isPriority(level) ? {type: 'priority', priority: level} : needs(`unknown priority "${level ?? ''}"`, 'priority high'))},
	{name: 'tag', aliases: ['tags'], usage: 'tag +add -remove', description: 'add or remove tags', dangerous: true,
		parse: words => (words.length > 0 ? {type: 'tags', words} : needs('which tags?', 'tag +vip -spam'))},
	{name: 'mine', aliases: [], usage: 'mine', description: 'show my conversations', dangerous: false, parse: () => ({type: 'filter', filters: {view: 'mine'}})},
	{name: 'unassigned', aliases: [], usage: 'unassigned', description: 'show unassigned conversations', dangerous: false, parse: () => ({type: 'filter', filters: {view: 'unassigned'}})},
	{name: 'all', aliases: [], usage: 'all', description: 'show everyone\'s conversations', dangerous: false, parse: () => ({type: 'filter', filters: {view: 'all'}})},
	{name: 'show', aliases: [], usage: 'show <active|open|pending|snoozed|closed|all>', description: 'filter the queue by status', dangerous: false, values: statusFilters,
		parse: ([status]) =>
			status && (statusFilters as readonly string[]).includes(status)
				? {type: 'filter', filters: {status: status as StatusFilter}}
				: needs(`unknown status filter "${status ?? ''}"`, 'show pending')},
	{name: 'team', aliases: [], usage: 'team <name|any|none>', description: 'filter the queue by team', dangerous: false, values: ['any', 'none'],
		parse: words => (words.length > 0 ? {type: 'team-filter', name: words.join(' ')} : needs('which team?', 'team billing'))},
	{name: 'sort', aliases: ['order'], usage: `sort <${sortOrder.join('|')}>`, description: 'order the queue (triage: the triage priority score)', dangerous: false, values: sortOrder,
		parse: ([sort]) => (sort && (sortOrder as readonly string[]).includes(sort) ? {type: 'filter', filters: {sort: sort as ConsoleSort}} : needs(`unknown order "${sort ?? ''}"`, 'sort triage'))},
	{name: 'triage', aliases: [], usage: `triage <${triageFilters.join('|')}>`, description: 'show only conversations with these triage scores', dangerous: false, values: triageFilters,
		parse: ([filter]) =>
			filter && (triageFilters as readonly string[]).includes(filter)
				? {type: 'filter', filters: {triage: filter as TriageFilter}}
				: needs(`unknown triage filter "${filter ?? ''}"`, 'triage at-risk')},
	{name: 'next', aliases: [], usage: 'next', description: 'open the next-best conversation (highest triage priority you can take)', dangerous: false, parse: () => ({type: 'next-best'})},
	{name: 'search', aliases: ['find'], usage: 'search [text]', description: 'search the queue (no text clears the search)', dangerous: false,
		parse: words => ({type: 'filter', filters: {search: words.join(' ')}})},
];

function findSpec(word: string): CommandSpec | undefined {
	const lower = word.toLowerCase();
	return commandSpecs.find(spec => spec.name === lower || spec.aliases.includes(lower));
}

/** Parses one command line; a string result is an error to show. */
export function parseCommand(text: string): Intent | string {
	const words = text.trim().replace(/^:/, '').trim().split(/\s+/).filter(Boolean);
	const [name, ...rest] = words;
	if (!name) return 'type a command, e.g. :assign me (Tab completes, :help lists them)';
	const spec = findSpec(name);
	if (!spec) return `unknown command ":${name}" (:help lists them)`;
	return spec.parse(rest);
}

/** Whether a command line would write (refused up front in read-only mode). */
export function isDangerousCommand(text: string): boolean {
	const name = text.trim().replace(/^:/, '').trim().split(/\s+/)[0] ?? '';
	return findSpec(name)?.dangerous ?? false;
}

/** Tab completion: the command name, then a known value; unchanged when nothing or several match. */
export function completeCommand(text: string): string {
	const match = /^(\s*)(\S*)(\s+)?(.*)$/.exec(text)!;
	const [, lead = '', name = '', space, rest = ''] = match;
	if (space === undefined) {
		const candidates = commandSpecs.map(spec => spec.name).filter(candidate => candidate.startsWith(name.toLowerCase()));
		return candidates.length === 1 ? `${lead}${candidates[0]} ` : text;
	}
	const spec = findSpec(name);
	if (!spec?.values || rest.includes(' ')) return text;
	const values = spec.values.filter(value => value.startsWith(rest.toLowerCase()));
	return values.length === 1 ? `${lead}${name} ${values[0]} ` : text;
}
