import {describe, expect, it} from 'vitest';
import type {Agent, Team} from '../../source/domain/conversation.js';
import {resolveAssignee} from '../../source/operations/resolve-assignee.js';
import {testAgents, testTeams} from '../helpers/conversations.js';

const me = testAgents[0]!;
const agents: Agent[] = [...testAgents, {id: 'a3', name: 'Dana Okoye', email: 'dokoye@desk.test', teamIds: [], role: 'lead'}];
const teams: Team[] = [...testTeams, {id: 'omar', name: 'Omar Squad'}];

describe('resolveAssignee', () => {
	it.each([
		['me', {agentId: 'a1', label: 'Dana Whitfield'}],
		['ME', {agentId: 'a1', label: 'Dana Whitfield'}],
		['none', {agentId: null, label: 'nobody'}],
		['nobody', {agentId: null, label: 'nobody'}],
		['a2', {agentId: 'a2', label: 'Omar Haddad'}],
		['omar@desk.test', {agentId: 'a2', label: 'Omar Haddad'}],
		['Dana Whitfield', {agentId: 'a1', label: 'Dana Whitfield'}],
		['whit', {agentId: 'a1', label: 'Dana Whitfield'}],
		['billing', {teamId: 'billing', label: 'team Billing'}],
		['tech', {teamId: 'tech', label: 'team Technical Support'}],
		['team:omar squad', {teamId: 'omar', label: 'team Omar Squad'}],
		['agent:omar', {agentId: 'a2', label: 'Omar Haddad'}],
		[' team:Billing ', {teamId: 'billing', label: 'team Billing'}],
	])('%s', (target, expected) => {
		expect(resolveAssignee(target, me, agents, teams)).toEqual(expected);
	});

	it.each([
		['dana', '"dana" matches several agents and teams (one of: Dana Whitfield, Dana Okoye)'],
		['omar', '"omar" matches several agents and teams (one of: Omar Haddad, team:Omar Squad)'],
		['zed', 'unknown agent or team "zed" (valid: '],
		['team:sales', 'unknown team "sales" (valid: '],
		['agent:dana', '"dana" matches several agents (one of: Dana Whitfield, Dana Okoye)'],
	])('refuses %s as a usage error', (target, message) => {
		expect(() => resolveAssignee(target, me, agents, teams)).toThrow(message);
		try {
			resolveAssignee(target, me, agents, teams);
		} catch (error) {
			expect((error as {code: string}).code).toBe('usage');
		}
	});
});
