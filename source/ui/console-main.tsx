// The Ink half of the console, loaded by run-console.tsx: render on the alternate screen, wait for the end.
import {render} from 'ink';
import type {Context} from '../context.js';
import {toDeskError} from '../domain/errors.js';
import {templateSources} from '../templates/template-dirs.js';
import {App} from './app.js';
import type {ConsoleExtensions} from './extensions.js';
import {watchTerminalSize, wipeScreen} from './terminal-size.js';
import {themeFor} from './theme/theme.js';

export type ConsoleStart = {
	context: Context;
	color: boolean;
	extensions: ConsoleExtensions;
	refreshEveryMs: number;
	env: NodeJS.ProcessEnv;
	error(text: string): void;
};

/** Runs the console until the agent quits; resolves with the exit code. */
export async function startConsole(start: ConsoleStart): Promise<number> {
	const assist = {templateSources: templateSources(start.context.paths)};
	const app = () => <App context={start.context} theme={themeFor(start.color)} extensions={start.extensions} assist={assist} refreshEveryMs={start.refreshEveryMs} terminal={terminal} />;
	// A resize wipes the screen, makes Ink forget its frame and lays the tree out for the new size at once
	// (rerender is synchronous), so what Ink draws next is the new layout, whole (see terminal-size.ts).
	const terminal = watchTerminalSize(process.stdout, () => {
		process.stdout.write(wipeScreen);
		instance.clear();
		instance.rerender(app());
	});
	const instance = render(app(), {
		alternateScreen: true,
		// The console only starts when stdin and stdout are terminals; CI=true in the environment must not
		// turn Ink into its print-the-last-frame mode.
		interactive: true,
		exitOnCtrlC: false,
		incrementalRendering: true,
		patchConsole: true,
	});
	// Anything thrown outside React still gives the terminal back (main screen, cursor, cooked mode) before exiting.
	const crash = (error: unknown) => {
		instance.unmount();
		start.error(`deskterm: unexpected error: ${toDeskError(error).message}\n`);
		if (start.env['DESKTERM_DEBUG'] && error instanceof Error) start.error(`${error.stack ?? ''}\n`);
		process.exit(1);
	};
	process.once('uncaughtException', crash);
	process.once('unhandledRejection', crash);
	try {
		await instance.waitUntilExit();
		return 0;
	} catch (error) {
		// Ink has already left the alternate screen and restored the terminal when this arrives.
		start.error(`deskterm: ${toDeskError(error).message}\n`);
		return 1;
	}
}
