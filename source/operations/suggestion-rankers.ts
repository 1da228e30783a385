// Suggestions for a conversation: one learned ranker per language, built in the background and rebuilt after learning.
import {latestCustomerMessages, type Conversation} from '../domain/conversation.js';
import {readTrainingExamples} from '../ranking/history-store.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {createRankerInBackground, type Ranker, type Suggestion} from '../ranking/ranker.js';
import type {TemplateLibrary} from './template-library.js';

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
export function createSuggestionRankers(library: TemplateLibrary, dataDir: string, signal?: AbortSignal): SuggestionRankers {
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
				.then(history => createRankerInBackground(library.forLanguage(language), history, signal))
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

/** What a suggestion should answer: the customer's messages since a person last answered (see latestCustomerMessages). */
export function customerTextOf(conversation: Pick<Conversation, 'messages'>): string {
	return latestCustomerMessages(conversation)
		.map(message => message.body)
		.join('\n')
		.trim();
}

/** The best templates for the conversation, best first; none when the customer has not written since our reply. */
export function suggestFor(ranker: Ranker, conversation: Pick<Conversation, 'messages'>, top = 3): Suggestion[] {
	const text = customerTextOf(conversation);
	return text === '' ? [] : ranker.rank(text, top);
}
