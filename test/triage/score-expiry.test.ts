// When a kept score stops being true with the clock alone, and the one aging rule the queue and the dashboard share.
import {describe, expect, it} from 'vitest';
import {gatherFacts} from '../../source/triage/facts.js';
import {scoreEffort} from '../../source/triage/axes/effort.js';
import {levelsExpireAt, scoreAged, waitBands} from '../../source/triage/score-expiry.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {makeConversation, testNow} from '../helpers/conversations.js';

const hour = 3_600_000;

describe('levelsExpireAt', () => {
	it('is the next wait band the customer’s wait enters, and Infinity past the last one or when nobody waits', () => {
		const since = testNow - hour;
		expect(levelsExpireAt(since, testNow)).toBe(since + 4 * hour);
		expect(levelsExpireAt(since, since + 4 * hour)).toBe(since + 24 * hour);
		expect(levelsExpireAt(since, since + 24 * hour)).toBe(Number.POSITIVE_INFINITY);
		expect(levelsExpireAt(null, testNow)).toBe(Number.POSITIVE_INFINITY);
	});

	it('names exactly the times at which effort changes with the clock alone', () => {
		const waitingSince = testNow - 30 * 60_000;
		const conversation = makeConversation({id: '1', messages: [{kind: 'customer', body: 'The export button does nothing', createdAt: waitingSince}]});
		const facts = gatherFacts(conversation, defaultTriageConfig());
		const effortAt = (now: number) => scoreEffort(facts, {waitingSince, now, otherContacts: 0}).signals.map(signal => signal.id).join(',');
		let at = testNow;
		const changes: number[] = [];
		for (let step = 0; step < 4; step++) {
			const next = levelsExpireAt(waitingSince, at);
			if (!Number.isFinite(next)) break;
			// Just before the expiry the score stands; at it, effort moves.
			expect(effortAt(next - 1)).toBe(effortAt(at));
			expect(effortAt(next)).not.toBe(effortAt(at));
			changes.push(next - waitingSince);
			at = next;
		}
		expect(changes).toEqual([waitBands.hours, waitBands.day]);
		expect(effortAt(at + 30 * 24 * hour)).toBe(effortAt(at));
	});
});

describe('scoreAged', () => {
	it('ages a score at its expiry or past the maximum age, whichever comes first', () => {
		expect(scoreAged(testNow, testNow + hour, testNow + hour - 1, Number.POSITIVE_INFINITY)).toBe(false);
		expect(scoreAged(testNow, testNow + hour, testNow + hour, Number.POSITIVE_INFINITY)).toBe(true);
		expect(scoreAged(testNow, Number.POSITIVE_INFINITY, testNow + 5 * 60_000, 5 * 60_000)).toBe(false);
		expect(scoreAged(testNow, Number.POSITIVE_INFINITY, testNow + 5 * 60_000 + 1, 5 * 60_000)).toBe(true);
		expect(scoreAged(testNow, Number.POSITIVE_INFINITY, testNow + 365 * 24 * hour, Number.POSITIVE_INFINITY)).toBe(false);
	});
});
