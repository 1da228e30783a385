// deskterm templates new <id>: a new file in your templates folder, from a skeleton or the shipped template it overrides.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {loadTemplates} from '../../templates/load-templates.js';
import {serializeTemplate, templateFileName} from '../../templates/serialize-template.js';
import {templateIdPattern} from '../../templates/template-schema.js';
import {shippedTemplatesDir} from '../../templates/template-dirs.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {flagDirs, languageOption, readLanguage} from './templates-common.js';
import {openInEditor, reportSavedTemplate} from './templates-editor.js';

const skeletonBody = [
	'Hi {{customer.first_name | there}},',
	'',
	'{{reply}}',
	'',
	'Best,',
	'{{agent.first_name}}',
].join('\n');

// Comments in the front matter teach the optional fields without ending up in a reply.
const optionalFields = [
	'# Optional: shortcut: word (insert with /word), channels: [email, chat], visibility: personal,',
	'# human_only: true (a bot must never send it), language: de (a variant of the same id),',
	'# actions: {status: closed, add_tags: [x], assign: me, priority: high, snooze_for: 3d}.',
	'# Placeholders: {{customer.first_name | fallback}}, {{agent.first_name}}, {{conversation.id}}, {{order_number}}.',
].join('\n');

export const command: CommandDefinition = {
	name: 'templates new',
	summary: 'Create a template in your templates folder and open it in $EDITOR',
	usage: 'deskterm templates new <id> [--title T] [--language L] [--to DIR]',
	details: [
		'Writes <id>.md (or <id>.<lang>.md) into your templates folder (or --to DIR) and never overwrites a file.',
		'If the shipped library has this id, its text is copied so you can adapt it: yours then overrides it.',
		'The skeleton keeps a {{reply}} field, so it cannot be sent before you write the reply.',
		'On a terminal it opens $VISUAL or $EDITOR; otherwise it prints the path.',
	].join('\n'),
	options: {
		title: {type: 'string', valueName: '<text>', description: 'the title agents see (default: the id in words)'},
		...languageOption,
		to: {type: 'string', valueName: '<dir>', description: 'write into this folder instead of your templates folder'},
	},
	positionals: {min: 1, max: 1},
	arguments: [{kind: 'none'}],
	async run(input, io, context) {
		refuseInReadOnly(context, 'create a template');
		const id = input.positionals[0]!;
		if (!templateIdPattern.test(id)) throw new DeskError('usage', `templates new: "${id}" cannot be an id: one word without spaces or slashes, e.g. refund-approved`);
		const language = readLanguage(input.values) ?? 'en';
		const directory = typeof input.values['to'] === 'string' ? input.values['to'] : context.paths.templatesDir;
		const path = join(directory, templateFileName({id, language}));
		if (existsSync(path)) throw new DeskError('conflict', `${path} already exists; change it with deskterm templates edit ${id}`);
		const existing = existsSync(directory) ? (await loadTemplates([directory])).templates.find(t => t.id === id && t.language === language) : undefined;
		if (existing) throw new DeskError('conflict', `"${id}" (${language}) already exists in ${existing.source?.path}; change it with deskterm templates edit ${id}`);
		const base = await shippedVariant(id, language, flagDirs(input.values));
		const title = typeof input.values['title'] === 'string' ? input.values['title'].trim() : '';
		const markdown = serializeTemplate({
			id,
			title: title || base?.title || titleFromId(id),
			tags: base?.tags ?? [],
			shortcut: base?.shortcut ?? null,
			language,
			channels: base?.channels ?? [],
			visibility: base?.visibility ?? 'team',
			actions: base?.actions ?? {},
			humanOnly: base?.humanOnly ?? false,
			body: base?.body ?? skeletonBody,
		});
		mkdirSync(directory, {recursive: true});
		const [, front = '', body = ''] = /^(---\n[\s\S]*?)(---\n[\s\S]*)$/.exec(markdown) ?? [];
		writeFileSync(path, `${front}${optionalFields}\n${body}`, {flag: 'wx'});
		if (!io.canPrompt) {
			io.write(`${path}\n`);
			return exitCodes.ok;
		}
		await openInEditor(path, io, context.env);
		return reportSavedTemplate(path, io);
	},
};

async function shippedVariant(id: string, language: string, dirs: string[]) {
	const sources = dirs.length > 0 ? dirs : [shippedTemplatesDir()].filter(dir => dir !== null);
	const {templates} = await loadTemplates(sources);
	return templates.find(template => template.id === id && template.language === language);
}

function titleFromId(id: string): string {
	const words = id.replace(/[-_.]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
