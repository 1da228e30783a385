import {describe, expect, it} from 'vitest';
import {bigQueueRows, releaseDecision, releaseLimits, type ReleaseAsk} from '../../source/operations/memory-release-policy.js';

const mb = 1024 * 1024;
const limits = {quietMs: 1500, typingQuietMs: 2500, growthBytes: 16 * mb, growthEveryMs: 30_000};
const ask = (over: Partial<ReleaseAsk>): ReleaseAsk => ({working: false, rowsHere: 0, grownBytes: 0, idleMs: 10_000, sinceReleaseMs: 60_000, workEnded: false, ...over});

describe('releaseDecision', () => {
	it('releases after a big load or pass on this thread once no key came for the quiet time', () => {
		expect(releaseDecision(ask({rowsHere: bigQueueRows}), limits)).toEqual({kind: 'release', reason: 'big work here'});
		expect(releaseDecision(ask({rowsHere: bigQueueRows, idleMs: 400}), limits)).toEqual({kind: 'wait', ms: 1100});
	});

	it('does nothing while rows arrive or are scored', () => {
		expect(releaseDecision(ask({working: true, rowsHere: 80_000, grownBytes: 200 * mb}), limits)).toEqual({kind: 'none'});
	});

	it('leaves a small load or pass that did not grow this thread to V8', () => {
		expect(releaseDecision(ask({rowsHere: bigQueueRows - 1, grownBytes: 4 * mb}), limits)).toEqual({kind: 'none'});
		expect(releaseDecision(ask({rowsHere: 0, grownBytes: 15 * mb}), limits)).toEqual({kind: 'none'});
	});

	it('releases growth over a load or a pass that ended after the short quiet time', () => {
		expect(releaseDecision(ask({grownBytes: 16 * mb, workEnded: true, idleMs: 400, sinceReleaseMs: 5000}), limits)).toEqual({kind: 'wait', ms: 1100});
		expect(releaseDecision(ask({grownBytes: 16 * mb, workEnded: true, sinceReleaseMs: 5000}), limits)).toEqual({kind: 'release', reason: 'grown by work'});
		expect(releaseDecision(ask({grownBytes: 15 * mb, workEnded: true}), limits)).toEqual({kind: 'none'});
	});

	it('releases growth alone (typing) only after the longer quiet time', () => {
		expect(releaseDecision(ask({grownBytes: 16 * mb, idleMs: 2000}), limits)).toEqual({kind: 'wait', ms: 500});
		expect(releaseDecision(ask({grownBytes: 16 * mb, idleMs: 2500}), limits)).toEqual({kind: 'release', reason: 'grown'});
	});

	it('releases growth alone at most once in its interval, a big load whenever it ends', () => {
		expect(releaseDecision(ask({grownBytes: 40 * mb, sinceReleaseMs: 20_000}), limits)).toEqual({kind: 'wait', ms: 10_000});
		expect(releaseDecision(ask({grownBytes: 40 * mb, sinceReleaseMs: 29_000, idleMs: 1000}), limits)).toEqual({kind: 'wait', ms: 1500});
		expect(releaseDecision(ask({rowsHere: bigQueueRows, sinceReleaseMs: 2000}), limits)).toEqual({kind: 'release', reason: 'big work here'});
	});

	it('counts RSS that fell since the last release as no growth', () => {
		expect(releaseDecision(ask({grownBytes: -40 * mb}), limits)).toEqual({kind: 'none'});
	});

	it('uses the shipped limits by default', () => {
		expect(releaseDecision(ask({grownBytes: releaseLimits.growthBytes, idleMs: releaseLimits.typingQuietMs}))).toEqual({kind: 'release', reason: 'grown'});
		expect(releaseDecision(ask({grownBytes: releaseLimits.growthBytes - 1}))).toEqual({kind: 'none'});
	});
});
