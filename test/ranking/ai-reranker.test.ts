import {afterEach, describe, expect, it} from 'vitest';
import {aiRerank} from '../../source/ranking/ai-reranker.js';
import type {Suggestion} from '../../source/ranking/ranker.js';
import {createHttpClient} from '../../source/providers/http/http-client.js';
import {startLoopbackServer, type LoopbackServer} from '../helpers/loopback-server.js';

const suggestions: Suggestion[] = [
	{templateId: 'refund_request', score: 0.5, reasons: ['matches "refund"']},
	{templateId: 'shipping_delay', score: 0.3, reasons: ['matches "parcel"']},
	{templateId: 'invoice_copy', score: 0.2, reasons: ['matches "copy"']},
];
const candidates = suggestions.map(suggestion => ({id: suggestion.templateId, title: suggestion.templateId, body: 'Hi {{customer.first_name}}'}));

let server: LoopbackServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

function chat(content: string): string {
	return JSON.stringify({choices: [{message: {role: 'assistant', content}}]});
}

async function serve(handler: Parameters<typeof startLoopbackServer>[0]) {
	server = await startLoopbackServer(handler);
	return createHttpClient({baseUrl: server.url, provider: 'AI re-ranker', retries: 0, rateLimitRetries: 0});
}

describe('AI re-ranker', () => {
	it('reorders the candidates as the model says, sending the message, the candidates and the key', async () => {
		const client = await serve((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(chat('Sure: ```json\n{"order": ["shipping_delay", "unknown", "refund_request"]}\n```'));
		});
		const result = await aiRerank('my parcel is late', suggestions, candidates, {client, model: 'test-model'});
		expect(result.warning).toBeUndefined();
		expect(result.suggestions.map(suggestion => suggestion.templateId)).toEqual(['shipping_delay', 'refund_request', 'invoice_copy']);
		expect(result.suggestions[0]?.reasons).toContain('moved here by the AI re-ranker');
		expect(result.suggestions[2]?.reasons).toEqual(['matches "copy"']);
		const sent = JSON.parse(server!.requests[0]!.body) as {model: string; messages: Array<{content: string}>};
		expect(server!.requests[0]!.url).toBe('/chat/completions');
		expect(sent.model).toBe('test-model');
		expect(sent.messages[1]!.content).toContain('my parcel is late');
		expect(sent.messages[1]!.content).toContain('invoice_copy');
	});

	it('falls back to the local order with a warning when the endpoint is too slow', async () => {
		const client = await serve((_request, response) => {
			setTimeout(() => {
				response.writeHead(200, {'content-type': 'application/json'});
				response.end(chat('{"order": ["invoice_copy"]}'));
			}, 1000);
		});
		const result = await aiRerank('late parcel', suggestions, candidates, {client, model: 'm', timeoutMs: 100});
		expect(result.suggestions).toEqual(suggestions);
		expect(result.warning).toMatch(/AI re-ranking skipped \(.*\); showing the local ranking/);
	});

	it('falls back when the answer is not JSON, not a chat completion, or names no candidate', async () => {
		for (const body of ['<html>oops</html>', JSON.stringify({result: 'x'}), chat('I think the first one'), chat('{"order": ["nope"]}')]) {
			const client = await serve((_request, response) => {
				response.writeHead(200, {'content-type': 'application/json'});
				response.end(body);
			});
			const result = await aiRerank('late parcel', suggestions, candidates, {client, model: 'm'});
			expect(result.suggestions).toEqual(suggestions);
			expect(result.warning).toMatch(/AI re-ranking skipped/);
			await server!.close();
			server = undefined;
		}
	});

	it('falls back when the endpoint fails, and resolves at once when cancelled', async () => {
		const failing = await serve((_request, response) => {
			response.writeHead(500);
			response.end('down');
		});
		expect((await aiRerank('x', suggestions, candidates, {client: failing, model: 'm'})).warning).toMatch(/AI re-ranking skipped/);
		const controller = new AbortController();
		controller.abort();
		const never = {request: () => new Promise<never>(() => undefined)};
		const cancelled = await aiRerank('x', suggestions, candidates, {client: never, model: 'm', signal: controller.signal});
		expect(cancelled.warning).toMatch(/cancelled/);
		expect(cancelled.suggestions).toEqual(suggestions);
	});
});
