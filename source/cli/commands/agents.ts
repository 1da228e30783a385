// deskterm agents: who can be assigned (agents and teams), for --to and --assignee.
import type {Agent, Team} from '../../domain/conversation.js';
import {agentToJson, teamToJson} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {plainCell} from '../output/plain.js';
import {printTerminalTable, type TerminalColumn} from '../output/table.js';

type AgentRow = {agent: Agent; teams: string};
type TeamRow = {team: Team; members: Agent[]};

const agentColumns: Array<TerminalColumn<AgentRow>> = [
	{
		id: 'name',
		header: 'AGENT',
		width: 22,
		dropOrder: 0,
		// Leads and bots are marked in the name, so no column is spent on the role.
		text: row => (row.agent.role === 'agent' ? row.agent.name : `${row.agent.name} (${row.agent.role})`),
		tone: row => (row.agent.role === 'bot' ? 'muted' : 'normal'),
	},
	{id: 'teams', header: 'TEAMS', width: 28, dropOrder: 0, text: row => row.teams || '-'},
	{id: 'email', header: 'EMAIL', width: 20, flexible: true, dropOrder: 0, text: row => row.agent.email},
	{id: 'id', header: 'ID', width: 11, dropOrder: 1, text: row => row.agent.id, tone: () => 'muted'},
];

const teamColumns: Array<TerminalColumn<TeamRow>> = [
	{id: 'name', header: 'TEAM', width: 22, dropOrder: 0, text: row => row.team.name},
	{id: 'id', header: 'ID', width: 12, dropOrder: 1, text: row => row.team.id, tone: () => 'muted'},
	{
		id: 'agents',
		header: 'AGENTS',
		width: 12,
		flexible: true,
		dropOrder: 0,
		text: row => `${row.members.length}: ${row.members.map(agent => agent.name).join(', ')}`,
	},
];

export const command: CommandDefinition = {
	name: 'agents',
	summary: 'List the agents and teams of the desk',
	usage: 'deskterm agents [--json]',
	details: [
		'On a terminal: a table of agents (leads and bots marked), then a table of teams with their members.',
		'In a pipe: one line per agent "agent<tab>id<tab>name<tab>email<tab>role<tab>team names" and',
		'per team "team<tab>id<tab>name<tab><tab><tab>member count".',
		'With --json: {"agents": [...], "teams": [...]}; an agent has id, name, email, role,',
		'teamIds and teamNames; a team has id, name and agentIds.',
	].join('\n'),
	options: jsonOptions(),
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const provider = await context.provider();
		const [agents, teams] = await Promise.all([provider.listAgents(), provider.listTeams()]);
		if (input.values['json'] === true) {
			writeJson(io, {agents: agents.map(agent => agentToJson(agent, teams)), teams: teams.map(team => teamToJson(team, agents))});
			return exitCodes.ok;
		}
		const agentRows = agents.map(agent => ({agent, teams: agent.teamIds.map(id => teams.find(team => team.id === id)?.name ?? id).join(', ')}));
		const teamRows = teams.map(team => ({team, members: agents.filter(agent => agent.teamIds.includes(team.id))}));
		if (!io.isStdoutTty) {
			for (const {agent, teams: names} of agentRows) io.write(`${['agent', agent.id, agent.name, agent.email, agent.role, names].map(plainCell).join('\t')}\n`);
			for (const {team, members} of teamRows) io.write(`${['team', team.id, team.name, '', '', String(members.length)].map(plainCell).join('\t')}\n`);
			return exitCodes.ok;
		}
		printTerminalTable(io, agentColumns, agentRows, context.clock(), 20);
		io.write('\n');
		printTerminalTable(io, teamColumns, teamRows, context.clock(), 12);
		return exitCodes.ok;
	},
};
