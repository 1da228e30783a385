// Who deskterm acts as on the local desk: the profile's agent setting, DESKTERM_AGENT, or the default.
import type {Agent} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';

/** The demo desk's default agent (documented in docs/local-desk.md). */
export const defaultAgentId = 'maya';

export function resolveMe(agents: readonly Agent[], settings: Record<string, unknown>, env: NodeJS.ProcessEnv): Agent {
	const configured = settings['agent'];
	if (configured !== undefined && typeof configured !== 'string') {
		throw new DeskError('usage', 'the profile setting "agent" must be an agent id, email or name');
	}
	const fromSettings = configured?.trim() || undefined;
	const fromEnv = env['DESKTERM_AGENT']?.trim() || undefined;
	const wanted = fromSettings ?? fromEnv ?? defaultAgentId;
	const lower = wanted.toLowerCase();
	const found =
		agents.find(agent => agent.id === wanted) ??
		agents.find(agent => agent.email.toLowerCase() === lower) ??
		agents.find(agent => agent.name.toLowerCase() === lower);
	if (found) return found;
	const source = fromSettings ? 'the profile setting "agent"' : fromEnv ? 'DESKTERM_AGENT' : 'the default agent';
	throw new DeskError('usage', `${source} names "${wanted}", who is not an agent of the local desk (see deskterm agents)`);
}
