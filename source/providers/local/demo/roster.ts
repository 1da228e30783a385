// The demo desk's people: six teams, thirteen agents and a bot.
import type {Agent, Team} from '../../../domain/conversation.js';

export const demoTeams: Team[] = [
	{id: 'billing', name: 'Billing'},
	{id: 'technical', name: 'Technical Support'},
	{id: 'security', name: 'Accounts & Security'},
	{id: 'orders', name: 'Shipping & Orders'},
	{id: 'success', name: 'Customer Success'},
	{id: 'escalations', name: 'Escalations'},
];

const agent = (id: string, name: string, teamIds: string[], role: Agent['role'] = 'agent'): Agent => ({
	id,
	name,
	email: `${id}@support.example.com`,
	teamIds,
	role,
});

export const demoAgents: Agent[] = [
	agent('maya', 'Maya Patel', ['technical', 'escalations']),
	agent('jonas', 'Jonas Weber', ['technical']),
	agent('priya', 'Priya Raman', ['technical']),
	agent('lena', 'Lena Fischer', ['billing']),
	agent('omar', 'Omar Haddad', ['billing']),
	agent('sofia', 'Sofia Rossi', ['billing', 'success']),
	agent('chloe', 'Chloé Martin', ['security']),
	agent('kenji', 'Kenji Tanaka', ['security']),
	agent('diego', 'Diego Álvarez', ['orders']),
	agent('hannah', 'Hannah Schulz', ['orders']),
	agent('grace', 'Grace Okafor', ['success'], 'lead'),
	agent('tom', 'Tom Becker', ['success']),
	agent('ruth', 'Ruth Adeyemi', ['escalations'], 'lead'),
	agent('deskbot', 'Deskbot', [], 'bot'),
];

export const demoBot = demoAgents.find(each => each.role === 'bot')!;

export function teamMembers(teamId: string): Agent[] {
	return demoAgents.filter(each => each.teamIds.includes(teamId));
}
