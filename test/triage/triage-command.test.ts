// deskterm triage through runCli, with buffers and an in-memory desk: JSON, JSON lines, filters, sort, config lint.
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../../source/cli/run-cli.js';
import type {Conversation} from '../../source/domain/conversation.js';
import {triageJsonFields} from '../../source/triage/triage-json.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {createTestIo} from '../helpers/test-io.js';

const minute = 60_000;
let configDir: string;
beforeEach(async () => {
	configDir = await mkdtemp(join(tmpdir(), 'deskterm-triage-cli-'));
});
afterEach(async () => {
	await rm(configDir, {recursive: true, force: true});
});

function desk(): Conversation[] {
	return [
		makeConversation({
			id: '201',
			subject: 'Python SDK error',
			channel: 'chat',
			createdAt: testNow - 10 * minute,
			messages: [{kind: 'customer', body: 'The Python SDK throws an error on every webhook call.'}],
		}),
		makeConversation({
			id: '202',
			subject: 'Cancel please',
			customer: makeCustomer({id: 'c9', name: 'Ines Moreau'}),
			messages: [{kind: 'customer', body: 'I want to cancel my subscription at the end of the month.'}],
		}),
		makeConversation({
			id: '203',
			subject: 'Hello',
			customer: makeCustomer({id: 'c8', name: 'Jon Park'}),
			createdAt: testNow - 23.5 * 60 * minute,
			messages: [{kind: 'customer', body: 'Good morning to the whole team, lovely weather over here.'}],
		}),
		makeConversation({id: '204', subject: 'Old one', status: 'closed', closedAt: testNow - 60 * minute}),
	];
}

