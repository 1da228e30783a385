// What a command is: its flags and help as data, and a run function with injected IO.
import type {Context} from '../context.js';
import type {Io} from './io.js';

export type OptionSpec = {
	type: 'string' | 'boolean';
	short?: string;
	multiple?: boolean;
	/** Shown in help, e.g. "--status <open|pending|snoozed|closed|all>". */
	valueName?: string;
	description: string;
};

export type ParsedInput = {
	values: Record<string, string | boolean | string[] | boolean[] | undefined>;
	positionals: string[];
};

export type CommandDefinition = {
	/** 'queue', or 'demo reset' for a noun with verbs. */
	name: string;
	summary: string;
	/** e.g. 'deskterm show <id> [--json]'. */
	usage: string;
	/** More lines of help: what it does, examples, the JSON fields. */
	details?: string;
	options: Record<string, OptionSpec>;
	/** How many positional arguments it takes. */
	positionals: {min: number; max: number};
	/** Words like "-spam" are positionals (tag removals), not unknown flags. */
	dashPositionals?: boolean;
	/** False for commands that manage profiles themselves (login, logout, profiles): the context stays on local. */
	usesProfile?: boolean;
	run(input: ParsedInput, io: Io, context: Context): Promise<number>;
};

export type CommandEntry = {
	name: string;
	summary: string;
	load(): Promise<CommandDefinition>;
};
