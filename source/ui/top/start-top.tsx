// Renders `deskterm top` on a terminal: the local one, or an SSH session's channel (its own size and keys).
import {render} from 'ink';
import type {DashboardSource} from '../../operations/dashboard-source.js';
import {TopScreen} from './top-screen.js';

export type TopStart = {
	source: DashboardSource;
	intervalMs: number;
	ascii: boolean;
	/** An SSH channel's streams and window; the process's terminal when left out. */
	streams?: {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream};
};

/** Figures read whole threads: once a minute is plenty for a lead watching a queue. */
const figuresEveryMs = 60_000;

/**
 * Ink draws at most this often (its default is 30): a refresh's frame opens the throttle's window, and a key pressed
 * inside the window is drawn when it closes, so at 30 it could wait 33 ms; here half a 60 Hz frame at most.
 */
export const topMaxFps = 125;

export type TopSession = {done: Promise<number>; stop(): void};

export function startTop(start: TopStart): TopSession {
	const instance = render(<TopScreen source={start.source} intervalMs={start.intervalMs} figuresEveryMs={figuresEveryMs} ascii={start.ascii} />, {
		alternateScreen: true,
		interactive: true,
		exitOnCtrlC: false,
		incrementalRendering: true,
		maxFps: topMaxFps,
		patchConsole: start.streams === undefined,
		...(start.streams ? {stdin: start.streams.stdin, stdout: start.streams.stdout} : {}),
	});
	return {
		done: instance.waitUntilExit().then(
			() => 0,
			() => 1,
		),
		stop: () => instance.unmount(),
	};
}
