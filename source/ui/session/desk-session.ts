// Opening the desk for the console: the provider, who we are, and the agents and teams to assign to.
import type {Context} from '../../context.js';
import type {Agent, Team} from '../../domain/conversation.js';
import type {HelpdeskProvider} from '../../providers/provider.js';

export type DeskSession = {
	context: Context;
	provider: HelpdeskProvider;
	me: Agent;
	agents: Agent[];
	teams: Team[];
};

export async function openDeskSession(context: Context): Promise<DeskSession> {
	const provider = await context.provider();
	const [me, agents, teams] = await Promise.all([provider.whoami(), provider.listAgents(), provider.listTeams()]);
	return {context, provider, me, agents, teams};
}
