// Help Scout's OAuth2 client credentials: an access token fetched on first use, fetched again shortly before it
// expires and once after a 401, never in a loop. Tokens live in memory only and never reach a log.
import {DeskError, isDeskError} from '../../domain/errors.js';
import type {HttpClient, HttpRequest, HttpResponse} from '../http/http-types.js';
import type {ReadBody, Send} from '../shared/schema-send.js';
import {helpscoutRequests as requests} from './helpscout-requests.js';
import {helpscoutTokenSchema} from './helpscout-schemas.js';
import type {HelpscoutCredentials} from './helpscout-settings.js';

/** A token is replaced this long before Help Scout says it expires, so a request never carries a dying one. */
export const tokenMarginMs = 5 * 60_000;

export type HelpscoutSession = {
	/** The response as it came (writes read their Resource-ID header). */
	request(request: HttpRequest): Promise<HttpResponse>;
	send: Send;
};

export type SessionOptions = {http: HttpClient; credentials: HelpscoutCredentials; clock: () => number; read: ReadBody; loginCommand: string};

export function helpscoutSession({http, credentials, clock, read, loginCommand}: SessionOptions): HelpscoutSession {
	let token: {value: string; renewAt: number} | undefined;
	let fetching: Promise<string> | undefined;

	async function fetchToken(): Promise<string> {
		let response: HttpResponse;
		try {
			response = await http.request(requests.token(credentials.appId, credentials.appSecret));
		} catch (error) {
			if (isDeskError(error) && (error.status === 400 || error.status === 401)) {
				throw new DeskError('auth', `Help Scout refused the app id and secret (HTTP ${error.status}): run \`${loginCommand}\``, {provider: 'helpscout', status: error.status});
			}
			throw error;
		}
		const answer = read(helpscoutTokenSchema, response.body, 'an access token');
		token = {value: answer.access_token, renewAt: clock() + Math.max(0, answer.expires_in * 1000 - tokenMarginMs)};
		return answer.access_token;
	}

	function currentToken(): Promise<string> {
		if (token && clock() < token.renewAt) return Promise.resolve(token.value);
		fetching ??= fetchToken().finally(() => (fetching = undefined));
		return fetching;
	}

	const authorized = (request: HttpRequest, value: string): HttpRequest => ({...request, headers: {...request.headers, Authorization: `Bearer ${value}`}});

	async function request(request: HttpRequest): Promise<HttpResponse> {
		const used = await currentToken();
		try {
			return await http.request(authorized(request, used));
		} catch (error) {
			if (!(isDeskError(error) && error.code === 'auth')) throw error;
		}
		// A 401 answers before anything is done, so even a reply may be sent again, once, with a new token.
		if (token?.value === used) token = undefined;
		const fresh = await currentToken();
		try {
			return await http.request(authorized(request, fresh));
		} catch (error) {
			if (isDeskError(error) && error.code === 'auth') {
				throw new DeskError('auth', `Help Scout rejected a new access token too (HTTP 401): check that the app's user is active, then run \`${loginCommand}\``, {provider: 'helpscout', status: 401});
			}
			throw error;
		}
	}

	return {
		request,
		send: async (each, schema, what) => read(schema, (await request(each)).body, what),
	};
}
