import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createSuggestionRankers, customerTextOf, suggestFor} from '../../source/operations/suggestion-rankers.js';
import {createTemplateLibrary, describeTemplateProblems} from '../../source/operations/template-library.js';
import {recordTemplateUse} from '../../source/ranking/history-store.js';
import type {Template} from '../../source/templates/template.js';
import {makeConversation} from '../helpers/conversations.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

const template = (id: string, title: string, body: string, extra: Partial<Template> = {}): Template => ({
	id,
	title,
	tags: [],
	shortcut: null,
	language: 'en',
	channels: [],
	visibility: 'team',
	actions: {},
	humanOnly: false,
	body,
	source: null,
	...extra,
});

const templates = [
	template('refund', 'Refund approved', 'Your refund is on its way to your card.', {shortcut: 'refund', tags: ['refund']}),
	template('refund', 'Erstattung', 'Ihre Erstattung ist unterwegs.', {language: 'de', shortcut: 'refund'}),
	template('password', 'Password reset', 'Use the reset link to choose a new password.', {tags: ['login']}),
	template('shipping', 'Shipping times', 'Parcels arrive within three days.', {tags: ['delivery']}),
];

describe('the template library', () => {
	it('gives one variant per id for a language, and a / search over it', () => {
		const library = createTemplateLibrary(templates);
		expect(library.forLanguage('de-AT').map(each => each.title)).toEqual(['Erstattung', 'Password reset', 'Shipping times']);
		expect(library.search('en').search('refu')[0]?.templateId).toBe('refund');
		expect(library.find('refund', 'de')?.title).toBe('Erstattung');
		expect(library.forLanguage('en')).toBe(library.forLanguage('en'));
	});

	it('says how many files could not be loaded in one line', () => {
		expect(describeTemplateProblems([])).toBeNull();
		const problem = {path: 'a.md', line: 1, reason: 'x', severity: 'error' as const};
		expect(describeTemplateProblems([problem, {...problem, severity: 'warning'}, problem])).toBe(
			'2 template files could not be loaded, 1 template warning (see deskterm templates lint)',
		);
	});
});

describe('suggestions for a conversation', () => {
	it('answers the customer\'s latest messages, best first, with a confidence and reasons', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-suggestions-'));
		directories.push(dataDir);
		const rankers = createSuggestionRankers(createTemplateLibrary(templates), dataDir);
		const conversation = makeConversation({id: '1', messages: [{kind: 'customer', body: 'When will my refund reach my card?'}]});
		expect(customerTextOf(conversation)).toBe('When will my refund reach my card?');
		const [best] = suggestFor(await rankers.ranker('en'), conversation);
		expect(best).toMatchObject({templateId: 'refund'});
		expect(best!.score).toBeGreaterThan(0);
		expect(best!.reasons.join(' ')).toContain('refund');
		expect(suggestFor(await rankers.ranker('en'), makeConversation({id: '2', messages: [{kind: 'agent', body: 'Hello!'}]}))).toEqual([]);
	});

	it('learns a recorded use: the next ranker knows it, the one before stays usable until then', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-suggestions-'));
		directories.push(dataDir);
		const rankers = createSuggestionRankers(createTemplateLibrary(templates), dataDir);
		const first = await rankers.ranker('en');
		expect(first.examplesUsed).toBe(0);
		expect(await rankers.ranker('en')).toBe(first);
		await recordTemplateUse(dataDir, {templateId: 'shipping', conversationId: '9', customerText: 'my parcel is late', edited: false, at: 1});
		rankers.learned();
		expect(rankers.current('en')).toBe(first);
		const second = await rankers.ranker('en');
		expect(second).not.toBe(first);
		expect(second.examplesUsed).toBe(1);
		expect(rankers.current('en')).toBe(second);
	});
});
