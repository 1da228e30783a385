// Finding an agent or a team by what a person typed, with one ambiguity rule for the CLI and the console (filters
// and assigning): an exact id, name or email wins; else a unique prefix; several is an error that lists the candidates.
import type {Agent, Team} from '../domain/conversation.js';
import {DeskError} from '../domain/errors.js';

/** The agent filter's id: "me" and "unassigned" pass through, "none" means unassigned. */
export function resolveAgentFilter(wanted: string, agents: readonly Agent[]): string {
	const lower = wanted.trim().toLowerCase();
	if (lower === 'me' || lower === 'unassigned') return lower;
	if (lower === 'none') return 'unassigned';
	return findByName(wanted, agents, 'agent', agentKeys).id;
}

/** The team filter's id, or "none" for conversations of no team. */
export function resolveTeamFilter(wanted: string, teams: readonly Team[]): string {
	if (wanted.trim().toLowerCase() === 'none') return 'none';
	return findByName(wanted, teams, 'team', teamKeys).id;
}

/** Who a name means: an exact id, name or email wins; else the names starting with it, or with a word starting with it. */
export function matchByName<T extends {id: string; name: string}>(wanted: string, items: readonly T[], keys: (item: T) => (string | undefined)[]): T[] {
	const lower = wanted.trim().toLowerCase();
	if (lower === '') return [];
	const exact = items.filter(item => keys(item).some(key => key?.toLowerCase() === lower));
	if (exact.length > 0) return exact;
	return items.filter(item => {
		const name = item.name.toLowerCase();
		return name.startsWith(lower) || name.split(/\s+/).some(word => word.startsWith(lower));
	});
}

/** The one item a name means; none or several is a usage error that lists the names to choose from. */
export function findByName<T extends {id: string; name: string}>(wanted: string, items: readonly T[], kind: string, keys: (item: T) => (string | undefined)[]): T {
	const candidates = matchByName(wanted, items, keys);
	if (candidates.length === 1) return candidates[0]!;
	throw notOne(wanted, candidates.map(item => item.name), items.map(item => item.name), {one: kind, several: `${kind}s`});
}

/** Several candidates lists them; none lists every valid name. */
export function notOne(wanted: string, candidates: readonly string[], valid: readonly string[], kind: {one: string; several: string}): DeskError {
	if (candidates.length > 1) return new DeskError('usage', `"${wanted.trim()}" matches several ${kind.several} (one of: ${candidates.join(', ')})`);
	return new DeskError('usage', `unknown ${kind.one} "${wanted.trim()}" (valid: ${valid.join(', ')})`);
}

export const agentKeys = (agent: Agent) => [agent.id, agent.name, agent.email];
export const teamKeys = (team: Team) => [team.id, team.name];
