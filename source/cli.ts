// Entry: a command runs without Ink; with no command in a terminal, the console is loaded lazily.
import {processIo} from './cli/io.js';
import {runCli, readGlobals, globalOptions, loadConfiguredProfile} from './cli/run-cli.js';
import {consoleDebugEnv} from './providers/http/debug-log.js';
import {parseArgs} from 'node:util';

const argv = process.argv.slice(2);
// Only global flags (and the values of those that take one, e.g. --data-dir DIR) means the console.
const valueFlags = new Set(Object.entries(globalOptions).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));
const wantsConsole = argv.every((argument, index) => argument.startsWith('-') || valueFlags.has(argv[index - 1] ?? ''));

async function main(): Promise<number> {
	if (wantsConsole && !argv.includes('--help') && process.stdout.isTTY && process.stdin.isTTY) {
		const io = processIo({noColor: argv.includes('--no-color'), env: process.env});
		let globals;
		try {
			const options = Object.fromEntries(
				Object.entries(globalOptions).map(([name, spec]) => [name, {type: spec.type, ...(spec.short ? {short: spec.short} : {})}]),
			);
			globals = readGlobals(parseArgs({args: argv, options, strict: true}).values);
		} catch (error) {
			io.error(`deskterm: ${error instanceof Error ? error.message : String(error)}\n`);
			return 2;
		}
		const {runConsole} = await import('./ui/run-console.js');
		return runConsole(globals, io, {env: consoleDebugEnv(process.env, globals.debug === true), loadProfile: loadConfiguredProfile});
	}
	const io = processIo({noColor: argv.includes('--no-color'), env: process.env});
	return runCli(argv, io, {env: process.env});
}

process.exitCode = await main();
