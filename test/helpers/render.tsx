// Renders Ink in a sized test terminal (like ink-testing-library, plus rows and resizing) and waits on frames.
import {EventEmitter} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {render as inkRender} from 'ink';
import type {ReactNode} from 'react';
import {createContext} from '../../source/context.js';
import type {Conversation} from '../../source/domain/conversation.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import {App} from '../../source/ui/app.js';
import type {ConsoleExtensions} from '../../source/ui/extensions.js';
import {colourTheme, plainTheme} from '../../source/ui/theme/theme.js';
import {testNow} from './conversations.js';
import {createMemoryProvider, type MemoryProvider} from './memory-provider.js';

// Pure terminal-control writes (bracketed paste on/off, cursor) are not frames.
const controlOnly = /^(?:\u001B\[[?0-9;]*[a-zA-Z])+$/;

class TestStdout extends EventEmitter {
	isTTY = true;
	frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write = (data: string, ...rest: unknown[]) => {
		// Ink waits on the write callback (e.g. when it takes the terminal back from $EDITOR).
		const done = rest.find(argument => typeof argument === 'function') as (() => void) | undefined;
		if (data !== '' && !controlOnly.test(data)) {
			this.frames.push(data);
			this.emit('frame', data);
		}
		done?.();
		return true;
	};
}

class TestStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
	};
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export type Rendered = {
	/** The screen as text (styles stripped). */
	lastFrame(): string;
	/** Every frame as written, styles included. */
	frames: string[];
	/** Writes key sequences one by one, as a person types them. */
	press(...sequences: string[]): void;
	/** Resolves with the first frame (current or next) that passes; fails with the last frame after the timeout. */
	waitFor(check: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
	/** Like waitFor, but only frames written at or after `frames[index]` count (an earlier frame's notice is stale). */
	waitForAfter(index: number, check: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
	resize(columns: number, rows: number): void;
	unmount(): void;
};

export function renderInk(node: ReactNode, size: {columns?: number; rows?: number} = {}): Rendered {
	const stdout = new TestStdout(size.columns ?? 100, size.rows ?? 30);
	const stdin = new TestStdin();
	const instance = inkRender(node, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new TestStdout(100, 30) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		interactive: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const lastFrame = () => stripVTControlCharacters(stdout.frames.at(-1) ?? '');
	const matches = (check: string | RegExp | ((frame: string) => boolean), frame: string) =>
		typeof check === 'string' ? frame.includes(check) : check instanceof RegExp ? check.test(frame) : check(frame);
	const waitForAfter: Rendered['waitForAfter'] = (index, check, timeoutMs = 5000) => {
		const seen = stdout.frames.slice(index).map(frame => stripVTControlCharacters(frame)).find(frame => matches(check, frame));
		if (seen !== undefined) return Promise.resolve(seen);
		return new Promise((resolve, reject) => {
			const onFrame = (raw: string) => {
				const frame = stripVTControlCharacters(raw);
				if (!matches(check, frame)) return;
				clearTimeout(timer);
				stdout.off('frame', onFrame);
				resolve(frame);
			};
			const timer = setTimeout(() => {
				stdout.off('frame', onFrame);
				reject(new Error(`no frame matched ${String(check)} within ${timeoutMs} ms; last frame:\n${lastFrame()}`));
			}, timeoutMs);
			stdout.on('frame', onFrame);
		});
	};
	return {
		lastFrame,
		frames: stdout.frames,
		press(...sequences) {
			for (const sequence of sequences) stdin.write(sequence);
		},
		waitFor: (check, timeoutMs = 5000) => waitForAfter(Math.max(0, stdout.frames.length - 1), check, timeoutMs),
		waitForAfter,
		resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		unmount() {
			instance.unmount();
			instance.cleanup();
		},
	};
}

export type ConsoleOptions<P extends HelpdeskProvider = MemoryProvider> = {
	conversations?: Conversation[];
	/** Any provider: the in-memory desk by default, or a real adapter over the real HTTP client. */
	provider?: P;
	readOnly?: boolean;
	columns?: number;
	rows?: number;
	color?: boolean;
	extensions?: ConsoleExtensions;
	env?: NodeJS.ProcessEnv;
	/** Live updates are off unless a test asks for them. */
	refreshEveryMs?: number;
	/** Where drafts are kept; a fresh temp folder (removed on unmount) unless a test shares one between renders. */
	dataDir?: string;
	/** The outbox's waits between attempts; default: none (time does not move). */
	sleep?: (ms: number) => Promise<void>;
	/** The console's clock; default: fixed at testNow. */
	clock?: () => number;
};

export type ConsoleView<P extends HelpdeskProvider = MemoryProvider> = Rendered & {provider: P};

/** The whole console over an in-memory desk (or the provider given) at a fixed clock. */
export async function renderConsole<P extends HelpdeskProvider = MemoryProvider>(options: ConsoleOptions<P> = {}): Promise<ConsoleView<P>> {
	const provider = options.provider ?? (createMemoryProvider(options.conversations ?? []) as unknown as P);
	const ownDataDir = options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'deskterm-console-test-')) : undefined;
	const context = await createContext({
		env: options.env ?? {},
		dataDir: options.dataDir ?? ownDataDir,
		provider,
		clock: options.clock ?? (() => testNow),
		sleep: options.sleep ?? (async () => undefined),
		readOnly: options.readOnly ?? false,
	});
	const rendered = renderInk(
		<App context={context} theme={options.color === false ? plainTheme : colourTheme} extensions={options.extensions ?? {}} refreshEveryMs={options.refreshEveryMs ?? 0} />,
		{columns: options.columns ?? 100, rows: options.rows ?? 30},
	);
	return {
		...rendered,
		provider,
		unmount() {
			rendered.unmount();
			if (ownDataDir) rmSync(ownDataDir, {recursive: true, force: true});
		},
	};
}
