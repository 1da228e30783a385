// What the team taught the ranking, kept in <dataDir>/ranking/: template uses (append-only) and imported history.
import {closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {DeskError} from '../domain/errors.js';
import * as z from '../validation/zod.js';
import type {LabelledExample} from './rankable.js';

/** One reply sent with a template: the message it answered and whether the agent changed the text. */
export type TemplateUse = {
	templateId: string;
	conversationId: string;
	customerText: string;
	edited: boolean;
	/** Epoch milliseconds. */
	at: number;
};

const useSchema = z.object({
	templateId: z.string().check(z.minLength(1)),
	conversationId: z.string(),
	customerText: z.string(),
	edited: z.boolean(),
	at: z.number(),
});
const exampleSchema = z.object({text: z.string().check(z.minLength(1)), template: z.string().check(z.minLength(1))});

function rankingDir(dataDir: string): string {
	return join(dataDir, 'ranking');
}

const usesFile = (dataDir: string) => join(rankingDir(dataDir), 'template-uses.jsonl');
const examplesFile = (dataDir: string) => join(rankingDir(dataDir), 'learned-examples.jsonl');

/** Appends one use and waits until it is on disk; a torn line from an earlier crash is closed first. */
export async function recordTemplateUse(dataDir: string, use: TemplateUse): Promise<void> {
	const checked = useSchema.safeParse(use);
	if (!checked.success) throw new DeskError('usage', `not a template use: ${checked.error.issues[0]?.message ?? 'invalid'}`);
	mkdirSync(rankingDir(dataDir), {recursive: true});
	const descriptor = openSync(usesFile(dataDir), 'a+');
	try {
		const line = `${JSON.stringify(checked.data)}\n`;
		writeSync(descriptor, endsTorn(descriptor) ? `\n${line}` : line);
		fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
}

/** Every recorded use, oldest first; lines that cannot be read (a crash mid-write) are left out. */
export async function readTemplateUses(dataDir: string): Promise<TemplateUse[]> {
	return readLines(usesFile(dataDir)).flatMap(line => {
		const parsed = useSchema.safeParse(parseJson(line));
		return parsed.success ? [parsed.data] : [];
	});
}

/** The examples imported with `deskterm learn`. */
export async function readLearnedExamples(dataDir: string): Promise<LabelledExample[]> {
	return readLines(examplesFile(dataDir)).flatMap(line => {
		const parsed = exampleSchema.safeParse(parseJson(line));
		return parsed.success ? [{text: parsed.data.text, templateId: parsed.data.template}] : [];
	});
}

/** Replaces the imported examples in one step: a temporary file, synced, then renamed over the old one. */
export async function writeLearnedExamples(dataDir: string, examples: readonly LabelledExample[]): Promise<void> {
	mkdirSync(rankingDir(dataDir), {recursive: true});
	const target = examplesFile(dataDir);
	const temporary = `${target}.${process.pid}.tmp`;
	const descriptor = openSync(temporary, 'w');
	try {
		const lines = examples.map(example => JSON.stringify({text: example.text, template: example.templateId}));
		writeSync(descriptor, lines.length > 0 ? `${lines.join('\n')}\n` : '');
		fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
	renameSync(temporary, target);
}

/** Everything the ranking learns from: imported history, then the team's own template uses. */
export async function readTrainingExamples(dataDir: string): Promise<LabelledExample[]> {
	const [learned, uses] = await Promise.all([readLearnedExamples(dataDir), readTemplateUses(dataDir)]);
	return [...learned, ...uses.filter(use => use.customerText.trim() !== '').map(use => ({text: use.customerText, templateId: use.templateId}))];
}

function readLines(path: string): string[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new DeskError('internal', `cannot read ${path}: ${(error as Error).message}`);
	}
	return text.split('\n').filter(line => line.trim() !== '');
}

function parseJson(line: string): unknown {
	try {
		return JSON.parse(line);
	} catch {
		return undefined;
	}
}

function endsTorn(descriptor: number): boolean {
	const size = fstatSync(descriptor).size;
	if (size === 0) return false;
	const last = Buffer.alloc(1);
	readSync(descriptor, last, 0, 1, size - 1);
	return last[0] !== 0x0a;
}

/** Earlier examples with the new ones added; the same text and template twice counts once. */
export function mergeExamples(earlier: readonly LabelledExample[], incoming: readonly LabelledExample[]): {merged: LabelledExample[]; added: number} {
	const key = (example: LabelledExample) => `${example.templateId}\u0000${example.text}`;
	const seen = new Set(earlier.map(key));
	const merged = [...earlier];
	for (const example of incoming) {
		if (seen.has(key(example))) continue;
		seen.add(key(example));
		merged.push(example);
	}
	return {merged, added: merged.length - earlier.length};
}
