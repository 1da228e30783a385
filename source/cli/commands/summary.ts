// deskterm summary: one screen of the live queue for watch, cron mail and `ssh host deskterm summary`.
import {loadTriageConfig, TriageConfigError} from '../../config/triage-config.js';
import {loadOverview} from '../../operations/load-metrics.js';
import {createTriageLevels} from '../../operations/triage-scores.js';
import {overviewLines} from '../../presenters/overview-text.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';

export const command: CommandDefinition = {
	name: 'summary',
	summary: 'One screen of the live queue: backlog, breached targets, load per agent (fits 80x24)',
	usage: 'deskterm summary [--check] [--no-triage] [--json]',
	details: [
		'Plain text that fits 80x24 (wider terminals get longer lines): the live queue by status, team and',
		'channel, unassigned, oldest waiting, service targets breached and at risk with the next to breach',
		'(counted on the triage config\'s service targets), load per agent, volume of the last 24h and 7 days,',
		'the triage mix (live conversations by severity, complexity and effort level, scored as triage --all',
		'scores them; --no-triage skips it, the costly part on a big desk), then the most overdue conversations.',
		'Exit codes: 0, also when targets are breached; with --check, 1 when any target is breached (for cron',
		'and alerts); 2 for bad usage.',
		'--json: {now, filter, live, byStatus, byTeam, byChannel, unassigned, oldestWaiting, breached, atRisk,',
		'nextToBreach, load, repliedTodayCounted, hourly, daily, triageMix, handledBy}; times are epoch ms, durations',
		'ms; triageMix is {complexity, severity, effort} each {low, medium, high}, null with --no-triage;',
		'load[].repliedToday is null where the desk cannot count replies, repliedTodayCounted all, some or none.',
		'Example: watch -n 60 deskterm summary',
	].join('\n'),
	options: {
		check: {type: 'boolean', description: 'Exit 1 when any service target is breached'},
		'no-triage': {type: 'boolean', description: 'Leave out the triage mix (no scoring: faster on a big desk)'},
		json: {type: 'boolean', description: 'Print JSON'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const config = await loadTriageConfig(context.paths.configDir).catch((error: unknown) => {
			if (error instanceof TriageConfigError) return undefined;
			throw error;
		});
		if (config === undefined) {
			io.error('deskterm: summary: the triage config has problems (check with: deskterm triage config lint)\n');
			return exitCodes.failure;
		}
		const provider = await context.provider();
		const triage = input.values['no-triage'] === true ? undefined : createTriageLevels({provider, config, clock: context.clock});
		const {agents, teams: _teams, ...overview} = await loadOverview(provider, {now: context.clock(), targets: config.serviceTargets, clock: config.clock, ...(triage ? {triage} : {})});
		if (input.values['json'] === true) writeJson(io, overview);
		else io.write(`${overviewLines(overview, {width: io.isStdoutTty ? Math.max(40, io.columns) : 80, label: provider.label, agents}).join('\n')}\n`);
		return input.values['check'] === true && overview.breached.length > 0 ? exitCodes.failure : exitCodes.ok;
	},
};
