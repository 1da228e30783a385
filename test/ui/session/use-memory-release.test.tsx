import {Text, useInput} from 'ink';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {bigQueueRows, useMemoryRelease} from '../../../source/ui/session/use-memory-release.js';
import {returnFreedMemory} from '../../../source/operations/free-memory.js';
import {renderInk, type Rendered} from '../../helpers/render.js';

const big = bigQueueRows * 2;
const small = 50;

/** w starts a pass, i ends it; b and s set the queue's size. Each release records the rows shown at that moment. */
function Probe({released, quietMs = 0}: {released: (rows: number) => void; quietMs?: number}) {
	const [working, setWorking] = useState(false);
	const [rows, setRows] = useState(0);
	useInput(input => {
		if (input === 'w') setWorking(true);
		if (input === 'i') setWorking(false);
		if (input === 'b') setRows(big);
		if (input === 's') setRows(small);
	});
	useMemoryRelease(working, rows, {release: () => released(rows), quietMs});
	return <Text>{`${working ? 'working' : 'idle'} ${rows}`}</Text>;
}

function start(quietMs = 0) {
	const calls: number[] = [];
	let notify: () => void = () => {};
	const next = () => new Promise<void>(resolve => (notify = resolve));
	const view = renderInk(<Probe released={rows => (calls.push(rows), notify())} quietMs={quietMs} />);
	return {view, calls, next};
}

async function step(view: Rendered, key: string, frame: string) {
	view.press(key);
	await view.waitFor(frame);
}

/** A big queue, a pass over it and its end; resolves once the release has run. */
async function bigPass({view, next}: ReturnType<typeof start>) {
	await step(view, 'b', `idle ${big}`);
	await step(view, 'w', `working ${big}`);
	const released = next();
	await step(view, 'i', `idle ${big}`);
	await released;
}

describe('useMemoryRelease', () => {
	let view: Rendered | undefined;
	afterEach(() => view?.unmount());

	it('returns the memory once when a big pass ends, not while it runs', async () => {
		const probe = start();
		view = probe.view;
		await bigPass(probe);
		expect(probe.calls).toEqual([big]);
	});

	it('leaves a small pass to V8', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 's', `idle ${small}`);
		await step(view, 'w', `working ${small}`);
		await step(view, 'i', `idle ${small}`);
		// A big pass afterwards is released, and is the only one.
		await bigPass(probe);
		expect(probe.calls).toEqual([big]);
	});

	it('still returns a big pass cut short by a small reload', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 'w', 'working 0');
		await step(view, 'b', `working ${big}`);
		await step(view, 's', `working ${small}`);
		const released = probe.next();
		await step(view, 'i', `idle ${small}`);
		await released;
		expect(probe.calls).toEqual([small]);
	});
});

describe('useMemoryRelease while the agent types', () => {
	it('waits until no key was pressed for the quiet time', async () => {
		const probe = start(300);
		const view = probe.view;
		await step(view, 'b', `idle ${big}`);
		await step(view, 'w', `working ${big}`);
		const released = probe.next();
		await step(view, 'i', `idle ${big}`);
		// An agent typing through the quiet time (any key counts, here one the probe ignores), five keys 80 ms apart.
		let pressed = 0;
		await new Promise<void>(resolve => {
			let count = 0;
			const typing = setInterval(() => {
				view.press('x');
				pressed = performance.now();
				if (++count === 5) {
					clearInterval(typing);
					resolve();
				}
			}, 80);
		});
		await released;
		// Released a whole quiet time after the last key, not 300 ms after the pass ended (which was mid-typing).
		expect(performance.now() - pressed).toBeGreaterThanOrEqual(290);
		expect(probe.calls).toEqual([big]);
		view.unmount();
	});
});

describe('returnFreedMemory', () => {
	it('runs a full collection on this Node', () => {
		// Garbage that only a collection removes: the heap in use must not be above what it was with it held.
		let held: string[] | null = Array.from({length: 200_000}, (_, index) => `row ${index}`);
		const withGarbage = process.memoryUsage().heapUsed;
		expect(held.length).toBe(200_000);
		held = null;
		expect(returnFreedMemory()).toBe(true);
		expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 4 * 1024 * 1024);
	});
});
