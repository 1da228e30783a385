// The demo desk's labels: every conversation has one, naming templates that exist, the same for the same seed.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {generateDemoDesk} from '../../../source/providers/local/demo/generate-desk.js';
import {demoLabels} from '../../../source/providers/local/demo/demo-labels.js';
import {triageBands} from '../../../source/providers/local/demo/label-table.js';
import {loadTemplates} from '../../../source/templates/load-templates.js';
import {seededAt} from './local-desk.js';

const options = {now: seededAt, conversations: 200};
const labels = demoLabels(options);
const desk = generateDemoDesk(options);
const conversations = [...desk.conversations];

describe('demo desk labels', () => {
	it('label every conversation in id order with its status and language', () => {
		expect(labels).toHaveLength(conversations.length);
		labels.forEach((label, index) => {
			expect(label.conversationId).toBe(String(index + 1));
			expect(label.status).toBe(conversations[index]!.status);
			expect(label.language).toBe(desk.customers[conversations[index]!.customerId - 1]!.language);
			expect(triageBands).toContain(label.triageBand);
			expect(label.expectedTemplates.length).toBeGreaterThan(0);
		});
		expect(labels.filter(label => label.showcase).length).toBeGreaterThan(5);
	});

	it('name only templates the product ships', async () => {
		const {templates} = await loadTemplates([join(import.meta.dirname, '..', '..', '..', 'templates')]);
		const ids = new Set(templates.map(template => template.id));
		for (const label of labels) for (const id of label.expectedTemplates) expect(ids.has(id), `${label.conversationId}: ${id}`).toBe(true);
	});

	it('pin the showcase stories issue 11 names, and are the same for the same seed', () => {
		const bySubject = (subject: string) => labels[conversations.findIndex(each => each.subject === subject)]!;
		expect(bySubject('Python SDK 2.5.0: KeyError on list_orders').expectedTemplates[0]).toBe('sdk-errors');
		expect(bySubject('CANCEL my membership').expectedTemplates[0]).toBe('cancellation-retention');
		expect(bySubject('Return policy question: MacBook Pro').expectedTemplates[0]).toBe('return-policy');
		expect(demoLabels(options)).toEqual(labels);
	});
});
