// Turns what a person types ("me", "none", "Dana", "billing", "team:Billing") into an agent or team.
import type {Agent, Team} from '../domain/conversation.js';
import {DeskError} from '../domain/errors.js';
import type {AssignInput} from '../providers/provider.js';

export type AssigneeTarget = Pick<AssignInput, 'agentId' | 'teamId'> & {label: string};

export function resolveAssignee(target: string, me: Agent, agents: Agent[], teams: Team[]): AssigneeTarget {
	const wanted = target.trim();
	const lower = wanted.toLowerCase();
	if (lower === 'me') return {agentId: me.id, label: me.name};
	if (lower === 'none' || lower === 'nobody') return {agentId: null, label: 'nobody'};
	if (lower.startsWith('team:')) return teamTarget(findOne(teams, wanted.slice(5), 'team'));
	if (lower.startsWith('agent:')) return agentTarget(findOne(agents, wanted.slice(6), 'agent'));
	const agentMatches = matches(agents, wanted);
	const teamMatches = matches(teams, wanted);
	if (agentMatches.length === 1 && teamMatches.length === 0) return agentTarget(agentMatches[0]!);
	if (teamMatches.length === 1 && agentMatches.length === 0) return teamTarget(teamMatches[0]!);
	if (agentMatches.length + teamMatches.length === 0) {
		throw new DeskError('usage', `no agent or team called "${wanted}" (try deskterm agents)`);
	}
	const names = [...agentMatches.map(agent => agent.name), ...teamMatches.map(team => `team:${team.name}`)];
	throw new DeskError('usage', `"${wanted}" matches several: ${names.join(', ')}`);
}

function agentTarget(agent: Agent): AssigneeTarget {
	return {agentId: agent.id, label: agent.name};
}

function teamTarget(team: Team): AssigneeTarget {
	return {teamId: team.id, label: `team ${team.name}`};
}

type Named = {id: string; name: string; email?: string};

/** Exact id, email or name first; otherwise names starting with the text, or with a word starting with it. */
function matches<T extends Named>(items: T[], wanted: string): T[] {
	const lower = wanted.toLowerCase();
	const exact = items.filter(
		item => item.id === wanted || item.name.toLowerCase() === lower || item.email?.toLowerCase() === lower,
	);
	if (exact.length > 0) return exact;
	return items.filter(item => item.name.toLowerCase().split(/\s+/).some(word => word.startsWith(lower)) || item.name.toLowerCase().startsWith(lower));
}

function findOne<T extends Named>(items: T[], wanted: string, kind: string): T {
	const found = matches(items, wanted.trim());
	if (found.length === 1) return found[0]!;
	if (found.length === 0) throw new DeskError('usage', `no ${kind} called "${wanted}"`);
	throw new DeskError('usage', `"${wanted}" matches several ${kind}s: ${found.map(item => item.name).join(', ')}`);
}
