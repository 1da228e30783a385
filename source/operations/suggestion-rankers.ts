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
import {prepareSentences, type SentenceSetting} from './sentence-encoding.js';

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
	sentences: {setting: SentenceSetting; onWarning?: (line: string) => void} = {setting: 'off'},
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
					const prepared = await prepareSentences(templates, history, readsEnglish(language), {setting: sentences.setting, dataDir});
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

/** The same with the sentence encoder's reading of the question, when the ranker has one (what the agent is shown). */
export function suggestEncodedFor(ranker: Ranker, conversation: ThreadOf, top = 3): Suggestion[] | Promise<Suggestion[]> {
	const question = customerQuestionOf(conversation);
	if (question.parts.length === 0) return [];
	return ranker.encoded ? ranker.rankEncoded(question, top) : ranker.rank(question, top);
}
