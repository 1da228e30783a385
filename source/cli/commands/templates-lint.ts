// deskterm templates lint [DIR...]: every problem as file:line: reason; exit 1 if there is any.
import {lintTemplates} from '../../templates/lint-templates.js';
import {loadTemplates} from '../../templates/load-templates.js';
import {templateSources} from '../../templates/template-dirs.js';
import {formatProblem} from '../../templates/template-problem.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {createStyle} from '../output/style.js';

export const command: CommandDefinition = {
	name: 'templates lint',
	summary: 'Check template files: file:line: reason for every problem',
	usage: 'deskterm templates lint [DIR|FILE]... [--json]',
	details: [
		'Checks the given folders or files, or by default the shipped library and your templates folder.',
		'Errors stop a file from loading (bad YAML, unknown values, duplicate ids); warnings do not',
		'(unknown placeholders, stray "{{", shortcut clashes, unknown fields, empty bodies). Both count.',
		'Exit 0 when clean, 1 when there is any problem. With --json: {"checked", "problems": [{path, line, reason, severity}]}.',
	].join('\n'),
	options: jsonOptions(),
	positionals: {min: 0, max: Number.POSITIVE_INFINITY},
	async run(input, io, context) {
		const sources = templateSources(context.paths, input.positionals);
		const loaded = await loadTemplates(sources);
		const problems = [...loaded.problems, ...lintTemplates(loaded.templates)];
		const code = problems.length === 0 ? exitCodes.ok : exitCodes.failure;
		if (input.values['json'] === true) {
			writeJson(io, {checked: loaded.templates.length, problems});
			return code;
		}
		for (const problem of problems) io.write(`${formatProblem(problem)}\n`);
		if (io.isStdoutTty) {
			const style = createStyle(io.color);
			const summary = `${loaded.templates.length} templates loaded from ${sources.join(', ')}`;
			io.write(problems.length === 0 ? `${style.tone('ok', `${summary}: no problems`)}\n` : `${style.tone('danger', `${summary}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)}\n`);
		}
		return code;
	},
};
