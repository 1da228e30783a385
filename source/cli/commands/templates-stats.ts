// deskterm templates stats: uses per template from the local history, sent-unedited rate, last use, never used.
import {DeskError} from '../../domain/errors.js';
import {isoTime, relativeTime} from '../../presenters/time.js';
import {templateUsage} from '../../operations/history.js';
import type {TemplateUsage} from '../../templates/template-stats.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';
import {createStyle} from '../output/style.js';
import {printTable, type TableColumn} from '../output/table.js';
import {loadForCommand, templatesOption} from './templates-common.js';

const percent = (rate: number | null) => (rate === null ? '' : `${Math.round(rate * 100)}%`);

const columns: Array<TableColumn<TemplateUsage>> = [
	{id: 'id', header: 'ID', width: 28, dropOrder: 0, text: row => row.id, plain: row => row.id},
	{id: 'uses', header: 'USES', width: 5, dropOrder: 0, text: row => String(row.uses).padStart(4), plain: row => String(row.uses)},
	{id: 'unedited', header: 'UNEDITED', width: 8, dropOrder: 2, text: row => percent(row.uneditedRate).padStart(8), plain: row => (row.uneditedRate === null ? '' : row.uneditedRate.toFixed(3))},
	{id: 'last', header: 'LAST USED', width: 10, dropOrder: 1, text: (row, now) => (row.lastUsedAt === null ? 'never' : relativeTime(row.lastUsedAt, now)), plain: row => isoTime(row.lastUsedAt) ?? '', tone: row => (row.uses === 0 ? 'muted' : 'normal')},
	{id: 'title', header: 'TITLE', width: 20, flexible: true, dropOrder: 0, text: row => row.title ?? '(no such template any more)', plain: row => row.title ?? ''},
];

const units: Record<string, number> = {h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000};

export const command: CommandDefinition = {
	name: 'templates stats',
	summary: 'How each template is used: uses, sent unedited, last use, never used',
	usage: 'deskterm templates stats [--since 30d] [--templates DIR]... [--json]',
	details: [
		'Counts the template uses deskterm recorded locally (every reply sent with a template, edited or not).',
		'A template sent unedited most of the time is a good one; one that is always rewritten needs work.',
		'In a pipe: id, uses, unedited rate (0..1), last use (ISO time), title; tab-separated, no header.',
		'With --json: {"since", "totalUses", "templates": [{id, title, uses, sentUnedited, uneditedRate, lastUsedAt}], "neverUsed"}.',
	].join('\n'),
	options: {
		since: {type: 'string', valueName: '<n(h|d|w)>', description: 'only count uses in this recent window, e.g. 30d'},
		...templatesOption,
		json: {type: 'boolean', description: 'print JSON (stable fields, see docs/templates.md)'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const now = context.clock();
		const since = readSince(input.values['since'], now);
		const {templates} = await loadForCommand(input.values, context, io);
		const stats = await templateUsage(context.paths.dataDir, templates, since);
		if (input.values['json'] === true) {
			writeJson(io, {
				since: isoTime(since),
				totalUses: stats.totalUses,
				templates: stats.templates.map(row => ({...row, lastUsedAt: isoTime(row.lastUsedAt)})),
				neverUsed: stats.neverUsed,
			});
			return exitCodes.ok;
		}
		printTable(io, columns, stats.templates, now);
		if (io.isStdoutTty) {
			const style = createStyle(io.color);
			const used = stats.templates.length - stats.neverUsed.length;
			io.write(style.tone('muted', `${stats.totalUses} uses of ${used} templates${since === null ? '' : ` since ${isoTime(since)}`}; ${stats.neverUsed.length} never used.\n`));
		}
		return exitCodes.ok;
	},
};

function readSince(value: unknown, now: number): number | null {
	if (typeof value !== 'string') return null;
	const match = /^([1-9][0-9]*)([hdw])$/.exec(value.trim());
	if (!match) throw new DeskError('usage', `--since: "${value}" is not a window like 24h, 30d or 4w`);
	return now - Number(match[1]) * units[match[2]!]!;
}
