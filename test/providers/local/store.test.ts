// The desk file itself: migrations from an older schema, refusing newer or damaged files, WAL on disk.
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, describe, expect, it} from 'vitest';
import {generateDemoDesk} from '../../../source/providers/local/demo/generate-desk.js';
import {insertDesk} from '../../../source/providers/local/demo/insert-desk.js';
import {resetDesk} from '../../../source/providers/local/demo/seed-desk.js';
import {openDatabase, userVersion} from '../../../source/providers/local/store/database.js';
import {schemaVersion} from '../../../source/providers/local/store/schema.js';
import {openTestDesk, scratchDir, seededAt, type TestDesk} from './local-desk.js';
import {rmSync} from 'node:fs';

const opened: TestDesk[] = [];
const directories: string[] = [];
afterEach(async () => {
	for (const desk of opened.splice(0)) await desk.cleanup();
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function directory(): string {
	const path = scratchDir();
	directories.push(path);
	return path;
}

describe('the desk file', () => {
	it('is a WAL database at the latest schema version', async () => {
		const desk = await openTestDesk();
		opened.push(desk);
		const db = new DatabaseSync(join(desk.dataDir, 'desk.sqlite'), {readOnly: true});
		expect(db.prepare('PRAGMA journal_mode').get()).toEqual({journal_mode: 'wal'});
		expect(userVersion(db)).toBe(schemaVersion);
		db.close();
	});

	it('upgrades a desk written at schema 1, indexing its old conversations for search', async () => {
		const dataDir = directory();
		const db = openDatabase(join(dataDir, 'desk.sqlite'), {upTo: 1});
		db.exec('BEGIN');
		insertDesk(db, generateDemoDesk({now: seededAt, conversations: 40}), {eventsTable: null});
		db.exec("INSERT INTO meta (key, value) VALUES ('desk_id', 'old-desk'); COMMIT");
		expect(userVersion(db)).toBe(1);
		db.close();

		const desk = await openTestDesk({dataDir});
		opened.push(desk);
		const page = await desk.provider.listQueue({text: 'Nakamura', statuses: ['open', 'pending', 'snoozed', 'closed']});
		expect(page.total).toBe(3);
		expect(page.conversations.length).toBe(3);
		expect((await desk.provider.listQueue({statuses: ['open', 'pending', 'snoozed', 'closed'], limit: 1})).total).toBe(40);
	});

	it('upgrades a schema 2 desk in place: its conversations stay, new changes log events, old ones have none', async () => {
		const dataDir = directory();
		const db = openDatabase(join(dataDir, 'desk.sqlite'), {upTo: 2});
		db.exec('BEGIN');
		insertDesk(db, generateDemoDesk({now: seededAt, conversations: 40}), {eventsTable: null});
		db.exec("INSERT INTO meta (key, value) VALUES ('desk_id', 'old-desk'); COMMIT");
		expect(userVersion(db)).toBe(2);
		expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'activity_events'").get()).toEqual({n: 0});
		db.close();

		const desk = await openTestDesk({dataDir});
		opened.push(desk);
		const before = (await desk.provider.listQueue({statuses: ['open'], limit: 1})).conversations[0]!;
		await desk.provider.setStatus(before.id, {status: 'pending'});
		const facts = [];
		for await (const fact of desk.provider.iterateMetricFacts!({from: 0, until: Number.MAX_SAFE_INTEGER})) facts.push(fact);
		expect(facts).toHaveLength(40);
		const me = await desk.provider.whoami();
		expect(facts.find(fact => fact.id === before.id)?.events).toEqual([
			{kind: 'status', conversationId: before.id, at: seededAt, actorId: me.id, from: 'open', to: 'pending'},
		]);
		expect(facts.filter(fact => fact.id !== before.id).every(fact => fact.events?.length === 0)).toBe(true);
		const upgraded = new DatabaseSync(join(dataDir, 'desk.sqlite'), {readOnly: true});
		expect(userVersion(upgraded)).toBe(schemaVersion);
		upgraded.close();
	});

	it('refuses a desk written by a newer deskterm', async () => {
		const dataDir = directory();
		const db = new DatabaseSync(join(dataDir, 'desk.sqlite'));
		db.exec('PRAGMA user_version = 99');
		db.close();
		await expect(openTestDesk({dataDir})).rejects.toMatchObject({
			code: 'unsupported',
			message: expect.stringMatching(/written by a newer deskterm \(schema 99, this one knows \d+\); upgrade deskterm$/),
		});
	});

	it('says so plainly when the file is not a desk', async () => {
		const dataDir = directory();
		writeFileSync(join(dataDir, 'desk.sqlite'), 'this is a text file, not a database\n'.repeat(200));
		await expect(openTestDesk({dataDir})).rejects.toMatchObject({
			code: 'invalid_response',
			message: expect.stringMatching(/^cannot open the local desk at .*desk\.sqlite: the file is damaged or not a deskterm desk/),
		});
	});

	it('builds a reset desk beside the old one and clears scratch files a dead reset left behind', async () => {
		const dataDir = directory();
		const path = join(dataDir, 'desk.sqlite');
		const abandoned = `${path}.building-999999999`;
		writeFileSync(abandoned, 'half a desk');
		const summary = resetDesk(path, {now: seededAt, conversations: 30});
		expect(summary).toMatchObject({conversations: 30, bytes: expect.any(Number)});
		expect(readdirSync(dataDir)).toEqual(['desk.sqlite']);
		expect(existsSync(abandoned)).toBe(false);
	});

	it('creates the data directory when it is missing', async () => {
		const desk = await openTestDesk({dataDir: join(directory(), 'nested', 'deeper')});
		opened.push(desk);
		expect((await desk.provider.listTeams()).length).toBe(6);
	});
});
