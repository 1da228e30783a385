import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {readTemplateUses} from '../../../source/ranking/history-store.js';
import {ctrl, keys} from '../../helpers/keys.js';
import {renderAssistConsole, type AssistView} from './assist-console.js';
import {assistDesk} from './fixtures.js';

let view: AssistView | undefined;
const roots: string[] = [];
afterEach(() => {
	view?.unmount();
	view = undefined;
	for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true});
});

const ready = (frame: string) => /C:[LMH] S:[LMH]/.test(frame) && !/triage \d+\/\d+/.test(frame);

/** Resolves once the file holds the text (the draft is written a moment after the last key). */
async function fileHolds(path: string, text: string): Promise<void> {
	while (!existsSync(path) || !readFileSync(path, 'utf8').includes(text)) await new Promise(resolve => setImmediate(resolve));
}

describe('triage and templates stay safe', () => {
	it('keeps a draft\'s templates across a restart: their actions still go with the reply', async () => {
		const root = mkdtempSync(join(tmpdir(), 'deskterm-assist-restart-'));
		roots.push(root);
		view = await renderAssistConsole({conversations: assistDesk(), columns: 90, root});
		await view.waitFor(ready);
		view.press(':open 201', keys.enter);
		await view.waitFor('Suggested: 1');
		view.press('r', '/refund', keys.enter);
		await view.waitFor('Enter accepts · Tab next');
		view.press('€20', keys.enter);
		await view.waitFor("I've refunded €20");
		await fileHolds(join(root, 'data', 'drafts', 'local', '201.json'), '€20');
		view.unmount();

		view = await renderAssistConsole({conversations: assistDesk(), columns: 90, root});
		await view.waitFor(ready);
		view.press(':open 201', keys.enter);
		await view.waitFor('Suggested: 1');
		view.press('r');
		await view.waitFor(frame => frame.includes('Restored your unsent reply') && frame.includes('With the reply: +refund-issued · status pending'));
		view.press(ctrl('s'));
		await view.waitFor('Reply sent to #201 (Ada Lovelace) · +refund-issued · status pending');
		expect(await readTemplateUses(join(root, 'data'))).toMatchObject([{templateId: 'refund-approved', edited: false}]);
	});

	it('refuses a suggested reply in read-only mode', async () => {
		view = await renderAssistConsole({conversations: assistDesk(), columns: 90, readOnly: true});
		await view.waitFor(ready);
		view.press(':open 201', keys.enter);
		await view.waitFor('Suggested: 1');
		view.press('1');
		await view.waitFor('Read-only mode: cannot reply with suggested template 1');
		expect(view.lastFrame()).not.toContain('Reply to');
		expect(view.provider.writes).toEqual([]);
	});

	it('turns triage off with one line when its config is broken, and keeps the suggestions', async () => {
		const routing = 'rules:\n  - name: Everything\n    team: Billing\n    when: {}\n';
		view = await renderAssistConsole({conversations: assistDesk(), columns: 90, config: {'triage/routing.yaml': routing}});
		await view.waitFor('Triage is off: 1 problem in the triage config (see deskterm triage config lint)');
		expect(view.lastFrame()).not.toMatch(/C:[LMH] S:[LMH]/);
		view.press('n');
		await view.waitFor('Triage is not ready yet (or its config is broken');
		view.press(':open 201', keys.enter);
		const frame = await view.waitFor('Suggested: 1 Charged twice');
		expect(frame).not.toContain('Triage C:');
	});
});

describe('the optional AI re-ranker', () => {
	it('reorders the suggestions after the local ranking is shown, when DESKTERM_AI_URL is set', async () => {
		const {startLoopbackServer, sendJson} = await import('../../helpers/loopback-server.js');
		const server = await startLoopbackServer((request, response) => {
			const candidates = (JSON.parse(JSON.parse(request.body).messages[1].content) as {candidates: Array<{id: string}>}).candidates;
			const order = candidates.map(candidate => candidate.id).reverse();
			sendJson(response, 200, {choices: [{message: {content: JSON.stringify({order})}}]});
		});
		try {
			view = await renderAssistConsole({conversations: assistDesk(), columns: 210, rows: 50, env: {DESKTERM_AI_URL: server.url, DESKTERM_AI_KEY: 'secret'}});
			await view.waitFor(ready);
			view.press(':open 201', keys.enter);
			const frame = await view.waitFor(shown => shown.includes('#201 Charged twice for March') && shown.includes('reordered by the AI re-ranker'));
			// The local ranking puts "Charged twice" first; this endpoint reverses the five candidates it is shown.
			expect(frame).toMatch(/ 1 \S.* \d+%/);
			expect(frame).not.toMatch(/ [123] Charged twice \d+%/);
			const asked = server.requests.at(-1)!;
			expect(asked.headers['authorization']).toBe('Bearer secret');
			expect(asked.body).toContain('charged twice for the March invoice');
		} finally {
			await server.close();
		}
	});
});
