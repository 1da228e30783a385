import {describe, expect, it} from 'vitest';
import {parseTemplate} from '../../source/templates/parse-template.js';
import {serializeTemplate, templateFileName} from '../../source/templates/serialize-template.js';
import type {Template} from '../../source/templates/template.js';

const full: Template = {
	id: 'cancel-retention',
	title: 'Cancellation: before you go',
	tags: ['billing', 'cancellation', 'retention offer'],
	shortcut: 'cancel',
	language: 'de',
	channels: ['email', 'chat'],
	visibility: 'personal',
	actions: {status: 'snoozed', snoozeFor: '3d', addTags: ['retention'], removeTags: ['bot'], assign: 'billing', priority: 'high'},
	humanOnly: true,
	body: 'Hallo {{customer.first_name | zusammen}},\n\n# not a heading in YAML\n---\nstill body',
	source: null,
};

describe('serializeTemplate', () => {
	it('writes front matter that parses back to the same template', () => {
		const text = serializeTemplate(full);
		expect(text.startsWith('---\nid: cancel-retention\ntitle: "Cancellation: before you go"\ntags: [billing, cancellation, retention offer]\n')).toBe(true);
		expect(parseTemplate(text, 'x.md').template).toEqual({...full, source: {path: 'x.md', bodyLine: 18}});
	});

	it('leaves defaults out', () => {
		const minimal: Template = {...full, shortcut: null, language: 'en', channels: [], visibility: 'team', actions: {}, humanOnly: false, body: 'Hi'};
		expect(serializeTemplate(minimal)).toBe('---\nid: cancel-retention\ntitle: "Cancellation: before you go"\ntags: [billing, cancellation, retention offer]\n---\nHi\n');
	});

	it('names files by id, with the language for variants other than English', () => {
		expect(templateFileName({id: 'refund', language: 'en'})).toBe('refund.md');
		expect(templateFileName({id: 'refund', language: 'pt-BR'})).toBe('refund.pt-BR.md');
	});
});
