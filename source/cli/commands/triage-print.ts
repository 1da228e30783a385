// Readable triage: one conversation with every signal, or a table of badges (plain TSV in a pipe).
import type {ConversationSummary} from '../../domain/conversation.js';
import {isoTime, shortDuration} from '../../presenters/time.js';
import {triageBadges, type Badge} from '../../triage/badges.js';
import {resolutionChannels, type ResolutionChannel} from '../../triage/channel-map/channel-map.js';
import {describeTarget} from '../../triage/target-text.js';
import type {AxisScore, Triage} from '../../triage/types.js';
import type {Io} from '../io.js';
import {createStyle, type Style} from '../output/style.js';
import {printTable, type TableColumn} from '../output/table.js';
import type {ScoredRow} from '../../operations/triage-set.js';

export function printTriageDetail(io: Io, summary: ConversationSummary, triage: Triage, now: number): void {
	const style = createStyle(io.color);
	const clean = (text: string) => text.replace(/[\r\n\t]+/g, ' ');
	const lines: string[] = [];
	lines.push(style.bold(`#${clean(summary.id)} ${clean(summary.customerName)}: ${clean(summary.subject)}`));
	lines.push(`${badgeLine(style, triageBadges(triage))}   priority ${triage.priority.score}/100`);
	for (const axis of ['complexity', 'severity', 'effort'] as const) lines.push('', ...axisLines(style, axis, triage[axis]));
	lines.push('', style.bold('Service targets'));
	for (const status of [triage.targets.firstResponse, triage.targets.resolution]) {
		const tone = status.state === 'breached' || status.state === 'missed' ? 'danger' : status.state === 'at_risk' ? 'warning' : 'normal';
		lines.push(`  ${style.tone(tone, describeTarget(status, now))}${status.stoppedAt === null && Number.isFinite(status.dueAt) ? style.tone('muted', ` (${isoTime(status.dueAt)})`) : ''}`);
	}
	const rule = triage.routing.rule ? `rule #${triage.routing.rule.index + 1} "${triage.routing.rule.name}"` : 'escalation';
	lines.push('', `${style.bold('Route to')} ${triage.routing.team}  ${style.tone('muted', `(${rule}: ${triage.routing.reasons.join('; ')})`)}`);
	lines.push(
		triage.humanOnly.flag
			? `${style.bold('Human only')} ${style.tone('danger', '!')} ${triage.humanOnly.reasons.map(reason => `${reason.label} (${reason.evidence})`).join('; ')}`
			: `${style.bold('Human only')} no: a bot may answer`,
	);
	lines.push(`${style.bold('Best channel')} ${channelLabel(triage.channels.primary)}, then ${channelLabel(triage.channels.secondary)}  ${style.tone('muted', `(${triage.channels.key})`)}`);
	if (triage.answer) lines.push(`${style.bold('Template')} ${triage.answer.templateId} (${Math.round(triage.answer.confidence * 100)}%)`);
	const parts = triage.priority.parts.map(part => `${part.label.toLowerCase()} ${part.value} x ${part.weight} (${part.evidence})`).join(' + ');
	lines.push(`${style.bold('Priority')} ${triage.priority.score} = ${parts}`);
	io.write(`${lines.join('\n')}\n`);
}

function axisLines(style: Style, axis: string, score: AxisScore): string[] {
	const tone = score.level === 'high' ? 'danger' : score.level === 'medium' ? 'warning' : 'ok';
	const head = `${style.bold(axis[0]!.toUpperCase() + axis.slice(1))} ${style.tone(tone, score.level)} (${score.value})`;
	const signals = score.signals.map(signal => {
		const weight = `${signal.weight > 0 ? '+' : ''}${signal.weight}`.padStart(4);
		return `  ${weight}  ${signal.label} ${style.tone('muted', `[${signal.id}: ${signal.evidence}]`)}`;
	});
	return [head, ...signals];
}

function badgeLine(style: Style, badges: Badge[]): string {
	return badges.map(badge => style.tone(badge.tone, badge.text)).join(' ');
}

function channelLabel(id: string): string {
	return resolutionChannels[id as ResolutionChannel] ?? id;
}

const badgeAt = (row: ScoredRow, prefix: string): Badge | undefined => triageBadges(row.triage).find(badge => badge.text.startsWith(prefix));

/** Columns for --all: on a terminal the badges, in a pipe the same facts as plain values. */
export const triageColumns: Array<TableColumn<ScoredRow>> = [
	{id: 'id', header: 'ID', width: 6, dropOrder: 0, text: row => row.summary.id, plain: row => row.summary.id, tone: () => 'muted'},
	{id: 'score', header: 'PRIO', width: 4, dropOrder: 0, text: row => String(row.triage.priority.score), plain: row => String(row.triage.priority.score)},
	...(['complexity', 'severity', 'effort'] as const).map(
		(axis): TableColumn<ScoredRow> => ({
			id: axis,
			header: axis[0]!.toUpperCase(),
			width: 3,
			dropOrder: 0,
			text: row => badgeAt(row, `${axis[0]!.toUpperCase()}:`)!.text,
			plain: row => row.triage[axis].level,
			tone: row => badgeAt(row, `${axis[0]!.toUpperCase()}:`)!.tone,
		}),
	),
	{
		id: 'target',
		header: 'TARGET',
		width: 12,
		dropOrder: 0,
		text: row => badgeAt(row, 'BREACH')?.text ?? (row.triage.targets.next ? `due ${shortDuration(Math.max(0, row.triage.targets.next.left))}` : '-'),
		plain: row => row.triage.targets.next?.state ?? 'stopped',
		tone: row => badgeAt(row, 'BREACH')?.tone ?? 'muted',
	},
	{id: 'human', header: '!', width: 1, dropOrder: 0, text: row => (row.triage.humanOnly.flag ? '!' : ''), plain: row => (row.triage.humanOnly.flag ? 'human-only' : ''), tone: () => 'danger'},
	{id: 'team', header: 'ROUTE TO', width: 14, dropOrder: 1, text: row => row.triage.routing.team, plain: row => row.triage.routing.team},
	{id: 'customer', header: 'CUSTOMER', width: 14, dropOrder: 2, text: row => row.summary.customerName, plain: row => row.summary.customerName},
	{id: 'subject', header: 'SUBJECT', width: 20, flexible: true, dropOrder: 0, text: row => row.summary.subject, plain: row => row.summary.subject},
];

export function printTriageTable(io: Io, rows: readonly ScoredRow[], now: number): void {
	printTable(io, triageColumns, rows, now);
}
