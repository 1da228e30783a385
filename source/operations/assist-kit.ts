// Everything behind triage, suggestions and templates in the console, loaded in one lazy chunk after the first frame:
// the template library, the triage config, the learned rankers and the background scorer.
import {loadTriageConfig, TriageConfigError} from '../config/triage-config.js';
import type {Conversation} from '../domain/conversation.js';
import {toDeskError} from '../domain/errors.js';
import {sendTemplateReply} from './send-template-reply.js';
import {customerTextOf, createSuggestionRankers, encodeAhead, suggestEncodedFor, type Ranked, type SuggestionRankers} from './suggestion-rankers.js';
import {sentenceSettingOf} from './sentence-encoding.js';
import {createEncoderChildren} from './encoder-children.js';
import type {Encode} from '../ranking/sentence-model.js';
import {describeTemplateProblems, loadTemplateLibrary, type TemplateLibrary} from './template-library.js';
import type {HelpdeskProvider} from '../providers/provider.js';
import {answerLookupOf, type Ranker, type Suggestion} from './suggestions.js';
import {scoreConversation} from '../triage/score-conversation.js';
import type {TriageConfig} from '../triage/triage-config.js';
import type {AnswerLookup, Triage} from '../triage/types.js';
import {aiSettings, createAiRerank} from './ai-rerank.js';
import {harvestLine, harvestQuietly, type QuietHarvest} from './quiet-harvest.js';
import type {DeskLearning} from './learn-from-desk.js';
import type {ShownSuggestion} from '../presenters/console-panels/suggestions-panel.js';
import {createTriageRunner, type TriageRunner} from './queue-triage/triage-runner.js';
import {afterDueRelease, harvestStepBytes, holdForPass, nextRelease, returnFreedMemory} from './free-memory.js';
import {bigQueueRows} from './memory-release-policy.js';

export type AssistSettings = {
	provider: HelpdeskProvider;
	clock: () => number;
	/** Template folders in override order (the shipped library, then the team's). */
	templateSources: readonly string[];
	/** Where routing.yaml, service-targets.yaml and channel-map.yaml live (in triage/). */
	configDir: string;
	/** Where template uses are recorded and learned from. */
	dataDir: string;
	/** DESKTERM_AI_URL, DESKTERM_AI_MODEL, DESKTERM_AI_KEY: the optional AI re-ranker. */
	env: NodeJS.ProcessEnv;
	/** A read-only console writes nothing, so it does not harvest the closed conversations either. */
	readOnly: boolean;
	/** The sentence encoder's child process entry (dist/encoder-process.js); null: suggestions by words alone. */
	encoderEntry?: URL | null;
	/** Another encoder than the child (tests inject a small deterministic one). */
	encoder?: () => Promise<Encode>;
};

/** What the panel shows now; `later` is the encoder's ranking when the words' came first (the conversation was not encoded ahead). */
export type SuggestAnswer = {items: ShownSuggestion[]; note?: string; later?: Promise<{items: ShownSuggestion[]; note?: string}>};

export type AssistKit = {
	library: TemplateLibrary;
	rankers: SuggestionRankers;
	/** Null when the triage config is broken: scoring with half a config would mislead. */
	triage: {config: TriageConfig; runner: TriageRunner} | null;
	/** One-line warnings for the notice line (bad template files, a broken triage config). */
	notices: string[];
	/** The open conversation in full, with every signal, for its panel. */
	scoreOpen(conversation: Conversation, otherContacts: number): Promise<Triage | null>;
	/** The best templates for what the customer wrote last; `fresh` waits for a ranker that knows the latest uses. */
	suggest(conversation: Conversation, fresh: boolean): Promise<SuggestAnswer> | SuggestAnswer;
	/**
	 * Encodes these conversations ahead with the sentence encoder (the highlighted one first), one at a time in the
	 * background; a new call cancels the previous one. Nothing happens without the encoder.
	 */
	prefetch(ids: readonly string[]): void;
	/** The AI re-ranker's order of the same suggestions, when an endpoint is configured; null otherwise. */
	rerank: ((conversation: Conversation, signal: AbortSignal) => Promise<{items: ShownSuggestion[]; note: string}>) | null;
	/** Sends a reply written from templates (this chunk carries the history store, which the first frame does without). */
	sendTemplateReply: typeof sendTemplateReply;
	customerTextOf: typeof customerTextOf;
	/** Learns from the closed conversations (learn --from-desk, in slices); the status line when something new was learned. */
	harvest(): Promise<string | null>;
	close(): void;
};

