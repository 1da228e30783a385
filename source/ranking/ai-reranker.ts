// Optional re-ranking by an OpenAI-compatible chat endpoint; any failure keeps the local order.
import * as z from '../validation/zod.js';
import type {Suggestion} from './ranker.js';

/** The slice of the HTTP seam (providers/http) this needs; declared here so ranking stays below providers. */
export type ChatClient = {
	request(request: {method: 'POST'; path: string; json: unknown; timeoutMs: number; idempotent: boolean}): Promise<{body: unknown}>;
};

export type AiRerankOptions = {
	client: ChatClient;
	model: string;
	/** The whole exchange must finish within this; default 2 s. */
	timeoutMs?: number;
	/** Aborting (the agent moved on) resolves at once with the local order. */
	signal?: AbortSignal;
};

export type AiCandidate = {id: string; title: string; body: string};

export type AiRerankResult = {
	suggestions: Suggestion[];
	/** Set when the endpoint could not be used; the suggestions are then the local ranking. */
	warning?: string;
};

const defaultTimeoutMs = 2000;
// Enough of a body to tell templates apart without sending whole replies.
const bodyPreview = 300;

const chatResponse = z.object({
	choices: z.array(z.object({message: z.object({content: z.string()})})).check(z.minLength(1)),
});
const orderSchema = z.object({order: z.array(z.string())});

export async function aiRerank(text: string, suggestions: readonly Suggestion[], candidates: readonly AiCandidate[], options: AiRerankOptions): Promise<AiRerankResult> {
	const local = {suggestions: [...suggestions]};
	if (suggestions.length < 2) return local;
	const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
	let timer: NodeJS.Timeout | undefined;
	let onAbort: (() => void) | undefined;
	const stop = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
		onAbort = () => reject(new Error('cancelled'));
		if (options.signal?.aborted) onAbort();
		options.signal?.addEventListener('abort', onAbort, {once: true});
	});
	try {
		const response = await Promise.race([
			options.client.request({
				method: 'POST',
				path: '/chat/completions',
				json: request(text, candidates, options.model),
				timeoutMs,
				idempotent: true,
			}),
			stop,
		]);
		const order = parseOrder(response.body);
		return {suggestions: reorder(suggestions, order)};
	} catch (error) {
		return {...local, warning: `AI re-ranking skipped (${error instanceof Error ? error.message : String(error)}); showing the local ranking`};
	} finally {
		clearTimeout(timer);
		if (onAbort) options.signal?.removeEventListener('abort', onAbort);
	}
}

function request(text: string, candidates: readonly AiCandidate[], model: string) {
	const list = candidates.map(candidate => ({id: candidate.id, title: candidate.title, body: candidate.body.slice(0, bodyPreview)}));
	return {
		model,
		temperature: 0,
		messages: [
			{
				role: 'system',
				content:
					'You help a support agent pick a saved reply. Order the candidate templates from best to worst answer to the customer message. Reply with JSON only: {"order": ["<id>", ...]} using the given ids.',
			},
			{role: 'user', content: JSON.stringify({customer_message: text, candidates: list})},
		],
	};
}

function parseOrder(body: unknown): string[] {
	const parsed = chatResponse.safeParse(typeof body === 'string' ? safeJson(body) : body);
	if (!parsed.success) throw new Error('the endpoint did not answer like an OpenAI-compatible chat completion');
	const content = parsed.data.choices[0]!.message.content;
	// Models often wrap JSON in a code fence or a sentence: take the first object in the text.
	const object = /\{[\s\S]*\}/.exec(content)?.[0];
	const order = orderSchema.safeParse(object === undefined ? undefined : safeJson(object));
	if (!order.success) throw new Error('the model did not answer with {"order": [...]}');
	return order.data.order;
}

/** The model's order for the ids it named (unknown ones ignored), then the rest in local order. */
function reorder(suggestions: readonly Suggestion[], order: readonly string[]): Suggestion[] {
	const byId = new Map(suggestions.map(suggestion => [suggestion.templateId, suggestion]));
	const named: Suggestion[] = [];
	for (const id of order) {
		const suggestion = byId.get(id);
		if (!suggestion) continue;
		named.push(suggestion);
		byId.delete(id);
	}
	if (named.length === 0) throw new Error('the model named none of the candidates');
	return [...named, ...byId.values()].map((suggestion, position) =>
		suggestions[position] === suggestion ? suggestion : {...suggestion, reasons: [...suggestion.reasons, 'moved here by the AI re-ranker']},
	);
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
