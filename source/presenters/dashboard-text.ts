// The lead's dashboard (`deskterm top`) as plain lines for a width and a height: every number is
// text, so it reads the same with NO_COLOR, on TERM=dumb (ASCII sparklines) and over SSH.
import type {Agent, Conversation} from '../domain/conversation.js';
import type {Figure} from '../domain/metrics/figure.js';
import type {LiveOverview, TargetAlert} from '../domain/metrics/live-overview.js';
import {formatDuration} from '../domain/service-targets/duration.js';
import {messageKindLabels} from './message-kinds.js';
import {sanitizeForTerminal} from './sanitize.js';
import {triageMixLine} from './triage-mix-text.js';
import {wrapText} from './wrap.js';

export type DashboardFilterLabel = {team: string | null; agent: string | null; breachedOnly: boolean};

export type DashboardView = {
	width: number;
	height: number;
	label: string;
	intervalSeconds: number;
	/** ASCII sparklines and markers (TERM=dumb). */
	ascii: boolean;
	filter: DashboardFilterLabel;
	/** The selected row of the breached (or at-risk) list. */
	selected: number;
	/** Headline figures for the period, or null while they load; `since` names the period. */
	figures: {since: string; list: readonly Figure[]} | null;
	agents: readonly Agent[];
	/** The last refresh failed: shown on top, the numbers below are the previous ones. */
	problem: string | null;
};

const blocks = '▁▂▃▄▅▆▇█';
const asciiBlocks = '_.-=+*#@';
const targetWords = {firstResponse: 'first response', resolution: 'resolution'} as const;
const headlineIds = ['frt.human', 'frt.bot', 'ttr.human', 'fcr', 'automatic_resolution', 'csat', 'nps'];

/** One character per value, scaled to the largest; zero is the lowest block. */
export function sparkline(values: readonly number[], ascii = false): string {
	const scale = ascii ? asciiBlocks : blocks;
	const top = Math.max(0, ...values);
	return values.map(value => scale[top === 0 ? 0 : Math.min(scale.length - 1, Math.round((value / top) * (scale.length - 1)))]).join('');
}

/** The list under the numbers: breached first (most overdue first), else at risk (soonest first). */
export function alertList(overview: DashboardOverview): {title: string; alerts: TargetAlert[]; word: 'over' | 'left'} {
	if (overview.breached.length > 0 || overview.filter.breachedOnly) {
		return {title: `BREACHED ${overview.totals?.breached ?? overview.breached.length}, most overdue first`, alerts: overview.breached, word: 'over'};
	}
	return {title: `AT RISK ${overview.totals?.atRisk ?? overview.atRisk.length}, soonest first`, alerts: overview.atRisk, word: 'left'};
}

/** `totals` counts the lists when the snapshot carries only their first rows. */
export type DashboardOverview = LiveOverview & {totals?: {breached: number; atRisk: number}; triageScoring?: boolean};

export function dashboardLines(overview: DashboardOverview, view: DashboardView): string[] {
	const {width, ascii} = view;
	const status = overview.byStatus;
	const time = new Date(overview.now).toISOString().slice(11, 16);
	const filter = [`team ${view.filter.team ?? 'all'}`, `agent ${view.filter.agent ?? 'all'}`, ...(view.filter.breachedOnly ? ['breached only'] : [])].join(' · ');
	const name = (id: string | null) => (id === null ? 'nobody' : (view.agents.find(agent => agent.id === id)?.name ?? id));
	const hours = overview.hourly.slice(-24);
	const days = overview.daily.slice(-14);
	const lines: string[] = [
		`deskterm top · ${view.label} · ${time} UTC · every ${view.intervalSeconds}s · ${filter}`,
		...(view.problem ? [`${ascii ? '!' : '⚠'} refresh failed: ${view.problem} (showing the previous numbers)`] : []),
		`Live ${overview.live}: open ${status.open} · pending ${status.pending} · snoozed ${status.snoozed} · unassigned ${overview.unassigned}`,
		`Targets: ${overview.totals?.breached ?? overview.breached.length} breached · ${overview.totals?.atRisk ?? overview.atRisk.length} at risk${overview.nextToBreach ? ` · next #${overview.nextToBreach.id} in ${formatDuration(overview.nextToBreach.left)} (${targetWords[overview.nextToBreach.target]})` : ''}`,
		overview.oldestWaiting ? `Oldest waiting: #${overview.oldestWaiting.id} for ${formatDuration(overview.oldestWaiting.waitedMs)} · ${overview.oldestWaiting.subject}` : 'Oldest waiting: nobody is waiting',
		`Opened 24h ${sparkline(hours, ascii)} ${sum(hours)} · 14d ${sparkline(days, ascii)} ${sum(days)} (today ${days.at(-1) ?? 0})`,
		`Held by bot ${overview.handledBy.bot} · people ${overview.handledBy.human} · nobody ${overview.handledBy.nobody}`,
		`Teams o/p/s: ${overview.byTeam.map(row => `${row.name} ${row.open}/${row.pending}/${row.snoozed}`).join(' · ') || 'none'}`,
		`Channels: ${overview.byChannel.map(row => `${row.channel} ${row.open + row.pending + row.snoozed}`).join(' · ') || 'none'}`,
	];
	if (overview.triageMix) lines.push(triageMixLine(overview.triageMix, width));
	else if (overview.triageScoring) lines.push(`Triage: scoring the ${overview.live} live conversations…`);
	lines.push(...figuresLines(view));
	const loads = overview.load.filter(row => row.open > 0 || row.waitingOnThem > 0);
	const loadRows = Math.min(loads.length, 4);
	// Partial: some agents' desks cannot count replies (their rows say n/a), so the column is not everyone's.
	const partial = overview.repliedTodayCounted === 'some' ? ' (partial)' : '';
	lines.push(`${pad('AGENT', 22)} ${pad('OPEN', 5, true)} ${pad('WAITING', 8, true)} ${pad('REPLIED TODAY', 14, true)}${partial}`);
	for (const row of loads.slice(0, loadRows)) {
		lines.push(`${pad(row.name, 22)} ${pad(String(row.open), 5, true)} ${pad(String(row.waitingOnThem), 8, true)} ${pad(row.repliedToday === null ? 'n/a' : String(row.repliedToday), 14, true)}`);
	}
	if (loads.length === 0) lines.push('nobody holds an open conversation');

	const footer = 'keys: t team · a agent · b breached · c clear · j/k move · Enter open · r refresh · q quit';
	const {title, alerts, word} = alertList(overview);
	const room = Math.max(0, view.height - lines.length - 2);
	lines.push(title);
	const start = Math.max(0, Math.min(view.selected - room + 1, alerts.length - room));
	for (const [index, alert] of alerts.slice(start, start + room).entries()) {
		const marker = start + index === view.selected ? (ascii ? '>' : '›') : ' ';
		lines.push(`${marker} #${alert.id}  ${formatDuration(alert.left)} ${word}  ${targetWords[alert.target]}  ${name(alert.assigneeId)}  ${alert.subject}`);
	}
	while (lines.length < view.height - 1) lines.push('');
	lines.length = Math.min(lines.length, Math.max(1, view.height - 1));
	lines.push(footer);
	return lines.map(line => fit(sanitizeForTerminal(line), width));
}

