import {Text, useInput} from 'ink';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {bigQueueRows, useMemoryRelease} from '../../../source/ui/session/use-memory-release.js';
import {returnFreedMemory} from '../../../source/operations/free-memory.js';
import {renderInk, type Rendered} from '../../helpers/render.js';

const big = bigQueueRows * 2;
const small = 50;

const mb = 1024 * 1024;

/** w starts work on this thread, i ends it; b and s set the queue's size; e brings a big queue's last rows with
 * the end of the work. Each release records the rows shown at that moment and why. */
function Probe({released, quietMs, typingQuietMs, rss}: {released: (rows: number, reason: string) => void; quietMs: number; typingQuietMs: number; rss: () => number}) {
	const [working, setWorking] = useState(false);
	const [rows, setRows] = useState(0);
	useInput(input => {
		if (input === 'w') setWorking(true);
		if (input === 'i') setWorking(false);
		if (input === 'b') setRows(big);
		if (input === 's') setRows(small);
		if (input === 'e') {
			setRows(big);
			setWorking(false);
		}
	});
	useMemoryRelease(working, rows, {release: reason => released(rows, reason), rss, limits: {quietMs, typingQuietMs, growthBytes: 16 * mb, growthEveryMs: 0}});
	return <Text>{`${working ? 'working here' : 'idle'} ${rows}`}</Text>;
}

function start(quietMs = 0, typingQuietMs = 0) {
	const calls: string[] = [];
	let notify: () => void = () => {};
	let resident = 100 * mb;
	let read: () => void = () => {};
	const next = () => new Promise<void>(resolve => (notify = resolve));
	const rss = () => (read(), resident);
	const view = renderInk(<Probe released={(rows, reason) => (calls.push(`${rows} ${reason}`), notify())} quietMs={quietMs} typingQuietMs={typingQuietMs} rss={rss} />);
	/** Resolves when the hook next reads RSS: it has looked at the memory. */
	const nextRead = () => new Promise<void>(resolve => (read = resolve));
	return {view, calls, next, nextRead, grow: (bytes: number) => (resident += bytes)};
}

async function step(view: Rendered, key: string, frame: string) {
	view.press(key);
	await view.waitFor(frame);
}

/** A big queue, a pass over it and its end; resolves once the release has run. */
async function bigPass({view, next}: ReturnType<typeof start>) {
	await step(view, 'b', `idle ${big}`);
	await step(view, 'w', `working here ${big}`);
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
		expect(probe.calls).toEqual([`${big} big work here`]);
	});

	it('leaves a small pass to V8', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 's', `idle ${small}`);
		await step(view, 'w', `working here ${small}`);
		await step(view, 'i', `idle ${small}`);
		// A big pass afterwards is released, and is the only one.
		await bigPass(probe);
		expect(probe.calls).toEqual([`${big} big work here`]);
	});

	it('counts the rows that arrive with the end of a load', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 'w', 'working here 0');
		const released = probe.next();
		await step(view, 'e', `idle ${big}`);
		await released;
		expect(probe.calls).toEqual([`${big} big work here`]);
	});

	it('still returns a big pass cut short by a small reload', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 'w', 'working here 0');
		await step(view, 'b', `working here ${big}`);
		await step(view, 's', `working here ${small}`);
		const released = probe.next();
		await step(view, 'i', `idle ${small}`);
		await released;
		expect(probe.calls).toEqual([`${small} big work here`]);
	});
});

describe('useMemoryRelease after typing', () => {
	let view: Rendered | undefined;
	afterEach(() => view?.unmount());

	it('releases once a burst of keys that grew RSS past the margin has ended, measured from the last release', async () => {
		const probe = start();
		view = probe.view;
		await bigPass(probe);
		// Under the margin: the end of the burst is looked at and left alone.
		probe.grow(10 * mb);
		const looked = probe.nextRead();
		await step(view, 's', `idle ${small}`);
		await looked;
		probe.grow(10 * mb);
		const released = probe.next();
		await step(view, 'b', `idle ${big}`);
		await released;
		expect(probe.calls).toEqual([`${big} big work here`, `${big} grown`]);
	});

	it('waits while rows arrive, and then releases the growth', async () => {
		const probe = start();
		view = probe.view;
		await step(view, 'w', 'working here 0');
		probe.grow(20 * mb);
		await step(view, 's', `working here ${small}`);
		const released = probe.next();
		await step(view, 'i', `idle ${small}`);
		await released;
		expect(probe.calls).toEqual([`${small} grown by work`]);
	});
});

describe('useMemoryRelease while the agent types', () => {
	it('waits until no key was pressed for the quiet time', async () => {
		const probe = start(300);
		const view = probe.view;
		await step(view, 'b', `idle ${big}`);
		await step(view, 'w', `working here ${big}`);
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
		expect(probe.calls).toEqual([`${big} big work here`]);
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
