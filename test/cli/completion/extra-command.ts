// A command none of the scripts has heard of, as another helper would add one: completion must take it in as it is.
import type {CommandDefinition} from '../../../source/cli/command.js';

export const statsDefinition: CommandDefinition = {
	name: 'stats',
	summary: 'Numbers about the desk',
	usage: 'deskterm stats [--period <day|week|month>] [--json]',
	options: {
		period: {type: 'string', valueName: '<day|week|month>', description: 'how far back'},
		json: {type: 'boolean', description: 'print JSON'},
	},
	positionals: {min: 0, max: 0},
	run: async () => 0,
};
