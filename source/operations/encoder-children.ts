// The sentence encoder out of this process: child processes (source/encoder-process.ts) started on the first encode,
// stopped after an idle spell and always when this process exits; a child that fails or is slow rejects in one line.
import {fork, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import type {Encode} from '../ranking/sentence-model.js';

export type EncoderChildrenOptions = {
	/** The child's entry file (dist/encoder-process.js, handed in by the entry). */
	entry: URL;
	/** How many children may encode at once (a big encode is split between them). */
	processes?: number;
	/** A child with nothing to do for this long is stopped (its 150 MB returned); the next encode starts one again. */
	idleMs?: number;
	/**
	 * How long a busy child may go without answering a request of this many texts before it is stopped and its
	 * requests fail (the model's load included). The clock starts again at each answer: a big encode is many
	 * requests queued at once, and the last of them waits for all the others.
	 */
	timeoutMs?: (texts: number) => number;
};

export type EncoderChildren = {
	encode: Encode;
	/** Starts a child and loads the model ahead of the first encode (the console does, once the queue shows). */
	warm(): void;
	/** Children running now (for tests and the bench). */
	pids(): number[];
	close(): void;
};

type Pending = {resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void; texts: number};
type Child = {process: ChildProcess; pending: Map<number, Pending>; idle?: NodeJS.Timeout; silence?: NodeJS.Timeout; stderr: string};
type Answer = {id: number; vectors?: Float32Array[]; error?: string; fatal?: boolean};

// A slice small enough that two children share a big encode evenly; the child batches 16 at a time anyway.
const sliceSize = 64;
const defaultTimeout = (texts: number) => 30_000 + texts * 200;

export function createEncoderChildren(options: EncoderChildrenOptions): EncoderChildren {
	const processes = Math.max(1, options.processes ?? 1);
	const idleMs = options.idleMs ?? 120_000;
	const timeoutOf = options.timeoutMs ?? defaultTimeout;
	const children: Child[] = [];
	let nextId = 0;
	// A model that cannot load will not load on the next try: every later encode fails at once with the same line.
	let broken: string | undefined;
	let hooked = false;

	const stop = (child: Child, reason: string) => {
		const index = children.indexOf(child);
		if (index >= 0) children.splice(index, 1);
		clearTimeout(child.idle);
		clearTimeout(child.silence);
		for (const pending of child.pending.values()) pending.reject(new Error(reason));
		child.pending.clear();
		if (child.process.connected) child.process.disconnect();
		child.process.kill();
	};
	const closeAll = () => {
		for (const child of [...children]) stop(child, 'the sentence encoder was stopped');
	};
	const spawn = (): Child => {
		if (!hooked) {
			process.once('exit', closeAll);
			hooked = true;
		}
		const started = fork(fileURLToPath(options.entry), [], {stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', execArgv: []});
		const child: Child = {process: started, pending: new Map(), stderr: ''};
		started.stderr?.setEncoding('utf8').on('data', (text: string) => {
			child.stderr = (child.stderr + text).slice(-2000);
		});
		started.on('message', (answer: Answer) => {
			const pending = child.pending.get(answer.id);
			if (!pending) return;
			child.pending.delete(answer.id);
			if (answer.fatal) broken = answer.error ?? 'the model could not be loaded';
			if (answer.vectors) pending.resolve(answer.vectors);
			else pending.reject(new Error(answer.error ?? 'no answer'));
			settle(child);
			if (broken) stop(child, broken);
		});
		started.on('error', error => {
			broken = error.message.split('\n')[0];
			stop(child, broken!);
		});
		started.on('exit', code => {
			if (child.pending.size === 0) return stop(child, 'the sentence encoder stopped');
			const said = child.stderr.trim().split('\n').find(line => line.trim() !== '' && !/^\s*at /.test(line));
			broken = `its process exited${code === null ? '' : ` with code ${code}`}${said ? `: ${said.trim()}` : ''}`;
			stop(child, broken);
		});
		children.push(child);
		settle(child);
		return child;
	};
	// Busy: the child keeps this process alive until it answers, and must answer something within the time its biggest
	// request is allowed; idle: it never holds an exit, and goes after idleMs.
	const settle = (child: Child) => {
		clearTimeout(child.idle);
		clearTimeout(child.silence);
		if (child.pending.size > 0) {
			const limit = timeoutOf(Math.max(...[...child.pending.values()].map(pending => pending.texts)));
			child.silence = setTimeout(() => stop(child, `it did not answer within ${Math.round(limit / 1000)} s`), limit);
			child.process.ref();
			child.process.channel?.ref();
			(child.process.stderr as {ref?: () => void} | null)?.ref?.();
			return;
		}
		child.process.unref();
		child.process.channel?.unref();
		// The stderr pipe is a handle too (a Socket): it must not hold the exit either.
		(child.process.stderr as {unref?: () => void} | null)?.unref?.();
		child.idle = setTimeout(() => stop(child, 'idle'), idleMs);
		child.idle.unref();
	};
	const load = (child: Child) => [...child.pending.values()].reduce((sum, pending) => sum + pending.texts + 1, 0);
	const pick = (): Child => {
		const idle = children.find(child => child.pending.size === 0);
		if (idle) return idle;
		if (children.length < processes) return spawn();
		return children.reduce((best, child) => (load(child) < load(best) ? child : best));
	};
	const request = (texts: string[]): Promise<Float32Array[]> => {
		if (broken) return Promise.reject(new Error(broken));
		const child = pick();
		const id = nextId++;
		return new Promise((resolve, reject) => {
			// A busy child's clock runs from its last answer: a request queued behind others does not restart it.
			const busy = child.pending.size > 0;
			child.pending.set(id, {resolve, reject, texts: texts.length});
			if (!busy) settle(child);
			child.process.send({id, texts});
		});
	};
	return {
		async encode(texts) {
			if (texts.length === 0) return [];
			const slices: string[][] = [];
			for (let start = 0; start < texts.length; start += sliceSize) slices.push(texts.slice(start, start + sliceSize));
			return (await Promise.all(slices.map(request))).flat();
		},
		warm() {
			if (!broken && children.length === 0) request([]).catch(() => undefined);
		},
		pids: () => children.flatMap(child => (child.process.pid === undefined ? [] : [child.process.pid])),
		close: closeAll,
	};
}