// The console's release comes after a big load or pass on its thread once no key was pressed for 1.5 s
// (ui/session/use-memory-release.ts); none comes after a small one. A big pass and the harvest wait for it.
const releaseWaitMs = 5000;

// Ranking every conversation of a long queue for the complexity signal adds up; past this, triage goes without it.
const lookupLimit = 2000;

export async function openAssistKit(settings: AssistSettings): Promise<AssistKit> {
	const controller = new AbortController();
	const notices: string[] = [];
	const [library, config] = await Promise.all([loadTemplateLibrary(settings.templateSources), loadConfig(settings.configDir, notices)]);
	const problems = describeTemplateProblems(library.problems);
	if (problems) notices.unshift(problems);
	const setting = sentenceSettingOf(settings.env);
	// The encoder runs in a child process: this one never loads TensorFlow.js (about 150 MB and 0.5 s).
	const children = !settings.encoder && setting === 'on' && settings.encoderEntry ? createEncoderChildren({entry: settings.encoderEntry}) : undefined;
	const encoder = settings.encoder ?? (children ? async () => children.encode : undefined);
	// The encoder failing while a ranker is built leaves that ranker without it: its panel says why, every time.
	let encoderWarning: string | undefined;
	const warnOnce = (line: string) => {
		encoderWarning = line;
	};
	const rankers = createSuggestionRankers(library, settings.dataDir, controller.signal, {setting, ...(encoder ? {encoder} : {}), onWarning: warnOnce});
	let prefetching: AbortController | undefined;
	const lookups = new WeakMap<Ranker, AnswerLookup>();
	const lookupFor = async (language: string): Promise<AnswerLookup | undefined> => {
		if (library.forLanguage(language).length === 0) return undefined;
		const ranker = await rankers.ranker(language);
		let lookup = lookups.get(ranker);
		if (!lookup) {
			lookup = answerLookupOf(ranker);
			lookups.set(ranker, lookup);
		}
		return lookup;
	};
	const ai = aiSettings(settings.env);
	if (typeof ai === 'string') notices.push(ai);
	const aiRerank = ai && typeof ai === 'object' ? createAiRerank(ai, library) : null;
	const reranked = new Map<string, {items: ShownSuggestion[]; note: string}>();
	// Scoring stays on this thread (a second isolate cost 40-50 MB at 100k): a big pass starts after the load's release,
	// with the young generation held and its garbage collected incrementally (holdForPass); so is the harvest (harvestHeld).
	const bigPassHere = {from: bigQueueRows, ready: () => afterDueRelease(releaseWaitMs), hold: holdForPass};
	const runner = config ? createTriageRunner({provider: settings.provider, config, clock: settings.clock, lookupFor, lookupLimit, bigPassHere}) : null;
	const describe = (conversation: Conversation, suggestions: Suggestion[]): ShownSuggestion[] =>
		suggestions.slice(0, 3).map(suggestion => {
			const template = library.find(suggestion.templateId, conversation.customer.language);
			return {templateId: suggestion.templateId, title: template?.title ?? suggestion.templateId, score: suggestion.score, reasons: suggestion.reasons, humanOnly: template?.humanOnly ?? false};
		});
	const view = (conversation: Conversation, ranked: Ranked) => ({items: describe(conversation, ranked.suggestions), ...(ranked.warning ? {note: `by words: ${ranked.warning}`} : {})});
	const shown = (conversation: Conversation, ranker: Ranker): SuggestAnswer => {
		const {now, later} = suggestEncodedFor(ranker, conversation, 3);
		if (!ranker.encoded && encoderWarning && encoder) return view(conversation, {...now, warning: encoderWarning});
		if (!later) return view(conversation, now);
		return {items: describe(conversation, now.suggestions), note: 'by words; the sentence encoder is reading it…', later: later.then(ranked => view(conversation, ranked))};
	};
	return {
		library,
		rankers,
		triage: config && runner ? {config, runner} : null,
		notices,
		async scoreOpen(conversation, otherContacts) {
			if (!config) return null;
			const answerLookup = await lookupFor(conversation.customer.language).catch(() => undefined);
			return scoreConversation(conversation, {now: settings.clock(), config, answerLookup, otherContacts});
		},
		suggest(conversation, fresh) {
			const language = conversation.customer.language;
			if (library.forLanguage(language).length === 0 || customerTextOf(conversation) === '') return {items: []};
			const ready = fresh ? undefined : rankers.current(language);
			if (ready) return shown(conversation, ready);
			return rankers.ranker(language).then(ranker => shown(conversation, ranker));
		},
		prefetch(ids) {
			prefetching?.abort();
			if (!encoder || ids.length === 0) return;
			const lane = new AbortController();
			prefetching = lane;
			children?.warm();
			// One conversation at a time: the child encodes while this thread draws; a moved highlight stops the lane.
			void (async () => {
				for (const id of ids) {
					if (lane.signal.aborted || controller.signal.aborted) return;
					const conversation = await settings.provider.getConversation(id);
					const language = conversation.customer.language;
					if (lane.signal.aborted || library.forLanguage(language).length === 0) continue;
					await encodeAhead(await rankers.ranker(language), [conversation]);
				}
			})().catch(() => undefined);
		},
		rerank: aiRerank
			? async (conversation, signal) => {
					// The same message asks the endpoint once: a conversation reloads after every write.
					const key = `${conversation.id}\u0000${customerTextOf(conversation)}`;
					const known = reranked.get(key);
					if (known) return known;
					const result = await aiRerank(conversation, await rankers.ranker(conversation.customer.language), signal);
					const answer = {items: describe(conversation, result.suggestions), note: result.warning ?? 'reordered by the AI re-ranker'};
					if (!result.warning) reranked.set(key, answer);
					return answer;
				}
			: null,
		sendTemplateReply,
		customerTextOf,
		async harvest() {
			const templates = library.templates;
			const harvest: QuietHarvest = {provider: settings.provider, dataDir: settings.dataDir, templates, readOnly: settings.readOnly, signal: controller.signal};
			const learning = runner && harvestsWholeDesk(settings.provider) && !settings.readOnly && templates.length > 0 ? await harvestHeld(runner, harvest) : await harvestQuietly(harvest);
			if (learning && learning.learned > 0) rankers.learned();
			return harvestLine(learning);
		},
		close() {
			controller.abort();
			prefetching?.abort();
			runner?.close();
			children?.close();
		},
	};
}

