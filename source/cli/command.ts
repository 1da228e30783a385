// What a command is: its flags and help as data, and a run function with injected IO.
import type {Context} from '../context.js';
import type {Io} from './io.js';

/** What a flag's value or a positional argument is, for shell completion (see source/cli/reference/). */
export type ValueSource =
	| {kind: 'none'}
	| {kind: 'choice'; values: readonly string[]; list?: boolean}
	| {kind: 'conversation' | 'profile' | 'template' | 'provider' | 'file' | 'dir'};

export type OptionSpec = {
	type: 'string' | 'boolean';
	short?: string;
	multiple?: boolean;
	/** Shown in help, e.g. "--status <open|pending|snoozed|closed|all>". */
	valueName?: string;
	description: string;
	/** What completes its value; when left out, read from valueName ("<a|b>" a choice, "<dir>", "<file>"). */
	complete?: ValueSource;
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
	/** What each positional is, for completion; when left out, read from usage ("<id>" a conversation, "<a|b>" a choice). */
	arguments?: readonly ValueSource[];
	/** Words like "-spam" are positionals (tag removals), not unknown flags. */
	dashPositionals?: boolean;
	/** False for commands that manage profiles themselves (login, logout, profiles): the context stays on local. */
	usesProfile?: boolean;
	run(input: ParsedInput, io: Io, context: Context): Promise<number>;
};

export type CommandEntry = {
	name: string;
	summary: string;
	/** Helpers for other programs (the shells' __complete): left out of help, completion and the man page. */
	hidden?: boolean;
	load(): Promise<CommandDefinition>;
};
