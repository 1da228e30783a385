// Parses argv, builds the context, runs one command, maps errors to exit codes and one line on stderr.
import {createContext, type Context, type ContextOptions, type Screens} from '../context.js';
import {DeskError, toDeskError} from '../domain/errors.js';
import type {CommandDefinition, OptionSpec} from './command.js';
import {commands, findCommand} from './commands.js';
import {exitCodes} from './exit-codes.js';
import {processIo, terminalIo, type Io} from './io.js';
import {unknownCommandError, unknownOptionMessage} from './unknown-words.js';
import {consoleDebugEnv} from '../providers/http/debug-log.js';
import {version} from '../version.js';
import {globalOptions} from './global-options.js';

// Not `import from 'node:util'`: its ESM facade reads every export, loading worker_threads and more (~7 ms per run).
const {parseArgs} = process.getBuiltinModule('node:util');

export type GlobalValues = {dataDir?: string; profile?: string; readOnly?: boolean; noColor: boolean; debug?: boolean};

export type RunOptions = Omit<ContextOptions, 'dataDir' | 'profileName' | 'readOnly'>;

/** The console's starter, handed in by the entry: the CLI never imports the console itself. */
export type ConsoleStarter = (
	globals: GlobalValues,
	io: Io,
	options: {env: NodeJS.ProcessEnv; loadProfile: NonNullable<ContextOptions['loadProfile']>; encoderEntry?: URL},
) => Promise<number>;

/** The process's argv: a command runs here; only global flags in a terminal open the console. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, loadConsole: () => Promise<ConsoleStarter>, screens?: Screens): Promise<number> {
	const io = terminalIo(processIo({noColor: argv.includes('--no-color'), env}));
	// Only global flags (and the values of those that take one, e.g. --data-dir DIR) means the console.
	const valueFlags = new Set(Object.entries(globalOptions).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));
	const wantsConsole = argv.every((argument, index) => argument.startsWith('-') || valueFlags.has(argv[index - 1] ?? ''));
	if (!wantsConsole || argv.includes('--help') || !io.isStdoutTty || !io.isStdinTty) return runCli(argv, io, {env, ...(screens ? {screens} : {})});
	let globals;
	try {
		const options = Object.fromEntries(
			Object.entries(globalOptions).map(([name, spec]) => [name, {type: spec.type, ...(spec.short ? {short: spec.short} : {})}]),
		);
		globals = readGlobals(parseArgs({args: [...argv], options, strict: true}).values);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		io.error(`deskterm: ${unknownOptionMessage(message, Object.keys(globalOptions)) ?? message}\n`);
		return exitCodes.usage;
	}
	const runConsole = await loadConsole();
	const encoderEntry = screens?.encoderProcess;
	return runConsole(globals, io, {
		env: consoleDebugEnv(env, globals.debug === true),
		loadProfile: loadConfiguredProfile,
		...(encoderEntry ? {encoderEntry} : {}),
	});
}

export async function runCli(givenArgv: readonly string[], givenIo: Io, options: RunOptions): Promise<number> {
	const io = terminalIo(givenIo);
	let context: Context | undefined;
	const argv = moveLeadingGlobals(givenArgv);
	try {
		if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
			io.write(mainHelp());
			return argv.length === 0 ? exitCodes.usage : exitCodes.ok;
		}
		if (argv[0] === '--version' || argv[0] === 'version') {
			io.write(`deskterm ${version}\n`);
			return exitCodes.ok;
		}
		const found = findCommand(argv);
		if (!found) throw unknownCommandError(argv);
		const definition = await found.entry.load();
		const input = parseCommandArgs(definition, found.rest);
		if (input.values['help'] === true) {
			io.write(commandHelp(definition));
			return exitCodes.ok;
		}
		const globals = readGlobals(input.values);
		context = await createContext({
			...options,
			loadProfile: definition.usesProfile === false ? undefined : (options.loadProfile ?? loadConfiguredProfile),
			env: globals.debug && !options.env['DESKTERM_DEBUG'] ? {...options.env, DESKTERM_DEBUG: '1'} : options.env,
			dataDir: globals.dataDir,
			profileName: globals.profile,
			readOnly: globals.readOnly,
		});
		const code = await definition.run(input, io, context);
		// A merged queue read without a desk that is down: one line each, the answer stands.
		for (const outage of await context.unavailableDesks()) io.error(`deskterm: left out a desk that did not answer: ${outage.message}\n`);
		return code;
	} catch (error) {
		const deskError = toDeskError(error);
		io.error(`deskterm: ${deskError.message}\n`);
		if (deskError.code === 'usage') return exitCodes.usage;
		if (deskError.code === 'internal' && options.env['DESKTERM_DEBUG'] && error instanceof Error) {
			io.error(`${error.stack ?? ''}\n`);
		}
		return exitCodes.failure;
	} finally {
		await context?.close().catch(() => undefined);
	}
}

/** Profiles from <configDir>/config.json ('local' when none is configured), loaded only when a command runs. */
export const loadConfiguredProfile: NonNullable<ContextOptions['loadProfile']> = async (name, paths) =>
	(await import('../config/active-profile.js')).loadActiveProfile(name, paths);

