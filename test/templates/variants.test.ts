import {describe, expect, it} from 'vitest';
import {normaliseLanguage} from '../../source/templates/template-schema.js';
import {chooseVariant, findTemplate, templatesForLanguage} from '../../source/templates/variants.js';

const variants = [
	{id: 'refund', language: 'de'},
	{id: 'refund', language: 'en'},
	{id: 'refund', language: 'fr'},
	{id: 'refund', language: 'pt-BR'},
];

describe('chooseVariant', () => {
	it("takes the conversation's language first", () => {
		expect(chooseVariant(variants, 'fr')?.language).toBe('fr');
		expect(chooseVariant(variants, 'pt-BR')?.language).toBe('pt-BR');
	});

	it('then the same base language in either direction', () => {
		expect(chooseVariant(variants, 'de-CH')?.language).toBe('de');
		expect(chooseVariant(variants, 'pt')?.language).toBe('pt-BR');
	});

	it('then English, then any variant', () => {
		expect(chooseVariant(variants, 'ja')?.language).toBe('en');
		expect(chooseVariant(variants, null)?.language).toBe('en');
		expect(chooseVariant([{language: 'es'}, {language: 'it'}], 'ja')?.language).toBe('es');
		expect(chooseVariant([{language: 'en-GB'}, {language: 'it'}], 'ja')?.language).toBe('en-GB');
		expect(chooseVariant([], 'en')).toBeUndefined();
	});
});

describe('templatesForLanguage and findTemplate', () => {
	const templates = [...variants, {id: 'welcome', language: 'en'}];

	it('keeps one variant per id', () => {
		expect(templatesForLanguage(templates, 'de')).toEqual([
			{id: 'refund', language: 'de'},
			{id: 'welcome', language: 'en'},
		]);
	});

	it('finds by id, ignoring case when nothing matches exactly', () => {
		expect(findTemplate(templates, 'REFUND', 'fr')).toEqual({id: 'refund', language: 'fr'});
		expect(findTemplate(templates, 'missing')).toBeUndefined();
	});
});

describe('normaliseLanguage', () => {
	it('spells language tags one way', () => {
		expect(['en', 'DE', 'pt-br', 'zh-hant-tw', 'es-419', 'sr-Latn-RS'].map(normaliseLanguage)).toEqual(['en', 'de', 'pt-BR', 'zh-Hant-TW', 'es-419', 'sr-Latn-RS']);
	});
});
