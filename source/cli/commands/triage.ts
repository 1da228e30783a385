// deskterm triage: scores with their signals for one conversation or the whole queue; and its config files.
import {formatProblem, loadTriageConfig, loadTriageSettings, TriageConfigError, writeDefaultTriageFiles} from '../../config/triage-config.js';
import type {Conversation} from '../../domain/conversation.js';
import {didYouMean} from '../../domain/edit-distance.js';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {stringifyJson} from '../../presenters/json-fields.js';
import {triageJsonFields, triageToJson} from '../../triage/triage-json.js';
import type {TriageConfig} from '../../triage/triage-config.js';
import type {Context} from '../../context.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {jsonOptions, pickFields, readJsonRequest, writeJson} from '../output/json-output.js';
import {parseLimit} from './queue.js';
import {buildQueueQuery, queueFilterOptions} from './queue-query.js';
import {fetchConversations, filterRows, parseLevels, parseSort, scoreAll, sortRows, triageSorts} from './triage-collect.js';
import {printTriageDetail, printTriageTable} from './triage-print.js';

export const command: CommandDefinition = {
	name: 'triage',
	summary: 'Triage scores with their signals: complexity, severity, effort, targets, routing',
	usage: 'deskterm triage <id> [--json] | deskterm triage --all [filters] [--sort S] [--limit N] [--json]',
	details: [
		'Scores every conversation on complexity, severity and customer effort (low/medium/high, 0-100),',
		'each with the signals that fired; service-target status; the suggested team and the rule that',
		'placed it; whether only a person may answer; the best resolution channel; one priority score.',
		'Badges: C:H S:M E:L = levels; "BREACH 12m" = a target breaches within 12 minutes of covered',
		'time; "BREACHED 2h" = overdue by 2 hours; "!" = human only (never auto-answer).',
		'With --all --json: one JSON object per line (JSON lines). In a pipe without --json:',
		'tab-separated id, priority score, complexity, severity, effort, target state, human-only,',
		'team, customer, subject. Config files: deskterm triage config lint (see docs/triage.md).',
		'The best saved template (the same ranking as deskterm suggest) lowers complexity when it',
		'answers the customer; --no-templates skips that lookup.',
		'',
		'Examples:',
		'  deskterm triage 45',
		'  deskterm triage --all --sort risk --at-risk',
		'  deskterm triage --all --team billing --severity high --json',
	].join('\n'),
	options: {
		all: {type: 'boolean', description: 'triage every conversation that matches the filters'},
		...queueFilterOptions,
		complexity: {type: 'string', valueName: '<low,medium,high>', description: 'only these complexity levels'},
		severity: {type: 'string', valueName: '<low,medium,high>', description: 'only these severity levels'},
		effort: {type: 'string', valueName: '<low,medium,high>', description: 'only these effort levels'},
		'at-risk': {type: 'boolean', description: 'only conversations with a target at risk or breached'},
		'human-only': {type: 'boolean', description: 'only conversations a bot must not answer'},
		'min-priority': {type: 'string', valueName: '<0-100>', description: 'only priority scores at or above this'},
		sort: {type: 'string', valueName: `<${triageSorts.join('|')}>`, description: 'highest first (default: priority)'},
		limit: {type: 'string', valueName: '<n>', description: 'print only the first n after sorting'},
		'no-templates': {type: 'boolean', description: 'skip looking up the best saved template for each conversation (faster)'},
		...jsonOptions(triageJsonFields),
	},
	positionals: {min: 0, max: 1},
	async run(input, io, context) {
		const id = input.positionals[0];
		const all = input.values['all'] === true;
		if (id !== undefined && all) throw new DeskError('usage', 'triage: give a conversation id or --all, not both');
		if (id === undefined && !all) throw new DeskError('usage', 'triage: give a conversation id, or --all for the queue (usage: deskterm triage <id> | --all)');
		const request = readJsonRequest(input.values, triageJsonFields);
		const config = await loadConfigOrReport(io, context);
		if (!config) return exitCodes.failure;
		const provider = await context.provider();
		const now = context.clock();
		// The template library and ranking load only when the lookup is wanted.
		const lookup = async (conversations: Conversation[]) =>
			input.values['no-templates'] === true ? undefined : (await import('./triage-answers.js')).buildAnswerLookup(context, conversations);
		if (id !== undefined) {
			const conversation = await provider.getConversation(id);
			const [row] = scoreAll([conversation], {now, config, answerLookup: await lookup([conversation])});
			if (request) writeJson(io, pickFields(triageToJson(row!.summary, row!.triage, await provider.listTeams()), request));
			else printTriageDetail(io, row!.summary, row!.triage, now);
			return exitCodes.ok;
		}
		const filters = {
			complexity: parseLevels('complexity', input.values['complexity']),
			severity: parseLevels('severity', input.values['severity']),
			effort: parseLevels('effort', input.values['effort']),
			atRisk: input.values['at-risk'] === true,
			humanOnly: input.values['human-only'] === true,
			minPriority: parseMinPriority(input.values['min-priority']),
		};
		const sort = parseSort(input.values['sort']);
		const limit = parseLimit(input.values['limit']);
		const query = await buildQueueQuery({...input.values, sort: undefined}, provider);
		const conversations = await fetchConversations(provider, query);
		const scored = scoreAll(conversations, {now, config, answerLookup: await lookup(conversations)});
		const rows = sortRows(filterRows(scored, filters), sort).slice(0, limit);
		if (request) {
			const teams = await provider.listTeams();
			for (const row of rows) io.write(`${stringifyJson(pickFields(triageToJson(row.summary, row.triage, teams), request), 0)}\n`);
			return exitCodes.ok;
		}
		if (io.isStdoutTty && rows.length === 0) {
			io.write('No conversations match.\n');
			return exitCodes.ok;
		}
		printTriageTable(io, rows, now);
		if (io.isStdoutTty) io.write(`\n${rows.length} of ${scored.length} conversation${scored.length === 1 ? '' : 's'}, sorted by ${sort}\n`);
		return exitCodes.ok;
	},
};

