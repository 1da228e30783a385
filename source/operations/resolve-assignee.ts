// Turns what a person types ("me", "none", "Dana", "billing", "team:Billing") into an agent or team, by the one
// name rule of find-people.ts (`deskterm assign --to` and the console's `:assign` both come here).
import type {Agent, Team} from '../domain/conversation.js';
import type {AssignInput} from '../providers/provider.js';
import {agentKeys, findByName, matchByName, notOne, teamKeys} from './find-people.js';

export type AssigneeTarget = Pick<AssignInput, 'agentId' | 'teamId'> & {label: string};

export function resolveAssignee(target: string, me: Agent, agents: Agent[], teams: Team[]): AssigneeTarget {
	const wanted = target.trim();
	const lower = wanted.toLowerCase();
	if (lower === 'me') return {agentId: me.id, label: me.name};
	if (lower === 'none' || lower === 'nobody') return {agentId: null, label: 'nobody'};
	if (lower.startsWith('team:')) return teamTarget(findByName(wanted.slice(5), teams, 'team', teamKeys));
	if (lower.startsWith('agent:')) return agentTarget(findByName(wanted.slice(6), agents, 'agent', agentKeys));
	const agentMatches = matchByName(wanted, agents, agentKeys);
	const teamMatches = matchByName(wanted, teams, teamKeys);
	if (agentMatches.length === 1 && teamMatches.length === 0) return agentTarget(agentMatches[0]!);
	if (teamMatches.length === 1 && agentMatches.length === 0) return teamTarget(teamMatches[0]!);
	const names = (found: {agents: Agent[]; teams: Team[]}) => [...found.agents.map(agent => agent.name), ...found.teams.map(team => `team:${team.name}`)];
	throw notOne(wanted, names({agents: agentMatches, teams: teamMatches}), names({agents, teams}), {one: 'agent or team', several: 'agents and teams'});
}

function agentTarget(agent: Agent): AssigneeTarget {
	return {agentId: agent.id, label: agent.name};
}

function teamTarget(team: Team): AssigneeTarget {
	return {teamId: team.id, label: `team ${team.name}`};
}
