// deskterm templates list: every template (or one variant per id for --language), as a table, TSV or JSON.
import {templateJsonFields, templateToJson} from '../../templates/template-json.js';
import type {Template} from '../../templates/template.js';
import {templatesForLanguage} from '../../templates/variants.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, pickFields, readJsonRequest, writeJson} from '../output/json-output.js';
import {printTable, type TableColumn} from '../output/table.js';
import {languageOption, loadForCommand, readLanguage, templatesOption} from './templates-common.js';

const columns: Array<TableColumn<Template>> = [
	{id: 'id', header: 'ID', width: 24, dropOrder: 0, text: row => row.id, plain: row => row.id},
	{id: 'language', header: 'LANG', width: 5, dropOrder: 3, text: row => row.language, plain: row => row.language, tone: () => 'muted'},
	{id: 'shortcut', header: 'SHORTCUT', width: 12, dropOrder: 2, text: row => (row.shortcut ? `/${row.shortcut}` : ''), plain: row => row.shortcut ?? '', tone: () => 'accent'},
	{id: 'title', header: 'TITLE', width: 20, flexible: true, dropOrder: 0, text: row => `${row.title}${row.humanOnly ? ' (human only)' : ''}`, plain: row => row.title},
	{id: 'tags', header: 'TAGS', width: 24, dropOrder: 1, text: row => row.tags.join(', '), plain: row => row.tags.join(','), tone: () => 'muted'},
];

export const command: CommandDefinition = {
	name: 'templates list',
	summary: 'List the canned-reply templates',
	usage: 'deskterm templates list [--language L] [--templates DIR]... [--json [--fields a,b]]',
	details: [
		'Templates come from the shipped library, then your templates folder (later ones override by id + language).',
		'In a pipe: id, language, shortcut, title, comma-separated tags; tab-separated, no header.',
		`With --json: an array of {${templateJsonFields.join(', ')}} (see docs/templates.md).`,
	].join('\n'),
	options: {...languageOption, ...templatesOption, ...jsonOptions([...templateJsonFields])},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, templateJsonFields);
		const language = readLanguage(input.values);
		const {templates} = await loadForCommand(input.values, context, io);
		const shown = language ? templatesForLanguage(templates, language) : templates;
		if (request) {
			writeJson(io, shown.map(template => pickFields(templateToJson(template), request)));
			return exitCodes.ok;
		}
		printTable(io, columns, shown, context.clock());
		return exitCodes.ok;
	},
};
