import {appendFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	readLearnedExamples,
	readTemplateUses,
	readTrainingExamples,
	recordTemplateUse,
	writeLearnedExamples,
} from '../../source/ranking/history-store.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function dataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'deskterm-store-'));
	dirs.push(dir);
	return dir;
}

const use = {templateId: 'refund_request', conversationId: '1042', customerText: 'where is my refund?', edited: false, at: 1_770_000_000_000};

describe('template uses', () => {
	it('are appended one JSON line each and read back in order', async () => {
		const dir = dataDir();
		await recordTemplateUse(dir, use);
		await recordTemplateUse(dir, {...use, templateId: 'invoice_copy', edited: true, at: use.at + 1});
		expect(await readTemplateUses(dir)).toEqual([use, {...use, templateId: 'invoice_copy', edited: true, at: use.at + 1}]);
		expect(readFileSync(join(dir, 'ranking', 'template-uses.jsonl'), 'utf8').split('\n')).toHaveLength(3);
	});

	it('survive a line torn by a crash: the torn line is skipped, the next use is kept whole', async () => {
		const dir = dataDir();
		await recordTemplateUse(dir, use);
		appendFileSync(join(dir, 'ranking', 'template-uses.jsonl'), '{"templateId": "half');
		await recordTemplateUse(dir, {...use, conversationId: '1043'});
		expect((await readTemplateUses(dir)).map(entry => entry.conversationId)).toEqual(['1042', '1043']);
	});

	it('are validated before they are written', async () => {
		await expect(recordTemplateUse(dataDir(), {...use, templateId: ''})).rejects.toThrow(/not a template use/);
	});

	it('read as none when nothing was recorded', async () => {
		expect(await readTemplateUses(dataDir())).toEqual([]);
	});
});

describe('learned examples', () => {
	it('are replaced in one step and feed the training set with the recorded uses', async () => {
		const dir = dataDir();
		await writeLearnedExamples(dir, [{text: 'card never came', templateId: 'card_arrival'}]);
		await writeLearnedExamples(dir, [{text: 'lost my card', templateId: 'lost_card'}]);
		expect(await readLearnedExamples(dir)).toEqual([{text: 'lost my card', templateId: 'lost_card'}]);
		await recordTemplateUse(dir, use);
		await recordTemplateUse(dir, {...use, customerText: '  '});
		expect(await readTrainingExamples(dir)).toEqual([
			{text: 'lost my card', templateId: 'lost_card'},
			{text: 'where is my refund?', templateId: 'refund_request'},
		]);
	});
});
