// deskterm stats: every team-lead metric of DOMAIN section 6 for a period, as text, JSON or CSV.
import {DeskError} from '../../domain/errors.js';
import type {Figure} from '../../domain/metrics/figure.js';
import {dayMs, isoDay, parsePeriodBound} from '../../domain/metrics/period.js';
import {loadMetrics} from '../../operations/load-metrics.js';
import {resolveAssignee} from '../../operations/resolve-assignee.js';
import {figureCsvHeader, figureCsvRow, figureLines, figureText} from '../../presenters/metrics-text.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';

const shownRows = 8;

export const command: CommandDefinition = {
	name: 'stats',
	summary: 'Team-lead metrics for a period: FRT, AHT, TTR, CSAT, NPS, bot share ... (--json, --csv)',
	usage: 'deskterm stats [--since 7d|2026-11-01] [--until <when>] [--team T] [--agent A] [--json|--csv]',
	details: [
		'Counts the conversations OPENED in the period (default: the last 7 days up to now).',
		'--since and --until take a span before now (24h, 7d, 2w) or a UTC date or time (2026-11-01).',
		'--team and --agent take a name or id (as in `deskterm agents`).',
		'A figure the back end cannot supply says "unavailable: <reason>", never a zero.',
		'Each figure is printed with the number of conversations it rests on. Definitions:',
		'  frt.bot / frt.human      Customer\'s first message to the first bot / human reply.',
		'  aht                      Time the team actively works a conversation (time worked).',
		'  ttr.bot / ttr.human      Opened to resolved/closed, resolved by the bot alone / a person.',
		'  automatic_resolution     Share of conversations resolved entirely by automation.',
		'  fcr                      Share resolved in the first interaction (no customer message',
		'                           between the first and last reply, never reopened), of the closed.',
		'  closed_in_one_reply      Conversations closed after one reply / all, x 100.',
		'  bot_involvement          Conversations the bot took part in / all conversations.',
		'  bot_bypass               Of the bot-answered: the customer wrote on and was handed to a person.',
		'  handovers, handover_cost Bot-to-person handovers; avg time per handover x handovers x reps.',
		'  reply_writing            Avg time writing a message x queries x reps.',
		'  template_time_saved      Template uses and the writing time they saved.',
		'  csat (+ .bot_involved, .human_only, .rating_rate)  Rated 4-5 of 1-5 / rated conversations.',
		'  nps                      % promoters (9-10) - % detractors (0-6); detractors listed.',
		'  ces                      Distribution of "very easy" .. "very difficult" answers.',
		'  cases_handled            Resolved by a person, per agent per hour/day/week.',
		'  volume.day, volume.week  Conversations opened per day and week, with the trend.',
		'  channel_share            Share of conversations started on each channel.',
		'  recurring_topics         Tags and subject terms that come back most.',
		'--json: {period: {from, until}, now, filter: {teamId, agentId}, conversations, figures: [{id, label,',
		'definition, conversations, value, unavailable, detail?}]}; value is null or {kind: duration|total|rate|',
		'count|score|table, ...}. --csv: one row per figure. Details: docs/metrics.md.',
		'Example: deskterm stats --since 30d --team Billing --csv > billing.csv',
	].join('\n'),
	options: {
		since: {type: 'string', valueName: '--since <7d|date>', description: 'Start of the period (default 7d)'},
		until: {type: 'string', valueName: '--until <span|date>', description: 'End of the period (default now)'},
		team: {type: 'string', valueName: '--team <name|id>', description: 'Only conversations of this team'},
		agent: {type: 'string', valueName: '--agent <name|id>', description: 'Only conversations this agent held or answered'},
		json: {type: 'boolean', description: 'Print JSON'},
		csv: {type: 'boolean', description: 'Print CSV, one row per figure'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		if (input.values['json'] === true && input.values['csv'] === true) throw new DeskError('usage', 'stats: choose --json or --csv, not both');
		const now = context.clock();
		const from = bound('since', input.values['since'], now, now - 7 * dayMs);
		const until = bound('until', input.values['until'], now, now);
		if (from >= until) throw new DeskError('usage', 'stats: --since must be before --until');
		const provider = await context.provider();
		const filter: {teamId?: string; agentId?: string} = {};
		if (input.values['team'] !== undefined || input.values['agent'] !== undefined) {
			const [me, agents, teams] = await Promise.all([provider.whoami(), provider.listAgents(), provider.listTeams()]);
			if (typeof input.values['team'] === 'string') filter.teamId = resolveAssignee(`team:${input.values['team']}`, me, agents, teams).teamId!;
			if (typeof input.values['agent'] === 'string') filter.agentId = resolveAssignee(`agent:${input.values['agent']}`, me, agents, teams).agentId!;
		}
		const report = await loadMetrics(provider, {period: {from, until}, now, filter});
		if (input.values['json'] === true) {
			writeJson(io, {period: report.period, now: report.now, filter: {teamId: filter.teamId ?? null, agentId: filter.agentId ?? null}, conversations: report.conversations, figures: report.figures});
			return exitCodes.ok;
		}
		if (input.values['csv'] === true) {
			io.write(`${figureCsvHeader.join(',')}\n`);
			for (const figure of report.figures) io.write(`${figureCsvRow(figure)}\n`);
			return exitCodes.ok;
		}
		const scope = [filter.teamId && `team ${report.teams.find(team => team.id === filter.teamId)?.name}`, filter.agentId && `agent ${report.agents.find(agent => agent.id === filter.agentId)?.name}`].filter(Boolean).join(', ');
		io.write(`Conversations opened ${isoDay(from)} .. ${isoDay(until)}${scope ? ` (${scope})` : ''}: ${report.conversations}\n\n`);
		for (const figure of report.figures) io.write(lines(figure).join('\n') + '\n');
		return exitCodes.ok;
	},
};

function lines(figure: Figure): string[] {
	const base = figure.value === null ? '' : ` (${figure.conversations} conv.)`;
	return [`${figure.label}: ${figureText(figure)}${base}`, ...figureLines(figure, shownRows)];
}

function bound(flag: string, value: unknown, now: number, fallback: number): number {
	if (value === undefined) return fallback;
	const parsed = parsePeriodBound(String(value), now);
	if (parsed === undefined) throw new DeskError('usage', `stats: --${flag} takes a span before now (24h, 7d, 2w) or a date (2026-11-01), not "${String(value)}"`);
	return parsed;
}
