// deskterm man: the manual page as roff, written from the command table (the build saves it as dist/deskterm.1).
import {providerDefinition, providerKinds} from '../../providers/registry.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {loadReference} from '../reference/load-reference.js';
import {manPage} from '../reference/man-page.js';

export const command: CommandDefinition = {
	name: 'man',
	summary: 'Print the manual page (roff): deskterm man | man -l -',
	usage: 'deskterm man',
	details: [
		'The same commands, flags and help as --help, with exit codes, environment and files, for man(1).',
		'npm installs it from dist/deskterm.1 (package.json "man"); in a clone: man -l dist/deskterm.1.',
	].join('\n'),
	options: {},
	positionals: {min: 0, max: 0},
	usesProfile: false,
	async run(_input, io) {
		const providerEnvironment = providerKinds().flatMap(kind => {
			const definition = providerDefinition(kind);
			return definition.loginFields.flatMap(field => (field.env ? [{term: field.env, text: `${definition.label}: ${field.label}${field.secret ? ' (secret)' : ''}`}] : []));
		});
		io.write(manPage(await loadReference(), {providerEnvironment}));
		return exitCodes.ok;
	},
};
