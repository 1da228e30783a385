// Free-text search on the local desk: full-text where SQLite has FTS5, LIKE otherwise, the same answers.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ConversationSummary} from '../../../source/domain/conversation.js';
import {likeTerms, searchTerms} from '../../../source/providers/local/store/search-terms.js';
import {openTestDesk, type TestDesk} from './local-desk.js';

describe('search terms', () => {
	it('turns each word into a quoted prefix phrase, so no input breaks the FTS5 syntax', () => {
		expect(searchTerms('refund  policy')).toEqual(['"refund"*', '"policy"*']);
		expect(searchTerms('ada@example.com')).toEqual(['"ada example com"*']);
		expect(searchTerms('"NEAR(a b)" OR * -x')).toEqual(['"NEAR a"*', '"b"*', '"OR"*', '"x"*']);
		expect(searchTerms('?! --')).toEqual([]);
		expect(searchTerms('Rückerstattung')).toEqual(['"Rückerstattung"*']);
	});

	it('escapes LIKE wildcards', () => {
		expect(likeTerms('50% off_now')).toEqual(['%50\\%%', '%off\\_now%']);
	});
});

let fts: TestDesk;
let like: TestDesk;

beforeAll(async () => {
	fts = await openTestDesk();
	like = await openTestDesk({search: 'like'});
});
afterAll(async () => {
	await fts.cleanup();
	await like.cleanup();
});

async function ids(desk: TestDesk, text: string): Promise<string[]> {
	const found: ConversationSummary[] = [];
	let cursor: string | undefined;
	do {
		const page = await desk.provider.listQueue({text, statuses: ['open', 'pending', 'snoozed', 'closed'], cursor, limit: 200});
		found.push(...page.conversations);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return found.map(each => each.id).sort();
}

describe('queue text search', () => {
	it('finds by subject, customer name, email and message body', async () => {
		for (const desk of [fts, like]) {
			const byBody = await ids(desk, 'KeyError');
			expect(byBody.length).toBeGreaterThan(0);
			const conversation = await desk.provider.getConversation(byBody[0]!);
			expect(conversation.messages.some(message => message.body.includes('KeyError'))).toBe(true);
			expect(await ids(desk, 'Priscilla Nakamura')).toHaveLength(3);
			expect(await ids(desk, 'priscilla@harborlogistics.example')).toHaveLength(3);
			expect((await ids(desk, 'MacBook Pro')).length).toBeGreaterThan(0);
		}
	});

	it('needs every word, each anywhere in the conversation', async () => {
		const both = await ids(fts, 'Nakamura third');
		expect(both).toHaveLength(1);
		expect((await fts.provider.getConversation(both[0]!)).subject).toMatch(/^Third time/);
	});

	it('matches word prefixes with full-text search, and gives the same ids as LIKE for whole words', async () => {
		expect((await ids(fts, 'webho')).length).toBeGreaterThan(0);
		for (const text of ['webhooks', 'antivirus', 'Rückerstattung', 'NW-5512093']) {
			expect(await ids(fts, text), text).toEqual(await ids(like, text));
		}
	});

	it('survives input that is all punctuation or full of wildcards', async () => {
		expect(await ids(fts, '%%% ___')).toEqual([]);
		expect(await ids(fts, '"unbalanced')).toEqual(await ids(like, 'unbalanced'));
	});

	it('counts matches in the total', async () => {
		const page = await fts.provider.listQueue({text: 'refund', statuses: ['open', 'pending', 'snoozed', 'closed'], limit: 3});
		expect(page.total).toBe((await ids(fts, 'refund')).length);
	});
});
