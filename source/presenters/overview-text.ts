// Exports overviewLines: the live overview as plain lines that fit a width and at most 24 rows
// (for `deskterm summary`, watch, cron mail and ssh); no colour carries meaning.
import type {Agent} from '../domain/conversation.js';
import type {LiveOverview, TargetAlert} from '../domain/metrics/live-overview.js';
import {formatDuration} from '../domain/service-targets/duration.js';
import {sanitizeForTerminal} from './sanitize.js';
import {triageMixLine} from './triage-mix-text.js';

const targetWords = {firstResponse: 'first response', resolution: 'resolution'} as const;
export const overviewRows = 24;

export function overviewLines(overview: LiveOverview, options: {width: number; label: string; agents: readonly Agent[]}): string[] {
	const {byStatus: status} = overview;
	const name = (id: string | null) => (id === null ? 'nobody' : (options.agents.find(agent => agent.id === id)?.name ?? id));
	const lines = [
		`deskterm summary  ${new Date(overview.now).toISOString().slice(0, 16).replace('T', ' ')} UTC  ${options.label}`,
		`Live ${overview.live}: open ${status.open}, pending ${status.pending}, snoozed ${status.snoozed}; unassigned ${overview.unassigned}`,
		`Targets: ${overview.breached.length} breached, ${overview.atRisk.length} at risk${overview.nextToBreach ? `; next to breach #${overview.nextToBreach.id} in ${formatDuration(overview.nextToBreach.left)} (${targetWords[overview.nextToBreach.target]})` : ''}`,
		overview.oldestWaiting ? `Oldest waiting: #${overview.oldestWaiting.id} for ${formatDuration(overview.oldestWaiting.waitedMs)}: ${overview.oldestWaiting.subject}` : 'Oldest waiting: nobody is waiting',
		`Held by: a person ${overview.handledBy.human}, the bot ${overview.handledBy.bot}, nobody ${overview.handledBy.nobody}`,
		`Opened: ${sum(overview.hourly)} in 24h, ${sum(overview.daily.slice(-7))} in 7 days (per day: ${overview.daily.slice(-7).join(' ')})`,
		`By team (open/pending/snoozed): ${overview.byTeam.map(row => `${row.name} ${row.open}/${row.pending}/${row.snoozed}`).join(', ')}`,
		`By channel: ${overview.byChannel.map(row => `${row.channel} ${row.open + row.pending + row.snoozed}`).join(', ')}`,
		loadLine(overview.load, overview.repliedTodayCounted),
		...(overview.triageMix ? [triageMixLine(overview.triageMix, options.width)] : []),
	];
	const room = overviewRows - lines.length - 2;
	if (overview.breached.length > 0) {
		lines.push('', `Breached, most overdue first (${overview.breached.length}):`);
		lines.push(...overview.breached.slice(0, room).map(alert => alertLine(alert, 'over', name)));
	} else if (overview.atRisk.length > 0) {
		lines.push('', `At risk, soonest first (${overview.atRisk.length}):`);
		lines.push(...overview.atRisk.slice(0, room).map(alert => alertLine(alert, 'left', name)));
	}
	return lines.map(line => fit(sanitizeForTerminal(line), options.width));
}

function alertLine(alert: TargetAlert, word: 'over' | 'left', name: (id: string | null) => string): string {
	return `  #${alert.id}  ${formatDuration(alert.left)} ${word}  ${targetWords[alert.target]}  ${name(alert.assigneeId)}  ${alert.subject}`;
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

function fit(line: string, width: number): string {
	const chars = [...line];
	return chars.length <= width ? line : `${chars.slice(0, Math.max(1, width - 1)).join('')}~`;
}

/** Replied today joins the pair when the back end can tell it; n/a, and "partial", where only some desks can. */
function loadLine(load: LiveOverview['load'], counted: LiveOverview['repliedTodayCounted']): string {
	const replied = counted !== 'none';
	const rows = load.filter(row => row.open > 0).slice(0, 6).map(row => `${row.name} ${row.open}/${row.waitingOnThem}${replied ? `/${row.repliedToday ?? 'n/a'}` : ''}`);
	return `Load (open/waiting on them${replied ? `/replied today${counted === 'some' ? ', partial' : ''}` : ''}): ${rows.join(', ') || 'nobody holds an open conversation'}`;
}
