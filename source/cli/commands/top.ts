// deskterm top: the lead's live, read-only dashboard on a terminal; one frame of it as text in a pipe.
import {TriageConfigError} from '../../config/triage-config.js';
import {DeskError} from '../../domain/errors.js';
import {createDashboardSource} from '../../operations/dashboard-source.js';
import {startDashboardWorker} from '../../operations/dashboard-worker.js';
import {dashboardLines} from '../../presenters/dashboard-text.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';

const defaultIntervalSeconds = 5;

export const command: CommandDefinition = {
	name: 'top',
	summary: 'The live dashboard for team leads: backlog, breached targets, load, volume, figures (read-only)',
	usage: 'deskterm top [--interval <seconds>] [--since 7d] [--once] [--json]',
	details: [
		'A read-only dashboard that refreshes every --interval seconds (default 5): open, pending and snoozed by',
		'team and channel, unassigned, oldest waiting, service targets breached and at risk with the next to',
		'breach, load per agent, conversations opened per hour (24h) and per day (14d) as sparklines, the triage',
		'mix, bot vs people, and the headline figures of `deskterm stats` for --since (default 7d, read once a',
		'minute). Fits 80x24; NO_COLOR and TERM=dumb (ASCII sparklines) show every number.',
		'Keys: t next team, a next agent, b breached only, c clear, j/k select a breached conversation, Enter',
		'opens it read-only (Esc back), r refreshes now, q quits.',
		'In a pipe, or with --once: one frame as plain text (80x24), then exit. --json: the overview as',
		'`deskterm summary --json` prints it. Exit codes: 0, 1 when the desk cannot be read, 2 for bad usage.',
		'Over SSH for leads without an account: deskterm serve --ssh (see docs/team-leads.md).',
	].join('\n'),
	options: {
		interval: {type: 'string', valueName: '<seconds>', description: `refresh every n seconds (default ${defaultIntervalSeconds}, at least 1)`},
		since: {type: 'string', valueName: '<7d|date>', description: 'the period of the headline figures (default 7d)'},
		once: {type: 'boolean', description: 'print one frame as text and exit'},
		json: {type: 'boolean', description: 'print the overview as JSON and exit'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const intervalSeconds = parseInterval(input.values['interval']);
		const since = typeof input.values['since'] === 'string' ? input.values['since'] : '7d';
		const provider = await context.provider();
		const source = await createDashboardSource({provider, configDir: context.paths.configDir, clock: context.clock, since}).catch((error: unknown) => {
			if (error instanceof TriageConfigError) throw new DeskError('usage', 'top: the triage config has problems (check with: deskterm triage config lint)');
			throw error;
		});
		const ascii = context.env['TERM'] === 'dumb';
		if (input.values['json'] === true) {
			const {agents: _agents, teams: _teams, ...overview} = await source.overview({});
			writeJson(io, overview);
			return exitCodes.ok;
		}
		const top = context.screens ? await context.screens.top() : null;
		if (input.values['once'] === true || !io.isStdoutTty || !io.isStdinTty || !top) {
			const [snapshot, figures] = await Promise.all([source.overview({}), source.figures({})]);
			const lines = dashboardLines(snapshot, {
				width: io.isStdoutTty ? Math.max(40, io.columns) : 80,
				height: 24,
				label: source.label,
				intervalSeconds,
				ascii,
				filter: {team: null, agent: null, breachedOnly: false},
				selected: 0,
				figures: {since: `last ${since}`, list: figures},
				agents: snapshot.agents,
				problem: null,
			});
			// One frame: the key line is for the live screen only.
			io.write(`${lines.slice(0, -1).join('\n').trimEnd()}\n`);
			return exitCodes.ok;
		}
		// Live, the reads run in a worker thread with its own connection: a refresh never delays a key press.
		const worker = context.screens?.dashboardWorker;
		const live = worker ? startDashboardWorker(worker, {profile: context.profile, paths: context.paths, env: context.env, since}, source) : source;
		try {
			return await top({source: live, intervalMs: intervalSeconds * 1000, ascii}).done;
		} finally {
			await live.close?.();
		}
	},
};

function parseInterval(value: unknown): number {
	if (value === undefined) return defaultIntervalSeconds;
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) throw new DeskError('usage', `top: --interval takes a number of seconds from 1 to 3600, not "${String(value)}"`);
	return seconds;
}
