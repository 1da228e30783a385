import {beforeAll, describe, expect, it} from 'vitest';
import type {LabelledExample} from '../../source/ranking/rankable.js';
import {createRanker, createRankerInBackground} from '../../source/ranking/ranker.js';
import type {Template} from '../../source/templates/template.js';
import {fixtureHistory, fixtureTemplates} from './ranking-fixtures.js';

let templates: Template[];
let history: LabelledExample[];

beforeAll(async () => {
	templates = await fixtureTemplates();
	history = await fixtureHistory();
});

// Three rotations, each holding out every third example: the model never sees what it is tested on.
function correctOnHeldOut(learnFromHistory: boolean): number {
	let correct = 0;
	for (const rotation of [0, 1, 2]) {
		const held = history.filter((_, index) => index % 3 === rotation);
		const ranker = createRanker(templates, learnFromHistory ? history.filter((_, index) => index % 3 !== rotation) : []);
		correct += held.filter(example => ranker.rank(example.text, 1)[0]?.templateId === example.templateId).length;
	}
	return correct;
}

describe('ranking by the templates alone', () => {
	it('puts the template whose title and tags match first, with the matched words as a reason', () => {
		const ranker = createRanker(templates);
		const [first] = ranker.rank('I forgot my password and cannot log in');
		expect(first?.templateId).toBe('password_reset');
		expect(first?.reasons.join(' ')).toMatch(/matches .*"password"/);
		expect(ranker.rank('the parcel tracking says delayed')[0]?.templateId).toBe('shipping_delay');
		expect(ranker.rank('please send the invoice for March')[0]?.templateId).toBe('invoice_copy');
	});

	it('returns top N, best first, with confidences between 0 and 1', () => {
		const suggestions = createRanker(templates).rank('refund for my returned order', 4);
		expect(suggestions).toHaveLength(4);
		expect(suggestions[0]?.templateId).toBe('refund_request');
		for (const suggestion of suggestions) {
			expect(suggestion.score).toBeGreaterThanOrEqual(0);
			expect(suggestion.score).toBeLessThanOrEqual(1);
			expect(suggestion.reasons.length).toBeGreaterThan(0);
		}
		expect(suggestions.map(suggestion => suggestion.score)).toEqual([...suggestions.map(suggestion => suggestion.score)].sort((a, b) => b - a));
	});

	it('answers nothing without templates, or for a message without a word', () => {
		expect(createRanker([]).rank('anything')).toEqual([]);
		expect(createRanker(templates).rank('', 2)).toEqual([]);
		expect(createRanker(templates).rank(' {?!} ', 2)).toEqual([]);
		expect(createRanker(templates).rank('ok', 2)).toHaveLength(2);
	});
});

describe('ranking learned from history', () => {
	it('does at least as well on unseen messages with a little history as without', () => {
		const withHistory = correctOnHeldOut(true);
		expect(withHistory).toBeGreaterThanOrEqual(55);
		expect(withHistory).toBeGreaterThanOrEqual(correctOnHeldOut(false));
	});

	it('learns wording the templates never use', () => {
		const withHistory = createRanker(templates, history);
		for (const [message, templateId] of [
			['terminate the membership', 'cancel_subscription'],
			['my credentials do not work', 'password_reset'],
			['the screen goes blank, something is broken', 'bug_report'],
		] as const) {
			expect(createRanker(templates).rank(message, 1)[0]?.templateId).not.toBe(templateId);
			expect(withHistory.rank(message, 1)[0]?.templateId).toBe(templateId);
		}
	});

	it('explains a suggestion by the similar past conversations', () => {
		const ranker = createRanker(templates, history);
		const [first] = ranker.rank('I sent the goods back weeks ago and still no reimbursement');
		expect(first?.templateId).toBe('refund_request');
		expect(first?.reasons.join(' ')).toMatch(/similar to \d+ past conversations? answered with this/);
		expect(first?.score).toBeGreaterThan(0.5);
	});

	it('keeps one variant per template id, the first given', () => {
		const german = {...templates.find(template => template.id === 'password_reset')!, title: 'Passwort vergessen', language: 'de'};
		const suggestions = createRanker([...templates, german]).rank('password', 10);
		expect(suggestions.filter(suggestion => suggestion.templateId === 'password_reset')).toHaveLength(1);
		expect(suggestions).toHaveLength(templates.length);
	});

	it('uses only examples whose template exists', () => {
		const ranker = createRanker(templates, [...history, {text: 'hello', templateId: 'no_such_template'}, {text: '  ', templateId: 'bug_report'}]);
		expect(ranker.examplesUsed).toBe(history.length);
		expect(ranker.examplesIgnored).toBe(2);
	});
});

describe('building in the background', () => {
	it('gives the same ranking while letting other work run between its steps', async () => {
		// Enough examples that training takes several steps.
		const many = Array.from({length: 40}, () => history).flat();
		let ticks = 0;
		const ticker = setInterval(() => ticks++, 0);
		const ranker = await createRankerInBackground(templates, many);
		clearInterval(ticker);
		expect(ticks).toBeGreaterThan(0);
		const message = 'terminate the membership';
		expect(ranker.rank(message)).toEqual(createRanker(templates, many).rank(message));
	});

	it('stops when cancelled', async () => {
		const controller = new AbortController();
		const building = createRankerInBackground(templates, history, controller.signal);
		controller.abort();
		await expect(building).rejects.toThrow(/cancelled/);
	});
});
