// The pickers and prompts the workspace opens, and what choosing in them means, as pure data.
import type {Agent, ConversationStatus, Priority, Team} from '../../../domain/conversation.js';
import type {Capabilities} from '../../../providers/provider.js';
import {parseCommand} from '../../commands/command-line.js';
import type {Intent} from '../../commands/intent.js';
import {pickerState, type PickerItem} from '../../components/picker/picker-state.js';
import {lineEditor} from '../../../text/line-editor.js';
import {statusFilters, triageFilterLabels, triageFilters, type QueueFilters} from '../queue/queue-filters.js';
import type {Overlay, PickerPurpose, PromptPurpose} from './workspace-state.js';

const statusChoices: Array<PickerItem & {id: ConversationStatus}> = [
	{id: 'open', label: 'open', detail: 'needs an answer from us', hotkey: 'o'},
	{id: 'pending', label: 'pending', detail: 'waiting on the customer', hotkey: 'p'},
	{id: 'snoozed', label: 'snoozed…', detail: 'hide until a wake time', hotkey: 's'},
	{id: 'closed', label: 'closed', detail: 'done', hotkey: 'c'},
];

const priorityChoices: Array<PickerItem & {id: Priority}> = [
	{id: 'urgent', label: 'urgent', hotkey: 'u'},
	{id: 'high', label: 'high', hotkey: 'h'},
	{id: 'normal', label: 'normal', hotkey: 'n'},
	{id: 'low', label: 'low', hotkey: 'l'},
];

export function assignPicker(me: Agent, agents: Agent[], teams: Team[], capabilities: Capabilities, currentAgentId: string | null): Overlay {
	const items: PickerItem[] = [];
	if (capabilities.assignAgent) {
		items.push({id: 'me', label: `me (${me.name})`});
		items.push({id: 'none', label: 'nobody', detail: 'unassign'});
		const teamNames = new Map(teams.map(team => [team.id, team.name]));
		for (const agent of agents) {
			if (agent.id === me.id || agent.role === 'bot') continue;
			items.push({id: `agent:${agent.id}`, label: agent.name, detail: agent.teamIds.map(id => teamNames.get(id) ?? id).join(', ')});
		}
	}
	if (capabilities.assignTeam) for (const team of teams) items.push({id: `team:${team.id}`, label: `team: ${team.name}`});
	const selectedId = currentAgentId === null ? null : currentAgentId === me.id ? 'me' : `agent:${currentAgentId}`;
	return {type: 'picker', purpose: 'assign', picker: pickerState('Assign to (type to filter)', items, {filterable: true, selectedId})};
}

export function statusPicker(capabilities: Capabilities, current: ConversationStatus): Overlay {
	const items = statusChoices.filter(item => capabilities.statuses.includes(item.id));
	return {type: 'picker', purpose: 'status', picker: pickerState('Set the status', items, {selectedId: current})};
}

export function priorityPicker(current: Priority): Overlay {
	return {type: 'picker', purpose: 'priority', picker: pickerState('Set the priority', priorityChoices, {selectedId: current})};
}

export function statusFilterPicker(current: QueueFilters['status']): Overlay {
	const hotkeys: Record<string, string> = {active: 'a', open: 'o', pending: 'p', snoozed: 's', closed: 'c', all: 'l'};
	const details: Record<string, string> = {active: 'open, pending and snoozed', all: 'including closed'};
	const items = statusFilters.map(status => ({id: status, label: status, hotkey: hotkeys[status]!, ...(details[status] ? {detail: details[status]} : {})}));
	return {type: 'picker', purpose: 'status-filter', picker: pickerState('Show conversations that are', items, {selectedId: current})};
}

export function teamFilterPicker(teams: Team[], current: string | null): Overlay {
	const items: PickerItem[] = [{id: 'any', label: 'any team'}, {id: 'none', label: 'no team'}, ...teams.map(team => ({id: team.id, label: team.name}))];
	return {type: 'picker', purpose: 'team-filter', picker: pickerState('Show conversations of team (type to filter)', items, {filterable: true, selectedId: current ?? 'any'})};
}

export function triageFilterPicker(current: QueueFilters['triage']): Overlay {
	const hotkeys: Record<string, string> = {any: 'a', 'at-risk': 'r', 'human-only': 'h', 'severity-high': 's', 'priority-70': '7', 'priority-50': '5'};
	const items = triageFilters.map(filter => ({id: filter, label: triageFilterLabels[filter], hotkey: hotkeys[filter]!}));
	return {type: 'picker', purpose: 'triage-filter', picker: pickerState('Show conversations by triage', items, {selectedId: current})};
}

const promptLabels: Record<PromptPurpose, string> = {
	search: '/',
	command: ':',
	tags: 'tags (+add -remove): ',
	snooze: 'snooze until (30m, 4h, 3d, tomorrow, 2026-03-05T09:00): ',
};

export type PromptOverlay = Extract<Overlay, {type: 'prompt'}>;

export function prompt(purpose: PromptPurpose, value = '', history: readonly string[] = []): PromptOverlay {
	return {type: 'prompt', purpose, label: promptLabels[purpose], editor: lineEditor(value, history)};
}

/** What choosing an item means: an intent to run, or the next overlay to show (snoozed asks for a time). */
export function pickedIntent(purpose: PickerPurpose, item: PickerItem, teams: Team[]): Intent | PromptOverlay {
	switch (purpose) {
		case 'assign':
			// Ids are 'me', 'none', 'agent:<id>' or 'team:<id>', which resolveAssignee reads as they are.
			return {type: 'assign', target: item.id};
		case 'status':
			return item.id === 'snoozed' ? prompt('snooze') : {type: 'status', status: item.id as ConversationStatus};
		case 'priority':
			return {type: 'priority', priority: item.id as Priority};
		case 'status-filter':
			return {type: 'filter', filters: {status: item.id as QueueFilters['status']}};
		case 'team-filter': {
			const team = teams.find(each => each.id === item.id);
			return {type: 'filter', filters: {team: item.id === 'any' ? null : item.id, teamName: team?.name ?? null}};
		}
		case 'triage-filter':
			return {type: 'filter', filters: {triage: item.id as QueueFilters['triage']}};
	}
}

/** What submitting a prompt means. */
export function promptedIntent(purpose: PromptPurpose, value: string): Intent | string {
	switch (purpose) {
		case 'search':
			return {type: 'filter', filters: {search: value.trim()}};
		case 'tags':
			return value.trim() === '' ? 'no tags given (e.g. +billing -spam)' : {type: 'tags', words: value.trim().split(/\s+/)};
		case 'snooze':
			return value.trim() === '' ? 'snooze until when? (e.g. 4h, tomorrow)' : {type: 'status', status: 'snoozed', until: value.trim()};
		case 'command':
			return parseCommand(value);
	}
}
