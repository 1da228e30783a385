// The triage YAML files in <configDir>/triage/: read, validated with a line number per problem, merged over the defaults.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Document, isMap, isScalar, LineCounter, parseDocument, visit} from 'yaml';
import type * as z from '../validation/zod.js';
import {formatDuration} from '../domain/service-targets/duration.js';
import {defaultTargetTable} from '../domain/service-targets/service-targets.js';
import {mergeServiceTargets, parseWeeklyHours, serviceTargetsSchema} from '../domain/service-targets/service-targets-schema.js';
import {defaultChannelMap} from '../triage/channel-map/channel-map.js';
import {channelMapSchema, mergeChannelMap} from '../triage/channel-map/channel-map-schema.js';
import {defaultRoutingRules} from '../triage/routing/default-routing.js';
import type {RoutingRule} from '../triage/routing/routing-rules.js';
import {routingFileSchema, routingRuleSchema} from '../triage/routing/routing-schema.js';
import {compileTriageConfig, defaultTriageSettings, type TriageConfig, type TriageSettings} from '../triage/triage-config.js';

export const triageFiles = {routing: 'routing.yaml', serviceTargets: 'service-targets.yaml', channelMap: 'channel-map.yaml'} as const;
type FileId = keyof typeof triageFiles;

export type ConfigProblem = {file: string; line: number | null; message: string};
export type FileState = {id: FileId; path: string; present: boolean};
export type LoadedTriageSettings = {settings: TriageSettings; files: FileState[]; problems: ConfigProblem[]};

export function triageConfigDir(configDir: string): string {
	return join(configDir, 'triage');
}

/** Reads whichever files exist; missing files keep the shipped defaults. Never throws for bad content. */
export async function loadTriageSettings(configDir: string): Promise<LoadedTriageSettings> {
	const settings = defaultTriageSettings();
	const problems: ConfigProblem[] = [];
	const files: FileState[] = [];
	for (const id of Object.keys(triageFiles) as FileId[]) {
		const path = join(triageConfigDir(configDir), triageFiles[id]);
		const text = await readOptional(path, problems);
		files.push({id, path, present: text !== undefined});
		if (text === undefined) continue;
		const parsed = parseTriageFile(id, text, path);
		problems.push(...parsed.problems);
		if (parsed.problems.length > 0) continue;
		if (id === 'routing') settings.routing = parsed.value as TriageSettings['routing'];
		else if (id === 'serviceTargets') settings.serviceTargets = parsed.value as TriageSettings['serviceTargets'];
		else settings.channelMap = parsed.value as TriageSettings['channelMap'];
	}
	return {settings, files, problems};
}

/** The compiled config, or an error listing every problem (scoring with half a config would mislead). */
export async function loadTriageConfig(configDir: string): Promise<TriageConfig> {
	const loaded = await loadTriageSettings(configDir);
	if (loaded.problems.length > 0) throw new TriageConfigError(loaded.problems);
	return compileTriageConfig(loaded.settings);
}

export class TriageConfigError extends Error {
	constructor(readonly problems: ConfigProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'TriageConfigError';
	}
}

export function formatProblem(problem: ConfigProblem): string {
	return `${problem.file}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}`;
}

