// deskterm suggest: the best templates for a conversation, or for messages streamed in with --batch.
import {createReadStream, existsSync} from 'node:fs';
import {createInterface} from 'node:readline';
import type {Readable} from 'node:stream';
import type {Context} from '../../context.js';
import {customerQuestionOf, rankWithEncoder, readsEnglish, type Ranked} from '../../operations/suggestion-rankers.js';
import {DeskError} from '../../domain/errors.js';
import {aiCandidates, createTextRerank, defaultAiModel, isHttpUrl, type TextRerank} from '../../operations/ai-rerank.js';
import {stringifyJson} from '../../presenters/json-fields.js';
import type {ReadThread} from '../../operations/suggestion-rankers.js';
import {sentenceSettingOf} from '../../operations/sentence-encoding.js';
import {encoderForCommand, parseBatchLine, setUpSuggestions, suggestionsToJson, type HistorySource, type SuggestionSetup} from '../../operations/suggestions.js';
import {templateSources} from '../../templates/template-dirs.js';
import type {CommandDefinition, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {writeJson} from '../output/json-output.js';
import {createStyle} from '../output/style.js';
import {flagDirs, languageOption, readLanguage, templatesOption} from './templates-common.js';

// Progress lines are worth printing only when reading takes a noticeable time.
const progressBytes = 20 * 1024 * 1024;

// A batch keeps this many messages with the encoder at once, so its two child processes are never idle; output stays in order.
const batchInFlight = 32;

export const command: CommandDefinition = {
	name: 'suggest',
	summary: 'Suggest templates for a conversation, or for messages on stdin (--batch -)',
	usage: 'deskterm suggest <conversation-id> [--json] | suggest --batch <-|file> [--history FILE]',
	details: [
		"For a conversation: ranks the templates for the customer's latest messages, in the variant of the",
		"conversation's language, with a confidence (0-100%) and the reasons (matched words, similar past",
		'conversations). It learns from `deskterm learn` imports and from the templates your team sends.',
		'',
		'--batch reads JSON lines {"id": ..., "text": ...} and writes one JSON line per input, in order:',
		'  {"id": ..., "suggestions": [{"template": "<id>", "score": 0.87, "reasons": ["..."]}, ...]}',
		'best first. A bad line is reported on stderr with its line number and skipped (exit code 1 at the end).',
		'',
		'Examples:',
		'  deskterm suggest 45',
		'  deskterm suggest --templates ./templates --history past.csv --batch - --json < messages.jsonl',
		'  DESKTERM_AI_KEY=... deskterm suggest 45 --ai-url https://api.openai.com/v1',
		'',
		'English templates are also read with a sentence encoder shipped with deskterm (Universal Sentence Encoder lite),',
		'in a child process: better first suggestions, but a cold one-shot suggest takes 0.6-1 s instead of 0.4-0.5 s,',
		'and --batch about 30 ms per message instead of under 1 ms (two child processes encode at once). --no-encoder',
		'(or DESKTERM_SENTENCE_ENCODER=off) ranks by words alone. Its vectors of the templates and the history are cached',
		'in the data folder, so only new messages are encoded. The JSON says which ranking answered: "ranking": "encoder"',
		'or "words" (off, templates not in English, or the encoder failed: then one warning line on stderr).',
	].join('\n'),
	options: {
		batch: {type: 'string', valueName: '<-|file>', description: 'rank every JSON line {"id","text"} of stdin (-) or a file; JSON lines out'},
		top: {type: 'string', valueName: '<n>', description: 'how many suggestions per message (default 3)'},
		history: {type: 'string', valueName: '<file>', description: 'learn from this file (JSON lines {"text","template"} or CSV text,category) instead of the stored history'},
		'no-history': {type: 'boolean', description: 'rank by the templates alone, ignoring the stored history'},
		encoder: {type: 'boolean', description: 'rank with the shipped sentence encoder too, whatever DESKTERM_SENTENCE_ENCODER says (the default)'},
		'no-encoder': {type: 'boolean', description: 'rank by words alone (faster: 0.4-0.5 s cold, under 1 ms a message; or DESKTERM_SENTENCE_ENCODER=off)'},
		...templatesOption,
		...languageOption,
		'ai-url': {type: 'string', valueName: '<url>', description: 'let an OpenAI-compatible endpoint re-rank the top candidates (or DESKTERM_AI_URL; key in DESKTERM_AI_KEY)'},
		'ai-model': {type: 'string', valueName: '<name>', description: `model for --ai-url (or DESKTERM_AI_MODEL; default ${defaultAiModel})`},
		json: {type: 'boolean', description: 'print JSON (always on with --batch)'},
	},
	positionals: {min: 0, max: 1},
	async run(input, io, context) {
		const top = readTop(input.values['top']);
		const batch = input.values['batch'];
		if (typeof batch === 'string') {
			if (input.positionals.length > 0) throw new DeskError('usage', 'suggest: give either a conversation id or --batch, not both');
			return runBatch(batch, input, io, context, top);
		}
		const id = input.positionals[0];
		if (id === undefined) throw new DeskError('usage', `suggest: missing conversation id or --batch (usage: ${command.usage})`);
		return runOne(id, input, io, context, top);
	},
};

async function runBatch(source: string, input: ParsedInput, io: Io, context: Context, top: number): Promise<number> {
	if (source !== '-' && !existsSync(source)) throw new DeskError('usage', `--batch: no such file ${source}`);
	const setup = await prepare(input, io, context, readLanguage(input.values), 2);
	const rerank = aiReranker(input.values, context, setup);
	const lines = createInterface({input: source === '-' ? (io.stdin as Readable) : createReadStream(source, 'utf8'), crlfDelay: Infinity});
	let lineNumber = 0;
	let bad = 0;
	const warned = new Set<string>();
	// The encoder answers in its own processes: several messages wait for it at once, each written, in input order, as
	// soon as it and those before it are ranked (a script writing one line and waiting gets its answer).
	let written = Promise.resolve();
	const waiting: Array<Promise<void>> = [];
	const inFlight = setup.ranker.encoded && !rerank ? batchInFlight : 1;
	for await (const line of lines) {
		lineNumber++;
		if (line.trim() === '') continue;
		const query = parseBatchLine(line);
		if ('error' in query) {
			io.error(`deskterm: line ${lineNumber}: ${query.error}\n`);
			bad++;
			continue;
		}
		const answer = rank(setup, query.text, top, rerank, io, warned).then(ranked => `${stringifyJson(suggestionsToJson(query.id, ranked.suggestions, ranked.ranking), 0)}\n`);
		written = written.then(() => answer).then(text => io.write(text));
		waiting.push(written);
		if (waiting.length >= inFlight) await waiting.shift();
	}
	await written;
	if (bad > 0) io.error(`deskterm: ${bad} input line${bad === 1 ? '' : 's'} skipped\n`);
	return bad > 0 ? exitCodes.failure : exitCodes.ok;
}

async function runOne(id: string, input: ParsedInput, io: Io, context: Context, top: number): Promise<number> {
	const conversation = await (await context.provider()).getConversation(id);
	const question = customerQuestionOf(conversation);
	if (question.parts.length === 0) throw new DeskError('not_found', `conversation ${conversation.id} has no customer message to answer`);
	const setup = await prepare(input, io, context, readLanguage(input.values) ?? conversation.customer.language, 1);
	const {suggestions, ranking} = await rank(setup, question, top, aiReranker(input.values, context, setup), io, new Set());
	if (input.values['json'] === true) {
		writeJson(io, suggestionsToJson(conversation.id, suggestions, ranking));
		return exitCodes.ok;
	}
	const titles = new Map(setup.templates.map(template => [template.id, template.title]));
	if (!io.isStdoutTty) {
		for (const suggestion of suggestions) io.write(`${suggestion.templateId}\t${suggestion.score}\t${suggestion.reasons.join('; ')}\n`);
		return exitCodes.ok;
	}
	const style = createStyle(io.color);
	io.write(`Suggested replies for ${conversation.id} (${conversation.customerName}):\n`);
	if (suggestions.length === 0) io.write(style.tone('muted', '  no templates to suggest\n'));
	suggestions.forEach((suggestion, index) => {
		const confidence = `${Math.round(suggestion.score * 100)}%`;
		io.write(`  ${index + 1}. ${style.bold(suggestion.templateId)}  ${titles.get(suggestion.templateId) ?? ''}  ${style.tone(tone(suggestion.score), confidence)}\n`);
		for (const reason of suggestion.reasons) io.write(`     ${style.tone('muted', reason)}\n`);
	});
	return exitCodes.ok;
}

async function prepare(input: ParsedInput, io: Io, context: Context, language: string | null, processes: number): Promise<SuggestionSetup> {
	const sources = templateSources(context.paths, flagDirs(input.values));
	const historyFlag = input.values['history'];
	const history: HistorySource =
		typeof historyFlag === 'string'
			? {kind: 'file', path: historyFlag}
			: input.values['no-history'] === true
				? {kind: 'none'}
				: {kind: 'stored', dataDir: context.paths.dataDir};
	let reported = 0;
	const setting = input.values['no-encoder'] === true ? 'off' : input.values['encoder'] === true ? 'on' : sentenceSettingOf(context.env);
	const encoder = setting === 'on' && readsEnglish(language) ? encoderForCommand(context.encoderEntry, processes) : undefined;
	// The child loads its model while the templates and the history are read and learned from.
	encoder?.children.warm();
	const setup = await setUpSuggestions(sources, language, history, {
		sentences: {
			setting,
			encoder: encoder?.encoder,
			dataDir: context.paths.dataDir,
			onEncoding: count => io.error(`deskterm: encoding ${count} messages for the sentence encoder (about ${Math.max(1, Math.round(count / 100))} s, once: they are cached)\n`),
		},
		onProgress(read, total) {
			if (total < progressBytes || read < (total * (reported + 1)) / 10) return;
			reported = Math.floor((read / total) * 10);
			io.error(`deskterm: reading history ${Math.round((read / total) * 100)}%\n`);
		},
	});
	if (setup.templates.length === 0) throw new DeskError('not_found', `no templates found in ${sources.join(', ') || 'any templates folder'}`);
	if (setup.templateErrors > 0) io.error(`deskterm: warning: ${setup.templateErrors} template file${setup.templateErrors === 1 ? '' : 's'} could not be loaded (run deskterm templates lint)\n`);
	if (setup.skipped.length > 0) {
		const first = setup.skipped[0]!;
		io.error(`deskterm: warning: ${setup.skipped.length} history record${setup.skipped.length === 1 ? '' : 's'} skipped (line ${first.line}: ${first.reason})\n`);
	}
	if (setup.sentenceWarning) io.error(`deskterm: warning: ${setup.sentenceWarning}\n`);
	if (setup.missingWordVectors) io.error('deskterm: warning: this build has no word vectors (dist/word-vectors.bin; npm run build makes it): ranking by the templates\' words alone\n');
	if (setup.ranker.examplesIgnored > 0) {
		io.error(`deskterm: note: ${setup.ranker.examplesIgnored} history example${setup.ranker.examplesIgnored === 1 ? ' names' : 's name'} no loaded template and ${setup.ranker.examplesIgnored === 1 ? 'was' : 'were'} not used\n`);
	}
	return setup;
}

type Reranker = TextRerank | undefined;

async function rank(setup: SuggestionSetup, query: string | ReadThread, top: number, rerank: Reranker, io: Io, warned: Set<string>): Promise<Ranked> {
	const ranked = await rankWithEncoder(setup.ranker, query, rerank ? Math.max(top, aiCandidates) : top);
	// The encoder failing mid-batch is said once; every line after it says "ranking": "words".
	if (ranked.warning && !warned.has(ranked.warning)) {
		warned.add(ranked.warning);
		io.error(`deskterm: warning: ${ranked.warning}\n`);
	}
	if (!rerank) return ranked;
	const result = await rerank(typeof query === 'string' ? query : query.text, ranked.suggestions);
	if (result.warning) io.error(`deskterm: warning: ${result.warning}\n`);
	return {...ranked, suggestions: result.suggestions.slice(0, top)};
}

/** Nothing is ever sent unless an endpoint is configured. */
function aiReranker(values: ParsedInput['values'], context: Context, setup: SuggestionSetup): Reranker {
	const url = typeof values['ai-url'] === 'string' ? values['ai-url'] : context.env['DESKTERM_AI_URL'];
	if (!url) return undefined;
	if (!isHttpUrl(url)) throw new DeskError('usage', `--ai-url: "${url}" is not an http(s) URL`);
	const model = (typeof values['ai-model'] === 'string' ? values['ai-model'] : context.env['DESKTERM_AI_MODEL']) || defaultAiModel;
	const byId = new Map(setup.templates.map(template => [template.id, template]));
	return createTextRerank({url, model, key: context.env['DESKTERM_AI_KEY']}, id => byId.get(id));
}

function readTop(value: ParsedInput['values'][string]): number {
	if (value === undefined) return 3;
	const top = Number(value);
	if (typeof value !== 'string' || !/^\d+$/.test(value) || top < 1 || top > 100) throw new DeskError('usage', `--top: expected a whole number from 1 to 100, got "${String(value)}"`);
	return top;
}

function tone(score: number): 'ok' | 'warning' | 'muted' {
	return score >= 0.6 ? 'ok' : score >= 0.3 ? 'warning' : 'muted';
}
