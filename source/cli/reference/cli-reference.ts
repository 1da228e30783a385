// The command table as one plain description (commands, flags, what completes each value) for completion and the man page.
import type {CommandDefinition, OptionSpec, ValueSource} from '../command.js';

export type FlagReference = {
	name: string;
	short?: string;
	takesValue: boolean;
	multiple: boolean;
	valueName?: string;
	description: string;
	/** Never 'provider': the reference resolves that into a choice. */
	value: ValueSource;
};

export type CommandReference = {
	name: string;
	/** 'templates list' -> ['templates', 'list']. */
	words: string[];
	summary: string;
	usage: string;
	details?: string;
	flags: FlagReference[];
	/** What completes each positional, in order. */
	arguments: ValueSource[];
};

export type CliReference = {
	version: string;
	commands: CommandReference[];
	globals: FlagReference[];
};

/** Provider kinds one can log in to, for a `<provider>` argument. */
export type ReferenceContext = {version: string; providers: readonly string[]};

export function buildReference(definitions: readonly CommandDefinition[], globals: Record<string, OptionSpec>, context: ReferenceContext): CliReference {
	const resolve = (source: ValueSource): ValueSource => (source.kind === 'provider' ? {kind: 'choice', values: [...context.providers]} : source);
	const flagsOf = (options: Record<string, OptionSpec>): FlagReference[] =>
		Object.entries(options).map(([name, spec]) => ({
			name,
			...(spec.short ? {short: spec.short} : {}),
			takesValue: spec.type === 'string',
			multiple: spec.multiple === true,
			...(spec.valueName ? {valueName: spec.valueName} : {}),
			description: spec.description,
			value: spec.type === 'string' ? resolve(flagValueSource(spec)) : {kind: 'none'},
		}));
	return {
		version: context.version,
		commands: definitions.map(definition => ({
			name: definition.name,
			words: definition.name.split(' '),
			summary: definition.summary,
			usage: definition.usage,
			...(definition.details ? {details: definition.details} : {}),
			flags: flagsOf(definition.options),
			arguments: (definition.arguments ?? argumentsFromUsage(definition)).slice(0, definition.positionals.max).map(resolve),
		})),
		globals: flagsOf(globals),
	};
}

/** The flag's own `complete`, else what its valueName says: "<a|b>" a choice ("<a,b|all>" a comma list), "<dir>", "<file>". */
export function flagValueSource(spec: OptionSpec): ValueSource {
	if (spec.complete) return spec.complete;
	const match = /^<(.+)>$/.exec(spec.valueName ?? '');
	return match ? placeholderSource(match[1]!) : {kind: 'none'};
}

/** Positionals named in the first form of the usage line, e.g. "deskterm status <id> <open|pending|snoozed|closed>". */
export function argumentsFromUsage(definition: Pick<CommandDefinition, 'name' | 'usage'>): ValueSource[] {
	const tokens = definition.usage.split(/\s+/).slice(1 + definition.name.split(' ').length);
	const found: ValueSource[] = [];
	let depth = 0;
	let afterFlag = false;
	for (const token of tokens) {
		if (token === '|') {
			if (depth === 0) break;
			continue;
		}
		const bare = token.replace(/^[[(]+|[\])]+(\.\.\.)?$/g, '').replace(/\.\.\.$/, '');
		depth += (token.match(/[[(]/g) ?? []).length - (token.match(/[\])]/g) ?? []).length;
		if (bare.startsWith('-')) {
			// "--to <agent>", "--body TEXT": the word after a flag is its value, not a positional.
			afterFlag = !token.includes('=') && !/[\])]$/.test(token);
			continue;
		}
		if (afterFlag) {
			afterFlag = false;
			continue;
		}
		const placeholder = /^<(.+)>$/.exec(bare)?.[1] ?? (/^[A-Z][A-Z|]*$/.test(bare) ? bare.toLowerCase() : undefined);
		if (placeholder !== undefined) found.push(placeholderSource(placeholder));
		else if (bare !== '') found.push({kind: 'none'});
	}
	return found;
}

function placeholderSource(placeholder: string): ValueSource {
	if (placeholder === 'id' || placeholder === 'conversation-id') return {kind: 'conversation'};
	if (placeholder === 'profile') return {kind: 'profile'};
	if (placeholder === 'provider') return {kind: 'provider'};
	if (placeholder === 'dir') return {kind: 'dir'};
	const words = placeholder.split(/[|,]/);
	if (words.some(word => word === 'file' || word === 'path')) return {kind: 'file'};
	if (words.length > 1 && words.every(word => /^[a-z][a-z-]*$/.test(word))) {
		return placeholder.includes(',') ? {kind: 'choice', values: words, list: true} : {kind: 'choice', values: words};
	}
	return {kind: 'none'};
}
