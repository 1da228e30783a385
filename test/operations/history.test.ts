// operations/history.ts against a temporary data dir and template folder: import, merge, forget, usage.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {forgetHistory, importHistory, templateUsage} from '../../source/operations/history.js';
import {readLearnedExamples, recordTemplateUse} from '../../source/ranking/history-store.js';
import {loadTemplates} from '../../source/templates/load-templates.js';

let root: string;
let templatesDir: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'deskterm-history-ops-'));
	templatesDir = join(root, 'templates');
	mkdirSync(templatesDir);
	writeFileSync(join(templatesDir, 'refund.md'), '---\nid: refund\ntitle: Refund approved\n---\nYour refund is on its way.\n');
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('the history operations', () => {
	it('imports a labelled file, counts duplicates and unknown templates, adds on a second import and forgets', async () => {
		const file = join(root, 'past.jsonl');
		writeFileSync(file, ['{"text":"where is my refund","template":"refund"}', '{"text":"where is my refund","template":"refund"}', '{"text":"lost parcel","template":"shipping"}', 'not json'].join('\n'));
		const first = await importHistory(root, file, {replace: false, templateSources: [templatesDir]});
		expect(first).toMatchObject({read: 4, imported: 2, duplicates: 1, total: 2, unknownTemplates: [['shipping', 1]]});
		expect(first.skipped.map(problem => problem.line)).toEqual([4]);
		const again = await importHistory(root, file, {replace: false, templateSources: [templatesDir]});
		expect(again).toMatchObject({imported: 0, duplicates: 3, total: 2});
		expect(await forgetHistory(root)).toBe(2);
		expect(await readLearnedExamples(root)).toEqual([]);
	});

	it('counts recorded template uses from a window', async () => {
		const {templates} = await loadTemplates([templatesDir]);
		await recordTemplateUse(root, {templateId: 'refund', conversationId: '1', customerText: 'refund please', at: 1000, edited: false});
		await recordTemplateUse(root, {templateId: 'refund', conversationId: '2', customerText: 'refund again', at: 5000, edited: true});
		expect((await templateUsage(root, templates, null)).totalUses).toBe(2);
		expect((await templateUsage(root, templates, 2000)).totalUses).toBe(1);
	});
});
