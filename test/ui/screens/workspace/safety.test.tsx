import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ctrl, keys} from '../../../helpers/keys.js';
import {renderConsole, type ConsoleView} from '../../../helpers/render.js';
import {smallDesk} from '../../desk-fixture.js';

let view: ConsoleView;
afterEach(() => view.unmount());

describe('never losing a draft', () => {
	it('asks before Esc throws text away, and No is the default', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r');
		await view.waitFor('Reply to Ada Lovelace');
		view.press('Half a thought');
		await view.waitFor('Half a thought');
		view.press(keys.escape);
		await view.waitFor('Discard this reply? [y/N]');
		view.press(keys.enter);
		await view.waitFor(frame => !frame.includes('Discard this reply?') && frame.includes('Half a thought'));
		view.press(' more', keys.escape);
		await view.waitFor('Discard this reply? [y/N]');
		view.press('n');
		await view.waitFor(frame => !frame.includes('Discard') && frame.includes('Half a thought more'));
		view.press(keys.escape);
		await view.waitFor('Discard this reply? [y/N]');
		view.press('y');
		await view.waitFor(frame => frame.includes('Draft discarded') && !frame.includes('Half a thought'));
		expect(view.provider.writes).toEqual([]);
	});

	it('closes an empty composer without asking', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('i');
		await view.waitFor('INTERNAL NOTE');
		view.press(keys.escape);
		await view.waitFor(frame => !frame.includes('INTERNAL NOTE on') && frame.includes('#101'));
	});

	it('treats Ctrl+C in the composer as cancel, not as quit', async () => {
		view = await renderConsole({conversations: smallDesk()});
		await view.waitFor('Ada Lovelace');
		view.press('r', 'keep me');
		await view.waitFor('keep me');
		view.press(ctrl('c'));
		await view.waitFor('Discard this reply? [y/N]');
	});
});

describe('read-only mode', () => {
	it('shows the badge, leaves writes out of the footer and the help, and refuses them', async () => {
		view = await renderConsole({conversations: smallDesk(), readOnly: true});
		const frame = await view.waitFor('Ada Lovelace');
		expect(frame.split('\n')[0]).toMatch(/^READ-ONLY │/);
		const footer = frame.trimEnd().split('\n').at(-1)!;
		expect(footer).not.toContain('reply');
		expect(footer).toContain('open');
		view.press('r');
		await view.waitFor('Read-only mode: cannot write a reply to the customer');
		view.press('a');
		await view.waitFor('Read-only mode: cannot assign to me');
		view.press(':assign me', keys.enter);
		await view.waitFor('Read-only mode: ":assign me" would change the desk');
		view.press('?');
		const help = await view.waitFor('Keys and commands');
		expect(help).not.toContain('write a reply to the customer');
		expect(view.provider.writes).toEqual([]);
	});

	it('still reads: opens conversations and searches', async () => {
		view = await renderConsole({conversations: smallDesk(), readOnly: true});
		await view.waitFor('Ada Lovelace');
		view.press(keys.enter);
		await view.waitFor('#101 Charged twice');
		view.press(keys.escape);
		await view.waitFor('[3 All]');
		view.press('/401', keys.enter);
		await view.waitFor(frame => frame.includes('Grace Hopper') && !frame.includes('Ada Lovelace'));
	});
});

describe('back ends that cannot do everything', () => {
	it('says so instead of offering what does not work', async () => {
		const {createMemoryProvider} = await import('../../../helpers/memory-provider.js');
		const provider = createMemoryProvider(smallDesk(), {capabilities: {tags: false, priority: false}});
		view = await renderConsole({provider});
		const frame = await view.waitFor('Ada Lovelace');
		expect(frame.trimEnd().split('\n').at(-1)).not.toContain('tags');
		view.press('t');
		await view.waitFor('test desk cannot change tags');
		view.press('p');
		await view.waitFor('test desk cannot set priorities');
		expect(provider.writes).toEqual([]);
	});
});

describe('drafts kept on disk', () => {
	it('brings back an unsent reply after the console was closed, and forgets it once sent', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-drafts-'));
		try {
			const desk = smallDesk();
			view = await renderConsole({conversations: desk, dataDir});
			await view.waitFor('Ada Lovelace');
			view.press('r');
			await view.waitFor('Reply to Ada Lovelace');
			view.press('A long answer I must not lose');
			await view.waitFor('A long answer I must not lose');
			await expect.poll(() => readdirSync(join(dataDir, 'drafts', 'local')), {timeout: 5000}).toContain('101.json');
			view.unmount();

			view = await renderConsole({conversations: desk, dataDir});
			await view.waitFor('Ada Lovelace');
			view.press('r');
			await view.waitFor('Restored your unsent reply from just now');
			await view.waitFor('A long answer I must not lose');
			view.press(ctrl('s'));
			await view.waitFor('Reply sent');
			await expect.poll(() => readdirSync(join(dataDir, 'drafts', 'local')), {timeout: 5000}).not.toContain('101.json');
		} finally {
			rmSync(dataDir, {recursive: true, force: true});
		}
	});
});
