// Where a target stands: at risk before it breaches, breached after, met or missed once the clock stopped.
import {describe, expect, it} from 'vitest';
import {createBusinessClock} from '../../../source/domain/service-targets/business-clock.js';
import {defaultServiceTargets} from '../../../source/domain/service-targets/service-targets.js';
import {evaluateTargets} from '../../../source/domain/service-targets/target-status.js';

const minute = 60_000;
const hour = 60 * minute;
const targets = defaultServiceTargets();
const clock = createBusinessClock(targets.coverage);
const createdAt = Date.parse('2026-03-02T09:00:00Z');
const email = {channel: 'email', priority: 'normal', status: 'open', createdAt, firstResponseAt: null, closedAt: null, updatedAt: createdAt} as const;

describe('service-target status', () => {
	it('flags an email first response that breaches within the hour before it breaches, and breached after', () => {
		const before = evaluateTargets(email, targets, clock, createdAt + 23 * hour + 10 * minute);
		expect(before.firstResponse).toMatchObject({state: 'at_risk', left: 50 * minute, dueAt: createdAt + 24 * hour});
		expect(before).toMatchObject({atRisk: true, breached: false});
		expect(before.next?.kind).toBe('firstResponse');
		const after = evaluateTargets(email, targets, clock, createdAt + 24 * hour + 5 * minute);
		expect(after.firstResponse).toMatchObject({state: 'breached', left: -5 * minute});
		expect(after).toMatchObject({breached: true, risk: 100});
	});

	it('is on track early, and at risk from 75% of a target', () => {
		expect(evaluateTargets(email, targets, clock, createdAt + 2 * hour).firstResponse.state).toBe('on_track');
		expect(evaluateTargets(email, targets, clock, createdAt + 18 * hour).firstResponse.state).toBe('at_risk');
		const social = {...email, channel: 'social'} as const;
		expect(evaluateTargets(social, targets, clock, createdAt + 10 * minute).firstResponse.state).toBe('on_track');
		expect(evaluateTargets(social, targets, clock, createdAt + 46 * minute).firstResponse.state).toBe('at_risk');
	});

	it('tightens targets for urgent conversations', () => {
		const urgent = evaluateTargets({...email, priority: 'urgent'}, targets, clock, createdAt);
		expect(urgent.firstResponse.target).toBe(6 * hour);
		expect(evaluateTargets({...email, channel: 'chat'}, targets, clock, createdAt).firstResponse.target).toBe(5 * minute);
	});

	it('stops the clock at the first reply and at closing: met or missed', () => {
		const answered = evaluateTargets({...email, firstResponseAt: createdAt + 2 * hour}, targets, clock, createdAt + 30 * hour);
		expect(answered.firstResponse).toMatchObject({state: 'met', stoppedAt: createdAt + 2 * hour});
		const closed = evaluateTargets({...email, status: 'closed', closedAt: createdAt + 80 * hour, firstResponseAt: createdAt + hour}, targets, clock, createdAt + 90 * hour);
		expect(closed.resolution).toMatchObject({state: 'missed', left: -8 * hour});
		expect(closed).toMatchObject({next: null, risk: 0, atRisk: false, breached: false});
	});

	it('counts only covered hours when the team works business hours', () => {
		const weekdays = [[], ...Array.from({length: 5}, () => [{start: 540, end: 1020}]), []];
		const business = {...targets, coverage: {timezone: 'UTC', weekly: weekdays, holidays: []}};
		const friday = Date.parse('2026-03-06T16:30:00Z');
		const conversation = {...email, channel: 'social', createdAt: friday, updatedAt: friday} as const;
		const businessClock = createBusinessClock(business.coverage);
		const saturday = evaluateTargets(conversation, business, businessClock, Date.parse('2026-03-07T12:00:00Z'));
		expect(saturday.firstResponse).toMatchObject({state: 'on_track', elapsed: 30 * minute, dueAt: Date.parse('2026-03-09T09:30:00Z')});
		const monday = evaluateTargets(conversation, business, businessClock, Date.parse('2026-03-09T09:20:00Z'));
		expect(monday.firstResponse).toMatchObject({state: 'at_risk', elapsed: 50 * minute, left: 10 * minute});
		const later = evaluateTargets(conversation, business, businessClock, Date.parse('2026-03-09T09:40:00Z'));
		expect(later.firstResponse).toMatchObject({state: 'breached', left: -10 * minute});
	});
});
