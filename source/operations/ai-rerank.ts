// The optional AI re-ranker, assembled once for `deskterm suggest` and the console: only when an endpoint is set
// (DESKTERM_AI_URL or --ai-url), after the local ranking, with the HTTP client loaded on first use.
import type {Conversation} from '../domain/conversation.js';
import {customerQuestionOf, rankWithEncoder} from './suggestion-rankers.js';
import type {TemplateLibrary} from './template-library.js';
import {aiRerank, type ChatClient} from '../ranking/ai-reranker.js';
import type {Ranker, Suggestion} from '../ranking/ranker.js';

export type AiSettings = {url: string; model: string; key: string | undefined};

export const defaultAiModel = 'gpt-4o-mini';
// The AI sees a few more candidates than are shown, so it can promote one the local ranking placed 4th.
export const aiCandidates = 5;

export const isHttpUrl = (url: string) => /^https?:\/\/[^\s]+$/.test(url);

/** Null when no endpoint is configured (nothing is ever sent then); a string says why the setting is unusable. */
export function aiSettings(env: NodeJS.ProcessEnv): AiSettings | string | null {
	const url = env['DESKTERM_AI_URL']?.trim();
	if (!url) return null;
	if (!isHttpUrl(url)) return `DESKTERM_AI_URL "${url}" is not an http(s) URL: the AI re-ranker is off`;
	return {url, model: env['DESKTERM_AI_MODEL']?.trim() || defaultAiModel, key: env['DESKTERM_AI_KEY']};
}

export type RerankResult = {suggestions: Suggestion[]; warning?: string};

/** Re-ranks the local suggestions for one text, in a language's template variants when one is given. */
export type TextRerank = (text: string, local: Suggestion[], options?: {language?: string; signal?: AbortSignal}) => Promise<RerankResult>;

type Describe = (templateId: string, language: string | undefined) => {title: string; body: string} | undefined;

export function createTextRerank(settings: AiSettings, describe: Describe): TextRerank {
	let client: Promise<ChatClient> | undefined;
	return async (text, local, {language, signal} = {}) => {
		// Loaded on first use: the HTTP client is not needed by anyone who has not configured an endpoint.
		client ??= import('../providers/http/http-client.js').then(({createHttpClient}) =>
			createHttpClient({
				baseUrl: settings.url,
				provider: 'AI re-ranker',
				auth: (): Record<string, string> => (settings.key ? {authorization: `Bearer ${settings.key}`} : {}),
				retries: 0,
				rateLimitRetries: 0,
			}),
		);
		const described = local.map(suggestion => {
			const template = describe(suggestion.templateId, language);
			return {id: suggestion.templateId, title: template?.title ?? '', body: template?.body ?? ''};
		});
		return aiRerank(text, local, described, {client: await client, model: settings.model, signal});
	};
}

export type AiRerank = (conversation: Conversation, ranker: Ranker, signal: AbortSignal) => Promise<RerankResult>;

/** The console's form: a conversation, in its customer's language variant. */
export function createAiRerank(settings: AiSettings, library: TemplateLibrary): AiRerank {
	const rerank = createTextRerank(settings, (id, language) => (language === undefined ? undefined : library.find(id, language)));
	return async (conversation, ranker, signal) => {
		// The whole thread read as one question (follow-ups, tags), as the local ranking reads it.
		const question = customerQuestionOf(conversation);
		return rerank(question.text, (await rankWithEncoder(ranker, question, aiCandidates)).suggestions, {language: conversation.customer.language, signal});
	};
}
