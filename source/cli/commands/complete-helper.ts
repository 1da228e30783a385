// deskterm __complete <ids|profiles|templates> [prefix]: candidates for the completion scripts, "value<TAB>description" lines.
import {conversationCandidates, profileCandidates, templateCandidates, type Candidate} from '../../operations/completion-candidates.js';
import type {Context} from '../../context.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';

const sources: Record<string, (context: Context, prefix: string) => Promise<Candidate[]> | Candidate[]> = {
	ids: conversationCandidates,
	profiles: profileCandidates,
	templates: templateCandidates,
};

export const command: CommandDefinition = {
	name: '__complete',
	summary: 'Candidates for the shell completion scripts',
	usage: `deskterm __complete <${Object.keys(sources).join('|')}> [prefix]`,
	details: 'Prints value<TAB>description lines; prints nothing (exit 0) when the desk cannot answer in time.',
	options: {},
	positionals: {min: 1, max: 2},
	async run(input, io, context) {
		const [kind = '', prefix = ''] = input.positionals;
		const source = Object.hasOwn(sources, kind) ? sources[kind] : undefined;
		if (!source) return exitCodes.usage;
		let candidates: Candidate[];
		try {
			candidates = await source(context, prefix);
		} catch {
			// A shell in the middle of a line is no place for an error message.
			return exitCodes.ok;
		}
		io.write(candidates.map(candidate => `${candidate.value}\t${candidate.description}\n`).join(''));
		return exitCodes.ok;
	},
};
