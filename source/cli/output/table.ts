// TTY-aware rows (cli/cli's tableprinter): a fitted, coloured table with a header on a terminal,
// tab-separated plain values without header or colour in a pipe.
import {fitCell, fitColumns, type Tone} from '../../presenters/queue-columns.js';
import type {Io} from '../io.js';
import {plainCell} from './plain.js';
import {createStyle} from './style.js';

/** A column for a terminal only. */
export type TerminalColumn<T> = {
	id: string;
	header: string;
	width: number;
	flexible?: boolean;
	dropOrder: number;
	text(row: T, now: number): string;
	tone?(row: T, now: number): Tone;
};

/** A column for both: plain() is its value in a tab-separated line. */
export type TableColumn<T> = TerminalColumn<T> & {plain(row: T, now: number): string};

export function printTable<T>(io: Io, columns: ReadonlyArray<TableColumn<T>>, rows: readonly T[], now: number, minFlexible = 20): void {
	if (io.isStdoutTty) {
		printTerminalTable(io, columns, rows, now, minFlexible);
		return;
	}
	for (const row of rows) io.write(`${columns.map(column => plainCell(column.plain(row, now))).join('\t')}\n`);
}

/** minFlexible: the narrowest the flexible column may get before a less important column is dropped. */
export function printTerminalTable<T>(io: Io, columns: ReadonlyArray<TerminalColumn<T>>, rows: readonly T[], now: number, minFlexible = 20): void {
	const style = createStyle(io.color);
	const fitted = fitColumns([...columns], io.columns, 1, minFlexible);
	io.write(`${style.bold(fitted.map(column => fitCell(column.header, column.size)).join(' ').trimEnd())}\n`);
	for (const row of rows) {
		const texts = fitted.map(column => fitCell(column.text(row, now), column.size));
		// Lines carry no trailing blanks: empty cells at the end go, the last one is not padded.
		while (texts.length > 1 && texts.at(-1)!.trim() === '') texts.pop();
		texts[texts.length - 1] = texts.at(-1)!.trimEnd();
		const cells = texts.map((text, index) => style.tone(fitted[index]!.tone?.(row, now) ?? 'normal', text));
		io.write(`${cells.join(' ')}\n`);
	}
}
