// Gives V8's spare pages back to the system after a big load or scoring pass. V8 keeps every page it grew (its page
// pool and a grown young generation) and returns them only in a memory-reducing collection, which its own memory
// reducer never starts in a console that keeps drawing: at 100k conversations that is 150-250 MB held for nothing.

type CollectGarbage = (options: {type: 'major'; execution: 'sync'; flavor: 'last-resort'} | {type: 'major'; execution: 'async'}) => unknown;

let collect: CollectGarbage | null | undefined;
// V8's own factor: the young generation doubles when most of it survives a scavenge.
const defaultGrowth = 2;
// What holds the young generation: a big load (which a scoring pass waits to be released) or a pass on this thread.
let holding: 'load' | 'pass' | null = null;
// While the young generation is held: the watch that collects old space as it grows (collectAsItGrows), and its step.
let collecting: {stop: () => void; stepBytes: number} | null = null;
const waiting = new Set<() => void>();

/** One release: why, how long it stopped this thread, and RSS around it. */
export type ReleaseRecord = {reason: string; stallMs: number; rssBefore: number; rssAfter: number};
// The latest releases, for the memory bench to report the stall they cost apart from other work.
const record: ReleaseRecord[] = [];
const recordLength = 20;

export function releaseRecord(): readonly ReleaseRecord[] {
	return record;
}

/** Resolves after the next release, or after `ms` when none comes (a small queue's pass is left to V8). */
export function nextRelease(ms: number): Promise<void> {
	return new Promise(resolve => {
		const done = () => {
			clearTimeout(timer);
			waiting.delete(done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		waiting.add(done);
	});
}

/** V8's collector as a function: Node exposes it only behind --expose-gc, which a new context picks up at run time. */
function collector(): CollectGarbage | null {
	if (collect !== undefined) return collect;
	try {
		const v8 = process.getBuiltinModule('node:v8');
		const vm = process.getBuiltinModule('node:vm');
		v8.setFlagsFromString('--expose-gc');
		const found: unknown = vm.runInNewContext('gc');
		v8.setFlagsFromString('--no-expose-gc');
		collect = typeof found === 'function' ? (found as CollectGarbage) : null;
	} catch {
		collect = null;
	}
	return collect;
}

/** One full, compacting collection that also returns V8's pooled pages; false when this Node does not allow it. */
export function returnFreedMemory(reason = 'release'): boolean {
	const gc = collector();
	if (!gc) return false;
	const rssBefore = process.memoryUsage.rss();
	const started = performance.now();
	gc({type: 'major', execution: 'sync', flavor: 'last-resort'});
	if (holding) ((holding = null), process.getBuiltinModule('node:v8').setFlagsFromString(`--semi-space-growth-factor=${defaultGrowth}`));
	collecting?.stop();
	collecting = null;
	record.push({reason, stallMs: performance.now() - started, rssBefore, rssAfter: process.memoryUsage.rss()});
	if (record.length > recordLength) record.shift();
	for (const done of [...waiting]) done();
	return true;
}

/**
 * Until the next release, the young generation does not grow. A big load's rows all survive their first scavenges,
 * which makes V8 double the young generation up to its 128 MB maximum, and keep it: held at its start size, the rows
 * go to the old generation they would reach anyway (the console's peak at 100k: see docs/performance.md). Only where
 * a release can end it, and only for work the console releases after (a big load or scoring pass on its own thread);
 * only a load's hold makes a scoring pass wait for the release (releaseDue).
 */
export function holdYoungGeneration(work: 'load' | 'pass' = 'load', stepBytes = garbageStepBytes): void {
	if (holding === work || !collector()) return;
	if (!holding) process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
	holding = holding === 'load' ? 'load' : work;
	// The rows then reach old space as they come, with the pages they were read from: collected as it grows.
	collecting ??= {stop: collectAsItGrows(stepBytes), stepBytes};
}

/** The step old space is collected at as it grows (collectAsItGrows), from a hold to the release that ends it; else null. */
export function collectionStep(): number | null {
	return collecting?.stepBytes ?? null;
}

/** A big load on this thread holds out for a release (holdYoungGeneration), which a big scoring pass waits for. */
export function releaseDue(): boolean {
	return holding === 'load';
}

/** After the release a big load on this thread holds out for (holdYoungGeneration), or after `ms`; at once when none is due. */
export function afterDueRelease(ms: number): Promise<void> {
	return holding === 'load' ? nextRelease(ms) : Promise.resolve();
}

// Work on this thread with the young generation held promotes each page it reads; old space would grow to V8's own
// limit (200-270 MB at 100k) before a full collection. An incremental one every this much (16 MB: the pass's peak at
// 100k 205 MB; 8 MB: 193 MB, the pass no slower; 4 MB: 4-8 MB less again, but the pass 20% slower, so only work
// nobody waits for, the harvest, asks for it).
const garbageStepBytes = 8 * 1024 * 1024;
const watchMs = 20;

/**
 * Each time old space grew `stepBytes` since its lowest, an incremental full collection (marking between
 * turns, no long stop), until the returned stop is called; a no-op where the collector is not available.
 */
export function collectAsItGrows(stepBytes = garbageStepBytes): () => void {
	const gc = collector();
	if (!gc) return () => {};
	const v8 = process.getBuiltinModule('node:v8');
	let lowest = Number.POSITIVE_INFINITY;
	const watch = setInterval(() => {
		const used = v8.getHeapSpaceStatistics().find(space => space.space_name === 'old_space')?.space_used_size ?? 0;
		lowest = Math.min(lowest, used);
		if (used - lowest < stepBytes) return;
		lowest = used;
		gc({type: 'major', execution: 'async'});
	}, watchMs);
	watch.unref();
	return () => clearInterval(watch);
}

/**
 * Until the next release, the young generation held (holdYoungGeneration) and the old space collected as it grows
 * (collectAsItGrows), so a scoring pass on this thread keeps its garbage to about 8 MB instead of V8's own limit
 * (a second isolate's heap for the pass was 40-50 MB at 100k).
 */
export function holdForPass(stepBytes = garbageStepBytes): void {
	if (holding || !collector()) return;
	holdYoungGeneration('pass', stepBytes);
}

/** The harvest's collection step: it runs in the background, so it trades speed for a lower peak. */
export const harvestStepBytes = 4 * 1024 * 1024;
