// The HTTP seam adapters talk through; http-client.ts (the only got user) implements it.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type HttpRequest = {
	method: HttpMethod;
	/** Path relative to the client's base URL (e.g. "/tickets"), or an absolute URL from a paging link. */
	path: string;
	query?: Record<string, string | number | boolean | readonly string[] | undefined>;
	headers?: Record<string, string>;
	/** Sent as JSON with Content-Type application/json. */
	json?: unknown;
	/** A raw body (form data, text), when json is not used. */
	body?: string;
	/**
	 * May the client retry this request after a timeout or a 5xx? GET, PUT and DELETE default to true,
	 * POST and PATCH to false: a reply must never be sent twice.
	 */
	idempotent?: boolean;
	timeoutMs?: number;
};

export type HttpResponse<T = unknown> = {
	status: number;
	/** Lower-cased header names. */
	headers: Record<string, string>;
	/** Parsed JSON when the response is JSON, else the text. */
	body: T;
	url: string;
};

export interface HttpClient {
	/** Resolves for 2xx and 3xx; throws a DeskError (with status and retryable) for anything else. */
	request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
}