async function run(argv: string[], options: {tty?: boolean; provider?: ReturnType<typeof createMemoryProvider>} = {}) {
	const io = createTestIo({isStdoutTty: options.tty ?? false, columns: 80});
	const provider = options.provider ?? createMemoryProvider(desk());
	const code = await runCli(argv, io, {env: {DESKTERM_CONFIG_DIR: configDir, HOME: configDir}, provider, clock: () => testNow});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

describe('deskterm triage', () => {
	it('prints every score, level and signal of one conversation as JSON', async () => {
		const result = await run(['triage', '201', '--json']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const value = JSON.parse(result.stdout);
		// Spelled out, so a change to what scripts read is deliberate.
		expect(Object.keys(value)).toEqual([
			'id', 'subject', 'customerName', 'status', 'channel', 'priority', 'priorityScore', 'priorityParts',
			'complexity', 'severity', 'effort', 'targets', 'routing', 'humanOnly', 'channels', 'answer', 'badges',
		]);
		expect(Object.keys(value)).toEqual([...triageJsonFields]);
		expect(Object.keys(value.priorityParts[0])).toEqual(['id', 'label', 'value', 'weight', 'evidence']);
		expect(Object.keys(value.targets)).toEqual(['firstResponse', 'resolution', 'next', 'risk', 'atRisk', 'breached']);
		expect(Object.keys(value.channels)).toEqual(['key', 'primary', 'primaryLabel', 'secondary', 'secondaryLabel']);
		for (const axis of ['complexity', 'severity', 'effort']) {
			expect(value[axis].level).toMatch(/^(low|medium|high)$/);
			expect(value[axis].signals.length).toBeGreaterThan(0);
			expect(Object.keys(value[axis].signals[0])).toEqual(['id', 'label', 'weight', 'evidence']);
		}
		expect(value.routing).toMatchObject({team: 'Technical Support', teamId: 'tech', rule: {index: 1, name: 'Developers and integrations'}});
		expect(Object.keys(value.targets.firstResponse)).toEqual(['state', 'targetSeconds', 'startedAt', 'dueAt', 'stoppedAt', 'elapsedSeconds', 'leftSeconds']);
		expect(value.targets.firstResponse).toMatchObject({state: 'breached', targetSeconds: 300, leftSeconds: -300});
		expect(value.channels).toMatchObject({key: expect.stringMatching(/^[LMH]{3}$/), primaryLabel: expect.any(String)});
	});

	it('--all --json prints one JSON line per open conversation, highest priority first', async () => {
		const result = await run(['triage', '--all', '--json']);
		const lines = result.stdout.trimEnd().split('\n').map(line => JSON.parse(line));
		expect(lines.map(line => line.id).sort()).toEqual(['201', '202', '203']);
		const scores = lines.map(line => line.priorityScore);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(lines.find(line => line.id === '202').humanOnly.reasons.map((reason: {id: string}) => reason.id)).toContain('cancellation');
		expect(lines.find(line => line.id === '203').routing).toMatchObject({team: 'Escalations', rule: null});
	});

	it('filters by score and sorts by any axis', async () => {
		const humanOnly = await run(['triage', '--all', '--human-only', '--fields', 'id']);
		expect(humanOnly.stdout).toBe('{"id":"202"}\n');
		const atRisk = await run(['triage', '--all', '--at-risk', '--fields', 'id,badges']);
		expect(atRisk.stdout.trimEnd().split('\n').map(line => JSON.parse(line))).toEqual([
			{id: '201', badges: expect.arrayContaining(['BREACHED 5m'])},
			{id: '203', badges: expect.arrayContaining(['BREACH 30m'])},
		]);
		const byComplexity = await run(['triage', '--all', '--sort', 'complexity', '--fields', 'id', '--status', 'all', '--no-templates']);
		expect(JSON.parse(byComplexity.stdout.split('\n')[0]!)).toEqual({id: '201'});
	});

	it('prints plain tab-separated rows in a pipe and readable badges on a terminal without colour', async () => {
		const pipe = await run(['triage', '--all', '--effort', 'low,medium,high', '--no-templates']);
		expect(pipe.stdout.split('\n')[0]!.split('\t')).toHaveLength(10);
		const tty = await run(['triage', '--all', '--no-templates'], {tty: true});
		expect(tty.stdout).not.toMatch(/\u001B/);
		expect(tty.stdout).toMatch(/^201 +\d+ +C:M S:L E:L BREACHED 5m +Technical Sup/m);
		expect(tty.stdout).toMatch(/^202 .* ! Customer Succ/m);
		expect(tty.stdout).toMatch(/3 of 3 conversations, sorted by priority/);
		const detail = await run(['triage', '202'], {tty: true});
		expect(detail.stdout).toMatch(/Human only ! Cancellation request \("cancel"\)/);
		expect(detail.stdout).toMatch(/Route to Customer Success/);
	});

	it('looks up the best saved template unless told not to', async () => {
		const withTemplates = JSON.parse((await run(['triage', '201', '--json'])).stdout);
		expect(withTemplates.answer).toEqual({templateId: expect.any(String), confidence: expect.any(Number)});
		expect(withTemplates.complexity.signals.map((signal: {id: string}) => signal.id)).toEqual(expect.arrayContaining([expect.stringMatching(/template/)]));
		const without = JSON.parse((await run(['triage', '201', '--json', '--no-templates'])).stdout);
		expect(without.answer).toBeNull();
		expect(without.complexity.signals.map((signal: {id: string}) => signal.id)).not.toEqual(expect.arrayContaining([expect.stringMatching(/template/)]));
	});

	it('reads the queue and then each conversation when the back end has no bulk read, with queue filters', async () => {
		const provider = createMemoryProvider(desk().map(conversation => (conversation.id === '201' ? {...conversation, teamId: 'tech', teamName: 'Technical Support'} : conversation)));
		delete provider.iterateConversations;
		const all = await run(['triage', '--all', '--fields', 'id', '--no-templates'], {provider});
		expect(all.stdout.trimEnd().split('\n').map(line => JSON.parse(line).id).sort()).toEqual(['201', '202', '203']);
		const team = await run(['triage', '--all', '--team', 'Technical Support', '--fields', 'id', '--no-templates'], {provider});
		expect(team.stdout).toBe('{"id":"201"}\n');
		expect(provider.writes).toEqual([]);
	});

	it('refuses bad usage with exit code 2 and one line', async () => {
		for (const argv of [['triage'], ['triage', '201', '--all'], ['triage', '--all', '--sort', 'size'], ['triage', '--all', '--severity', 'huge'], ['triage', '--all', '--fields', 'nope']]) {
			const result = await run(argv);
			expect(result.code, argv.join(' ')).toBe(2);
			expect(result.stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
		}
	});

	it('stops with every config problem, and config lint lists them with lines', async () => {
		await mkdir(join(configDir, 'triage'));
		await writeFile(join(configDir, 'triage', 'routing.yaml'), 'escalationTeam: Escalations\nrules:\n  - name: Nothing\n    team: Billing\n    when: {}\n');
		const scored = await run(['triage', '201']);
		expect(scored.code).toBe(1);
		expect(scored.stderr).toContain(`${join(configDir, 'triage', 'routing.yaml')}:5: rule #1 "Nothing": when: no conditions`);
		const lint = await run(['triage', 'config', 'lint', '--json']);
		expect(lint.code).toBe(1);
		expect(JSON.parse(lint.stdout)).toMatchObject({ok: false, problems: [{line: 5}]});
		await writeFile(join(configDir, 'triage', 'routing.yaml'), 'escalationTeam: Escalations\nrules: []\n');
		const clean = await run(['triage', 'config', 'lint']);
		expect(clean.code).toBe(0);
		expect(clean.stdout).toMatch(/^ok +.*routing\.yaml$/m);
		expect(clean.stdout).toMatch(/^default +.*channel-map\.yaml \(no file: shipped defaults\)$/m);
	});

	it('config init writes the default files once and they lint clean', async () => {
		const first = await run(['triage', 'config', 'init']);
		expect(first.stdout.match(/^wrote /gm)).toHaveLength(3);
		const second = await run(['triage', 'config', 'init']);
		expect(second.stdout.match(/^kept \(exists\) /gm)).toHaveLength(3);
		expect((await run(['triage', 'config', 'lint'])).code).toBe(0);
	});
});
