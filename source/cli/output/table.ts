// TTY-aware rows (cli/cli's tableprinter): a fitted, coloured table with a header on a terminal,
// tab-separated plain values without header or colour in a pipe.
import {fitCell, fitColumns, type Tone} from '../../presenters/queue-columns.js';
import type {Io} from '../io.js';
import {plainCell} from './plain.js';
import {createStyle} from './style.js';

export type TableColumn<T> = {
	id: string;
	header: string;
	width: number;
	flexible?: boolean;
	dropOrder: number;
	text(row: T, now: number): string;
	plain(row: T, now: number): string;
	tone?(row: T, now: number): Tone;
};

export function printTable<T>(io: Io, columns: ReadonlyArray<TableColumn<T>>, rows: readonly T[], now: number): void {
	if (!io.isStdoutTty) {
		for (const row of rows) io.write(`${columns.map(column => plainCell(column.plain(row, now))).join('\t')}\n`);
		return;
	}
	const style = createStyle(io.color);
	const fitted = fitColumns([...columns], io.columns);
	const line = (cells: string[]) => `${cells.join(' ').trimEnd()}\n`;
	io.write(style.bold(line(fitted.map(column => fitCell(column.header, column.size)))));
	for (const row of rows) {
		const texts = fitted.map(column => fitCell(column.text(row, now), column.size));
		// Lines carry no trailing blanks: empty cells at the end go, the last one is not padded.
		while (texts.length > 1 && texts.at(-1)!.trim() === '') texts.pop();
		texts[texts.length - 1] = texts.at(-1)!.trimEnd();
		const cells = texts.map((text, index) => style.tone(fitted[index]!.tone?.(row, now) ?? 'normal', text));
		io.write(`${cells.join(' ')}\n`);
	}
}
