// Learning from the desk itself: closed conversations where a template was sent become labelled history.
import type {Conversation} from '../domain/conversation.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {mergeExamples, readLearnedExamples, readTemplateUses, writeLearnedExamples, type TemplateUse} from '../ranking/history-store.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {customerQuestionOf} from './suggestion-rankers.js';
import {wordsOf} from './template-use.js';

const pageSize = 100;
// Full conversations a bulk read holds at once: few, so each batch dies in the young generation (the harvest keeps
// only the examples), where the back end's own 200 reached old space in the console at 100k (5 MB more at the peak).
const bulkBatch = 25;
// A recorded use and the reply it sent carry slightly different times.
const recordSlackMs = 60_000;
// Stricter than the send check: a past reply that shares half the words of a short template is often not it.
const harvestShare = 0.8;
const markerPattern = /\{\{[^{}\n]+\}\}/g;

/** What a closed conversation teaches: the customer's question before the template was sent, with its tags and channel. */
export function harvestConversation(conversation: Conversation, templateId: string, sentAt = conversation.messages.length): LabelledExample[] {
	const question = customerQuestionOf({...conversation, messages: conversation.messages.slice(0, sentAt)});
	if (question.text === '') return [];
	return [{text: question.text, templateId, tags: question.tags ?? [], channel: conversation.channel}];
}

export type HarvestTemplate = {id: string; body: string};

/**
 * The template that answered a conversation and the message that carried it: a recorded use of deskterm first,
 * else the first agent reply that still holds a template's text (any back end, also replies sent elsewhere).
 */
export function answeringTemplate(conversation: Conversation, templates: readonly HarvestTemplate[], recorded?: Pick<TemplateUse, 'templateId' | 'at'>): {templateId: string; sentAt: number} | undefined {
	const replies = conversation.messages.map((message, index) => ({message, index})).filter(({message}) => message.kind === 'agent');
	if (recorded !== undefined) {
		// The reply sent with the use: the first agent message from its time on (clocks may differ by a little).
		const sent = replies.find(({message}) => message.createdAt >= recorded.at - recordSlackMs) ?? replies.at(-1);
		return sent ? {templateId: recorded.templateId, sentAt: sent.index} : undefined;
	}
	const known = templateWords(templates);
	for (const {message, index} of replies) {
		const present = wordsOf(message.body);
		// The best kept share wins, the longer template on a tie: a short one fits inside many replies.
		let best: {id: string; share: number; size: number} | undefined;
		for (const candidate of known) {
			const share = keptShare(candidate.words, present);
			if (share >= harvestShare && (!best || share > best.share || (share === best.share && candidate.words.size > best.size))) best = {id: candidate.id, share, size: candidate.words.size};
		}
		if (best) return {templateId: best.id, sentAt: index};
	}
	return undefined;
}

const wordsCache = new WeakMap<readonly HarvestTemplate[], Array<{id: string; words: Set<string>}>>();

/** Each template's words, once per library (a desk has many thousand replies to check). */
function templateWords(templates: readonly HarvestTemplate[]): Array<{id: string; words: Set<string>}> {
	let known = wordsCache.get(templates);
	if (!known) {
		known = templates.map(template => ({id: template.id, words: wordsOf(template.body.replace(markerPattern, ' '))})).filter(entry => entry.words.size > 0);
		wordsCache.set(templates, known);
	}
	return known;
}

// A word check, not the composer's exact-text check: with the fields filled an unedited reply keeps every word.
function keptShare(words: ReadonlySet<string>, present: ReadonlySet<string>): number {
	let kept = 0;
	for (const word of words) if (present.has(word)) kept++;
	return kept / words.size;
}

export type DeskHarvest = {conversations: number; examples: LabelledExample[]};

export type HarvestOptions = {
	onProgress?: (read: number) => void;
	/** Awaited after every `sliceSize` conversations: a console gives its key presses and frames a turn. */
	pause?: () => Promise<void>;
	sliceSize?: number;
	/** Stops the harvest between two conversations (the console is closing). */
	signal?: AbortSignal;
};

/** Reads every closed conversation once and labels those a template answered; progress counts conversations read. */
export async function harvestDesk(
	provider: HelpdeskProvider,
	templates: readonly HarvestTemplate[],
	uses: readonly TemplateUse[],
	options: HarvestOptions = {},
): Promise<DeskHarvest> {
	const {onProgress, pause, sliceSize = 50, signal} = options;
	const recorded = new Map<string, TemplateUse>();
	for (const use of uses) if (!recorded.has(use.conversationId)) recorded.set(use.conversationId, use);
	const examples: LabelledExample[] = [];
	let read = 0;
	const take = async (conversation: Conversation) => {
		signal?.throwIfAborted();
		read++;
		onProgress?.(read);
		const answer = answeringTemplate(conversation, templates, recorded.get(conversation.id));
		if (answer) examples.push(...harvestConversation(conversation, answer.templateId, answer.sentAt));
		if (pause && read % sliceSize === 0) await pause();
	};
	if (provider.iterateConversations) {
		for await (const conversation of provider.iterateConversations({statuses: ['closed']}, {batch: bulkBatch})) await take(conversation);
		return {conversations: read, examples};
	}
	let cursor: string | undefined;
	do {
		const page = await provider.listQueue({statuses: ['closed'], limit: pageSize, ...(cursor === undefined ? {} : {cursor})});
		for (const row of page.conversations) await take(await provider.getConversation(row.id));
		cursor = page.nextCursor ?? undefined;
	} while (cursor !== undefined);
	return {conversations: read, examples};
}

export type DeskLearning = {
	conversations: number;
	learned: number;
	duplicates: number;
	total: number;
	/** New examples per template id, most first. */
	perTemplate: Array<{template: string; examples: number}>;
};

/** `learn --from-desk` and the console's harvest on start: adds what the closed conversations teach to the learned examples. */
export async function learnFromDesk(provider: HelpdeskProvider, dataDir: string, templates: readonly HarvestTemplate[], options: HarvestOptions = {}): Promise<DeskLearning> {
	const harvest = await harvestDesk(provider, templates, await readTemplateUses(dataDir), options);
	options.signal?.throwIfAborted();
	const earlier = await readLearnedExamples(dataDir);
	const {merged, added} = mergeExamples(earlier, harvest.examples);
	if (added > 0) await writeLearnedExamples(dataDir, merged);
	const counts = new Map<string, number>();
	for (const example of merged.slice(earlier.length)) counts.set(example.templateId, (counts.get(example.templateId) ?? 0) + 1);
	return {
		conversations: harvest.conversations,
		learned: added,
		duplicates: harvest.examples.length - added,
		total: merged.length,
		perTemplate: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([template, examples]) => ({template, examples})),
	};
}
