import {describe, expect, it} from 'vitest';
import {actionSteps, checkTemplateUse, mergeTemplateActions, templatesInReply, type InsertedTemplate} from '../../source/operations/template-use.js';
import {noCapabilities} from '../../source/providers/provider.js';

const refund: InsertedTemplate = {
	id: 'refund',
	title: 'Refund approved',
	text: "Hi Ada,\n\nI've refunded {{refund_amount}} to your card. It shows up within 5 to 10 working days.\n\nDana",
	actions: {addTags: ['refund-issued'], status: 'pending'},
	humanOnly: false,
};

describe('whether a reply still carries a template', () => {
	it('counts filled fields and text around the template as unedited', () => {
		const reply = `Thanks for waiting.\n\n${refund.text.replace('{{refund_amount}}', '€20')}\n\nP.S. Sorry again!`;
		expect(checkTemplateUse(reply, refund)).toEqual({used: true, edited: false});
		expect(checkTemplateUse(`${refund.text}   \r\n`, refund)).toEqual({used: true, edited: false});
	});

	it('counts a change inside the template as an edit, and a template mostly gone as unused', () => {
		const changed = refund.text.replace('{{refund_amount}}', '€20').replace('5 to 10', '3 to 5');
		expect(checkTemplateUse(changed, refund)).toEqual({used: true, edited: true});
		expect(checkTemplateUse('Hi Ada, I will look into this today.\n\nDana', refund)).toEqual({used: false, edited: true});
		// An empty field is not a value: the marker itself does not count as filled text.
		expect(checkTemplateUse(refund.text.replace('{{refund_amount}}', ''), refund).edited).toBe(true);
	});

	it('lists each template once, the first insertion deciding, and skips the ones taken out', () => {
		const other: InsertedTemplate = {...refund, id: 'export', text: 'Go to Settings, then Export, and choose the format you need.'};
		const used = templatesInReply(`${refund.text.replace('{{refund_amount}}', '$5')}`, [refund, other, refund]);
		expect(used.map(template => [template.id, template.edited])).toEqual([['refund', false]]);
	});
});

describe('template actions', () => {
	it('merges several templates: later ones win for status, assignee and priority, tags add up', () => {
		const merged = mergeTemplateActions([
			{actions: {status: 'snoozed', snoozeFor: '3d', addTags: ['a', 'b'], priority: 'high'}},
			{actions: {status: 'pending', removeTags: ['b'], assign: 'Billing'}},
			{actions: {addTags: ['c']}},
		]);
		expect(merged).toEqual({status: 'pending', assign: 'Billing', priority: 'high', addTags: ['a', 'c'], removeTags: ['b']});
	});

	it('describes the steps in the order they run, flagging what the desk cannot do', () => {
		const steps = actionSteps({status: 'snoozed', snoozeFor: '1d', addTags: ['x'], removeTags: ['y'], assign: 'me', priority: 'low'}, {...noCapabilities, tags: true, statuses: ['open']});
		expect(steps).toEqual([
			{kind: 'tags', text: '+x -y', supported: true},
			{kind: 'priority', text: 'priority low', supported: false},
			{kind: 'assign', text: 'assign me', supported: false},
			{kind: 'status', text: 'snooze for 1d', supported: false},
		]);
		expect(actionSteps({})).toEqual([]);
	});
});
