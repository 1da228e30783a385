// The shipped starter library: enough templates, well tagged, in several languages, and all of them fill cleanly.
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lintTemplates} from '../../source/templates/lint-templates.js';
import {loadTemplates} from '../../source/templates/load-templates.js';
import {placeholderValues} from '../../source/templates/placeholder-values.js';
import {fillTemplate} from '../../source/templates/placeholders.js';
import {makeCustomer} from '../helpers/conversations.js';

const library = fileURLToPath(new URL('../../templates', import.meta.url));

describe('the starter library', async () => {
	const {templates, problems} = await loadTemplates([library]);
	const ids = new Set(templates.map(template => template.id));

	it('loads without a single problem, lint included', () => {
		expect(problems).toEqual([]);
		expect(lintTemplates(templates)).toEqual([]);
	});

	it('covers 30+ topics of a SaaS support team', () => {
		expect(ids.size).toBeGreaterThanOrEqual(30);
		for (const id of ['refund-approved', 'refund-denied-policy', 'duplicate-charge', 'cancellation-retention', 'password-reset-verify-identity', 'two-factor-lost-device', 'order-tracking', 'escalation-engineering', 'webhook-failures', 'data-export-gdpr', 'outage-status', 'csat-follow-up']) {
			expect(ids).toContain(id);
		}
	});

	it('has German, French and Spanish variants, each with an English one to fall back to', () => {
		const languages = new Set(templates.map(template => template.language));
		for (const language of ['de', 'fr', 'es']) expect(languages).toContain(language);
		for (const variant of templates.filter(template => template.language !== 'en')) {
			expect(templates.some(template => template.id === variant.id && template.language === 'en')).toBe(true);
		}
	});

	it('tags every template well, and uses shortcuts, actions, personal visibility and human_only', () => {
		for (const template of templates) expect(template.tags.length, template.id).toBeGreaterThanOrEqual(3);
		expect(templates.filter(template => template.shortcut).length).toBeGreaterThan(15);
		expect(templates.filter(template => Object.keys(template.actions).length > 0).length).toBeGreaterThan(10);
		expect(templates.filter(template => template.visibility === 'personal').length).toBeGreaterThanOrEqual(2);
		const humanOnly = templates.filter(template => template.humanOnly).map(template => template.id);
		for (const id of ['cancellation-retention', 'password-reset-verify-identity', 'refund-denied-policy']) expect(humanOnly).toContain(id);
	});

	it('fills with a known customer and agent, leaving only fields the agent must write', () => {
		const values = placeholderValues({
			customer: makeCustomer({name: 'Ada Lovelace'}),
			agent: {name: 'Sam Carter', email: 'sam@example.com'},
			conversation: {id: '1042', subject: 'Hello', channel: 'email'},
		});
		for (const template of templates) {
			const {text, unfilled} = fillTemplate(template.body, values);
			expect(unfilled.every(field => !field.key.includes('.')), `${template.id}: ${unfilled.map(field => field.key).join(', ')}`).toBe(true);
			expect(text, template.id).toMatch(/Sam/);
		}
	});

	it('greets sensibly when the customer has no name', () => {
		const values = placeholderValues({customer: makeCustomer({name: ''}), agent: {name: 'Sam Carter', email: 'sam@example.com'}});
		for (const template of templates) {
			const first = fillTemplate(template.body, values).text.split('\n')[0] ?? '';
			expect(first, template.id).not.toMatch(/\s[,:]$|\{\{/);
		}
	});
});