/** A conversation opened from the dashboard: read-only, the thread as text. */
export function conversationLines(conversation: Conversation, width: number): string[] {
	const lines = [
		`#${conversation.id} · ${conversation.subject}`,
		`${conversation.customerName} <${conversation.customer.email}> · ${conversation.status} · ${conversation.priority} · ${conversation.assigneeName ?? 'unassigned'}${conversation.teamName ? ` · ${conversation.teamName}` : ''}`,
		'',
	];
	for (const message of conversation.messages) {
		lines.push(`${messageKindLabels[message.kind]} · ${message.authorName} · ${new Date(message.createdAt).toISOString().slice(0, 16).replace('T', ' ')}`);
		for (const paragraph of message.body.split('\n')) lines.push(...(paragraph === '' ? [''] : wrapText(paragraph, Math.max(20, width - 2)).map(line => `  ${line}`)));
		lines.push('');
	}
	return lines.map(line => fit(sanitizeForTerminal(line), width));
}

const headlines: Record<string, string> = {
	'frt.human': 'FRT people',
	'frt.bot': 'FRT bot',
	'ttr.human': 'TTR people',
	fcr: 'FCR',
	automatic_resolution: 'auto-resolved',
	csat: 'CSAT',
	nps: 'NPS',
};

/** A headline figure in a few characters: medians for times, the count it rests on after "n". */
function headline(figure: Figure): string {
	const value = figure.value!;
	const shown =
		value.kind === 'duration' ? `${formatDuration(value.value.median)} median` : value.kind === 'rate' ? `${value.value}%` : value.kind === 'table' ? `${value.rows.length} rows` : value.kind === 'total' ? formatDuration(value.value) : String(value.value);
	return `${headlines[figure.id] ?? figure.label} ${shown} (n ${figure.conversations})`;
}

/** The period's headline figures, packed into at most two lines of the width. */
function figuresLines(view: DashboardView): string[] {
	if (!view.figures) return ['Figures: loading…'];
	const parts = headlineIds
		.map(id => view.figures!.list.find(figure => figure.id === id))
		.filter((figure): figure is Figure => figure !== undefined && figure.value !== null)
		.map(headline);
	if (parts.length === 0) return [`${view.figures.since}: no figures for this period`];
	const lines = [`${view.figures.since}:`];
	for (const part of parts) {
		const last = lines.length - 1;
		const joined = lines[last] === `${view.figures.since}:` || lines[last] === '' ? `${lines[last]} ${part}` : `${lines[last]} · ${part}`;
		if ([...joined].length <= view.width || lines[last] === `${view.figures.since}:`) lines[last] = joined;
		else if (lines.length < 2) lines.push(`  ${part}`);
		else break;
	}
	return lines;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

function pad(text: string, size: number, right = false): string {
	const cut = text.length > size ? text.slice(0, size) : text;
	return right ? cut.padStart(size) : cut.padEnd(size);
}

function fit(line: string, width: number): string {
	const chars = [...line];
	return chars.length <= width ? line : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
