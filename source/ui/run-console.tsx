// Starts the console: context, alternate screen, Ink, and a clean exit (or a clean terminal after a crash).
import {render} from 'ink';
import {createContext, type ContextOptions} from '../context.js';
import {DeskError, toDeskError} from '../domain/errors.js';
import {App, defaultRefreshMs} from './app.js';
import type {ConsoleExtensions} from './extensions.js';
import {themeFor} from './theme/theme.js';

/** The global flags the console reads (structurally the CLI's, which it must not import). */
export type ConsoleGlobals = {dataDir?: string; profile?: string; readOnly?: boolean; noColor: boolean};
export type ConsoleIo = {error(text: string): void; color: boolean};

/** DESKTERM_REFRESH_SECONDS: how often to look for changes on the desk (0 turns it off). */
export function refreshInterval(env: NodeJS.ProcessEnv): number {
	const raw = env['DESKTERM_REFRESH_SECONDS'];
	if (raw === undefined || raw.trim() === '') return defaultRefreshMs;
	const seconds = Number(raw);
	if (!Number.isFinite(seconds) || seconds < 0) {
		throw new DeskError('usage', `DESKTERM_REFRESH_SECONDS must be a number of seconds, 0 or more (got "${raw}")`);
	}
	return Math.round(seconds * 1000);
}

export async function runConsole(
	globals: ConsoleGlobals,
	io: ConsoleIo,
	options: {env: NodeJS.ProcessEnv; extensions?: ConsoleExtensions; loadProfile?: ContextOptions['loadProfile']},
): Promise<number> {
	let context;
	let refreshEveryMs;
	try {
		refreshEveryMs = refreshInterval(options.env);
		context = await createContext({
			env: options.env,
			dataDir: globals.dataDir,
			profileName: globals.profile,
			readOnly: globals.readOnly,
			...(options.loadProfile ? {loadProfile: options.loadProfile} : {}),
		});
	} catch (error) {
		const deskError = toDeskError(error);
		io.error(`deskterm: ${deskError.message}\n`);
		return deskError.code === 'usage' ? 2 : 1;
	}
	const theme = themeFor(io.color && !globals.noColor);
	const instance = render(<App context={context} theme={theme} extensions={options.extensions ?? {}} refreshEveryMs={refreshEveryMs} />, {
		alternateScreen: true,
		exitOnCtrlC: false,
		incrementalRendering: true,
		patchConsole: true,
	});
	// Anything thrown outside React still gives the terminal back (main screen, cursor, cooked mode) before exiting.
	const crash = (error: unknown) => {
		instance.unmount();
		io.error(`deskterm: unexpected error: ${toDeskError(error).message}\n`);
		if (options.env['DESKTERM_DEBUG'] && error instanceof Error) io.error(`${error.stack ?? ''}\n`);
		process.exit(1);
	};
	process.once('uncaughtException', crash);
	process.once('unhandledRejection', crash);
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
