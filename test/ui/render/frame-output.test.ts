// The console's frame Output against Ink's own, frame after frame: the same text for the same writes, clips and
// transforms (styled, wide, emoji and cut characters included), whatever the frames before it drew.
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cachedWidth, frameOutput, type FrameTools, type InkOutputClass} from '../../../source/ui/render/frame-output.js';

// Ink exports only its index; its Output is its build's output.js, which the bundle plugin patches the same way.
const inkBuild = dirname(createRequire(import.meta.url).resolve('ink'));
type Written = {write(x: number, y: number, text: string, options: {transformers: Array<(line: string, index: number) => string>}): void; clip(clip: Clip): void; unclip(): void; get(): {output: string; height: number}};
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
const Output = ((await import(pathToFileURL(join(inkBuild, 'output.js')).href)) as {default: InkOutputClass}).default;
const tokenizer = (await import('@alcalzone/ansi-tokenize')) as unknown as FrameTools;
const FrameOutput = frameOutput(Output, {styledCharsToString: tokenizer.styledCharsToString});
const make = (Class: InkOutputClass, width: number, height: number) => new Class({width, height}) as unknown as Written;

const inverse = (line: string) => `\u001B[7m${line}\u001B[27m`;
const piece = fc.constantFrom('Refund', 'two charges of', ' ', '…', '›', '·', '漢字', '👍', 'e\u0301', '\n', '\u001B[1m', '\u001B[22m', '\u001B[36m', '\u001B[39m', '\u001B[7m', '\u001B[0m', 'Jürgen', '│');
const text = fc.array(piece, {minLength: 1, maxLength: 8}).map(parts => parts.join(''));
const bound = fc.option(fc.integer({min: -2, max: 24}), {nil: undefined});
const operation = fc.oneof(
	fc.record({type: fc.constant('write' as const), x: fc.integer({min: -3, max: 24}), y: fc.integer({min: -2, max: 8}), text, inverse: fc.boolean()}),
	fc.record({type: fc.constant('clip' as const), clip: fc.record({x1: bound, x2: bound, y1: bound, y2: bound})}),
	fc.constant({type: 'unclip' as const}),
);
const frame = fc.record({width: fc.integer({min: 1, max: 20}), height: fc.integer({min: 1, max: 6}), operations: fc.array(operation, {maxLength: 12})});
type Frame = {width: number; height: number; operations: Array<{type: 'write'; x: number; y: number; text: string; inverse: boolean} | {type: 'clip'; clip: Clip} | {type: 'unclip'}>};

function draw(Class: InkOutputClass, {width, height, operations}: Frame): {output: string; height: number} {
	const output = make(Class, width, height);
	let open = 0;
	for (const step of operations) {
		if (step.type === 'write') output.write(step.x, step.y, step.text, {transformers: step.inverse ? [inverse] : []});
		else if (step.type === 'clip') {
			output.clip(step.clip);
			open++;
		} else if (open > 0) {
			output.unclip();
			open--;
		}
	}
	return output.get();
}

describe('frameOutput', () => {
	it('takes over from the installed Ink (its Output still has the insides it relies on)', () => {
		expect(FrameOutput).not.toBe(Output);
		expect(make(FrameOutput, 3, 1)).toBeInstanceOf(Output);
	});

	it('draws what Ink draws, frame after frame, repeated frames and rows included', () => {
		fc.assert(
			fc.property(fc.array(frame, {minLength: 1, maxLength: 6}), fc.array(fc.nat(), {maxLength: 8}), (frames, replays) => {
				// Each frame once, then some again (a selection moving back), so rows come from the last frame's cells.
				const order = [...frames, ...replays.map(index => frames[index % frames.length]!)];
				for (const each of order) expect(draw(FrameOutput, each)).toEqual(draw(Output, each));
			}),
			{numRuns: 300},
		);
	});

	it('keeps a row that did not change, and redraws one that did', () => {
		const rows = (selected: number) => ({width: 12, height: 3, operations: [0, 1, 2].map(y => ({type: 'write' as const, x: 0, y, text: `${y === selected ? '› ' : '  '}row ${y} …`, inverse: y === selected}))});
		for (const selected of [0, 1, 1, 2, 0]) expect(draw(FrameOutput, rows(selected))).toEqual(draw(Output, rows(selected)));
	});
});

describe('cachedWidth', () => {
	it('measures a text once while it is drawn, and again once it has been out of two generations', () => {
		const measured: string[] = [];
		const width = cachedWidth(line => {
			measured.push(line);
			return line.length;
		}, 2);
		expect([width('ab'), width('ab'), width('abc'), width('ab')]).toEqual([2, 2, 3, 2]);
		expect(measured).toEqual(['ab', 'abc']);
		for (const line of ['c', 'd', 'e', 'f']) width(line);
		expect(width('ab')).toBe(2);
		expect(measured.at(-1)).toBe('ab');
	});
});
