import {describe, expect, it} from 'vitest';
import {createContext} from '../../source/context.js';
import {
	assignConversation,
	checkMessage,
	parseTagChanges,
	setConversationPriority,
	setConversationStatus,
	updateConversationTags,
} from '../../source/operations/conversation-actions.js';
import type {Capabilities} from '../../source/providers/provider.js';
import {makeConversation, testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';

async function setup(capabilities: Partial<Capabilities> = {}, readOnly = false) {
	const provider = createMemoryProvider([makeConversation({id: '1'})], {capabilities});
	const context = await createContext({env: {}, provider, readOnly, clock: () => testNow});
	return {provider, context};
}

describe('reply and note checks', () => {
	it('keeps the text without trailing blanks and names the back end that takes it', async () => {
		const {provider, context} = await setup();
		const checked = await checkMessage(context, 'reply', '  Hi Ada,\nall done.\n\n');
		expect(checked).toEqual({text: '  Hi Ada,\nall done.', provider});
		expect(provider.writes).toEqual([]);
	});

	it('refuses an empty text before anything else, even in read-only mode', async () => {
		const {context} = await setup({}, true);
		await expect(checkMessage(context, 'reply', ' \n')).rejects.toMatchObject({code: 'usage', message: 'the reply is empty'});
		await expect(checkMessage(context, 'note', 'text')).rejects.toMatchObject({code: 'read_only'});
	});

	it('refuses a reply that still has an unfilled template field, and a back end that cannot take notes', async () => {
		const {context} = await setup({note: false});
		await expect(checkMessage(context, 'reply', 'Hi Ada, your order {{order_number}} ships today.')).rejects.toMatchObject({
			code: 'usage',
			message: 'fill {{order_number}} before sending',
		});
		await expect(checkMessage(context, 'note', 'internal')).rejects.toMatchObject({code: 'unsupported', message: 'test desk cannot add internal notes'});
	});
});

describe('assign', () => {
	it('assigns an agent or a team by name, and refuses what the back end cannot do', async () => {
		const {provider, context} = await setup();
		expect(await assignConversation(context, '1', 'omar')).toEqual({agentId: 'a2', label: 'Omar Haddad'});
		expect(await assignConversation(context, '1', 'billing')).toEqual({teamId: 'billing', label: 'team Billing'});
		expect(provider.conversations.get('1')).toMatchObject({assigneeId: 'a2', teamId: 'billing'});
		const agentsOnly = await setup({assignTeam: false});
		await expect(assignConversation(agentsOnly.context, '1', 'billing')).rejects.toMatchObject({code: 'unsupported', message: 'test desk cannot assign to a team'});
		expect(agentsOnly.provider.writes).toEqual([]);
	});
});

describe('status', () => {
	it('snoozes with a wake time computed from the injected clock', async () => {
		const {provider, context} = await setup();
		expect(await setConversationStatus(context, '1', 'snoozed', '2h')).toEqual({status: 'snoozed', until: testNow + 7_200_000});
		expect(provider.conversations.get('1')?.snoozedUntil).toBe(testNow + 7_200_000);
	});

	it.each([
		['done', undefined, 'unknown status "done" (open, pending, snoozed or closed)'],
		['open', '2h', '--until goes with snoozed only'],
		['snoozed', undefined, 'snoozed needs --until (e.g. --until 4h, --until tomorrow)'],
		['snoozed', '2020-01-01T00:00Z', 'the wake time is in the past'],
	])('refuses %s %s', async (status, until, message) => {
		const {provider, context} = await setup();
		await expect(setConversationStatus(context, '1', status, until)).rejects.toMatchObject({code: 'usage', message});
		expect(provider.writes).toEqual([]);
	});

	it('snoozes without a time on a back end that has no wake times, and refuses one there', async () => {
		const {provider, context} = await setup({snoozeUntil: false});
		expect(await setConversationStatus(context, '1', 'snoozed')).toEqual({status: 'snoozed', until: null});
		await expect(setConversationStatus(context, '1', 'snoozed', '2h')).rejects.toMatchObject({code: 'unsupported', message: 'test desk cannot snooze until a set time'});
		expect(provider.writes).toHaveLength(1);
	});
});

describe('priority', () => {
	it('sets a known level only', async () => {
		const {context} = await setup();
		expect(await setConversationPriority(context, '1', 'urgent')).toBe('urgent');
		await expect(setConversationPriority(context, '1', 'p1')).rejects.toMatchObject({code: 'usage'});
	});
});

describe('tags', () => {
	it('reads +add, -remove and bare names, split on spaces and commas, lower-cased', () => {
		expect(parseTagChanges(['+Refund', '-spam', 'vip,late', 'a b'])).toEqual({add: ['refund', 'vip', 'late', 'a', 'b'], remove: ['spam']});
	});

	it.each([
		[['+no!'], 'not a tag: "+no!"'],
		[['+'], 'not a tag: "+"'],
		[[' , '], 'no tags given (e.g. +billing -spam)'],
		[['+vip', '-vip'], 'cannot add and remove the same tag: vip'],
	])('refuses %j', (words, message) => {
		expect(() => parseTagChanges(words)).toThrow(message);
	});

	it('writes the changes in one call', async () => {
		const {provider, context} = await setup();
		await updateConversationTags(context, '1', ['+a', '+b']);
		await updateConversationTags(context, '1', ['-a']);
		expect(provider.conversations.get('1')?.tags).toEqual(['b']);
		expect(provider.writes).toHaveLength(2);
	});
});
