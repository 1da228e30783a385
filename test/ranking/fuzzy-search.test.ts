import {beforeAll, describe, expect, it} from 'vitest';
import {createFuzzyIndex, type FuzzyIndex} from '../../source/ranking/fuzzy-search.js';
import {fixtureTemplates} from './ranking-fixtures.js';

let index: FuzzyIndex;

beforeAll(async () => {
	const templates = await fixtureTemplates();
	// A second template whose title starts like a shortcut: the shortcut must still win.
	index = createFuzzyIndex([...templates, {id: 'refund_policy', title: 'Refund policy explained', tags: ['refund', 'policy'], body: 'Our refund policy.', shortcut: 'policy'}]);
});

const ids = (query: string, limit = 5) => index.search(query, limit).map(hit => hit.templateId);

describe('fuzzy / search', () => {
	it('puts an exact shortcut first, then shortcuts it starts', () => {
		expect(index.search('/refund')[0]).toEqual({templateId: 'refund_request', score: 1, matchedIn: 'shortcut'});
		expect(ids('/inv', 1)).toEqual(['invoice_copy']);
		expect(ids('/pw', 1)).toEqual(['password_reset']);
	});

	it('finds by title and tags while a word is still being typed', () => {
		expect(ids('/pass', 1)).toEqual(['password_reset']);
		expect(ids('/cancel subsc', 1)).toEqual(['cancel_subscription']);
		expect(index.search('/trackin')[0]).toMatchObject({templateId: 'shipping_delay', matchedIn: 'tags'});
	});

	it('finds words that only the body holds', () => {
		expect(index.search('/courier')[0]).toMatchObject({templateId: 'shipping_delay', matchedIn: 'body'});
	});

	it('tolerates a typo: a swapped, missing, extra or wrong letter', () => {
		expect(ids('/pasword', 1)).toEqual(['password_reset']);
		expect(ids('/invocie', 1)).toEqual(['invoice_copy']);
		expect(ids('/cancle', 1)).toEqual(['cancel_subscription']);
		expect(ids('/shippping', 1)).toEqual(['shipping_delay']);
		expect(ids('/engineors', 1)).toEqual(['bug_report']);
	});

	it('ranks templates matching every word above those matching some', () => {
		expect(ids('/refund policy', 1)).toEqual(['refund_policy']);
	});

	it('returns nothing for an empty query or no match, and honours the limit', () => {
		expect(index.search('/')).toEqual([]);
		expect(index.search('   ')).toEqual([]);
		expect(index.search('/zzzzqx')).toEqual([]);
		expect(index.search('/e', 2).length).toBeLessThanOrEqual(2);
	});

	it('scores between 0 and 1, best first', () => {
		const hits = index.search('/refund', 10);
		expect(hits.length).toBeGreaterThan(1);
		for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
		expect(hits.every((hit, position) => position === 0 || hit.score <= hits[position - 1]!.score)).toBe(true);
	});
});
