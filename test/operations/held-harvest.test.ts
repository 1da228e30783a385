// The local desk's harvest on start runs on the console's thread (operations/assist-kit.ts, harvestHeld): after the
// queue's first pass; over 5,000 closed conversations or more with the young generation held and old space collected
// as it grows, then released; over fewer, as V8 likes.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../source/domain/conversation.js';
import {openAssistKit} from '../../source/operations/assist-kit.js';
import {collectionStep, harvestStepBytes, releaseRecord, returnFreedMemory} from '../../source/operations/free-memory.js';
import {queuePages} from '../../source/operations/queue-pages.js';
import {readLearnedExamples} from '../../source/ranking/history-store.js';
import {resetDesk} from '../../source/providers/local/demo/seed-desk.js';
import type {QueueQuery} from '../../source/providers/provider.js';
import {openTestDesk, scratchDir, type TestDesk} from '../providers/local/local-desk.js';

const query: QueueQuery = {statuses: ['open', 'pending', 'snoozed']};
const reply = 'Hi Ada,\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\nSam';
let desk: TestDesk;
let small: TestDesk;
let root: string;

beforeAll(async () => {
	root = scratchDir();
	// About 22% closed: 5,500 closed conversations, over the 5,000 that make the harvest big work.
	resetDesk(join(root, 'desk.sqlite'), {now: Date.now(), conversations: 25_000, seed: 'held-harvest'});
	desk = await openTestDesk({dataDir: root});
	desk.setNow(Date.now());
	const smallDir = scratchDir();
	resetDesk(join(smallDir, 'desk.sqlite'), {now: Date.now(), conversations: 600, seed: 'held-harvest'});
	small = await openTestDesk({dataDir: smallDir});
	small.setNow(Date.now());
	const templates = join(root, 'templates');
	mkdirSync(templates, {recursive: true});
	writeFileSync(
		join(templates, 'bug-confirmed.md'),
		'---\nid: bug-confirmed\ntitle: Bug confirmed\n---\nHi {{customer.first_name}},\n\nThanks for the report. Our engineers reproduced the error and are working on a fix.\n\nBest,\n{{agent.first_name}}\n',
	);
}, 60_000);
afterAll(async () => {
	await desk.cleanup();
	await small.cleanup();
});

async function rows(on: TestDesk): Promise<ConversationSummary[]> {
	const all: ConversationSummary[] = [];
	for await (const page of queuePages(on.provider, query, {pageSize: 500})) all.push(...page.conversations);
	return all;
}

/** Three conversations answered with the template's text and closed, a kit on the desk, and what held as it harvested. */
async function harvestOn(on: TestDesk, dataDir: string) {
	const queue = await rows(on);
	for (const row of queue.slice(0, 3)) {
		await on.provider.reply(row.id, {body: reply});
		await on.provider.setStatus(row.id, {status: 'closed'});
	}
	const open = queue.slice(3);
	const kit = await openAssistKit({
		provider: on.provider,
		clock: Date.now,
		templateSources: [join(root, 'templates')],
		configDir: join(root, 'config'),
		dataDir,
		env: {},
		readOnly: false,
		encoderEntry: null,
	});
	const runner = kit.triage!.runner;
	// What held when the harvest began reading the closed conversations.
	const seen: Array<{passRunning: boolean; step: number | null; batch: number | undefined}> = [];
	const iterate = on.provider.iterateConversations!.bind(on.provider);
	on.provider.iterateConversations = (harvestQuery, options) => {
		if (harvestQuery.statuses?.includes('closed')) seen.push({passRunning: runner.progress().running, step: collectionStep(), batch: options?.batch});
		return iterate(harvestQuery, options);
	};
	const releasesBefore = releaseRecord().length;
	const harvested = kit.harvest();
	runner.request(open, query, open.slice(0, 5).map(row => row.id));
	await new Promise<void>(resolve => {
		const stop = runner.subscribe(() => {
			if (runner.progress().running) return;
			stop();
			resolve();
		});
	});
	return {kit, seen, harvested, releases: () => releaseRecord().slice(releasesBefore).map(release => release.reason)};
}

describe("the local desk's harvest on start", () => {
	it('reads many closed conversations after the first pass, held and collected as it grows, then releases', async () => {
		const dataDir = join(root, 'data');
		const {kit, seen, harvested, releases} = await harvestOn(desk, dataDir);
		// A queue this small brings no release of its own: one here lets the harvest go on at once.
		returnFreedMemory('test');
		const line = await harvested;
		kit.close();

		expect(line).toBe('Learned 3 examples for 1 template from closed conversations');
		// Collected every 4 MB, in small batches: each dies young, the harvest keeps only what it learns.
		expect(harvestStepBytes).toBe(4 * 1024 * 1024);
		expect(seen).toEqual([{passRunning: false, step: harvestStepBytes, batch: 25}]);
		expect(collectionStep()).toBeNull();
		expect(releases()).toContain('harvest');
		expect((await readLearnedExamples(dataDir)).map(example => example.templateId)).toEqual(['bug-confirmed', 'bug-confirmed', 'bug-confirmed']);
	}, 60_000);

	it('leaves a few closed conversations to V8: no hold, no wait for a release, no release of its own', async () => {
		const dataDir = join(root, 'small-data');
		const {kit, seen, harvested, releases} = await harvestOn(small, dataDir);
		const line = await harvested;
		kit.close();

		expect(line).toBe('Learned 3 examples for 1 template from closed conversations');
		expect(seen).toEqual([{passRunning: false, step: null, batch: 25}]);
		expect(releases()).not.toContain('harvest');
	}, 60_000);
});
