// The sentence encoder's child process: the real one (dist/encoder-process.js, the installed model, nothing fetched)
// encodes and goes when its parent exits or is killed; a child that fails or hangs rejects in one line.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {createEncoderChildren} from '../../source/operations/encoder-children.js';
import {buildBinaryIfStale, desktermBinary} from '../helpers/deskterm-binary.js';

const scratch = mkdtempSync(join(tmpdir(), 'deskterm-encoder-children-'));
const realEntry = pathToFileURL(join(desktermBinary, '..', 'encoder-process.js'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
beforeAll(() => buildBinaryIfStale(), 120_000);

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};
const childrenOf = (pid: number) =>
	spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {encoding: 'utf8'})
		.stdout.split('\n')
		.map(line => Number(line.trim()))
		.filter(child => child > 0);

function entry(name: string, source: string): URL {
	const path = join(scratch, name);
	writeFileSync(path, source);
	return pathToFileURL(path);
}

describe('the real encoder in its child process', () => {
	it('encodes 512-long unit vectors where a paraphrase is nearer, and close() stops the child', async () => {
		const children = createEncoderChildren({entry: realEntry});
		const [card, paraphrase, other] = await children.encode(['my card has not arrived yet', 'the card you sent me never came', 'what is the exchange rate for euros']);
		const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, k) => sum + value * b[k]!, 0);
		expect(card).toHaveLength(512);
		expect(dot(card!, card!)).toBeCloseTo(1, 2);
		expect(dot(card!, paraphrase!)).toBeGreaterThan(dot(card!, other!) + 0.2);
		const [pid] = children.pids();
		expect(alive(pid!)).toBe(true);
		children.close();
		await vi.waitFor(() => expect(alive(pid!)).toBe(false), {timeout: 10_000});
	}, 60_000);

	// One home for both: the second run finds the templates' vectors and the classifier cached by the first.
	const home = mkdtempSync(join(scratch, 'home-'));
	it.each(['exits', 'is killed'])('suggest --batch leaves no encoder process behind when it %s', async ending => {
		const parent = spawn(process.execPath, [desktermBinary, '--data-dir', join(home, 'data'), 'suggest', '--no-history', '--batch', '-'], {
			env: {PATH: process.env['PATH'] ?? '', HOME: home, DESKTERM_CONFIG_DIR: join(home, 'config')},
			stdio: ['pipe', 'pipe', 'ignore'],
		});
		const exited = new Promise<number | null>(resolve => parent.once('exit', code => resolve(code)));
		const lines = createInterface({input: parent.stdout!})[Symbol.asyncIterator]();
		parent.stdin!.write('{"id": 1, "text": "my card has not arrived yet"}\n');
		// The first answer comes while stdin is still open: the child is up and encoding.
		const first = JSON.parse((await lines.next()).value as string) as {ranking: string};
		expect(first.ranking).toBe('encoder');
		const encoders = childrenOf(parent.pid!);
		expect(encoders.length).toBeGreaterThan(0);
		if (ending === 'exits') {
			parent.stdin!.end();
			expect(await exited).toBe(0);
		} else {
			parent.kill('SIGKILL');
			await exited;
		}
		await vi.waitFor(() => expect(encoders.filter(alive)).toEqual([]), {timeout: 10_000});
	}, 60_000);
});

describe('a child that fails or hangs', () => {
	it('says in one line why it exited, and later encodes fail at once with the same line', async () => {
		const children = createEncoderChildren({entry: entry('crash.mjs', "process.stderr.write('Error: no model here\\n    at load (x.js:1:1)\\n'); process.exit(3);\n")});
		const reason = 'its process exited with code 3: Error: no model here';
		await expect(children.encode(['hello'])).rejects.toThrow(reason);
		await expect(children.encode(['again'])).rejects.toThrow(reason);
		expect(children.pids()).toEqual([]);
	});

	it('is stopped when it does not answer in time; the next encode starts another', async () => {
		const hang = entry('hang.mjs', "process.on('message', () => {}); process.on('disconnect', () => process.exit(0));\n");
		const children = createEncoderChildren({entry: hang, timeoutMs: () => 200});
		await expect(children.encode(['hello'])).rejects.toThrow('it did not answer within 0 s');
		const second = children.encode(['again']);
		expect(children.pids()).toHaveLength(1);
		await expect(second).rejects.toThrow('did not answer');
		children.close();
	});

	it('lets a big encode queued on a slow child finish: its clock runs from the last answer, not from each send', async () => {
		// Answers one request at a time, 100 ms each: the eighth answers 800 ms after it was sent, each within 400 ms of the one before.
		const slow = entry(
			'slow.mjs',
			"const queue = []; let busy = false; const next = () => { const request = queue.shift(); if (!request) return (busy = false); busy = true; setTimeout(() => { process.send({id: request.id, vectors: request.texts.map(text => Float32Array.of(text.length))}); next(); }, 100); }; process.on('message', request => { queue.push(request); if (!busy) next(); }); process.on('disconnect', () => process.exit(0));\n",
		);
		const children = createEncoderChildren({entry: slow, timeoutMs: () => 400});
		const texts = Array.from({length: 8 * 64}, (_, index) => 'y'.repeat(index % 7));
		expect((await children.encode(texts)).map(vector => vector[0])).toEqual(texts.map(text => text.length));
		children.close();
	});

	it('splits a big encode between two children, in order', async () => {
		const echo = entry('echo.mjs', "process.on('message', ({id, texts}) => process.send({id, vectors: texts.map(text => Float32Array.of(text.length, process.pid))})); process.on('disconnect', () => process.exit(0));\n");
		const children = createEncoderChildren({entry: echo, processes: 2});
		const texts = Array.from({length: 300}, (_, index) => 'x'.repeat(index % 50));
		const vectors = await children.encode(texts);
		expect(vectors.map(vector => vector[0])).toEqual(texts.map(text => text.length));
		expect(new Set(vectors.map(vector => vector[1])).size).toBe(2);
		children.close();
	});
});