async function loadConfigOrReport(io: Io, context: Context): Promise<TriageConfig | undefined> {
	try {
		return await loadTriageConfig(context.paths.configDir);
	} catch (error) {
		if (!(error instanceof TriageConfigError)) throw error;
		io.error(`deskterm: the triage config has problems (check with: deskterm triage config lint)\n${error.problems.map(formatProblem).join('\n')}\n`);
		return undefined;
	}
}

function parseMinPriority(value: unknown): number | undefined {
	if (value === undefined) return undefined;
	const text = String(value).trim();
	if (!/^\d+$/.test(text) || Number(text) > 100) throw new DeskError('usage', `triage: --min-priority takes a whole number from 0 to 100, not "${text}"`);
	return Number(text);
}

export const configCommand: CommandDefinition = {
	name: 'triage config',
	summary: 'Check (lint) or create (init) the triage config files',
	usage: 'deskterm triage config <lint|init> [--json]',
	details: [
		'Files in <configDir>/triage/: routing.yaml, service-targets.yaml, channel-map.yaml.',
		'A missing file means the shipped defaults. lint checks every file and lists each problem',
		'with its file and line (exit 1 when there is one). init writes the defaults as editable',
		'files; it never overwrites a file that exists.',
		'JSON (lint): {ok, files: [{file, path, present}], problems: [{file, line, message}]}.',
	].join('\n'),
	options: {...jsonOptions()},
	positionals: {min: 1, max: 1},
	async run(input, io, context) {
		const verb = input.positionals[0];
		const configDir = context.paths.configDir;
		if (verb === 'init') {
			refuseInReadOnly(context, 'write the triage config files');
			const {written, kept} = await writeDefaultTriageFiles(configDir);
			if (input.values['json'] === true) writeJson(io, {written, kept});
			else for (const [label, paths] of [['wrote', written], ['kept (exists)', kept]] as const) for (const path of paths) io.write(`${label} ${path}\n`);
			return exitCodes.ok;
		}
		if (verb !== 'lint') throw new DeskError('usage', `triage config: unknown verb "${verb}"${didYouMean(verb!, ['lint', 'init'], name => `triage config ${name}`)} (valid: lint, init)`);
		const {files, problems} = await loadTriageSettings(configDir);
		if (input.values['json'] === true) {
			writeJson(io, {ok: problems.length === 0, files: files.map(file => ({file: file.id, path: file.path, present: file.present})), problems});
		} else {
			for (const file of files) {
				const bad = problems.some(problem => problem.file === file.path);
				io.write(`${bad ? 'problems' : file.present ? 'ok      ' : 'default '} ${file.path}${file.present ? '' : ' (no file: shipped defaults)'}\n`);
			}
			for (const problem of problems) io.error(`${formatProblem(problem)}\n`);
		}
		return problems.length === 0 ? exitCodes.ok : exitCodes.failure;
	},
};
