// An Io backed by buffers, for running commands in-process (cli/cli's iostreams.Test()).
import {Readable} from 'node:stream';
import type {Io} from '../../source/cli/io.js';

export type TestIo = Io & {stdout(): string; stderr(): string};

export function createTestIo(options: {isStdoutTty?: boolean; isStdinTty?: boolean; stdin?: string; columns?: number; color?: boolean} = {}): TestIo {
	let out = '';
	let err = '';
	const isStdoutTty = options.isStdoutTty ?? false;
	const isStdinTty = options.isStdinTty ?? false;
	return {
		write: text => {
			out += text;
		},
		error: text => {
			err += text;
		},
		stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
		isStdoutTty,
		isStdinTty,
		color: options.color ?? false,
		columns: options.columns ?? 100,
		canPrompt: isStdoutTty && isStdinTty,
		stdout: () => out,
		stderr: () => err,
	};
}
