import {describe, expect, it} from 'vitest';
import {agentToJson, conversationToJson, summaryJsonFields, summaryToJson, teamToJson} from '../../source/presenters/conversation-json.js';
import {makeConversation, testAgents, testNow, testTeams} from '../helpers/conversations.js';
import {summaryOf} from '../helpers/memory-provider.js';

describe('conversation JSON', () => {
	const conversation = makeConversation({id: '7', tags: ['vip'], closedAt: null, snoozedUntil: testNow + 3_600_000});

	it('turns times into ISO strings and keeps nulls null', () => {
		const json = summaryToJson(summaryOf(conversation));
		expect(json['createdAt']).toBe(new Date(conversation.createdAt).toISOString());
		expect(json['snoozedUntil']).toBe('2026-03-02T11:00:00.000Z');
		expect(json['closedAt']).toBeNull();
		expect(Object.keys(json)).toEqual([...summaryJsonFields]);
	});

	it('copies arrays so a caller cannot change the conversation through the JSON', () => {
		const json = summaryToJson(conversation);
		(json['tags'] as string[]).push('changed');
		expect(conversation.tags).toEqual(['vip']);
	});

	it('adds the customer with tenure in days, the messages and the ratings', () => {
		const json = conversationToJson(conversation, testNow);
		expect(json['customer']).toMatchObject({name: 'Ada Lovelace', customerSince: new Date(testNow - 400 * 86_400_000).toISOString(), tenureDays: 400});
		expect(json['messages']).toEqual([
			{
				id: '7-m1',
				conversationId: '7',
				kind: 'customer',
				authorId: 'c1',
				authorName: 'Ada Lovelace',
				body: 'Hello, I need help.',
				createdAt: new Date(conversation.createdAt).toISOString(),
				channel: 'email',
			},
		]);
		expect(json['ratings']).toEqual({csat: null, nps: null, ces: null});
	});

	it('names the teams of an agent and the agents of a team', () => {
		expect(agentToJson(testAgents[0]!, testTeams)).toEqual({id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', role: 'agent', teamIds: ['billing'], teamNames: ['Billing']});
		expect(agentToJson({...testAgents[0]!, teamIds: ['gone']}, testTeams)['teamNames']).toEqual(['gone']);
		expect(teamToJson(testTeams[1]!, testAgents)).toEqual({id: 'tech', name: 'Technical Support', agentIds: ['a2']});
	});
});
