// Turns HTTP statuses and network failures into one DeskError a person can act on.
import {DeskError, type DeskErrorCode} from '../../domain/errors.js';

export type ErrorContext = {
	/** The back end's name for messages, e.g. "Zendesk" or "Request Tracker". */
	provider: string;
	/** What fixes bad credentials, e.g. "deskterm login zendesk". */
	loginCommand: string;
	method: string;
	/** The request path without the query (already redacted). */
	path: string;
};

/** The error text a helpdesk put in its body, whatever shape it uses, on one short line. */
export function serverMessage(body: unknown): string | undefined {
	const pick = (value: unknown): string | undefined => {
		if (typeof value === 'string' && value.trim() !== '') return value;
		if (Array.isArray(value)) return value.map(pick).filter(Boolean).join('; ') || undefined;
		if (value && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			for (const key of ['message', 'description', 'detail', 'title', 'error', 'errors', 'details', '_error']) {
				const found = pick(record[key]);
				if (found) return found;
			}
		}
		return undefined;
	};
	const text = typeof body === 'string' ? (body.trimStart().startsWith('<') ? undefined : body) : pick(body);
	if (!text) return undefined;
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export function statusCode(status: number): DeskErrorCode {
	if (status === 401) return 'auth';
	if (status === 403) return 'forbidden';
	if (status === 404 || status === 410) return 'not_found';
	if (status === 409 || status === 412) return 'conflict';
	if (status === 429) return 'rate_limited';
	if (status === 400 || status === 422) return 'usage';
	if (status === 405 || status === 501) return 'unsupported';
	if (status >= 500) return 'unavailable';
	return 'internal';
}

export type HttpErrorDetails = {
	/** The server's own words, already redacted. */
	detail?: string;
	retryAfterSeconds?: number;
	/** False when repeating could do the thing twice (a POST that failed with a 5xx). */
	retryable?: boolean;
};

export function httpError(status: number, context: ErrorContext, details: HttpErrorDetails = {}): DeskError {
	const {detail, retryAfterSeconds} = details;
	const code = statusCode(status);
	const {provider, loginCommand, method, path} = context;
	const said = detail ? `: ${detail}` : '';
	const later = retryAfterSeconds === undefined ? 'later' : `in ${retryAfterSeconds} s`;
	const where = `${method} ${path}`;
	const message = ((): string => {
		switch (code) {
			case 'auth':
				return `token rejected by ${provider} (HTTP 401${said}): run \`${loginCommand}\``;
			case 'forbidden':
				return `${provider} refused ${where} (HTTP 403${said}): the account lacks the right to do this`;
			case 'not_found':
				return `not found on ${provider}: ${where} (HTTP ${status}${said})`;
			case 'conflict':
				return `${provider} says it changed since you loaded it (HTTP ${status}${said}): reload and try again`;
			case 'rate_limited':
				return `rate limited by ${provider} (HTTP 429${said}): try again ${later}`;
			case 'usage':
				return `${provider} rejected ${where} (HTTP ${status}${said})`;
			case 'unsupported':
				return `${provider} does not support ${where} (HTTP ${status}${said})`;
			case 'unavailable':
				// A failed POST may still have been carried out: never invite a duplicate reply.
				return details.retryable === false
					? `${provider} failed on ${where} (HTTP ${status}${said}): it may have been carried out, check before trying again`
					: `${provider} is unavailable (HTTP ${status} on ${where}${said}): try again ${later}`;
			default:
				return `${provider} answered HTTP ${status} to ${where}${said}`;
		}
	})();
	return new DeskError(code, message, {
		status,
		provider,
		...(retryAfterSeconds === undefined ? {} : {retryAfter: retryAfterSeconds}),
		...(details.retryable === undefined ? {} : {retryable: details.retryable}),
	});
}

// A sub-second timeout (a test's, or a tight DESKTERM setting) reads as "0.25 s", never "0 s".
const secondsText = (ms: number) => `${ms < 1000 ? Math.round(ms / 10) / 100 : Math.round(ms / 1000)} s`;

export function networkError(
	context: ErrorContext,
	origin: string,
	code: string | undefined,
	timeoutMs: number,
	retryable: boolean,
): DeskError {
	const message =
		code === 'ETIMEDOUT'
			? `${context.provider} did not answer ${context.method} ${context.path} within ${secondsText(timeoutMs)} (${origin})`
			: `cannot reach ${context.provider} at ${origin}${code ? ` (${code})` : ''}: check the URL and the network`;
	// A POST cut off mid-way may have been carried out: say so rather than invite a duplicate reply.
	const unsure = retryable ? '' : `; ${context.method} may have been carried out, check before trying again`;
	return new DeskError('unavailable', `${message}${unsure}`, {provider: context.provider, retryable});
}

export function invalidJsonError(context: ErrorContext, status: number): DeskError {
	return new DeskError(
		'invalid_response',
		`${context.provider} sent a response that is not valid JSON (HTTP ${status} on ${context.method} ${context.path}): is the URL right?`,
		{status, provider: context.provider},
	);
}
