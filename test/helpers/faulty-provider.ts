// A back end that fails on purpose, seeded: replies and notes fail before or after being applied (5xx, 429 with
// Retry-After, resets, unreadable answers), reads fail now and then. The errors are the ones the HTTP client raises.
import {DeskError} from '../../source/domain/errors.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import type {MemoryProvider} from './memory-provider.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export type Fault = 'none' | 'refused' | 'rate-limited' | 'busy' | 'reset-after' | 'timeout-after' | 'error-after' | 'garbled-after' | 'invalid';

/** Before the write is applied: the back end has nothing. After: it has the message, the caller does not know. */
export const faultsBefore: readonly Fault[] = ['refused', 'rate-limited', 'busy'];
export const faultsAfter: readonly Fault[] = ['reset-after', 'timeout-after', 'error-after', 'garbled-after'];

export function faultError(fault: Fault): DeskError {
	switch (fault) {
		case 'refused':
			return new DeskError('unavailable', 'cannot reach test desk at http://127.0.0.1:1 (ECONNREFUSED): check the URL and the network', {retryable: true});
		case 'rate-limited':
			return new DeskError('rate_limited', 'rate limited by test desk (HTTP 429): try again in 7 s', {status: 429, retryAfter: 7});
		case 'busy':
			return new DeskError('unavailable', 'test desk is unavailable (HTTP 503)', {status: 503, retryable: true});
		case 'reset-after':
			return new DeskError('unavailable', 'cannot reach test desk (ECONNRESET); POST may have been carried out, check before trying again', {retryable: false});
		case 'timeout-after':
			return new DeskError('unavailable', 'test desk did not answer POST within 30 s; POST may have been carried out, check before trying again', {retryable: false});
		case 'error-after':
			return new DeskError('unavailable', 'test desk failed on POST (HTTP 502): it may have been carried out, check before trying again', {status: 502, retryable: false});
		case 'garbled-after':
			return new DeskError('invalid_response', 'test desk sent a response that is not valid JSON (HTTP 200)', {status: 200});
		case 'invalid':
			return new DeskError('usage', 'test desk rejected POST (HTTP 422: body is too long)', {status: 422});
		case 'none':
			throw new Error('no fault to raise');
	}
}

export type FaultPlan = {writes: () => Fault; reads: () => boolean};

/** Half the writes fail (a quarter before, a quarter after being applied), one read in ten fails. */
export function seededPlan(random: () => number, rates = {before: 0.25, after: 0.25, read: 0.1}): FaultPlan {
	const pick = (list: readonly Fault[]) => list[Math.floor(random() * list.length)]!;
	return {
		writes() {
			const roll = random();
			if (roll < rates.before) return pick(faultsBefore);
			if (roll < rates.before + rates.after) return pick(faultsAfter);
			return 'none';
		},
		reads: () => random() < rates.read,
	};
}

export function faultyProvider(inner: MemoryProvider, plan: FaultPlan): HelpdeskProvider {
	const write = (method: 'reply' | 'addNote'): HelpdeskProvider['reply'] =>
		async (id, input) => {
			const fault = plan.writes();
			if (fault === 'none') return inner[method](id, input);
			if (faultsAfter.includes(fault)) await inner[method](id, input);
			throw faultError(fault);
		};
	return {
		...inner,
		async getConversation(id) {
			if (plan.reads()) throw new DeskError('unavailable', 'test desk is unavailable (HTTP 503 on GET)', {status: 503, retryable: true});
			return inner.getConversation(id);
		},
		reply: write('reply'),
		addNote: write('addNote'),
	};
}
