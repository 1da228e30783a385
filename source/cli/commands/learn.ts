// deskterm learn --history FILE | --from-desk: imports past conversations labelled with the template that answered them.
import type {Context} from '../../context.js';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {forgetHistory, importHistory as importHistoryFile} from '../../operations/history.js';
import {learnFromDesk} from '../../operations/learn-from-desk.js';
import {loadTemplates} from '../../templates/load-templates.js';
import {templateSources} from '../../templates/template-dirs.js';
import type {CommandDefinition, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {writeJson} from '../output/json-output.js';
import {flagDirs, templatesOption} from './templates-common.js';

// Bad rows listed one per line on stderr; past this only their count.
const listedProblems = 20;
const progressBytes = 5 * 1024 * 1024;
const progressConversations = 1000;

export const command: CommandDefinition = {
	name: 'learn',
	summary: 'Teach the suggestions from past conversations labelled with their template',
	usage: 'deskterm learn --history FILE [--replace] [--json] | deskterm learn --from-desk [--json] | deskterm learn --forget',
	details: [
		'FILE holds past customer messages and the template that answered each, as JSON lines',
		'{"text": "...", "template": "<template id>"} or as CSV with a header naming the columns text and',
		'category (RFC 4180: quoted fields may hold commas, "" and line breaks). Bad rows are reported with',
		'their line numbers and skipped. Examples are kept in <data dir>/ranking/learned-examples.jsonl;',
		'a second import adds to them (the same text and template twice counts once) unless --replace.',
		'',
		'--from-desk reads the closed conversations of the desk instead: each one answered with a template (a',
		'use deskterm recorded, else an agent reply that still carries the text of a template) teaches the',
		'question of the customer before that reply. Running it again adds only what is new. Progress: stderr.',
		'The console does the same quietly on start (not in read-only mode), with one line when it learned something.',
		'',
		'With --json: {"read", "imported", "duplicates", "skipped": [{"line", "reason"}], "total", "unknownTemplates"};',
		'with --from-desk: {"conversations", "learned", "duplicates", "total", "perTemplate": [{"template", "examples"}]}.',
	].join('\n'),
	options: {
		history: {type: 'string', valueName: '<file>', description: 'the labelled history to import (.jsonl or .csv)'},
		'from-desk': {type: 'boolean', description: 'learn from the closed conversations of the desk answered with a template'},
		replace: {type: 'boolean', description: 'replace what was learned before instead of adding to it'},
		forget: {type: 'boolean', description: 'forget every imported example (recorded template uses are kept)'},
		...templatesOption,
		json: {type: 'boolean', description: 'print the import report as JSON'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		if (input.values['forget'] === true) {
			refuseInReadOnly(context, 'forget the learned history');
			if (typeof input.values['history'] === 'string') throw new DeskError('usage', 'learn: --forget and --history do not go together');
			const before = await forgetHistory(context.paths.dataDir);
			report(io, input, {forgotten: before}, `Forgot ${before} imported example${before === 1 ? '' : 's'}.\n`);
			return exitCodes.ok;
		}
		if (input.values['from-desk'] === true) {
			if (typeof input.values['history'] === 'string') throw new DeskError('usage', 'learn: --from-desk and --history do not go together');
			refuseInReadOnly(context, 'learn from the desk');
			return learnDesk(input, io, context);
		}
		const path = input.values['history'];
		if (typeof path !== 'string') throw new DeskError('usage', `learn: --history FILE is required (usage: ${command.usage})`);
		refuseInReadOnly(context, 'learn from a history file');
		return importHistory(path, input, io, context);
	},
};

async function importHistory(path: string, input: ParsedInput, io: Io, context: Context): Promise<number> {
	let shown = 0;
	const result = await importHistoryFile(context.paths.dataDir, path, {
		replace: input.values['replace'] === true,
		templateSources: templateSources(context.paths, flagDirs(input.values)),
		onProgress(bytes, total) {
			if (total < progressBytes || bytes < (total * (shown + 1)) / 10) return;
			shown = Math.floor((bytes / total) * 10);
			io.error(`deskterm: read ${Math.round((bytes / total) * 100)}% of ${path}\n`);
		},
	});
	for (const problem of result.skipped.slice(0, listedProblems)) io.error(`deskterm: ${path}:${problem.line}: ${problem.reason}\n`);
	if (result.skipped.length > listedProblems) io.error(`deskterm: ... and ${result.skipped.length - listedProblems} more bad rows\n`);
	for (const [id, count] of result.unknownTemplates.slice(0, listedProblems)) {
		io.error(`deskterm: warning: no template "${id}" in your library (${count} example${count === 1 ? '' : 's'}); they count once it exists\n`);
	}
	const summary = {...result, unknownTemplates: result.unknownTemplates.map(([id]) => id)};
	report(
		io,
		input,
		summary,
		`Read ${result.read} record${result.read === 1 ? '' : 's'}: learned ${result.imported} new example${result.imported === 1 ? '' : 's'}, ` +
			`${result.duplicates} already known, ${result.skipped.length} skipped. ${result.total} examples in total.\n`,
	);
	return exitCodes.ok;
}

async function learnDesk(input: ParsedInput, io: Io, context: Context): Promise<number> {
	const {templates} = await loadTemplates(templateSources(context.paths, flagDirs(input.values)));
	const provider = await context.provider();
	const learned = await learnFromDesk(provider, context.paths.dataDir, templates, {
		onProgress: read => {
			if (read % progressConversations === 0) io.error(`deskterm: read ${read} closed conversations\n`);
		},
	});
	const each = learned.perTemplate.map(entry => `  ${entry.template}: ${entry.examples}\n`).join('');
	report(
		io,
		input,
		learned,
		`Read ${learned.conversations} closed conversation${learned.conversations === 1 ? '' : 's'}: learned ${learned.learned} new example${learned.learned === 1 ? '' : 's'}, ` +
			`${learned.duplicates} already known. ${learned.total} examples in total.\n${each}`,
	);
	return exitCodes.ok;
}

function report(io: Io, input: ParsedInput, json: Record<string, unknown>, text: string): void {
	if (input.values['json'] === true) writeJson(io, json);
	else io.write(text);
}
