// deskterm info: every path, the active profile, read-only state, the back end's capabilities.
import {existsSync} from 'node:fs';
import {configFilePath} from '../../config/config-file.js';
import {listProfiles} from '../../config/load-profile.js';
import {secretsFilePath} from '../../config/secrets.js';
import {toDeskError} from '../../domain/errors.js';
import {debugLogLocation} from '../../operations/debug-info.js';
import type {Capabilities} from '../../providers/provider.js';
import {providerDefinition} from '../../providers/registry.js';
import {version} from '../../version.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {writeJson} from '../output/json-output.js';
import {credentialsOf, describeCredentials} from './profiles.js';

export const command: CommandDefinition = {
	name: 'info',
	summary: 'Show paths, the active profile, read-only mode and what the back end can do',
	usage: 'deskterm info [--json] [--check]',
	details: [
		'Secrets are never printed, only where they come from ("set (env)", "set (file)", "not set").',
		'--check also calls the back end and says who you are logged in as.',
		'With --json: {"version","paths":{"data","config","configFile","secretsFile","templates","log"},',
		'"profile":{"name","provider","providerLabel","default","readOnly","settings","credentials"},',
		'"readOnly","capabilities" (null when the back end cannot be opened),"error","agent" (with --check)}.',
		'Exit 1 when the back end cannot be opened or the check fails; everything else is still printed.',
	].join('\n'),
	options: {
		json: {type: 'boolean', description: 'print JSON'},
		check: {type: 'boolean', description: 'call the back end and show who you are logged in as'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const {paths, profile, env} = context;
		let capabilities: Capabilities | null = null;
		let agent: {id: string; name: string; email: string} | null = null;
		let error: string | null = null;
		try {
			const provider = await context.provider();
			capabilities = provider.capabilities;
			if (input.values['check'] === true) {
				const me = await provider.whoami();
				agent = {id: me.id, name: me.name, email: me.email};
			}
		} catch (thrown) {
			error = toDeskError(thrown).message;
		}
		const report = {
			version,
			paths: {
				data: paths.dataDir,
				config: paths.configDir,
				configFile: configFilePath(paths.configDir),
				secretsFile: secretsFilePath(paths.configDir),
				templates: paths.templatesDir,
				log: debugLogLocation(env, paths),
			},
			profile: {
				name: profile.name,
				provider: profile.provider,
				providerLabel: labelOf(profile.provider),
				default: listProfiles(paths).defaultName === profile.name,
				readOnly: profile.readOnly === true,
				settings: profile.settings,
				credentials: credentialsOrNone(() => credentialsOf(profile, paths, env)),
			},
			readOnly: context.readOnly,
			capabilities,
			error,
			...(input.values['check'] === true ? {agent} : {}),
		};
		if (input.values['json'] === true) writeJson(io, report);
		else printReport(io, report);
		return error === null ? exitCodes.ok : exitCodes.failure;
	},
};

/** An unreadable secrets file is already reported through the provider error; show no sources then. */
function credentialsOrNone(read: () => ReturnType<typeof credentialsOf>): ReturnType<typeof credentialsOf> {
	try {
		return read();
	} catch {
		return {};
	}
}

function labelOf(kind: string): string {
	try {
		return providerDefinition(kind).label;
	} catch {
		return kind;
	}
}

type Report = {
	version: string;
	paths: Record<string, string>;
	profile: {name: string; provider: string; providerLabel: string; default: boolean; readOnly: boolean; settings: Record<string, unknown>; credentials: Parameters<typeof describeCredentials>[0]};
	readOnly: boolean;
	capabilities: Capabilities | null;
	error: string | null;
	agent?: {name: string; email: string} | null;
};

function printReport(io: Io, report: Report): void {
	const row = (label: string, value: string) => io.write(`  ${label.padEnd(13)}${value}\n`);
	io.write(`deskterm ${report.version} (node ${process.versions.node})\n\nPaths\n`);
	row('data', report.paths['data']!);
	row('config', report.paths['config']!);
	row('config file', `${report.paths['configFile']}${existsSync(report.paths['configFile']!) ? '' : ' (not created yet)'}`);
	row('secrets', `${report.paths['secretsFile']}${existsSync(report.paths['secretsFile']!) ? ' (0600)' : ' (none saved)'}`);
	row('templates', report.paths['templates']!);
	row('debug log', report.paths['log'] === 'off' ? 'off (DESKTERM_DEBUG=1, =file or =<path>)' : report.paths['log']!);
	const {profile} = report;
	io.write('\nProfile\n');
	row('name', `${profile.name}${profile.default ? ' (default)' : ''}`);
	row('provider', `${profile.providerLabel} [${profile.provider}]`);
	for (const [key, value] of Object.entries(profile.settings)) row(key, typeof value === 'string' ? value : JSON.stringify(value));
	row('credentials', describeCredentials(profile.credentials));
	row('read-only', report.readOnly ? `yes${profile.readOnly ? ' (profile)' : ' (--read-only)'}` : 'no');
	io.write('\nCapabilities\n');
	if (report.capabilities) {
		const {statuses, ...flags} = report.capabilities;
		row('statuses', statuses.join(', ') || 'none');
		const yes = Object.entries(flags).filter(([, value]) => value === true).map(([key]) => key);
		const no = Object.entries(flags).filter(([, value]) => value !== true).map(([key]) => key);
		row('can', yes.join(', ') || 'nothing');
		row('cannot', no.join(', ') || 'nothing');
	} else {
		row('unknown', 'the back end could not be opened');
	}
	if (report.agent) io.write(`\nLogged in as ${report.agent.name}${report.agent.email ? ` <${report.agent.email}>` : ''}\n`);
	if (report.error) io.write(`\nProblem: ${report.error}\n`);
}
