// Customer effort: repairs and diagnosis, undelivered purchases, back-and-forth, repeats, channel hopping, waiting.
import {shortDuration} from '../../presenters/time.js';
import {hit, type Facts} from '../facts.js';
import {waitBands} from '../score-expiry.js';
import type {AxisScore, Signal} from '../types.js';
import {axisScore} from './axis.js';

export type EffortContext = {
	waitingSince: number | null;
	now: number;
	/** Other conversations of the same customer, when the caller knows them. */
	otherContacts: number;
};

export function scoreEffort(facts: Facts, context: EffortContext): AxisScore {
	const signals: Signal[] = [];
	const add = (id: string, label: string, weight: number, evidence: string) => signals.push({id, label, weight, evidence});
	const repair = hit(facts, 'repair');
	const technical = hit(facts, 'technical');
	if (repair) add('repair', 'Needs a repair or a full diagnosis', 30, `"${repair}"`);
	else if (technical) add('troubleshooting', 'Needs troubleshooting steps', 20, `"${technical}"`);
	const missing = hit(facts, 'notDelivered');
	if (missing) {
		add('not-delivered', 'Something bought or promised has not arrived or does not work yet', 30, `"${missing}"`);
		const bought = hit(facts, 'purchaseContext');
		if (bought) add('undelivered-after-purchase', 'Missing after purchase: only an agent can put it right', 35, `"${bought}"`);
	}
	if (facts.elapsedMention) add('waited-days', 'Has been at it for days by their own account', 10, `"${facts.elapsedMention}"`);
	if (facts.customerMessages >= 3) {
		add('back-and-forth', 'Many messages back and forth', Math.min(30, (facts.customerMessages - 2) * 8), `${facts.customerMessages} customer messages, ${facts.replies} replies`);
	}
	const repeat = hit(facts, 'repeat');
	if (repeat) add('repeat-contact', 'Has asked about this before', 20, `"${repeat}"`);
	if (context.otherContacts > 0) {
		add('other-conversations', 'Other open conversations from the same customer', Math.min(30, context.otherContacts * 15), `${context.otherContacts} more`);
	}
	const switches = facts.channelPath.length - 1;
	if (switches > 0) add('channel-switch', 'Switched channels to get an answer', Math.min(30, switches * 15), facts.channelPath.join(' -> '));
	if (context.waitingSince !== null) {
		const waited = context.now - context.waitingSince;
		if (waited >= waitBands.day) add('long-wait', 'Waiting more than a day for our answer', 20, `waiting ${shortDuration(waited)}`);
		else if (waited >= waitBands.hours) add('wait', 'Waiting hours for our answer', 10, `waiting ${shortDuration(waited)}`);
	}
	if (signals.length > 0 && hit(facts, 'howTo') && !repair && !missing) {
		add('self-serve', 'Clear steps exist: they can do it alone', -10, `"${hit(facts, 'howTo')}"`);
	}
	return axisScore(signals, {
		id: 'baseline',
		label: 'Easy for the customer: nothing to repair, chase or repeat',
		weight: 10,
		evidence: 'no effort signal fired',
	});
}
