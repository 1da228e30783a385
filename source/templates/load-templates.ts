// Loads every template from folders (and single files), in order: later sources override earlier ones by id + language.
import {closeSync, openSync, readSync, readdirSync, statSync} from 'node:fs';
import {join, sep} from 'node:path';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {parseTemplate} from './parse-template.js';
import type {Template} from './template.js';
import type {TemplateProblem} from './template-problem.js';

export type LoadedTemplates = {
	/** One per id + language, sorted by id then language. */
	templates: Template[];
	/** Files that could not be read (severity error) or look wrong (warning); never stop the others. */
	problems: TemplateProblem[];
};

// A real template is a few kilobytes; anything this big is a mistake, not a reply.
const maxFileBytes = 1024 * 1024;
// Synchronous reads are several times faster than fs/promises for many small files; yielding
// between batches keeps the console responsive while a big library loads.
const readBatch = 500;

export async function loadTemplates(sources: readonly string[]): Promise<LoadedTemplates> {
	const merged = new Map<string, Template>();
	const problems: TemplateProblem[] = [];
	for (const source of sources) {
		const files = listTemplateFiles(source, problems);
		const seen = new Map<string, string>();
		for (let start = 0; start < files.length; start += readBatch) {
			if (start > 0) await nextTurn();
			for (const file of files.slice(start, start + readBatch)) {
				const {template, problems: fileProblems} = readTemplateFile(file);
				problems.push(...fileProblems);
				if (!template) continue;
				const key = variantKey(template);
				const path = template.source?.path ?? '';
				const earlier = seen.get(key);
				if (earlier !== undefined) {
					problems.push({
						path,
						line: 1,
						reason: `duplicate: id "${template.id}" (language ${template.language}) is already defined in ${earlier}; this file is ignored`,
						severity: 'error',
					});
					continue;
				}
				seen.set(key, path);
				merged.set(key, template);
			}
		}
	}
	const templates = [...merged.values()].sort(
		(a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0),
	);
	return {templates, problems};
}

export function variantKey(template: Pick<Template, 'id' | 'language'>): string {
	return `${template.id}\u0000${template.language}`;
}

// One buffer for every read: no fstat and no allocation per file.
let readBuffer: Buffer | undefined;

function readTemplateFile(path: string): {template: Template | null; problems: TemplateProblem[]} {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(path, 'r');
		readBuffer ??= Buffer.allocUnsafe(maxFileBytes + 1);
		// Regular files come back whole in one read; a full buffer means the file is over the limit.
		const length = readSync(descriptor, readBuffer, 0, readBuffer.length, 0);
		if (length > maxFileBytes) {
			return {template: null, problems: [{path, line: 0, reason: 'too big for a template (more than 1024 KB)', severity: 'error'}]};
		}
		return parseTemplate(readBuffer.toString('utf8', 0, length), path);
	} catch (error) {
		return {template: null, problems: [{path, line: 0, reason: `cannot read: ${describeFsError(error)}`, severity: 'error'}]};
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/** The .md files of a folder and its subfolders (hidden ones and READMEs skipped), or the file itself. */
export function listTemplateFiles(source: string, problems: TemplateProblem[]): string[] {
	let info;
	try {
		info = statSync(source);
	} catch (error) {
		problems.push({path: source, line: 0, reason: `cannot read templates: ${describeFsError(error)}`, severity: 'error'});
		return [];
	}
	if (!info.isDirectory()) return [source];
	const files: string[] = [];
	walk(source, files, problems);
	// Sorted by path inside the source, so "first file wins" means the same on every machine.
	const prefix = join(source, sep).length;
	return files
		.map(path => ({path, key: path.slice(prefix)}))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(file => file.path);
}

function walk(directory: string, files: string[], problems: TemplateProblem[]): void {
	let entries;
	try {
		entries = readdirSync(directory, {withFileTypes: true});
	} catch (error) {
		problems.push({path: directory, line: 0, reason: `cannot read folder: ${describeFsError(error)}`, severity: 'error'});
		return;
	}
	const folders: string[] = [];
	for (const entry of entries) {
		// .git, editor swap files and the like are never templates.
		if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
		const path = join(directory, entry.name);
		let isDirectory = entry.isDirectory();
		let isFile = entry.isFile();
		if (entry.isSymbolicLink()) {
			const target = statSync(path, {throwIfNoEntry: false});
			isDirectory = target?.isDirectory() ?? false;
			isFile = target?.isFile() ?? false;
		}
		if (isDirectory) folders.push(path);
		else if (isFile && isTemplateFileName(entry.name)) files.push(path);
	}
	for (const folder of folders) walk(folder, files, problems);
}

export function isTemplateFileName(name: string): boolean {
	return name.toLowerCase().endsWith('.md') && !/^readme\.md$/i.test(name);
}

function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOENT') return 'no such file or folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a folder';
	return error instanceof Error ? error.message : String(error);
}
