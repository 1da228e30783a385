import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {newOutboxItem} from '../../../source/operations/outbox/outbox-item.js';
import {settle} from '../../../source/operations/outbox/outbox-machine.js';
import {keepDeliveredMs, openOutboxStore, type OutboxStore} from '../../../source/operations/outbox/outbox-store.js';

const now = 1_000_000;
const directories: string[] = [];
const stores: OutboxStore[] = [];
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function open(dataDir = mkdtempSync(join(tmpdir(), 'deskterm-outbox-'))) {
	directories.push(dataDir);
	const store = openOutboxStore(dataDir);
	stores.push(store);
	return {store, dataDir};
}

const item = (id: string, fields: {conversationId?: string; body?: string; profile?: string; kind?: 'reply' | 'note'} = {}) =>
	newOutboxItem({id, profile: fields.profile ?? 'work', conversationId: fields.conversationId ?? '7', kind: fields.kind ?? 'reply', body: fields.body ?? 'Hi Ada', now});

describe('the outbox store', () => {
	it('keeps an item on disk: another process opening the file sees it', () => {
		const {store, dataDir} = open();
		store.enqueue(item('ob-00000001'), now);
		const other = openOutboxStore(dataDir);
		stores.push(other);
		expect(other.get('ob-00000001')).toMatchObject({state: 'queued', conversationId: '7', body: 'Hi Ada', checkFirst: false});
	});

	it('hands back the undelivered item with the same words for the same conversation instead of adding a second', () => {
		const {store} = open();
		expect(store.enqueue(item('ob-00000001'), now).reused).toBe(false);
		const again = store.enqueue(item('ob-00000002', {body: 'Hi   Ada\n'}), now + 5);
		expect(again).toMatchObject({reused: true, item: {id: 'ob-00000001'}});
		expect(store.enqueue(item('ob-00000003', {conversationId: '8'}), now).reused).toBe(false);
		expect(store.enqueue(item('ob-00000004', {kind: 'note'}), now).reused).toBe(false);
		expect(store.enqueue(item('ob-00000005', {profile: 'home'}), now).reused).toBe(false);
		expect(store.list('work').map(each => each.id)).toEqual(['ob-00000001', 'ob-00000003', 'ob-00000004']);
		expect(store.list(undefined)).toHaveLength(4);
	});

	it('queues a failed duplicate again, and lets a delivered one be sent anew on purpose', () => {
		const {store} = open();
		store.enqueue(item('ob-00000001'), now);
		store.change('ob-00000001', current => settle(current, {type: 'failed', error: 'HTTP 403'}, now));
		expect(store.enqueue(item('ob-00000002'), now + 10).item).toMatchObject({id: 'ob-00000001', state: 'queued', nextAttemptAt: now + 10});
		store.change('ob-00000001', current => settle(current, {type: 'delivered', messageId: 'm5'}, now));
		expect(store.enqueue(item('ob-00000003'), now + 20)).toMatchObject({reused: false, item: {id: 'ob-00000003'}});
		expect(store.claimedMessageIds('work', '7')).toEqual(new Set(['m5']));
	});

	it('changes an item atomically, leaves it when the change says null, and prunes old deliveries', () => {
		const {store} = open();
		store.enqueue(item('ob-00000001'), now);
		expect(store.change('ob-00000001', () => null)).toBeNull();
		expect(store.change('ob-missing', current => current)).toBeNull();
		store.change('ob-00000001', current => settle(current, {type: 'delivered', messageId: 'm1'}, now));
		store.prune(now + keepDeliveredMs - 1);
		expect(store.get('ob-00000001')).not.toBeNull();
		store.prune(now + keepDeliveredMs + 1);
		expect(store.get('ob-00000001')).toBeNull();
	});

	it('says in one line when the outbox cannot be opened', () => {
		const {dataDir} = open();
		expect(() => openOutboxStore(join(dataDir, 'outbox.db', 'below-a-file'))).toThrow(/^cannot open the outbox at .*below-a-file\/outbox\.db: /);
	});
});
