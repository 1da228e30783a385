import {describe, expect, it} from 'vitest';
import {contentWeight, partWeights, readThread} from '../../source/ranking/thread-reading.js';

describe('reading a thread', () => {
	it('weighs the real question over a follow-up and a thank-you', () => {
		const read = readThread({
			messages: [
				{kind: 'customer', body: 'Hi,\nmy Python SDK throws a KeyError on list_orders since 2.5.0.\nThanks,\nAda'},
				{kind: 'customer', body: 'Any news?'},
				{kind: 'customer', body: 'thanks'},
			],
		});
		expect(read.parts.map(part => part.weight)).toEqual([partWeights.question, partWeights.glue, partWeights.glue]);
		expect(read.parts[0]!.text).toBe('my Python SDK throws a KeyError on list_orders since 2.5.0.');
		expect(read.text).toBe('my Python SDK throws a KeyError on list_orders since 2.5.0.');
	});

	it('adds the subject at a lower weight and keeps the tags and channel', () => {
		const read = readThread({subject: 'Return policy question: MacBook Pro', tags: ['pre-sale'], channel: 'chat', messages: [{kind: 'customer', body: 'Can I return it within 30 days if it does not fit my needs?'}]});
		expect(read.parts[0]).toEqual({text: 'Return policy question: MacBook Pro', weight: partWeights.subject});
		expect(read.parts.at(-1)).toEqual({text: 'pre sale', weight: partWeights.tags});
		expect(read.tags).toEqual(['pre-sale']);
		expect(read.channel).toBe('chat');
	});

	it('after an agent answered, a new question outweighs the answered one; a bot reply answers nothing', () => {
		const answered = readThread({
			messages: [
				{kind: 'customer', body: 'Where is my parcel for order NW-22?'},
				{kind: 'agent', body: 'It ships tomorrow.'},
				{kind: 'customer', body: 'Also I was charged twice for the same order, please refund one charge'},
			],
		});
		expect(answered.parts.map(part => part.weight)).toEqual([partWeights.question * partWeights.answered, partWeights.question]);
		const handover = readThread({messages: [{kind: 'customer', body: 'Where is my parcel for order NW-22?'}, {kind: 'bot', body: 'Connecting you.'}, {kind: 'customer', body: 'Also I was charged twice for the same order'}]});
		expect(handover.parts.map(part => part.weight)).toEqual([partWeights.question, partWeights.question]);
	});

	it('a thread of nothing but glue is still read, thinly; no customer message gives no parts', () => {
		expect(readThread({messages: [{kind: 'customer', body: 'hello?'}, {kind: 'customer', body: 'agent'}]}).parts.map(part => part.weight)).toEqual([partWeights.thin, partWeights.thin]);
		expect(readThread({subject: 'Refund please', messages: [{kind: 'agent', body: 'Hi!'}]}).parts).toEqual([]);
	});

	it('counts meaningful words in four languages', () => {
		expect(contentWeight('Any news?')).toBe(partWeights.glue);
		expect(contentWeight('Gibt es Neuigkeiten?')).toBe(partWeights.glue);
		expect(contentWeight('Du nouveau ?')).toBe(partWeights.glue);
		expect(contentWeight('¿Alguna novedad?')).toBe(partWeights.glue);
		expect(contentWeight('parcel still missing')).toBe(partWeights.thin);
		expect(contentWeight('parcel arrived damaged box')).toBe(partWeights.question);
	});
});
