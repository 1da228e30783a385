// Reads one template file's text: YAML 1.2 core schema only (no custom tags, nothing executed), checked with zod.
import {basename, extname} from 'node:path';
import {LineCounter, parseDocument, type Document} from 'yaml';
import type * as z from '../validation/zod.js';
import {splitFrontMatter, type FrontMatterSplit} from './front-matter.js';
import {parseSimpleYaml} from './simple-yaml.js';
import {frontMatterSchema, knownFields, templateIdPattern, toTemplate, type FrontMatter} from './template-schema.js';
import type {Template} from './template.js';
import type {TemplateProblem} from './template-problem.js';

export type ParsedTemplate = {template: Template | null; problems: TemplateProblem[]};

export function parseTemplate(text: string, path: string): ParsedTemplate {
	const split = splitFrontMatter(text);
	if ('reason' in split) return failed(path, split.line, split.reason);
	// Well-formed plain files skip the full YAML parser, which costs ten times more per file.
	const simple = parseSimpleYaml(split.yaml);
	if (simple && Object.keys(simple).every(key => knownFields.includes(key))) {
		const result = frontMatterSchema.safeParse(simple);
		if (result.success) return finish(result.data, split, path, []);
	}
	return parseWithDocument(split, path);
}

function parseWithDocument(split: FrontMatterSplit, path: string): ParsedTemplate {
	const lineCounter = new LineCounter();
	const document = parseDocument(split.yaml, {lineCounter, schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false});
	const yamlError = document.errors[0] ?? document.warnings[0];
	if (yamlError) {
		// Errors found at the end of the text (an unclosed bracket) belong to the last YAML line, not the fence.
		const lastLine = Math.max(1, split.yaml.replace(/\n$/, '').split('\n').length);
		const line = split.yamlLine - 1 + Math.min(lineCounter.linePos(yamlError.pos[0]).line || 1, lastLine);
		return failed(path, line, `invalid YAML: ${firstLine(yamlError.message)}`);
	}
	let data: unknown;
	try {
		// An alias to no anchor, or too many aliases, only shows when the document becomes data.
		data = document.toJS({maxAliasCount: 50}) ?? {};
	} catch (error) {
		return failed(path, split.yamlLine, `invalid YAML: ${firstLine(String((error as Error).message))}`);
	}
	const result = frontMatterSchema.safeParse(data);
	if (!result.success) {
		return {
			template: null,
			problems: result.error.issues.map(issue => ({
				path,
				line: lineOf(document, lineCounter, issuePath(issue), split.yamlLine),
				reason: describeIssue(issue, data),
				severity: 'error' as const,
			})),
		};
	}
	const problems: TemplateProblem[] = [];
	for (const key of Object.keys(data as object)) {
		if (!knownFields.includes(key)) {
			problems.push({
				path,
				line: lineOf(document, lineCounter, [key], split.yamlLine),
				reason: `unknown field "${key}" is ignored (known: ${knownFields.join(', ')})`,
				severity: 'warning',
			});
		}
	}
	return finish(result.data, split, path, problems);
}

function finish(front: FrontMatter, split: FrontMatterSplit, path: string, problems: TemplateProblem[]): ParsedTemplate {
	const fallbackId = basename(path, extname(path));
	if (front.id === undefined && !templateIdPattern.test(fallbackId)) {
		return failed(path, split.yamlLine, `no id, and the file name "${fallbackId}" cannot be one: add "id: some-id"`);
	}
	if (split.body.trim() === '') {
		problems.push({path, line: split.bodyLine, reason: 'the body is empty: write the reply under the front matter', severity: 'warning'});
	}
	return {template: toTemplate(front, fallbackId, split.body, {path, bodyLine: split.bodyLine}), problems};
}

function failed(path: string, line: number, reason: string): ParsedTemplate {
	return {template: null, problems: [{path, line, reason, severity: 'error'}]};
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
	const field = issue.path.map(String).join('.');
	const value = valueAt(data, issue.path);
	if (value === undefined && field !== '') return `${field}: is required`;
	if (value === null && field !== '') return `${field}: has no value`;
	return field === '' ? issue.message : `${field}: ${issue.message}`;
}

// An unknown key is best pointed at by its own line, not its parent's.
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
	return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : [...issue.path];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

// The deepest node that exists along the issue's path carries the line to point at.
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[], yamlLine: number): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const keys = path.slice(0, depth).map(key => (typeof key === 'symbol' ? String(key) : key));
		const node = depth === 0 ? document.contents : document.getIn(keys, true);
		const pair = depth > 0 ? findKeyOffset(document, keys) : undefined;
		const offset = pair ?? (node && typeof node === 'object' && 'range' in node ? (node.range as number[] | undefined)?.[0] : undefined);
		if (offset !== undefined) return yamlLine - 1 + lineCounter.linePos(offset).line;
	}
	return yamlLine;
}

// A missing value (e.g. "title:" with nothing) has no node of its own: point at its key instead.
function findKeyOffset(document: Document, keys: readonly (string | number)[]): number | undefined {
	const parent = keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
	if (!parent || typeof parent !== 'object' || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
	const last = keys[keys.length - 1];
	for (const item of parent.items as unknown[]) {
		if (item && typeof item === 'object' && 'key' in item) {
			const key = item.key as {value?: unknown; range?: number[]} | null;
			if (key?.value === last) return key?.range?.[0];
		}
	}
	return undefined;
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}
