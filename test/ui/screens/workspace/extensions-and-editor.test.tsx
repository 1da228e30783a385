import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {ConsoleExtensions} from '../../../../source/ui/extensions.js';
import {ctrl, keys} from '../../../helpers/keys.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {smallDesk} from '../../desk-fixture.js';
import {outboxKey} from '../../../helpers/memory-provider.js';

let view: ConsoleView;
afterEach(() => view.unmount());

const extensions: ConsoleExtensions = {
	queueBadges: conversation => (conversation.priority === 'urgent' ? [{text: 'X:H', tone: 'danger'}] : []),
	panels: [conversation => ({title: 'Routing', lines: [{text: `routing: ${conversation.teamName ?? 'Escalations'}`, tone: 'normal'}]})],
};

describe('seams for more badges and panels', () => {
	it('shows badges in queue rows, in a column before the subject, and panels beside the thread', async () => {
		view = await renderConsole({conversations: smallDesk(), extensions, columns: 110});
		const frame = await view.waitFor('X:H');
		expect(frame.split('\n').find(line => line.includes('X:H'))).toMatch(/X:H +Webhook returns 401/);
		expect(frame).toMatch(/CUSTOMER {8,}SUBJECT/);
		view.press(keys.enter);
		const open = await view.waitFor('#101');
		expect(open).toContain('Routing');
		expect(open).toContain('routing: Billing');
	});

	it('puts panels above the thread when there is no room beside it', async () => {
		view = await renderConsole({conversations: smallDesk(), extensions, columns: 80, rows: 40});
		await view.waitFor('Ada Lovelace');
		view.press(keys.enter, 'g');
		const frame = await view.waitFor('routing: Billing');
		expect(frame.indexOf('Routing')).toBeLessThan(frame.indexOf('◀ Ada Lovelace'));
	});

	it('types / as text when no templates are loaded', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r', '/path');
		await view.waitFor('/path');
		expect(view.lastFrame()).not.toContain('Templates matching');
	});
});

describe('long replies in $EDITOR', () => {
	const directories: string[] = [];
	afterEach(() => {
		for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
	});

	function editorScript(body: string): string {
		const directory = mkdtempSync(join(tmpdir(), 'deskterm-editor-'));
		directories.push(directory);
		const script = join(directory, 'edit.sh');
		writeFileSync(script, `#!/bin/sh\n${body}\n`);
		chmodSync(script, 0o755);
		return script;
	}

	it('hands the draft to the editor and takes back what it saved', async () => {
		const editor = editorScript(`printf ' and more from the editor\\nsecond line' >> "$1"`);
		view = await renderConsole({conversations: smallDesk(), env: {EDITOR: editor}});
		await view.waitFor('Ada Lovelace');
		view.press('r', 'Draft');
		await view.waitFor('Draft');
		view.press(ctrl('e'));
		await view.waitFor('Draft and more from the editor');
		expect(view.lastFrame()).toContain('second line');
		view.press(ctrl('s'));
		await view.waitFor('Reply sent');
		expect(view.provider.writes[0]?.input).toEqual({body: 'Draft and more from the editor\nsecond line', idempotencyKey: outboxKey});
	});

	it('keeps the text when the editor fails, and explains a missing editor', async () => {
		const editor = editorScript('exit 3');
		view = await renderConsole({conversations: smallDesk(), env: {VISUAL: editor}});
		await view.waitFor('Ada Lovelace');
		view.press('r', 'Keep this');
		await view.waitFor('Keep this');
		view.press(ctrl('e'));
		await view.waitFor('exited with status 3; your text is unchanged');
		expect(view.lastFrame()).toContain('Keep this');
		view.unmount();
		view = await renderConsole({conversations: smallDesk(), env: {}});
		await view.waitFor('Ada Lovelace');
		view.press(':editor', keys.enter);
		await view.waitFor('set $VISUAL or $EDITOR to write long replies in your editor');
	});
});
