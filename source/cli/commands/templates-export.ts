// deskterm templates export: the loaded templates as one JSON document, or as Markdown files in a folder.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DeskError} from '../../domain/errors.js';
import {serializeTemplate, templateFileName} from '../../templates/serialize-template.js';
import {exportFormatVersion, templateToExportJson} from '../../templates/template-json.js';
import {templatesForLanguage} from '../../templates/variants.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';
import {languageOption, loadForCommand, readLanguage, templatesOption} from './templates-common.js';

export const command: CommandDefinition = {
	name: 'templates export',
	summary: 'Export templates as JSON (stdout) or as files into a folder',
	usage: 'deskterm templates export [--json | --to DIR [--force]] [--language L] [--templates DIR]...',
	details: [
		'Without --to: {"version": 1, "templates": [...]} on stdout, each with the list fields plus "body"',
		'(what templates import reads back). With --to DIR: one <id>.md (or <id>.<lang>.md) per template;',
		'existing files are not overwritten unless --force.',
	].join('\n'),
	options: {
		json: {type: 'boolean', description: 'print the JSON export on stdout (the default without --to)'},
		to: {type: 'string', valueName: '<dir>', description: 'write Markdown files into this folder'},
		force: {type: 'boolean', description: 'with --to, overwrite files that exist'},
		...languageOption,
		...templatesOption,
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const to = input.values['to'];
		if (typeof to === 'string' && input.values['json'] === true) throw new DeskError('usage', 'templates export: give --json or --to DIR, not both');
		const language = readLanguage(input.values);
		const loaded = await loadForCommand(input.values, context, io);
		const templates = language ? templatesForLanguage(loaded.templates, language) : loaded.templates;
		if (typeof to !== 'string') {
			writeJson(io, {version: exportFormatVersion, templates: templates.map(templateToExportJson)});
			return exitCodes.ok;
		}
		const files = templates.map(template => ({path: join(to, templateFileName(template)), text: serializeTemplate(template)}));
		const existing = files.filter(file => existsSync(file.path));
		if (existing.length > 0 && input.values['force'] !== true) {
			const shown = existing.slice(0, 3).map(file => file.path).join(', ');
			throw new DeskError('conflict', `${existing.length} file${existing.length === 1 ? '' : 's'} already exist (${shown}${existing.length > 3 ? ', ...' : ''}); use --force to overwrite`);
		}
		mkdirSync(to, {recursive: true});
		for (const file of files) writeFileSync(file.path, file.text);
		io.error(`deskterm: exported ${files.length} template${files.length === 1 ? '' : 's'} to ${to}\n`);
		return exitCodes.ok;
	},
};
