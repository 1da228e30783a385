// Suggestions for a conversation: one learned ranker per language, built in the background and rebuilt after learning.
import type {Conversation} from '../domain/conversation.js';
import {readTrainingExamples} from '../ranking/history-store.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {createRankerInBackground, type Ranker, type Suggestion} from '../ranking/ranker.js';
import {readThread, type ReadThread} from '../ranking/thread-reading.js';
import {loadWordVectors} from '../ranking/word-vectors-file.js';
import type {WordVectors} from '../ranking/word-vectors.js';
export type {ReadThread};
import type {TemplateLibrary} from './template-library.js';
import {failedLine, prepareSentences, type SentenceSetting} from './sentence-encoding.js';
import type {Encode} from '../ranking/sentence-model.js';

export type SuggestionRankers = {
	/** A ranker that knows everything recorded so far (waits while it is built). */
	ranker(language: string): Promise<Ranker>;
	/** Whatever ranker is ready for the language now, even one built before the latest uses. */
	current(language: string): Ranker | undefined;
	/** A template use was recorded: the next ranker() call learns from it. */
	learned(): void;
};

type Built = {epoch: number; ranker: Ranker};

/** Rankers share one read of the history per epoch; the signal stops every build (the console is closing). */
export function createSuggestionRankers(
	library: TemplateLibrary,
	dataDir: string,
	signal?: AbortSignal,
	sentences: {setting: SentenceSetting; encoder?: () => Promise<Encode>; onWarning?: (line: string) => void} = {setting: 'off'},
): SuggestionRankers {
	let epoch = 0;
	let examples: {epoch: number; read: Promise<LabelledExample[]>} | undefined;
	const built = new Map<string, Built>();
	const building = new Map<string, {epoch: number; promise: Promise<Ranker>}>();
	const examplesNow = () => {
		if (examples?.epoch !== epoch) examples = {epoch, read: readTrainingExamples(dataDir)};
		return examples.read;
	};
	return {
		ranker(language) {
			const ready = built.get(language);
			if (ready?.epoch === epoch) return Promise.resolve(ready.ranker);
			const pending = building.get(language);
			if (pending?.epoch === epoch) return pending.promise;
			const startedAt = epoch;
			const promise = examplesNow()
				.then(async history => {
					const templates = library.forLanguage(language);
					const prepared = await prepareSentences(templates, history, readsEnglish(language), {setting: sentences.setting, dataDir, encoder: sentences.encoder});
					if (prepared.warning) sentences.onWarning?.(prepared.warning);
					return createRankerInBackground(templates, history, signal, {wordVectors: wordVectorsFor(language), sentences: prepared.vectors});
				})
				.then(ranker => {
					if ((built.get(language)?.epoch ?? -1) <= startedAt) built.set(language, {epoch: startedAt, ranker});
					return ranker;
				})
				.finally(() => {
					if (building.get(language)?.promise === promise) building.delete(language);
				});
			building.set(language, {epoch: startedAt, promise});
			return promise;
		},
		current: language => built.get(language)?.ranker,
		learned() {
			epoch++;
		},
	};
}

/** The shipped English word vectors for English (or unspecified) templates; none for other languages or a build without them. */
export function wordVectorsFor(language: string | null): WordVectors | null {
	return readsEnglish(language) ? loadWordVectors() : null;
}

/** The vectors are English: they serve English templates, and a library whose language is not named. */
export function readsEnglish(language: string | null): boolean {
	return language === null || language === '' || /^en\b/i.test(language);
}

type ThreadOf = Pick<Conversation, 'messages'> & Partial<Pick<Conversation, 'subject' | 'tags' | 'channel'>>;

/** What a suggestion should answer: the whole thread read as the customer's question (see ranking/thread-reading.ts). */
export function customerQuestionOf(conversation: ThreadOf): ReadThread {
	return readThread(conversation);
}

/** The customer's question as one text (for recording a use, or a re-ranker); empty when the customer wrote nothing. */
export function customerTextOf(conversation: ThreadOf): string {
	return customerQuestionOf(conversation).text;
}

/** The best templates for the conversation, best first; none when the customer has written nothing. By words alone (triage's lookup over a whole queue). */
export function suggestFor(ranker: Ranker, conversation: ThreadOf, top = 3): Suggestion[] {
	const question = customerQuestionOf(conversation);
	return question.parts.length === 0 ? [] : ranker.rank(question, top);
}

/** Which ranking answered: the sentence encoder's (with the words), or the words alone (off, not English, or it failed). */
export type RankingUsed = 'encoder' | 'words';

export type Ranked = {suggestions: Suggestion[]; ranking: RankingUsed; warning?: string};

/** The encoder's ranking when the ranker has one and it answers; the words' otherwise, with one line saying why. */
export async function rankWithEncoder(ranker: Ranker, query: string | ReadThread, top = 3): Promise<Ranked> {
	if (!ranker.encoded) return {suggestions: ranker.rank(query, top), ranking: 'words'};
	try {
		return {suggestions: await ranker.rankEncoded(query, top), ranking: 'encoder'};
	} catch (error) {
		return {suggestions: ranker.rank(query, top), ranking: 'words', warning: failedLine(error)};
	}
}

/**
 * What the agent is shown: the encoder's ranking at once when the conversation was encoded before (prefetched), else
 * the words' at once and, in `later`, the encoder's once the child has encoded it.
 */
export function suggestEncodedFor(ranker: Ranker, conversation: ThreadOf, top = 3): {now: Ranked; later?: Promise<Ranked>} {
	const question = customerQuestionOf(conversation);
	if (question.parts.length === 0) return {now: {suggestions: [], ranking: 'words'}};
	if (!ranker.encoded) return {now: {suggestions: ranker.rank(question, top), ranking: 'words'}};
	const known = ranker.rankEncodedNow(question, top);
	if (known) return {now: {suggestions: known, ranking: 'encoder'}};
	return {now: {suggestions: ranker.rank(question, top), ranking: 'words'}, later: rankWithEncoder(ranker, question, top)};
}

/** Encodes conversations ahead (the console's prefetch), so that opening one finds its vectors: resolves when done. */
export async function encodeAhead(ranker: Ranker, conversations: readonly ThreadOf[]): Promise<void> {
	if (!ranker.encoded) return;
	for (const conversation of conversations) {
		const question = customerQuestionOf(conversation);
		if (question.parts.length > 0 && !ranker.rankEncodedNow(question, 1)) await ranker.rankEncoded(question, 1);
	}
}
