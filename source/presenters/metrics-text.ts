// Exports figureText, figureLines and figureCsvRow: one figure as words, for the terminal, a pipe and CSV.
import type {Figure, FigureValue} from '../domain/metrics/figure.js';
import {formatDuration} from '../domain/service-targets/duration.js';
import {sanitizeForTerminal} from './sanitize.js';

/** The figure's value in one short phrase, or "unavailable: <reason>". */
export function figureText(figure: Figure): string {
	if (figure.value === null) return `unavailable: ${figure.unavailable}`;
	const trend = figure.detail?.['trend'];
	return typeof trend === 'string' ? `${valueText(figure.value)}, trend ${trend} (${String(figure.detail?.['changePerWeekPercent'])}% a week)` : valueText(figure.value);
}

function valueText(value: FigureValue): string {
	switch (value.kind) {
		case 'duration':
			return `median ${formatDuration(value.value.median)}, p90 ${formatDuration(value.value.p90)}, mean ${formatDuration(value.value.mean)}`;
		case 'total':
			return formatDuration(value.value);
		case 'rate':
			return `${value.value}%`;
		case 'count':
		case 'score':
			return String(value.value);
		case 'table':
			return `${value.rows.length} row${value.rows.length === 1 ? '' : 's'}`;
	}
}

/** The table rows of a figure as indented lines under a header, at most `limit` (the latest for a time series). */
export function figureLines(figure: Figure, limit: number): string[] {
	if (figure.value?.kind !== 'table' || figure.value.rows.length === 0) return [];
	const rows = figure.value.rows;
	const series = figure.id.startsWith('volume.');
	const shown = series ? rows.slice(-limit) : rows.slice(0, limit);
	const cell = (value: string | number) => sanitizeForTerminal(String(value));
	const lines = [`  ${Object.keys(rows[0]!).join('  ')}`, ...shown.map(row => `  ${Object.values(row).map(cell).join('  ')}`)];
	if (rows.length > limit) lines.push(`  ... ${rows.length - limit} ${series ? 'earlier' : 'more'} (see --json)`);
	return lines;
}

export const figureCsvHeader = ['id', 'label', 'conversations', 'kind', 'value', 'median_ms', 'p90_ms', 'mean_ms', 'unavailable'] as const;

/** One CSV row per figure: numbers stay numbers, a table figure keeps its rows as JSON in the value column. */
export function figureCsvRow(figure: Figure): string {
	const value = figure.value;
	const cells: Array<string | number> = [figure.id, figure.label, figure.conversations, value?.kind ?? 'unavailable'];
	if (value === null) cells.push('', '', '', '', figure.unavailable ?? '');
	else if (value.kind === 'duration') cells.push('', value.value.median, value.value.p90, Math.round(value.value.mean), '');
	else if (value.kind === 'table') cells.push(JSON.stringify(value.rows), '', '', '', '');
	else cells.push(value.value, '', '', '', '');
	return cells.map(csvCell).join(',');
}

function csvCell(cell: string | number): string {
	const text = String(cell);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
