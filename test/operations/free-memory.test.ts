// A big load holds V8's young generation until the console's release, and the scoring thread waits for that release.
import {describe, expect, it} from 'vitest';
import {afterDueRelease, collectionStep, holdForPass, holdYoungGeneration, releaseDue, returnFreedMemory} from '../../source/operations/free-memory.js';

const settled = (promise: Promise<void>) => Promise.race([promise.then(() => 'resolved'), new Promise(resolve => setImmediate(() => resolve('waiting')))]);

describe('afterDueRelease', () => {
	it('resolves at once when no big load is waiting for a release', async () => {
		expect(await settled(afterDueRelease(60_000))).toBe('resolved');
	});

	it('waits for the release after holdYoungGeneration, and not again after it', async () => {
		holdYoungGeneration();
		const waiting = afterDueRelease(60_000);
		expect(await settled(waiting)).toBe('waiting');
		expect(returnFreedMemory('test')).toBe(true);
		expect(await settled(waiting)).toBe('resolved');
		expect(await settled(afterDueRelease(60_000))).toBe('resolved');
	});

	it('gives up waiting after its time when no release comes', async () => {
		holdYoungGeneration();
		await afterDueRelease(20);
		// Still due: the next release ends the hold.
		expect(await settled(afterDueRelease(60_000))).toBe('waiting');
		returnFreedMemory('test');
	});

	it('does not make a pass wait for the hold of a pass, and ends that hold at the release', async () => {
		holdYoungGeneration('pass');
		expect(releaseDue()).toBe(false);
		expect(await settled(afterDueRelease(60_000))).toBe('resolved');
		// A load that starts meanwhile still holds out for the release.
		holdYoungGeneration();
		expect(releaseDue()).toBe(true);
		returnFreedMemory('test');
		expect(releaseDue()).toBe(false);
		holdYoungGeneration('pass');
		holdYoungGeneration();
		holdYoungGeneration('pass');
		expect(releaseDue()).toBe(true);
		returnFreedMemory('test');
	});

	it('collects old space as it grows from the hold of a load or a pass to the release, and not after it', () => {
		expect(collectionStep()).toBeNull();
		holdYoungGeneration();
		expect(collectionStep()).toBe(8 * 1024 * 1024);
		returnFreedMemory('test');
		expect(collectionStep()).toBeNull();
		holdForPass(4 * 1024 * 1024);
		expect(collectionStep()).toBe(4 * 1024 * 1024);
		// A pass that starts while the harvest holds keeps the harvest's step until the release.
		holdForPass();
		expect(collectionStep()).toBe(4 * 1024 * 1024);
		returnFreedMemory('test');
		expect(collectionStep()).toBeNull();
	});
});
