// The faults every faulty back end shares, seeded: busy 5xx, 429 with Retry-After, resets before and after a write
// is applied, an error or truncated JSON after it, a body that never ends, a write that hangs (for kill -9 tests).
import type {ServerResponse} from 'node:http';
import {sendJson, type RecordedRequest} from './loopback-server.js';

export const writeFaults = ['none', 'none', 'none', 'none', 'busy', 'rate-limited', 'reset-before', 'reset-after', 'error-after', 'truncated-after', 'slow-after'] as const;
export type WriteFault = (typeof writeFaults)[number] | 'hang-before' | 'hang-after';

/** What the back end answers once a write is applied. */
export type Applied = {status?: number; body: unknown; headers?: Record<string, string>};

export type FaultyDeskOptions = {
	random: () => number;
	/** Answers a request that is not a write (or a write the desk does not fault). */
	read(request: RecordedRequest, response: ServerResponse): void;
	/** Applies a reply or note and says what the back end answers. */
	apply(request: RecordedRequest): Applied;
	/** Which requests are the faulted writes; the rest go to read. */
	isWrite(request: RecordedRequest): boolean;
	onWrite?: () => void;
};

export type FaultyDesk = {
	handle(request: RecordedRequest, response: ServerResponse): void;
	/** From now on nothing fails. */
	heal(): void;
	/** The next write's fault, when a test chooses it. */
	force(fault: WriteFault): void;
	/** An outage: while on, every write is answered 503 before it is applied. */
	outage(on: boolean): void;
	/** How many writes reached the desk (retries included). */
	readonly writes: number;
	/** Draws a read fault: true when the read was answered with a 503. */
	readFails(response: ServerResponse): boolean;
	readonly healed: boolean;
};

/** A faulty desk that can count what it holds: how many times a reply's or note's text was applied. */
export type CountingDesk = FaultyDesk & {copies(body: string): number};

export function faultyDesk(options: FaultyDeskOptions): FaultyDesk {
	const {random} = options;
	let healed = false;
	let forced: WriteFault | null = null;
	let down = false;
	let writes = 0;
	const readFails = (response: ServerResponse) => {
		if (healed || random() >= 0.08) return false;
		sendJson(response, 503, {error: 'ServiceUnavailable'});
		return true;
	};
	const write = (request: RecordedRequest, response: ServerResponse) => {
		options.onWrite?.();
		writes++;
		const fault: WriteFault = down ? 'busy' : (forced ?? (healed ? 'none' : writeFaults[Math.floor(random() * writeFaults.length)]!));
		forced = null;
		const applied = () => options.apply(request);
		switch (fault) {
			case 'busy':
				return sendJson(response, 503, {error: 'ServiceUnavailable'});
			case 'rate-limited':
				return sendJson(response, 429, {error: 'RateLimited'}, {'retry-after': '3'});
			case 'reset-before':
				return response.socket?.destroy();
			case 'reset-after':
				applied();
				return response.socket?.destroy();
			case 'error-after':
				applied();
				return sendJson(response, 502, {error: 'BadGateway'});
			case 'truncated-after': {
				const {status = 200, body, headers} = applied();
				const text = JSON.stringify(body);
				response.writeHead(status, {'content-type': 'application/json', ...headers});
				return response.end(text.slice(0, Math.floor(text.length / 2)));
			}
			case 'slow-after': {
				const {status = 200, body, headers} = applied();
				response.writeHead(status, {'content-type': 'application/json', ...headers});
				return response.write(JSON.stringify(body).slice(0, 8));
			}
			case 'hang-before':
				return;
			case 'hang-after':
				applied();
				return;
			case 'none': {
				const {status = 200, body, headers} = applied();
				return sendJson(response, status, body, headers);
			}
		}
	};
	return {
		handle: (request, response) => (options.isWrite(request) ? write(request, response) : readFails(response) || options.read(request, response)),
		heal: () => (healed = true),
		force: fault => (forced = fault),
		outage: on => (down = on),
		readFails,
		get healed() {
			return healed;
		},
		get writes() {
			return writes;
		},
	};
}
