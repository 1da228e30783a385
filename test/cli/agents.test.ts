import {describe, expect, it} from 'vitest';
import {json, run} from './cli-fixtures.js';

describe('deskterm agents', () => {
	it('prints a table of agents and one of teams with their members on a terminal', async () => {
		const result = await run(['agents'], {tty: true, columns: 80});
		expect(result.stdout.split('\n')).toEqual([
			'AGENT                  TEAMS                        EMAIL',
			'Dana Whitfield         Billing                      dana@desk.test',
			'Omar Haddad            Technical Support            omar@desk.test',
			'Helper Bot (bot)       -                            bot@desk.test',
			'',
			'TEAM                   ID           AGENTS',
			'Billing                billing      1: Dana Whitfield',
			'Technical Support      tech         1: Omar Haddad',
			'',
		]);
	});

	it('adds the agent ids when the terminal is wide enough', async () => {
		const result = await run(['agents'], {tty: true, columns: 100});
		expect(result.stdout.split('\n')[0]).toMatch(/^AGENT +TEAMS +EMAIL +ID$/);
		expect(result.stdout.split('\n')[1]).toMatch(/^Dana Whitfield +Billing +dana@desk\.test +a1$/);
	});

	it('prints tab-separated rows in a pipe', async () => {
		const result = await run(['agents']);
		expect(result.stdout).toBe(
			['agent\ta1\tDana Whitfield\tdana@desk.test\tagent\tBilling', 'agent\ta2\tOmar Haddad\tomar@desk.test\tagent\tTechnical Support', 'agent\tbot\tHelper Bot\tbot@desk.test\tbot\t', 'team\tbilling\tBilling\t\t\t1', 'team\ttech\tTechnical Support\t\t\t1', ''].join('\n'),
		);
	});

	it('prints {agents, teams} with --json', async () => {
		expect(json(await run(['agents', '--json']))).toEqual({
			agents: [
				{id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', role: 'agent', teamIds: ['billing'], teamNames: ['Billing']},
				{id: 'a2', name: 'Omar Haddad', email: 'omar@desk.test', role: 'agent', teamIds: ['tech'], teamNames: ['Technical Support']},
				{id: 'bot', name: 'Helper Bot', email: 'bot@desk.test', role: 'bot', teamIds: [], teamNames: []},
			],
			teams: [
				{id: 'billing', name: 'Billing', agentIds: ['a1']},
				{id: 'tech', name: 'Technical Support', agentIds: ['a2']},
			],
		});
	});

	it('has no --fields (its JSON is one fixed object)', async () => {
		const result = await run(['agents', '--fields', 'id']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe("deskterm: agents: unknown option '--fields'\n");
	});
});
