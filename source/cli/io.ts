// The streams a command talks to, injected so a test can hand in buffers (cli/cli's IOStreams).
import type {Readable} from 'node:stream';
import {renderForTerminal} from './output/style.js';

export type Io = {
	write(text: string): void;
	error(text: string): void;
	stdin: Readable;
	isStdoutTty: boolean;
	isStdinTty: boolean;
	/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
	color: boolean;
	columns: number;
	/** May we ask the person a question? Only when both ends are terminals. */
	canPrompt: boolean;
};

export function processIo(options: {noColor: boolean; env: NodeJS.ProcessEnv}): Io {
	const isStdoutTty = Boolean(process.stdout.isTTY);
	const isStdinTty = Boolean(process.stdin.isTTY);
	const noColor = options.noColor || (options.env['NO_COLOR'] ?? '') !== '' || options.env['TERM'] === 'dumb';
	// A reader that leaves early (deskterm queue | head) is no error: stop quietly, as Unix tools do.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		throw error;
	});
	return {
		write: text => {
			process.stdout.write(text);
		},
		error: text => {
			process.stderr.write(text);
		},
		stdin: process.stdin,
		isStdoutTty,
		isStdinTty,
		color: isStdoutTty && !noColor,
		columns: process.stdout.columns || Number(options.env['COLUMNS']) || 80,
		canPrompt: isStdoutTty && isStdinTty,
	};
}

const guarded = new WeakSet<Io>();

/**
 * The CLI's terminal edge: every text a command writes, to stdout or stderr, passes renderForTerminal
 * exactly once (hidden code points shown as <U+XXXX>, only the style's own colours kept). JSON needs no
 * exception: stringifyJson escapes all of those code points, so it passes unchanged.
 */
export function terminalIo(io: Io): Io {
	if (guarded.has(io)) return io;
	const edge: Io = {...io, write: text => io.write(renderForTerminal(text)), error: text => io.error(renderForTerminal(text))};
	guarded.add(edge);
	return edge;
}

/** Reads all of stdin (for --body-file -). */
export async function readAll(stream: Readable): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}
