// Finding an agent or a team by what a person typed, with one ambiguity rule for the CLI and the console:
// an exact id, name or email wins; else a unique word prefix; several is an error that lists the candidates.
import type {Agent, Team} from '../domain/conversation.js';
import {DeskError} from '../domain/errors.js';

/** The agent filter's id: "me" and "unassigned" pass through, "none" means unassigned. */
export function resolveAgentFilter(wanted: string, agents: readonly Agent[]): string {
	const lower = wanted.trim().toLowerCase();
	if (lower === 'me' || lower === 'unassigned') return lower;
	if (lower === 'none') return 'unassigned';
	return findByName(wanted, agents, 'agent', agent => [agent.id, agent.name, agent.email]).id;
}

/** The team filter's id, or "none" for conversations of no team. */
export function resolveTeamFilter(wanted: string, teams: readonly Team[]): string {
	if (wanted.trim().toLowerCase() === 'none') return 'none';
	return findByName(wanted, teams, 'team', team => [team.id, team.name]).id;
}

export function findByName<T extends {id: string; name: string}>(wanted: string, items: readonly T[], kind: string, keys: (item: T) => (string | undefined)[]): T {
	const lower = wanted.trim().toLowerCase();
	const exact = items.filter(item => keys(item).some(key => key?.toLowerCase() === lower));
	const candidates = exact.length > 0 ? exact : items.filter(item => lower !== '' && item.name.toLowerCase().split(/\s+/).some(word => word.startsWith(lower)));
	if (candidates.length === 1) return candidates[0]!;
	const list = (candidates.length > 1 ? candidates : items).map(item => item.name).join(', ');
	const problem = candidates.length > 1 ? `"${wanted}" matches several ${kind}s` : `unknown ${kind} "${wanted}"`;
	throw new DeskError('usage', `${problem} (${candidates.length > 1 ? 'one of' : 'valid'}: ${list})`);
}