/** Global flags may also come first (deskterm --data-dir /tmp/desk queue): move them behind the command. */
export function moveLeadingGlobals(argv: readonly string[]): string[] {
	let index = 0;
	while (index < argv.length) {
		const match = /^--([^=]+)(=.*)?$/.exec(argv[index]!);
		const spec = match && match[1] !== 'help' ? globalOptions[match[1]!] : undefined;
		if (!match || !spec) break;
		index += spec.type === 'string' && match[2] === undefined ? 2 : 1;
	}
	const rest = argv.slice(index);
	return rest.length === 0 ? [] : [...rest, ...argv.slice(0, index)];
}

export function parseCommandArgs(definition: CommandDefinition, argv: readonly string[]) {
	const specs = {...globalOptions, ...definition.options};
	const options: Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}> = {};
	for (const [name, spec] of Object.entries(specs)) {
		options[name] = {type: spec.type, ...(spec.short ? {short: spec.short} : {}), ...(spec.multiple ? {multiple: true} : {})};
	}
	const args = definition.dashPositionals ? markDashWords(argv, specs) : [...argv];
	let parsed;
	try {
		parsed = parseArgs({args, options, allowPositionals: true, strict: true, allowNegative: false});
	} catch (error) {
		const unknown = error instanceof Error ? unknownOptionMessage(error.message, Object.keys(specs)) : undefined;
		throw new DeskError('usage', `${definition.name}: ${unknown ?? cleanParseError(error)}`);
	}
	parsed.positionals = parsed.positionals.map(word => (word.startsWith(dashMark) ? word.slice(dashMark.length) : word));
	const {min, max} = definition.positionals;
	if (parsed.values['help'] !== true) {
		if (parsed.positionals.length < min) {
			throw new DeskError('usage', `${definition.name}: missing argument (usage: ${definition.usage})`);
		}
		if (parsed.positionals.length > max) {
			throw new DeskError('usage', `${definition.name}: unexpected argument "${parsed.positionals[max]}" (usage: ${definition.usage})`);
		}
	}
	return {values: parsed.values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals: parsed.positionals};
}

const dashMark = '\u0000';

/** Hides "-spam" from the flag parser (it would be an unknown flag) unless it is a known short flag or a flag's value. */
function markDashWords(argv: readonly string[], specs: Record<string, OptionSpec>): string[] {
	const shorts = new Map<string, OptionSpec>(Object.values(specs).flatMap(spec => (spec.short ? [[`-${spec.short}`, spec] as const] : [])));
	const takesValue = (word: string | undefined) =>
		word !== undefined && !word.includes('=') && ((word.startsWith('--') && specs[word.slice(2)]?.type === 'string') || shorts.get(word)?.type === 'string');
	return argv.map((word, index) =>
		/^-[^-]/.test(word) && !shorts.has(word) && !takesValue(argv[index - 1]) ? `${dashMark}${word}` : word,
	);
}

function cleanParseError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// node:util's messages carry a hint about "--" that only confuses people.
	return message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option/, 'unknown option');
}

export function readGlobals(values: Record<string, unknown>): GlobalValues {
	return {
		dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
		profile: typeof values['profile'] === 'string' ? values['profile'] : undefined,
		readOnly: values['read-only'] === true ? true : undefined,
		noColor: values['no-color'] === true,
		...(values['debug'] === true ? {debug: true} : {}),
	};
}

function formatOptions(specs: Record<string, OptionSpec>): string {
	const rows = Object.entries(specs).map(([name, spec]) => {
		const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.valueName ? ` ${spec.valueName}` : ''}`;
		return [flag, spec.description] as const;
	});
	const width = Math.max(...rows.map(([flag]) => flag.length));
	return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`).join('\n');
}

export function commandHelp(definition: CommandDefinition): string {
	const parts = [`Usage: ${definition.usage}`, '', definition.summary];
	if (definition.details) parts.push('', definition.details.trimEnd());
	if (Object.keys(definition.options).length > 0) parts.push('', 'Options:', formatOptions(definition.options));
	parts.push('', 'Global options:', formatOptions(globalOptions), '');
	return parts.join('\n');
}

export function mainHelp(): string {
	const listed = commands.filter(command => !command.hidden);
	const width = Math.max(...listed.map(command => command.name.length));
	return [
		`deskterm ${version}: a terminal console for helpdesk agents`,
		'',
		'Usage:',
		'  deskterm                 open the console (in a terminal)',
		'  deskterm <command> [options]',
		'',
		'Commands:',
		...listed.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`),
		'',
		'Global options:',
		formatOptions(globalOptions),
		'',
		'Exit codes: 0 ok, 1 failure, 2 usage, 3 queued in the outbox (not delivered yet), 4 changed (--if-unchanged).',
		'Run deskterm <command> --help for a command.',
		'',
	].join('\n');
}
