// Routing: the first rule that matches wins, with the conditions that held; nothing matching goes to escalation.
import {describe, expect, it} from 'vitest';
import {scoreConversation} from '../../source/triage/score-conversation.js';
import {compileTriageConfig, defaultTriageConfig, defaultTriageSettings} from '../../source/triage/triage-config.js';
import type {RoutingRules} from '../../source/triage/routing/routing-rules.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import type {Conversation} from '../../source/domain/conversation.js';

const day = 86_400_000;
const route = (conversation: Conversation, config = defaultTriageConfig()) => scoreConversation(conversation, {now: testNow, config}).routing;
const saying = (body: string, extra: Partial<Conversation> = {}) => makeConversation({id: 'r', subject: 'Question', messages: [{kind: 'customer', body}], ...extra});

describe('routing with the shipped rules', () => {
	it('sends a Python SDK error to Technical Support and says why', () => {
		expect(route(saying('Getting an error from your Python SDK when I upload files'))).toEqual({
			team: 'Technical Support',
			rule: {index: 1, name: 'Developers and integrations'},
			reasons: ['mentions "python"'],
		});
	});

	it('uses the page the conversation started from', () => {
		const fromHub = saying('Where do I find my keys?', {pageUrl: 'https://developers.example.com/start'});
		expect(route(fromHub)).toMatchObject({team: 'Technical Support', reasons: ['started on https://developers.example.com/start (contains "developer")']});
	});

	it('keeps billing and technical questions apart, and places account security first', () => {
		expect(route(saying('Please send me the invoice for March')).team).toBe('Billing');
		expect(route(saying('My parcel never arrived, tracking shows nothing')).team).toBe('Shipping & Orders');
		expect(route(saying('I think my account was hacked, the password changed')).team).toBe('Accounts & Security');
		expect(route(saying('I want to upgrade to more seats')).team).toBe('Customer Success');
	});

	it('sends what no rule places to the escalation team', () => {
		expect(route(saying('Good morning, lovely weather today.'))).toEqual({
			team: 'Escalations',
			rule: null,
			reasons: ['none of the 6 routing rules matched: a person should place it'],
		});
	});
});

describe('routing with a team\'s own rules', () => {
	const rules: RoutingRules = {
		escalationTeam: 'Triage desk',
		rules: [
			{name: 'Young enterprise', team: 'Onboarding', match: 'all', when: {companyType: ['Enterprise'], tenureDays: {max: 90}}},
			{name: 'Big spenders on Widgets', team: 'Key accounts', match: 'all', when: {productsInUse: ['widgets'], monthlySpend: {min: 1000}}},
			{name: 'German plan questions', team: 'DACH', match: 'all', when: {language: ['de'], keywords: ['tarif wechseln']}},
		],
	};
	const config = compileTriageConfig({...defaultTriageSettings(), routing: rules});

	it('needs every condition of an "all" rule, and lists them', () => {
		const young = makeCustomer({companyType: 'enterprise', customerSince: testNow - 10 * day});
		expect(route(saying('Hi', {customer: young}), config)).toMatchObject({team: 'Onboarding', reasons: ['company type enterprise', 'customer for 10 days']});
		const old = makeCustomer({companyType: 'enterprise', customerSince: testNow - 400 * day});
		expect(route(saying('Hi', {customer: old}), config).team).toBe('Triage desk');
	});

	it('matches products, spend, language and keywords in other languages', () => {
		const big = makeCustomer({productsInUse: ['Widgets'], monthlySpend: 2500});
		expect(route(saying('Hi', {customer: big}), config)).toMatchObject({team: 'Key accounts', reasons: ['uses Widgets', 'spends 2500 a month']});
		const german = makeCustomer({language: 'de-AT'});
		expect(route(saying('Ich möchte den Tarif wechseln.', {customer: german}), config).team).toBe('DACH');
		expect(route(saying('Ich möchte den Tarif wechseln.'), config).team).toBe('Triage desk');
	});
});
