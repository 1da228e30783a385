// Triage over the local demo desk, as the issue will be checked: all scores everywhere, the worked examples in place.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fetchConversations, scoreAll, type ScoredRow} from '../../source/cli/commands/triage-collect.js';
import {runCli} from '../../source/cli/run-cli.js';
import {createContext, type Context} from '../../source/context.js';
import type {Conversation} from '../../source/domain/conversation.js';
import {triageBadges} from '../../source/triage/badges.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {createTestIo} from '../helpers/test-io.js';

let directory: string;
let context: Context;
let conversations: Conversation[];
let rows: ScoredRow[];

beforeAll(async () => {
	directory = await mkdtemp(join(tmpdir(), 'deskterm-demo-triage-'));
	context = await createContext({env: {DESKTERM_DATA_DIR: directory, DESKTERM_CONFIG_DIR: directory, HOME: directory}});
	const provider = await context.provider();
	conversations = await fetchConversations(provider, {statuses: ['open', 'pending', 'snoozed', 'closed']});
	rows = scoreAll(conversations, {now: context.clock(), config: defaultTriageConfig()});
});

afterAll(async () => {
	await context.close();
	await rm(directory, {recursive: true, force: true});
});

const bySubject = (pattern: RegExp) => {
	const row = rows.find(each => pattern.test(each.summary.subject));
	expect(row, `a demo conversation with a subject like ${pattern}`).toBeDefined();
	return row!.triage;
};

describe('triage on the demo desk', () => {
	it('scores every conversation on all axes with at least one signal, and badges that read without colour', () => {
		expect(rows.length).toBeGreaterThan(50);
		for (const {summary, triage} of rows) {
			for (const axis of [triage.complexity, triage.severity, triage.effort]) expect(axis.signals.length, summary.id).toBeGreaterThan(0);
			const badges = triageBadges(triage).map(badge => badge.text);
			expect(badges.slice(0, 3).join(' ')).toMatch(/^C:[LMH] S:[LMH] E:[LMH]$/);
		}
	});

	it('puts the worked examples where the article puts them', () => {
		expect(bySubject(/Fire Stick remote/).complexity.level).toBe('low');
		expect(bySubject(/Return policy question/).severity.level).toBe('high');
		expect(bySubject(/Free antivirus not activated/).effort.level).toBe('high');
	});

	it('flags cancellations as human-only and routes developer questions to Technical Support', () => {
		const cancellations = rows.filter(row => /\bcancel/i.test(row.summary.subject));
		expect(cancellations.length).toBeGreaterThan(0);
		for (const row of cancellations) expect(row.triage.humanOnly.reasons.map(reason => reason.id), row.summary.subject).toContain('cancellation');
		const python = conversations.filter(conversation => conversation.messages.some(message => message.kind === 'customer' && /python/i.test(message.body)));
		expect(python.length).toBeGreaterThan(0);
		for (const conversation of python) expect(rows.find(row => row.summary.id === conversation.id)!.triage.routing.team).toBe('Technical Support');
	});

	it('leaves very little to the escalation team', () => {
		const escalated = rows.filter(row => row.triage.routing.rule === null);
		expect(escalated.length / rows.length).toBeLessThan(0.05);
	});

	it('in `triage --all`, every compromised account and every outage waiting on us outranks every pre-sale return question', async () => {
		const io = createTestIo();
		const env = {DESKTERM_DATA_DIR: directory, DESKTERM_CONFIG_DIR: directory, HOME: directory};
		expect(await runCli(['triage', '--all', '--json'], io, {env, clock: context.clock})).toBe(0);
		const ranked = (io.stdout().trim().split('\n').map(line => JSON.parse(line)) as Array<{subject: string; status: string; priorityParts: Array<{id: string; evidence: string}>}>).map((row, index) => ({...row, index}));
		// Open: waiting on us (a pending one waits on the customer, so its clock and its place are lower).
		const open = ranked.filter(row => row.status === 'open');
		const stakes = (row: (typeof ranked)[number]) => row.priorityParts.find(part => part.id === 'stakes')!.evidence;
		const urgent = open.filter(row => /account hacked|using my account|Suspicious login/i.test(row.subject) || /^a service they rely on is down/.test(stakes(row)));
		const sales = open.filter(row => /^Return policy question/.test(row.subject));
		expect(urgent.length).toBeGreaterThan(3);
		expect(sales.length).toBeGreaterThan(0);
		for (const row of urgent) expect(stakes(row), row.subject).toMatch(/^(safety or security|a service they rely on is down)/);
		const lastUrgent = Math.max(...urgent.map(row => row.index));
		const firstSale = Math.min(...sales.map(row => row.index));
		expect(lastUrgent, `${ranked[lastUrgent]!.subject} ranks below ${ranked[firstSale]!.subject}`).toBeLessThan(firstSale);
	});
});
