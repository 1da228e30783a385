import {describe, expect, it} from 'vitest';
import type {Conversation} from '../../../source/domain/conversation.js';
import {defaultTriageConfig} from '../../../source/triage/triage-config.js';
import {createTriageRunner, singleReadLimit} from '../../../source/operations/queue-triage/triage-runner.js';
import {makeConversation, testNow} from '../../helpers/conversations.js';
import {createMemoryProvider, summaryOf} from '../../helpers/memory-provider.js';

const config = defaultTriageConfig();

function desk(count: number): Conversation[] {
	return Array.from({length: count}, (_, index) =>
		makeConversation({id: String(index + 1), messages: [{kind: 'customer', body: index % 2 === 0 ? 'Please cancel my plan, this is urgent!' : 'Where is the export button?'}]}),
	);
}

/** Resolves when a pass has finished (the runner notifies at the end of each). */
function finished(runner: ReturnType<typeof createTriageRunner>): Promise<void> {
	return new Promise(resolve => {
		const stop = runner.subscribe(() => {
			if (!runner.progress().running) {
				stop();
				resolve();
			}
		});
	});
}

describe('the background triage scorer', () => {
	it('scores every row of the queue, through the bulk read when the back end has one', async () => {
		const conversations = desk(120);
		const provider = createMemoryProvider(conversations);
		let reads = 0;
		const counted = {...provider, getConversation: async (id: string) => (reads++, provider.getConversation(id))};
		const runner = createTriageRunner({provider: counted, config, clock: () => testNow});
		const rows = conversations.map(summaryOf);
		const done = finished(runner);
		runner.request(rows, {}, ['5', '6']);
		await done;
		expect(runner.progress()).toMatchObject({scored: 120, total: 120, running: false, error: null});
		// The two visible rows one by one first, then everything else in bulk.
		expect(reads).toBe(2);
		expect(runner.entry('1')).toMatchObject({id: '1', version: '1', humanOnly: ['Cancellation request']});
		expect(runner.entry('2')?.humanOnly).toEqual([]);
	});

	it('scores again only what changed, and gives up nothing when a conversation cannot be read', async () => {
		const conversations = desk(4);
		const provider = createMemoryProvider(conversations);
		const reads: string[] = [];
		const flaky = {
			...provider,
			iterateConversations: undefined,
			getConversation: async (id: string) => {
				reads.push(id);
				if (id === '3') throw new Error('gone');
				return provider.getConversation(id);
			},
		};
		const runner = createTriageRunner({provider: flaky, config, clock: () => testNow});
		let done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		expect(runner.progress()).toMatchObject({scored: 3, error: null});
		reads.length = 0;
		const rows = conversations.map(summaryOf).map(row => (row.id === '2' ? {...row, version: '2'} : row));
		done = finished(runner);
		runner.request(rows, {}, []);
		await done;
		expect(reads.sort()).toEqual(['2', '3']);
		expect(runner.entry('2')?.version).toBe('2');
	});

	it('reads only the first rows and the visible ones from a back end without a bulk read', async () => {
		const conversations = desk(singleReadLimit + 30);
		const provider = {...createMemoryProvider(conversations), iterateConversations: undefined};
		const runner = createTriageRunner({provider, config, clock: () => testNow});
		const done = finished(runner);
		const last = String(singleReadLimit + 30);
		runner.request(conversations.map(summaryOf), {}, [last]);
		await done;
		expect(runner.progress().scored).toBe(singleReadLimit + 1);
		expect(runner.entry(last)).toBeDefined();
		expect(runner.entry(String(singleReadLimit + 1))).toBeUndefined();
	});

	it('scores again once a score is older than its limit (targets move with the clock)', async () => {
		let now = testNow;
		const conversations = desk(2);
		const runner = createTriageRunner({provider: createMemoryProvider(conversations), config, clock: () => now, maxAgeMs: 60_000});
		let done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		const first = runner.entry('1');
		now += 61_000;
		done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		expect(runner.entry('1')).not.toBe(first);
		expect(runner.entry('1')?.scoredAt).toBe(now);
	});

	it('scores again, before its age limit, a conversation whose wait enters the next band (effort moves)', async () => {
		const conversations = [makeConversation({id: '1', messages: [{kind: 'customer', body: 'My parcel never arrived after I ordered it', createdAt: testNow - 4 * 3_600_000 + 30_000}]})];
		let now = testNow;
		const runner = createTriageRunner({provider: createMemoryProvider(conversations), config, clock: () => now, maxAgeMs: 3_600_000});
		let done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		const first = runner.entry('1')!;
		expect(first.expiresAt).toBe(testNow + 30_000);
		now += 30_000;
		done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		expect(runner.entry('1')?.scoredAt).toBe(now);
		expect(runner.entry('1')!.axes.effort.value).toBe(first.axes.effort.value + 10);
	});
});

describe('a desk that cannot be read', () => {
	it('reports why when no conversation of a pass could be read', async () => {
		const conversations = desk(3);
		const provider = {
			...createMemoryProvider(conversations),
			iterateConversations: undefined,
			getConversation: async () => {
				throw new Error('connection refused');
			},
		};
		const runner = createTriageRunner({provider, config, clock: () => testNow});
		const done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		expect(runner.progress()).toMatchObject({scored: 0, running: false, error: 'connection refused'});
	});
});

describe('a big pass on this thread', () => {
	it('waits for the load to be released, holds the young generation, and scores as a pass without that does', async () => {
		const conversations = desk(120);
		const rows = conversations.map(summaryOf);
		let release: () => void = () => {};
		const ready = new Promise<void>(resolve => (release = resolve));
		const holds: string[] = [];
		const provider = createMemoryProvider(conversations);
		const runner = createTriageRunner({provider, config, clock: () => testNow, lookupLimit: 0, bigPassHere: {from: 100, ready: () => ready, hold: () => holds.push('pass')}});
		const done = finished(runner);
		runner.request(rows, {}, ['5']);
		await new Promise(resolve => setImmediate(resolve));
		expect(runner.progress()).toMatchObject({scored: 0, running: true});
		expect(runner.entry('5')).toBeUndefined();
		expect(holds).toEqual([]);
		release();
		await done;
		expect(holds).toEqual(['pass']);
		expect(runner.progress()).toMatchObject({scored: 120, running: false, error: null});
		const plain = createTriageRunner({provider: createMemoryProvider(conversations), config, clock: () => testNow, lookupLimit: 0});
		const plainDone = finished(plain);
		plain.request(rows, {}, ['5']);
		await plainDone;
		for (const row of rows) expect(runner.entry(row.id)).toEqual(plain.entry(row.id));
	});

	it('leaves a pass under its size to start at once, without holding anything', async () => {
		const conversations = desk(40);
		const holds: string[] = [];
		const never = new Promise<void>(() => {});
		const runner = createTriageRunner({provider: createMemoryProvider(conversations), config, clock: () => testNow, lookupLimit: 0, bigPassHere: {from: 100, ready: () => never, hold: () => holds.push('pass')}});
		const done = finished(runner);
		runner.request(conversations.map(summaryOf), {}, []);
		await done;
		expect(runner.progress()).toMatchObject({scored: 40, error: null});
		expect(holds).toEqual([]);
	});
});
