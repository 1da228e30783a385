// Reads past conversations labelled with their template: JSON lines {"text","template"} or CSV text,category.
import {createReadStream, statSync} from 'node:fs';
import {extname} from 'node:path';
import {DeskError} from '../domain/errors.js';
import {CsvError, CsvReader, type CsvProblem, type CsvRecord} from './csv-records.js';
import type {LabelledExample} from './rankable.js';

export type HistoryFormat = 'jsonl' | 'csv';

export type HistoryRead = {
	examples: LabelledExample[];
	/** Records read, good and bad (a CSV header is not a record). */
	read: number;
	/** Bad records, with the line each starts on. */
	skipped: CsvProblem[];
};

export type ReadHistoryOptions = {
	format?: HistoryFormat;
	/** Called now and then with the bytes read so far and the file size. */
	onProgress?: (bytesRead: number, totalBytes: number) => void;
};

// Longer than any real message: a sign that a quote was never closed and rows ran together.
const maxTextLength = 100_000;

export async function readHistoryFile(path: string, options: ReadHistoryOptions = {}): Promise<HistoryRead> {
	let size: number;
	try {
		size = statSync(path).size;
	} catch (error) {
		// The path always comes from a flag: a wrong one is a usage mistake (exit 2), like a missing --batch file.
		throw new DeskError('usage', `cannot read history ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
	}
	const stream = createReadStream(path, {encoding: 'utf8', highWaterMark: 1 << 20});
	let format = options.format ?? formatFromName(path);
	const parser = new HistoryParser();
	let bytesRead = 0;
	try {
		for await (const chunk of stream as AsyncIterable<string>) {
			format ??= sniffFormat(chunk);
			parser.push(chunk, format);
			bytesRead += Buffer.byteLength(chunk);
			options.onProgress?.(bytesRead, size);
		}
		parser.end(format ?? 'jsonl');
	} catch (error) {
		if (error instanceof CsvError) throw new DeskError('usage', `${path}: ${error.message}`);
		throw error;
	}
	if (parser.missingColumns) throw new DeskError('usage', `${path}: ${parser.missingColumns}`);
	return parser.result();
}

function formatFromName(path: string): HistoryFormat | undefined {
	const extension = extname(path).toLowerCase();
	if (extension === '.csv') return 'csv';
	if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
	return undefined;
}

function sniffFormat(chunk: string): HistoryFormat {
	return chunk.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** Parses history text pushed in pieces, in either format. */
export class HistoryParser {
	missingColumns: string | undefined;
	private readonly examples: LabelledExample[] = [];
	private readonly skipped: CsvProblem[] = [];
	private read = 0;
	private readonly csv = new CsvReader();
	private columns: {text: number; template: number; count: number} | undefined;
	private rest = '';
	private line = 0;

	push(chunk: string, format: HistoryFormat): void {
		if (format === 'csv') {
			for (const record of this.csv.push(chunk)) this.csvRecord(record);
			return;
		}
		const lines = (this.rest + chunk).split('\n');
		this.rest = lines.pop() ?? '';
		for (const line of lines) this.jsonLine(line);
	}

	end(format: HistoryFormat): void {
		if (format === 'csv') for (const record of this.csv.end()) this.csvRecord(record);
		else if (this.rest !== '') this.jsonLine(this.rest);
		this.rest = '';
	}

	result(): HistoryRead {
		return {examples: this.examples, read: this.read, skipped: this.skipped};
	}

	private jsonLine(raw: string): void {
		this.line++;
		const text = raw.replace(/^\uFEFF/, '').trim();
		if (text === '') return;
		this.read++;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch {
			this.skip(this.line, 'not valid JSON');
			return;
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			this.skip(this.line, 'expected an object {"text": ..., "template": ...}');
			return;
		}
		const record = value as Record<string, unknown>;
		this.add(this.line, record['text'], record['template'] ?? record['category']);
	}

	private csvRecord(record: CsvRecord): void {
		if (!this.columns) {
			const header = record.fields.map(field => field.trim().toLowerCase());
			const text = header.indexOf('text');
			const template = header.includes('category') ? header.indexOf('category') : header.indexOf('template');
			if (text < 0 || template < 0) {
				this.missingColumns = `the CSV header must name the columns text and category (got ${record.fields.join(',')})`;
				this.columns = {text: -1, template: -1, count: 0};
			} else this.columns = {text, template, count: header.length};
			return;
		}
		if (this.columns.text < 0) return;
		this.read++;
		if (record.fields.length !== this.columns.count) {
			this.skip(record.line, `has ${record.fields.length} fields, the header has ${this.columns.count}`);
			return;
		}
		this.add(record.line, record.fields[this.columns.text], record.fields[this.columns.template]);
	}

	private add(line: number, text: unknown, template: unknown): void {
		if (typeof text !== 'string' || text.trim() === '') return this.skip(line, 'no text');
		if (text.length > maxTextLength) return this.skip(line, `text longer than ${maxTextLength} characters`);
		if (typeof template !== 'string' || template.trim() === '') return this.skip(line, 'no template (category)');
		this.examples.push({text, templateId: template.trim()});
	}

	private skip(line: number, reason: string): void {
		this.skipped.push({line, reason});
	}
}
