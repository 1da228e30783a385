// deskterm templates edit <id>: opens the file that defines the template in $VISUAL or $EDITOR.
import {copyFileSync, existsSync, mkdirSync} from 'node:fs';
import {join, sep} from 'node:path';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import {templateFileName} from '../../templates/serialize-template.js';
import {shippedTemplatesDir} from '../../templates/template-dirs.js';
import {findTemplate} from '../../templates/variants.js';
import type {CommandDefinition} from '../command.js';
import {flagDirs, languageOption, loadForCommand, readLanguage, templatesOption} from './templates-common.js';
import {openInEditor, reportSavedTemplate, requireEditor} from './templates-editor.js';

export const command: CommandDefinition = {
	name: 'templates edit',
	summary: 'Open a template file in $EDITOR',
	usage: 'deskterm templates edit <id> [--language L] [--templates DIR]...',
	details: [
		'Opens the file that wins for this id (yours over the shipped one) in $VISUAL or $EDITOR.',
		'A shipped template is first copied into your templates folder, so an upgrade never undoes your change.',
		'Needs a terminal and an editor. After saving, the file is checked again: exit 1 if it no longer loads.',
	].join('\n'),
	options: {...languageOption, ...templatesOption},
	positionals: {min: 1, max: 1},
	arguments: [{kind: 'template'}],
	async run(input, io, context) {
		refuseInReadOnly(context, 'edit a template');
		const id = input.positionals[0]!;
		const {templates} = await loadForCommand(input.values, context, io);
		const template = findTemplate(templates, id, readLanguage(input.values));
		if (!template?.source) throw new DeskError('not_found', `no template "${id}" (deskterm templates list shows them all)`);
		let path = template.source.path;
		const shipped = shippedTemplatesDir();
		if (shipped && flagDirs(input.values).length === 0 && path.startsWith(shipped + sep)) {
			requireEditor(path, io, context.env);
			const copy = join(context.paths.templatesDir, templateFileName(template));
			if (existsSync(copy)) throw new DeskError('conflict', `${copy} exists but does not define "${id}" (${template.language}); fix its id first`);
			mkdirSync(context.paths.templatesDir, {recursive: true});
			copyFileSync(path, copy);
			io.error(`deskterm: copied the shipped template to ${copy}; yours now overrides it\n`);
			path = copy;
		}
		await openInEditor(path, io, context.env);
		return reportSavedTemplate(path, io);
	},
};
