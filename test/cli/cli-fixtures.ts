// A small desk for command tests, and a runner that drives runCli with buffers and the memory provider.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../../source/cli/run-cli.js';
import type {Conversation} from '../../source/domain/conversation.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {createMemoryProvider, type MemoryProvider} from '../helpers/memory-provider.js';
import {createTestIo} from '../helpers/test-io.js';

const minute = 60_000;

export function deskConversations(): Conversation[] {
	return [
		makeConversation({
			id: '1042',
			subject: 'Refund for the duplicate charge',
			priority: 'high',
			assigneeId: 'a1',
			assigneeName: 'Dana Whitfield',
			teamId: 'billing',
			teamName: 'Billing',
			tags: ['billing'],
			createdAt: testNow - 5 * 60 * minute,
			ratings: {csat: 4, nps: 9, ces: null},
			pageUrl: 'https://shop.example.com/account/billing',
			messages: [
				{kind: 'customer', body: 'I was charged twice for my March invoice.'},
				{kind: 'bot', body: 'Thanks! A person will look at your invoice.', authorName: 'Helper Bot', authorId: 'bot'},
				{kind: 'note', body: 'Stripe shows two captures, refund one.'},
				{kind: 'agent', body: 'Sorry about that, Ada. I am refunding the second charge.'},
				{kind: 'customer', body: 'Thank you, when will I see it?', createdAt: testNow - 3 * 60 * minute},
			],
		}),
		makeConversation({
			id: '1043',
			subject: 'Webhook returns 500',
			channel: 'chat',
			priority: 'urgent',
			teamId: 'tech',
			teamName: 'Technical Support',
			tags: ['api'],
			customer: makeCustomer({id: 'c2', name: 'Ben Okafor', email: 'ben@okafor.dev', company: null, companyType: null, plan: 'free', customerSince: testNow - 3 * 86_400_000, language: 'de', productsInUse: []}),
			createdAt: testNow - 30 * minute,
			messages: [{kind: 'customer', body: 'Every webhook delivery fails with a 500 since this morning.'}],
		}),
		makeConversation({
			id: '1044',
			subject: 'Thanks for the help',
			status: 'closed',
			closedAt: testNow - 86_400_000,
			customer: makeCustomer({id: 'c3', name: 'Chen Wei', email: 'chen@example.org'}),
		}),
		makeConversation({
			id: '1045',
			subject: 'Where is my parcel?',
			status: 'pending',
			assigneeId: 'a2',
			assigneeName: 'Omar Haddad',
			channel: 'social',
			tags: ['shipping'],
			customer: makeCustomer({id: 'c4', name: 'Dora Silva', email: 'dora@example.net'}),
		}),
		makeConversation({
			id: '1046',
			subject: 'Hello\u001B]0;owned\u0007 there\u001B[2J',
			customer: makeCustomer({id: 'c5', name: 'Eve\u001B[31m Mallory', email: 'eve@example.com'}),
			messages: [{kind: 'customer', body: 'Look\u001B[5m at this\u009B1m'}],
		}),
	];
}

export type RunResult = {code: number; stdout: string; stderr: string; provider: MemoryProvider};

export type RunSetup = {
	tty?: boolean;
	color?: boolean;
	columns?: number;
	stdin?: string;
	provider?: MemoryProvider;
	env?: NodeJS.ProcessEnv;
	/** Kept between runs (the outbox, learned history); default: a fresh folder, removed after the run. */
	dataDir?: string;
};

export async function run(argv: string[], setup: RunSetup = {}): Promise<RunResult> {
	const io = createTestIo({
		isStdoutTty: setup.tty ?? false,
		color: setup.color ?? false,
		columns: setup.columns ?? 100,
		...(setup.stdin === undefined ? {} : {stdin: setup.stdin}),
	});
	const provider = setup.provider ?? createMemoryProvider(deskConversations());
	// A home with nothing in it: no profile or config of the machine's user leaks into a test.
	const given = setup.env ?? {HOME: '/nonexistent/deskterm-test-home'};
	// Every reply goes through the outbox in the data directory: never the machine's, never shared between tests.
	const scratch = setup.dataDir === undefined && given['DESKTERM_DATA_DIR'] === undefined ? mkdtempSync(join(tmpdir(), 'deskterm-cli-data-')) : undefined;
	const dataDir = setup.dataDir ?? given['DESKTERM_DATA_DIR'] ?? scratch;
	const env = {...given, DESKTERM_DATA_DIR: dataDir};
	try {
		const code = await runCli(argv, io, {env, provider, clock: () => testNow});
		return {code, stdout: io.stdout(), stderr: io.stderr(), provider};
	} finally {
		if (scratch) rmSync(scratch, {recursive: true, force: true});
	}
}

/** What a script sees: the parsed JSON of stdout. */
export function json(result: RunResult): unknown {
	return JSON.parse(result.stdout);
}
