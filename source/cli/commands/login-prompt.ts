// Questions for `deskterm login` on a terminal: one line at a time, secrets read without echo.
import type {Readable} from 'node:stream';
import {DeskError} from '../../domain/errors.js';
import type {Io} from '../io.js';

type RawCapable = Readable & {isTTY?: boolean; setRawMode?(mode: boolean): unknown};

export type Prompter = {
	ask(question: string, options?: {secret?: boolean}): Promise<string>;
	close(): void;
};

/** Reads answers from io.stdin; prompts go to stderr so stdout stays clean for scripts. */
export function createPrompter(io: Io): Prompter {
	const input = io.stdin as RawCapable;
	let buffer = '';
	let ended = false;
	let waiting: (() => void) | undefined;
	const onData = (chunk: Buffer | string) => {
		buffer += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
		waiting?.();
	};
	const onEnd = () => {
		ended = true;
		waiting?.();
	};
	input.on('data', onData);
	input.on('end', onEnd);

	async function line(): Promise<string> {
		let answer = '';
		for (;;) {
			while (buffer.length > 0) {
				const character = buffer[0]!;
				buffer = buffer.slice(1);
				if (character === '\u0003') throw new DeskError('usage', 'login cancelled');
				if (character === '\r' || character === '\n') {
					if (character === '\r' && buffer.startsWith('\n')) buffer = buffer.slice(1);
					return answer;
				}
				if (character === '\u007f' || character === '\b') answer = answer.slice(0, -1);
				else if (character === '\u0004') return answer;
				else answer += character;
			}
			if (ended) return answer;
			await new Promise<void>(resolve => {
				waiting = resolve;
			});
			waiting = undefined;
		}
	}

	return {
		async ask(question, options = {}) {
			const secret = options.secret === true;
			io.error(question);
			const raw = secret && typeof input.setRawMode === 'function';
			// Raw mode turns the terminal's echo off, so the token never appears on screen.
			if (raw) input.setRawMode!(true);
			input.resume();
			try {
				return (await line()).trim();
			} finally {
				if (raw) input.setRawMode!(false);
				input.pause();
				if (secret) io.error('\n');
			}
		},
		close() {
			input.off('data', onData);
			input.off('end', onEnd);
			input.pause();
		},
	};
}
