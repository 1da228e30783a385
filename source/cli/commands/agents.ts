// deskterm agents: who can be assigned (agents and teams), for --to and --assignee.
import type {Agent, Team} from '../../domain/conversation.js';
import {agentToJson, teamToJson} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {printTable, type TableColumn} from '../output/table.js';

type Row = {kind: 'agent'; agent: Agent; teams: string} | {kind: 'team'; team: Team; members: number};

const columns: Array<TableColumn<Row>> = [
	{id: 'kind', header: 'KIND', width: 5, dropOrder: 0, text: row => row.kind, plain: row => row.kind, tone: () => 'muted'},
	{id: 'id', header: 'ID', width: 8, dropOrder: 2, text: row => (row.kind === 'agent' ? row.agent.id : row.team.id), plain: row => (row.kind === 'agent' ? row.agent.id : row.team.id), tone: () => 'muted'},
	{id: 'name', header: 'NAME', width: 20, dropOrder: 0, text: row => (row.kind === 'agent' ? row.agent.name : row.team.name), plain: row => (row.kind === 'agent' ? row.agent.name : row.team.name)},
	{id: 'email', header: 'EMAIL', width: 22, dropOrder: 1, text: row => (row.kind === 'agent' ? row.agent.email : ''), plain: row => (row.kind === 'agent' ? row.agent.email : '')},
	{id: 'role', header: 'ROLE', width: 5, dropOrder: 3, text: row => (row.kind === 'agent' ? row.agent.role : ''), plain: row => (row.kind === 'agent' ? row.agent.role : '')},
	{
		id: 'teams',
		header: 'TEAMS',
		width: 12,
		flexible: true,
		dropOrder: 0,
		text: row => (row.kind === 'agent' ? row.teams : `${row.members} agent${row.members === 1 ? '' : 's'}`),
		plain: row => (row.kind === 'agent' ? row.teams : String(row.members)),
	},
];

export const command: CommandDefinition = {
	name: 'agents',
	summary: 'List the agents and teams of the desk',
	usage: 'deskterm agents [--json]',
	details: [
		'One row per agent (kind "agent") and per team (kind "team").',
		'In a pipe: kind, id, name, email, role, then the team names (agents) or member count (teams).',
		'With --json: {"agents": [...], "teams": [...]} (see docs/cli.md).',
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
		const teamNames = (agent: Agent) => agent.teamIds.map(id => teams.find(team => team.id === id)?.name ?? id).join(', ');
		const rows: Row[] = [
			...agents.map(agent => ({kind: 'agent' as const, agent, teams: teamNames(agent)})),
			...teams.map(team => ({kind: 'team' as const, team, members: agents.filter(agent => agent.teamIds.includes(team.id)).length})),
		];
		printTable(io, columns, rows, context.clock());
		return exitCodes.ok;
	},
};
