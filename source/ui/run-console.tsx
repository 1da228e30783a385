// Starts the console: context, alternate screen, Ink, and a clean exit (or a clean terminal after a crash).
import {render} from 'ink';
import {createContext, type ContextOptions} from '../context.js';
import {toDeskError} from '../domain/errors.js';
import {App} from './app.js';
import type {ConsoleExtensions} from './extensions.js';
import {themeFor} from './theme/theme.js';

/** The global flags the console reads (structurally the CLI's, which it must not import). */
export type ConsoleGlobals = {dataDir?: string; profile?: string; readOnly?: boolean; noColor: boolean};
export type ConsoleIo = {error(text: string): void; color: boolean};

export async function runConsole(
	globals: ConsoleGlobals,
	io: ConsoleIo,
	options: {env: NodeJS.ProcessEnv; extensions?: ConsoleExtensions; loadProfile?: ContextOptions['loadProfile']},
): Promise<number> {
	let context;
	try {
		context = await createContext({
			env: options.env,
			dataDir: globals.dataDir,
			profileName: globals.profile,
			readOnly: globals.readOnly,
			...(options.loadProfile ? {loadProfile: options.loadProfile} : {}),
		});
	} catch (error) {
		io.error(`deskterm: ${toDeskError(error).message}\n`);
		return 1;
	}
	const instance = render(<App context={context} theme={themeFor(io.color && !globals.noColor)} extensions={options.extensions ?? {}} />, {
		alternateScreen: true,
		exitOnCtrlC: false,
		incrementalRendering: true,
		patchConsole: true,
	});
	let code = 0;
	try {
		await instance.waitUntilExit();
	} catch (error) {
		// Ink has already left the alternate screen and restored the terminal when this arrives.
		io.error(`deskterm: ${toDeskError(error).message}\n`);
		code = 1;
	}
	await context.close().catch(() => undefined);
	// Ink keeps a render-throttle timer alive after unmount; exiting here saves that wait.
	process.exit(code);
}
