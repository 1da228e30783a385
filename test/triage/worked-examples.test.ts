// DOMAIN.md section 4: the article's three examples land where it puts them.
import {describe, expect, it} from 'vitest';
import {scoreConversation} from '../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {makeConversation, testNow} from '../helpers/conversations.js';

const config = defaultTriageConfig();
const score = (body: string, subject = 'Question') =>
	scoreConversation(makeConversation({id: 'x', subject, messages: [{kind: 'customer', body}]}), {now: testNow, config});

describe('the worked examples of the self-service strategy', () => {
	it('a remote-control how-to is low complexity, answerable by an article or a bot', () => {
		const triage = score('I need help programming my Fire Stick remote');
		expect(triage.complexity.level).toBe('low');
		expect(triage.complexity.signals.map(signal => signal.id)).toContain('how-to');
		expect(['article', 'chatbot']).toContain(triage.channels.primary);
		// "Fire Stick" is a product, not a fire: no safety risk, so a bot may answer.
		expect(triage.severity.level).toBe('low');
		expect(triage.humanOnly.flag).toBe(false);
	});

	it('a return-policy question before a purchase is high severity', () => {
		const triage = score('What is your return policy for the MacBook Pro?');
		expect(triage.severity.level).toBe('high');
		expect(triage.severity.signals).toContainEqual(expect.objectContaining({id: 'purchase-decision', evidence: '"return policy"'}));
	});

	it('a free service still missing two days after purchase is high effort', () => {
		const triage = score('Two days after purchase my phone still has no free antivirus');
		expect(triage.effort.level).toBe('high');
		expect(triage.effort.signals.map(signal => signal.id)).toEqual(expect.arrayContaining(['not-delivered', 'undelivered-after-purchase']));
	});
});
