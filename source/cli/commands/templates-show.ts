// deskterm templates show <id>: one template, its settings and its body, in the variant for --language.
import {DeskError} from '../../domain/errors.js';
import {templateToJson} from '../../templates/template-json.js';
import type {Template} from '../../templates/template.js';
import {findTemplate} from '../../templates/variants.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {plainCell} from '../output/plain.js';
import {createStyle} from '../output/style.js';
import {languageOption, loadForCommand, readLanguage, templatesOption} from './templates-common.js';

export const command: CommandDefinition = {
	name: 'templates show',
	summary: 'Show one template: settings, actions and body',
	usage: 'deskterm templates show <id> [--language L] [--templates DIR]... [--json]',
	details: [
		'Without --language, the English variant (or the only one). Other variants are listed.',
		'In a pipe: "key:<TAB>value" lines, then "--" and the body as written.',
		'With --json: the list fields plus "body" and "variants" (the languages available).',
	].join('\n'),
	options: {...languageOption, ...templatesOption, ...jsonOptions()},
	positionals: {min: 1, max: 1},
	arguments: [{kind: 'template'}],
	async run(input, io, context) {
		const id = input.positionals[0]!;
		const language = readLanguage(input.values);
		const {templates} = await loadForCommand(input.values, context, io);
		const template = findTemplate(templates, id, language);
		if (!template) throw new DeskError('not_found', `no template "${id}" (deskterm templates list shows them all)`);
		const variants = templates.filter(other => other.id === template.id).map(other => other.language);
		if (input.values['json'] === true) {
			writeJson(io, {...templateToJson(template, {body: true}), variants});
			return exitCodes.ok;
		}
		io.write(io.isStdoutTty ? formatForPerson(template, variants, io.color) : formatPlain(template, variants));
		return exitCodes.ok;
	},
};

function settings(template: Template, variants: string[]): Array<[string, string]> {
	const {actions} = template;
	const actionText = [
		actions.status ? `status ${actions.status}${actions.snoozeFor ? ` for ${actions.snoozeFor}` : ''}` : null,
		actions.addTags?.length ? `add tags ${actions.addTags.join(', ')}` : null,
		actions.removeTags?.length ? `remove tags ${actions.removeTags.join(', ')}` : null,
		actions.assign ? `assign ${actions.assign}` : null,
		actions.priority ? `priority ${actions.priority}` : null,
	].filter(part => part !== null);
	return [
		['id', template.id],
		['title', template.title],
		['language', template.language],
		['variants', variants.join(', ')],
		['tags', template.tags.join(', ')],
		['shortcut', template.shortcut ? `/${template.shortcut}` : ''],
		['channels', template.channels.length > 0 ? template.channels.join(', ') : 'all'],
		['visibility', template.visibility],
		['human only', template.humanOnly ? 'yes: a bot must never send it on its own' : 'no'],
		['actions', actionText.join('; ')],
		['file', template.source ? `${template.source.path}` : ''],
	];
}

function formatForPerson(template: Template, variants: string[], color: boolean): string {
	const style = createStyle(color);
	const rows = settings(template, variants).filter(([, value]) => value !== '');
	const width = Math.max(...rows.map(([key]) => key.length));
	const lines = rows.map(([key, value]) => `${style.tone('muted', key.padEnd(width))}  ${value}`);
	return `${lines.join('\n')}\n\n${template.body}\n`;
}

function formatPlain(template: Template, variants: string[]): string {
	const lines = settings(template, variants).map(([key, value]) => `${key}:\t${plainCell(value)}`);
	return `${lines.join('\n')}\n--\n${template.body}\n`;
}