export function parseTriageFile(id: FileId, text: string, path: string): {value: unknown; problems: ConfigProblem[]} {
	const lines = new LineCounter();
	const document = parseDocument(text, {lineCounter: lines, prettyErrors: false});
	const problems: ConfigProblem[] = document.errors.map(error => ({
		file: path,
		line: lines.linePos(error.pos[0]).line,
		message: `not valid YAML: ${error.message.split('\n')[0]}`,
	}));
	if (problems.length > 0) return {value: undefined, problems};
	let data: unknown;
	try {
		// An alias to no anchor, or too many aliases (a "billion laughs" file), only shows here.
		data = document.toJS({maxAliasCount: 50}) ?? {};
	} catch (error) {
		return {value: undefined, problems: [{file: path, line: null, message: `not valid YAML: ${String((error as Error).message).split('\n')[0]}`}]};
	}
	const at = (where: ReadonlyArray<PropertyKey>, message: string) => problems.push({file: path, line: lineOf(document, lines, where), message});
	const report = (error: z.core.$ZodError, prefix: ReadonlyArray<PropertyKey>, label = '') => {
		for (const issue of error.issues) {
			const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) at([...prefix, ...issue.path, key], `${label}${field}unknown key "${key}"`);
			} else {
				const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
				at([...prefix, ...issue.path], `${label}${field}${message}`);
			}
		}
	};
	if (id === 'channelMap') {
		const parsed = channelMapSchema.safeParse(data);
		if (!parsed.success) report(parsed.error, []);
		return {value: parsed.success ? mergeChannelMap(parsed.data) : undefined, problems};
	}
	if (id === 'serviceTargets') {
		const parsed = serviceTargetsSchema.safeParse(data);
		if (!parsed.success) {
			report(parsed.error, []);
			return {value: undefined, problems};
		}
		const hours = parsed.data.hours ? parseWeeklyHours(parsed.data.hours) : {weekly: null, problems: []};
		for (const problem of hours.problems) at(problem.key === '' ? ['hours'] : ['hours', problem.key], `hours: ${problem.message}`);
		return {value: problems.length > 0 ? undefined : mergeServiceTargets(parsed.data, hours.weekly), problems};
	}
	const outline = routingFileSchema.safeParse(data);
	if (!outline.success) {
		report(outline.error, []);
		return {value: undefined, problems};
	}
	const rules: RoutingRule[] = [];
	outline.data.rules.forEach((raw, index) => {
		const rule = routingRuleSchema.safeParse(raw);
		const name = typeof (raw as {name?: unknown})?.name === 'string' ? ` "${(raw as {name: string}).name}"` : '';
		if (rule.success) rules.push(rule.data);
		else report(rule.error, ['rules', index], `rule #${index + 1}${name}: `);
	});
	return {value: problems.length > 0 ? undefined : {escalationTeam: outline.data.escalationTeam, rules}, problems};
}

/** The line of the deepest node that exists along a path (the parent when a key is missing). */
function lineOf(document: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>): number | null {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
		const range = (node as {range?: [number, number, number]} | undefined)?.range;
		if (range) return lines.linePos(range[0]).line;
	}
	return null;
}

async function readOptional(path: string, problems: ConfigProblem[]): Promise<string | undefined> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'ENOENT') problems.push({file: path, line: null, message: `cannot read: ${(error as Error).message}`});
		return undefined;
	}
}

/** The shipped defaults as editable YAML, one text per file. */
export function defaultTriageYaml(): Record<FileId, string> {
	const table = defaultTargetTable();
	const targets = Object.fromEntries(
		Object.entries(table).map(([channel, byPriority]) => [
			channel,
			Object.fromEntries(Object.entries(byPriority).map(([priority, pair]) => [priority, {firstResponse: formatDuration(pair.firstResponse), resolution: formatDuration(pair.resolution)}])),
		]),
	);
	return {
		routing: `# Tried in order; the first rule that matches wins. match: all (default) or any.\n${compactYaml(defaultRoutingRules)}`,
		serviceTargets: [
			'# Targets count covered time only. Leave "hours" out for 24/7.',
			'# timezone: Europe/Berlin',
			'# hours: {mon-fri: "09:00-17:00", sat: closed}',
			'# holidays: [2026-12-25, 2026-12-26]',
			compactYaml({risk: {share: '75%', within: '1h'}, targets}),
		].join('\n'),
		channelMap: `# complexity-severity-effort letters (L, M, H): [primary, secondary]\n# channels: article, chatbot, chat-agent, email-agent, phone, specialist\n${compactYaml(
			Object.fromEntries(Object.entries(defaultChannelMap).map(([key, pair]) => [key, [pair.primary, pair.secondary]])),
		)}`,
	};
}

/** Block YAML with lists and target cells on one line each, so the files stay short enough to edit. */
function compactYaml(value: unknown): string {
	const document = new Document(value);
	visit(document, {
		Seq: (_key, node) => {
			if (node.items.every(item => isScalar(item))) node.flow = true;
		},
		Map: (_key, node) => {
			if (isMap(node) && node.has('firstResponse')) node.flow = true;
		},
	});
	return document.toString({lineWidth: 120, flowCollectionPadding: false});
}

/** Writes the default files that do not exist yet; never overwrites. Returns the paths written. */
export async function writeDefaultTriageFiles(configDir: string): Promise<{written: string[]; kept: string[]}> {
	const directory = triageConfigDir(configDir);
	await mkdir(directory, {recursive: true});
	const texts = defaultTriageYaml();
	const written: string[] = [];
	const kept: string[] = [];
	for (const id of Object.keys(triageFiles) as FileId[]) {
		const path = join(directory, triageFiles[id]);
		try {
			await writeFile(path, texts[id], {flag: 'wx'});
			written.push(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			kept.push(path);
		}
	}
	return {written, kept};
}
