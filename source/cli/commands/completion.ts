// deskterm completion bash|zsh|fish: the shell's completion script, written from the command table.
import {DeskError} from '../../domain/errors.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {bashCompletion} from '../reference/bash-completion.js';
import {fishCompletion} from '../reference/fish-completion.js';
import {loadReference} from '../reference/load-reference.js';
import {zshCompletion} from '../reference/zsh-completion.js';

const shells = {bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion};

export const command: CommandDefinition = {
	name: 'completion',
	summary: 'Print the shell completion script for bash, zsh or fish',
	usage: 'deskterm completion <bash|zsh|fish>',
	details: [
		'Completes commands and verbs, flags and their short forms, known flag values (--status, --sort, --fields ...),',
		'profile and template names, and conversation ids from the active profile\'s queue (a remote desk gets 1.5 s).',
		'',
		'Install:',
		'  bash  source <(deskterm completion bash)                      # in ~/.bashrc',
		'  zsh   deskterm completion zsh > "${fpath[1]}/_deskterm"        # then compinit (or: source <(deskterm completion zsh))',
		'  fish  deskterm completion fish > ~/.config/fish/completions/deskterm.fish',
	].join('\n'),
	options: {},
	positionals: {min: 1, max: 1},
	usesProfile: false,
	async run(input, io) {
		const shell = input.positionals[0]!;
		const write = Object.hasOwn(shells, shell) ? shells[shell as keyof typeof shells] : undefined;
		if (!write) throw new DeskError('usage', `completion: no script for "${shell}" (valid: ${Object.keys(shells).join(', ')})`);
		io.write(write(await loadReference()));
		return exitCodes.ok;
	},
};
