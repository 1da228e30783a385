import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CsvReader} from '../../source/ranking/csv-records.js';
import {HistoryParser, readHistoryFile} from '../../source/ranking/history-file.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function file(name: string, content: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'deskterm-history-'));
	dirs.push(dir);
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('CSV records (RFC 4180)', () => {
	it('reads quoted commas, doubled quotes and line breaks, with the line each record starts on', () => {
		const reader = new CsvReader();
		const text = 'text,category\r\n"Hello, ""world""",greeting\n"two\nlines",multi\nplain,last';
		// Fed in awkward pieces: records must not depend on where a chunk ends.
		const records = [...reader.push(text.slice(0, 20)), ...reader.push(text.slice(20, 33)), ...reader.push(text.slice(33)), ...reader.end()];
		expect(records).toEqual([
			{fields: ['text', 'category'], line: 1},
			{fields: ['Hello, "world"', 'greeting'], line: 2},
			{fields: ['two\nlines', 'multi'], line: 3},
			{fields: ['plain', 'last'], line: 5},
		]);
	});

	it('refuses a file that ends inside a quoted field, naming the line it started on', () => {
		const reader = new CsvReader();
		reader.push('text,category\n"never closed,x\n');
		expect(() => reader.end()).toThrow(/line 2: the file ends inside a quoted field/);
	});
});

describe('history files', () => {
	it('reads JSON lines, reporting bad lines by number and skipping them', async () => {
		const path = file(
			'past.jsonl',
			[
				'{"text": "card never came", "template": "card_arrival"}',
				'',
				'not json',
				'{"text": "", "template": "x"}',
				'{"text": "no label"}',
				'[1, 2]',
				'{"text": "where is my refund", "category": "refund"}',
			].join('\n'),
		);
		const read = await readHistoryFile(path);
		expect(read.examples).toEqual([
			{text: 'card never came', templateId: 'card_arrival'},
			{text: 'where is my refund', templateId: 'refund'},
		]);
		expect(read.read).toBe(6);
		expect(read.skipped).toEqual([
			{line: 3, reason: 'not valid JSON'},
			{line: 4, reason: 'no text'},
			{line: 5, reason: 'no template (category)'},
			{line: 6, reason: 'expected an object {"text": ..., "template": ...}'},
		]);
	});

	it('reads CSV with a text,category header, quoted newlines and a BOM; bad rows keep their line numbers', async () => {
		const path = file('past.csv', '\uFEFFtext,category\n"My card\nis lost",lost_card\n"a, b",one,extra\n,empty_text\nrefund please,refund\n');
		const read = await readHistoryFile(path);
		expect(read.examples).toEqual([
			{text: 'My card\nis lost', templateId: 'lost_card'},
			{text: 'refund please', templateId: 'refund'},
		]);
		expect(read.skipped).toEqual([
			{line: 4, reason: 'has 3 fields, the header has 2'},
			{line: 5, reason: 'no text'},
		]);
	});

	it('tells the format from the content when the name does not, and reports progress', async () => {
		const path = file('past.txt', 'category,text\nrefund,money back please\n');
		const progress: number[] = [];
		const read = await readHistoryFile(path, {onProgress: bytes => progress.push(bytes)});
		expect(read.examples).toEqual([{text: 'money back please', templateId: 'refund'}]);
		expect(progress.at(-1)).toBe(Buffer.byteLength('category,text\nrefund,money back please\n'));
	});

	it('fails clearly on a CSV without the needed columns and on a missing file', async () => {
		await expect(readHistoryFile(file('bad.csv', 'message,label\nhi,x\n'))).rejects.toThrow(/header must name the columns text and category/);
		await expect(readHistoryFile('/nonexistent/history.csv')).rejects.toThrow(/cannot read history .*no such file/);
	});

	it('parses JSON lines split across chunks', () => {
		const parser = new HistoryParser();
		parser.push('{"text": "hel', 'jsonl');
		parser.push('lo", "template": "greeting"}\n{"text": "bye", "template": "farewell"}', 'jsonl');
		parser.end('jsonl');
		expect(parser.result().examples.map(example => example.templateId)).toEqual(['greeting', 'farewell']);
	});
});
