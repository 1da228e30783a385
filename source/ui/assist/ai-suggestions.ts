// The optional AI re-ranker for the console's suggestions: only when DESKTERM_AI_URL is set (the same settings as
// deskterm suggest), after the local ranking is on screen, cancelled when the agent moves on.
import type {Conversation} from '../../domain/conversation.js';
import {customerQuestionOf} from '../../operations/suggestion-rankers.js';
import type {TemplateLibrary} from '../../operations/template-library.js';
import {aiRerank, type ChatClient} from '../../ranking/ai-reranker.js';
import type {Ranker, Suggestion} from '../../ranking/ranker.js';

export type AiSettings = {url: string; model: string; key: string | undefined};

const defaultModel = 'gpt-4o-mini';
// The AI sees a few more candidates than are shown, so it can promote one the local ranking placed 4th.
const candidates = 5;

/** Null when no endpoint is configured (nothing is ever sent then); a string says why the setting is unusable. */
export function aiSettings(env: NodeJS.ProcessEnv): AiSettings | string | null {
	const url = env['DESKTERM_AI_URL']?.trim();
	if (!url) return null;
	if (!/^https?:\/\/[^\s]+$/.test(url)) return `DESKTERM_AI_URL "${url}" is not an http(s) URL: the AI re-ranker is off`;
	return {url, model: env['DESKTERM_AI_MODEL']?.trim() || defaultModel, key: env['DESKTERM_AI_KEY']};
}

export type AiRerank = (conversation: Conversation, ranker: Ranker, signal: AbortSignal) => Promise<{suggestions: Suggestion[]; warning?: string}>;

export function createAiRerank(settings: AiSettings, library: TemplateLibrary): AiRerank {
	let client: Promise<ChatClient> | undefined;
	return async (conversation, ranker, signal) => {
		const question = customerQuestionOf(conversation);
		const local = ranker.rank(question, candidates);
		// Loaded on first use: the HTTP client is not needed by anyone who has not configured an endpoint.
		client ??= import('../../providers/http/http-client.js').then(({createHttpClient}) =>
			createHttpClient({
				baseUrl: settings.url,
				provider: 'AI re-ranker',
				auth: (): Record<string, string> => (settings.key ? {authorization: `Bearer ${settings.key}`} : {}),
				retries: 0,
				rateLimitRetries: 0,
			}),
		);
		const language = conversation.customer.language;
		const described = local.map(suggestion => {
			const template = library.find(suggestion.templateId, language);
			return {id: suggestion.templateId, title: template?.title ?? '', body: template?.body ?? ''};
		});
		return aiRerank(question.text, local, described, {client: await client, model: settings.model, signal});
	};
}
