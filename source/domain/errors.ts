// One error type for every back end and every layer; its message is something a person can act on.

export const deskErrorCodes = [
	'usage', // bad input from the user or a script
	'not_found',
	'auth', // credentials missing, rejected or revoked
	'forbidden',
	'conflict', // someone else changed it first (ETag, updated stamp)
	'rate_limited',
	'unavailable', // the back end is down or unreachable
	'unsupported', // the back end cannot do this
	'read_only', // refused by read-only mode
	'invalid_response', // the back end answered something we cannot read
	'internal',
] as const;
export type DeskErrorCode = (typeof deskErrorCodes)[number];

export type DeskErrorOptions = {
	retryable?: boolean;
	status?: number;
	provider?: string;
	/** Seconds the back end asked us to wait, when it said. */
	retryAfter?: number;
	cause?: unknown;
};

export class DeskError extends Error {
	override readonly name = 'DeskError';
	readonly code: DeskErrorCode;
	readonly retryable: boolean;
	readonly status: number | undefined;
	readonly provider: string | undefined;
	readonly retryAfter: number | undefined;

	constructor(code: DeskErrorCode, message: string, options: DeskErrorOptions = {}) {
		super(message, options.cause === undefined ? undefined : {cause: options.cause});
		this.code = code;
		this.retryable = options.retryable ?? (code === 'rate_limited' || code === 'unavailable');
		this.status = options.status;
		this.provider = options.provider;
		this.retryAfter = options.retryAfter;
	}
}

export function isDeskError(error: unknown): error is DeskError {
	return error instanceof DeskError;
}

/** Turns anything thrown into a DeskError, keeping the original as the cause. */
export function toDeskError(error: unknown): DeskError {
	if (error instanceof DeskError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new DeskError('internal', message, {cause: error});
}
