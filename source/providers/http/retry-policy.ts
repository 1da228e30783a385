// When to try again and how long to wait: backoff with jitter, Retry-After and rate-limit headers.

/** How one header says when we may try again. */
export type RateLimitHeader = {
	name: string;
	/**
	 * seconds: a delay in seconds; http-date-or-seconds: Retry-After's two forms;
	 * reset: a unix timestamp (seconds or ms) or, when small, a delay in seconds.
	 */
	kind: 'seconds' | 'http-date-or-seconds' | 'reset';
};

/** Header families of the helpdesks deskterm speaks to, checked in this order (Retry-After wins). */
export const defaultRateLimitHeaders: readonly RateLimitHeader[] = [
	{name: 'retry-after', kind: 'http-date-or-seconds'},
	{name: 'x-ratelimit-retry-after', kind: 'seconds'},
	{name: 'x-rate-limit-retry-after', kind: 'seconds'},
	{name: 'ratelimit-reset', kind: 'seconds'},
	{name: 'x-ratelimit-reset', kind: 'reset'},
	{name: 'x-rate-limit-reset', kind: 'reset'},
];

const remainingHeaders = ['x-ratelimit-remaining', 'x-rate-limit-remaining', 'ratelimit-remaining'];

export type Wait = {ms: number; header: string};

/** How long the server asked us to wait, from the first header that says so; undefined if none does. */
export function waitFromHeaders(
	headers: Record<string, string>,
	now: number,
	policy: readonly RateLimitHeader[] = defaultRateLimitHeaders,
): Wait | undefined {
	for (const {name, kind} of policy) {
		const raw = headers[name]?.trim();
		if (!raw) continue;
		const ms = parseWait(raw, kind, now);
		if (ms !== undefined) return {ms, header: name};
	}
	return undefined;
}

function parseWait(raw: string, kind: RateLimitHeader['kind'], now: number): number | undefined {
	if (/^\d+(\.\d+)?$/.test(raw)) {
		const value = Number(raw);
		if (kind === 'reset' && value >= 1e12) return Math.max(0, value - now);
		if (kind === 'reset' && value >= 1e9) return Math.max(0, value * 1000 - now);
		return Math.ceil(value * 1000);
	}
	if (kind !== 'http-date-or-seconds') return undefined;
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * When a successful response says the window is used up (remaining 0), the time the window
 * reopens; the next request waits for it instead of earning a 429.
 */
export function windowClosedUntil(
	headers: Record<string, string>,
	now: number,
	policy: readonly RateLimitHeader[] = defaultRateLimitHeaders,
): number | undefined {
	const exhausted = remainingHeaders.some(name => headers[name]?.trim() === '0');
	if (!exhausted) return undefined;
	const resetPolicy = policy.filter(header => header.name !== 'retry-after');
	const wait = waitFromHeaders(headers, now, resetPolicy);
	return wait ? now + wait.ms : undefined;
}

export type Backoff = {baseMs: number; maxMs: number};

export const defaultBackoff: Backoff = {baseMs: 300, maxMs: 8000};

/** Exponential backoff with equal jitter: half fixed, half random, so clients do not retry in step. */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
	const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** GET, PUT and DELETE may be repeated safely; POST and PATCH only when the caller says so. */
export function isIdempotent(method: string, override: boolean | undefined): boolean {
	return override ?? (method === 'GET' || method === 'PUT' || method === 'DELETE');
}

/** Network failures that happen before a byte is sent: safe to retry even for a POST. */
export function failedBeforeSending(code: string | undefined): boolean {
	return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}
