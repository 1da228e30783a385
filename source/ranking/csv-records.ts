// RFC 4180 CSV read chunk by chunk: quoted fields may hold commas, "" and line breaks.

export type CsvRecord = {fields: string[]; line: number};

export type CsvProblem = {line: number; reason: string};

/** Feeds chunks in, gets whole records out; call end() after the last chunk. */
export class CsvReader {
	private field = '';
	private fields: string[] = [];
	private inQuotes = false;
	private afterQuote = false;
	private line = 1;
	private recordLine = 1;
	private pendingCr = false;
	private started = false;

	push(chunk: string): CsvRecord[] {
		const records: CsvRecord[] = [];
		let text = chunk;
		if (!this.started) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		for (let index = 0; index < text.length; index++) {
			const char = text[index]!;
			if (this.pendingCr) {
				this.pendingCr = false;
				if (char === '\n') continue;
			}
			if (this.inQuotes) {
				if (char === '"') {
					this.inQuotes = false;
					this.afterQuote = true;
				} else {
					if (char === '\n') this.line++;
					this.field += char;
				}
				continue;
			}
			if (char === '"') {
				// A doubled quote inside a quoted field, or the opening quote of a field.
				if (this.afterQuote) this.field += '"';
				this.inQuotes = true;
				this.afterQuote = false;
			} else if (char === ',') {
				this.fields.push(this.field);
				this.field = '';
				this.afterQuote = false;
			} else if (char === '\n' || char === '\r') {
				this.pendingCr = char === '\r';
				this.fields.push(this.field);
				records.push({fields: this.fields, line: this.recordLine});
				this.fields = [];
				this.field = '';
				this.afterQuote = false;
				this.line++;
				this.recordLine = this.line;
			} else {
				this.field += char;
				this.afterQuote = false;
			}
		}
		return records.filter(record => !(record.fields.length === 1 && record.fields[0] === ''));
	}

	/** The last record when the text does not end with a line break; throws inside an open quote. */
	end(): CsvRecord[] {
		if (this.inQuotes) throw new CsvError({line: this.recordLine, reason: 'the file ends inside a quoted field (a " is missing)'});
		if (this.field === '' && this.fields.length === 0) return [];
		this.fields.push(this.field);
		const record = {fields: this.fields, line: this.recordLine};
		this.fields = [];
		this.field = '';
		return [record];
	}
}

export class CsvError extends Error {
	readonly problem: CsvProblem;

	constructor(problem: CsvProblem) {
		super(`line ${problem.line}: ${problem.reason}`);
		this.problem = problem;
	}
}