async function loadConfig(configDir: string, notices: string[]): Promise<TriageConfig | null> {
	try {
		return await loadTriageConfig(configDir);
	} catch (error) {
		const count = error instanceof TriageConfigError ? error.problems.length : 1;
		const why = error instanceof TriageConfigError ? `${count} problem${count === 1 ? '' : 's'} in the triage config` : toDeskError(error).message;
		notices.push(`Triage is off: ${why} (see deskterm triage config lint)`);
		return null;
	}
}

/** The local desk is read whole in a few seconds: its harvest is big work on this thread, held and released. */
function harvestsWholeDesk(provider: HelpdeskProvider): boolean {
	return provider.kind === 'local';
}

/**
 * The local desk's harvest reads every closed conversation (22,000 at 100k): after the queue's first pass and, when
 * they are many, after the console's release of it, so their peaks never add up, with the young generation held and
 * old space collected as it grows (holdForPass), and released in its turn, as a pass on this thread is. A few are
 * left to V8: the release would stop the console for nothing.
 */
async function harvestHeld(runner: TriageRunner, harvest: QuietHarvest): Promise<DeskLearning | null> {
	await firstPassOver(runner);
	const closed = (await harvest.provider.listQueue({statuses: ['closed'], limit: 1})).total ?? 0;
	if (closed < bigQueueRows) return harvestQuietly(harvest);
	await nextRelease(releaseWaitMs);
	harvest.signal?.throwIfAborted();
	holdForPass(harvestStepBytes);
	try {
		return await harvestQuietly(harvest);
	} finally {
		returnFreedMemory('harvest');
	}
}

/** Resolves once the scorer has answered a request and is idle: the queue's badges come before the harvest. */
function firstPassOver(runner: TriageRunner): Promise<void> {
	return new Promise(resolve => {
		const stop = runner.subscribe(() => {
			if (runner.progress().running) return;
			stop();
			resolve();
		});
	});
}
