import {describe, expect, it} from 'vitest';
import {charGrams, matchKey, stem, stripPlaceholders, words} from '../../source/ranking/tokenize.js';

describe('words', () => {
	it('lower-cases and keeps letters and digits of any script', () => {
		expect(words('Order #1042 — Straße, café!')).toEqual(['order', '1042', 'straße', 'café']);
	});

	it('spells out negations so they meet a template that says "not"', () => {
		expect(words("My card doesn't work and I can't log in")).toEqual(['my', 'card', 'does', 'not', 'work', 'and', 'i', 'can', 'not', 'log', 'in']);
		expect(words('It won’t load, it hasnt arrived')).toEqual(['it', 'will', 'not', 'load', 'it', 'has', 'not', 'arrived']);
	});

	it('joins other apostrophes instead of splitting the word', () => {
		expect(words("I'm at the customer's office")).toEqual(['im', 'at', 'the', 'customers', 'office']);
	});
});

describe('stem and matchKey', () => {
	it('strips plural and verb endings', () => {
		expect(['refunds', 'refunded', 'refunding', 'deliveries', 'address'].map(stem)).toEqual(['refund', 'refund', 'refund', 'delivery', 'address']);
	});

	it('lets words with one root share a key', () => {
		expect(matchKey('activation')).toBe(matchKey('activate'));
		expect(matchKey('activating')).toBe(matchKey('activated'));
		expect(matchKey('card')).not.toBe(matchKey('cash'));
	});
});

describe('charGrams and placeholders', () => {
	it('cuts n-grams inside each space-padded word', () => {
		expect(charGrams(['ab'], 2, 3)).toEqual([' a', 'ab', 'b ', ' ab', 'ab ']);
	});

	it('removes {{placeholders}} from a body', () => {
		expect(words(stripPlaceholders('Hi {{customer.first_name | there}}, thanks'))).toEqual(['hi', 'thanks']);
	});
});
