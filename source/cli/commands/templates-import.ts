// deskterm templates import: template files, a JSON export, or the back end's saved replies, into your folder.
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Context} from '../../context.js';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {loadTemplates} from '../../templates/load-templates.js';
import {serializeTemplate, templateFileName} from '../../templates/serialize-template.js';
import {templatesFromJson} from '../../templates/template-json.js';
import type {Template} from '../../templates/template.js';
import {formatProblem, type TemplateProblem} from '../../templates/template-problem.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';
import {savedRepliesAsTemplates} from './templates-saved-replies.js';

type Outcome = {id: string; language: string; path: string};

export const command: CommandDefinition = {
	name: 'templates import',
	summary: "Import template files, a JSON export, or the back end's saved replies",
	usage: 'deskterm templates import (FILE|DIR | --from-provider) [--to DIR] [--force] [--json]',
	details: [
		'FILE is a template (.md) or a JSON export (from templates export); DIR is a folder of templates.',
		"--from-provider reads the current profile's saved replies or macros, where its API has them.",
		'Everything is checked like a template file first; files go into your templates folder (or --to DIR).',
		'An existing file is kept unless --force. Exit 1 if anything could not be imported.',
		'With --json: {"imported": [{id, language, path}], "skipped": [{id, language, path, reason}], "problems": [...]}.',
	].join('\n'),
	options: {
		'from-provider': {type: 'boolean', description: "import the back end's saved replies / macros"},
		to: {type: 'string', valueName: '<dir>', description: 'write into this folder instead of your templates folder'},
		force: {type: 'boolean', description: 'overwrite templates that already exist there'},
		json: {type: 'boolean', description: 'print what was imported as JSON'},
	},
	positionals: {min: 0, max: 1},
	async run(input, io, context) {
		refuseInReadOnly(context, 'import templates');
		const fromProvider = input.values['from-provider'] === true;
		const source = input.positionals[0];
		if (fromProvider === (source !== undefined)) throw new DeskError('usage', 'templates import: give a FILE or DIR, or --from-provider (one of them)');
		const {templates, problems, originals} = source === undefined ? await fromBackEnd(context) : await fromPath(source);
		const directory = typeof input.values['to'] === 'string' ? input.values['to'] : context.paths.templatesDir;
		const imported: Outcome[] = [];
		const skipped: Array<Outcome & {reason: string}> = [];
		const written = new Set<string>();
		mkdirSync(directory, {recursive: true});
		for (const template of templates) {
			const path = join(directory, templateFileName(template));
			const outcome = {id: template.id, language: template.language, path};
			if (written.has(path)) {
				skipped.push({...outcome, reason: 'the same id and language came twice in what was imported'});
			} else if (existsSync(path) && input.values['force'] !== true) {
				skipped.push({...outcome, reason: 'already exists (use --force to replace it)'});
			} else {
				writeFileSync(path, originals.get(template) ?? serializeTemplate(template));
				written.add(path);
				imported.push(outcome);
			}
		}
		const code = problems.some(problem => problem.severity === 'error') ? exitCodes.failure : exitCodes.ok;
		if (input.values['json'] === true) {
			writeJson(io, {imported, skipped, problems});
			return code;
		}
		for (const problem of problems) io.error(`${formatProblem(problem)}\n`);
		for (const item of skipped) io.error(`deskterm: skipped ${item.id} (${item.language}): ${item.reason}\n`);
		for (const item of imported) io.write(`${item.path}\n`);
		io.error(`deskterm: imported ${imported.length} template${imported.length === 1 ? '' : 's'} into ${directory}${skipped.length > 0 ? `, skipped ${skipped.length}` : ''}\n`);
		return code;
	},
};

type Incoming = {templates: Template[]; problems: TemplateProblem[]; originals: Map<Template, string>};

async function fromPath(source: string): Promise<Incoming> {
	const info = statSync(source, {throwIfNoEntry: false});
	if (!info) throw new DeskError('not_found', `no such file or folder: ${source}`);
	if (info.isFile() && source.toLowerCase().endsWith('.json')) {
		return {...templatesFromJson(readFileSync(source, 'utf8'), source), originals: new Map()};
	}
	const loaded = await loadTemplates([source]);
	// Files are copied as written, comments and layout included.
	const originals = new Map(loaded.templates.map(template => [template, readFileSync(template.source!.path, 'utf8')]));
	return {...loaded, originals};
}

async function fromBackEnd(context: Context): Promise<Incoming> {
	const provider = await context.provider();
	if (!provider.capabilities.savedReplies || !provider.listSavedReplies) {
		throw new DeskError('unsupported', `the ${provider.kind} back end (${provider.label}) has no saved replies or macros to import`, {provider: provider.kind});
	}
	const replies = await provider.listSavedReplies();
	return {...savedRepliesAsTemplates(replies, provider.kind), originals: new Map()};
}
