// Starts the console: settings and context first, then the Ink half, then a clean process exit.
import {createContext, type ContextOptions} from '../context.js';
import {DeskError, toDeskError} from '../domain/errors.js';
import type {ConsoleExtensions} from './extensions.js';
import {defaultRefreshMs} from './session/refresh.js';

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

/**
 * Imports with the global fetch hidden: yoga (Ink's layout engine) would otherwise fetch its own inlined
 * wasm through undici, which costs a fifth of the console's start-up; without fetch it decodes it directly.
 */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}

export async function runConsole(
	globals: ConsoleGlobals,
	io: ConsoleIo,
	options: {env: NodeJS.ProcessEnv; extensions?: ConsoleExtensions; loadProfile?: ContextOptions['loadProfile']; encoderEntry?: URL},
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
			...(options.encoderEntry ? {encoderEntry: options.encoderEntry} : {}),
		});
	} catch (error) {
		const deskError = toDeskError(error);
		io.error(`deskterm: ${deskError.message}\n`);
		return deskError.code === 'usage' ? 2 : 1;
	}
	const {startConsole} = await withoutFetch(() => import('./console-main.js'));
	const code = await startConsole({
		context,
		color: io.color && !globals.noColor,
		extensions: options.extensions ?? {},
		refreshEveryMs,
		env: options.env,
		error: text => io.error(text),
	});
	await context.close().catch(() => undefined);
	// Ink keeps a render-throttle timer alive after unmount; exiting here saves that wait.
	process.exit(code);
}
