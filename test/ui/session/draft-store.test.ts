import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {draftStore} from '../../../source/ui/session/draft-store.js';

const directories: string[] = [];
afterEach(() => {
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});
const fresh = () => {
	const directory = mkdtempSync(join(tmpdir(), 'deskterm-draft-store-'));
	directories.push(directory);
	return directory;
};

describe('the draft store', () => {
	it('saves, loads and removes a draft per profile and conversation, readable only by its owner', async () => {
		const dataDir = fresh();
		const store = draftStore(dataDir, 'work desk');
		await store.save({conversationId: 'a/b', kind: 'note', text: 'hello', savedAt: 5});
		const path = join(dataDir, 'drafts', 'work%20desk', 'a%2Fb.json');
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({conversationId: 'a/b', kind: 'note', text: 'hello', savedAt: 5});
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(await store.load('a/b')).toEqual({conversationId: 'a/b', kind: 'note', text: 'hello', savedAt: 5});
		expect(await draftStore(dataDir, 'other').load('a/b')).toBeNull();
		await store.remove('a/b');
		expect(await store.load('a/b')).toBeNull();
	});

	it('never lets a save still running bring back a draft removed after it', async () => {
		const store = draftStore(fresh(), 'local');
		const saving = store.save({conversationId: '1', kind: 'reply', text: 'x', savedAt: 1});
		const removing = store.remove('1');
		await Promise.all([saving, removing]);
		expect(await store.load('1')).toBeNull();
	});

	it('treats a damaged or foreign file as no draft', async () => {
		const dataDir = fresh();
		const store = draftStore(dataDir, 'local');
		await store.save({conversationId: '1', kind: 'reply', text: 'x', savedAt: 1});
		writeFileSync(join(dataDir, 'drafts', 'local', '1.json'), '{not json');
		expect(await store.load('1')).toBeNull();
		writeFileSync(join(dataDir, 'drafts', 'local', '1.json'), JSON.stringify({conversationId: '2', kind: 'reply', text: 'x', savedAt: 1}));
		expect(await store.load('1')).toBeNull();
	});
});

describe('draft files of the wrong shape', () => {
	it('are ignored field by field', async () => {
		const dataDir = fresh();
		const store = draftStore(dataDir, 'local');
		await store.save({conversationId: '1', kind: 'reply', text: 'x', savedAt: 1});
		for (const wrong of [null, [], {conversationId: '1', kind: 'email', text: 'x', savedAt: 1}, {conversationId: '1', kind: 'reply', text: 3, savedAt: 1}, {conversationId: '1', kind: 'reply', text: 'x'}]) {
			writeFileSync(join(dataDir, 'drafts', 'local', '1.json'), JSON.stringify(wrong));
			expect(await store.load('1')).toBeNull();
		}
	});
});

describe('drafts written from templates', () => {
	it('keep the templates put into them, dropping an entry that does not check out', async () => {
		const dataDir = fresh();
		const store = draftStore(dataDir, 'local');
		const refund = {id: 'refund', title: 'Refund', text: 'Refunded {{amount}}.', actions: {status: 'pending' as const, addTags: ['refund']}, humanOnly: false};
		await store.save({conversationId: '1', kind: 'reply', text: 'Refunded {{amount}}.', savedAt: 1, templates: [refund]});
		expect((await store.load('1'))?.templates).toEqual([refund]);
		const path = join(dataDir, 'drafts', 'local', '1.json');
		const broken = [refund, {...refund, id: 'x', actions: {status: 'later'}}, {...refund, id: 'y', humanOnly: 'no'}, {...refund, id: 'z', actions: {addTags: 'refund'}}];
		writeFileSync(path, JSON.stringify({conversationId: '1', kind: 'reply', text: 'x', savedAt: 1, templates: broken}));
		expect((await store.load('1'))?.templates?.map(template => template.id)).toEqual(['refund']);
	});
});
