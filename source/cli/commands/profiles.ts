// deskterm profiles: every profile, which is the default, and whether its secrets are set (never shown).
import {configFilePath, setDefaultProfile} from '../../config/config-file.js';
import {listProfiles} from '../../config/load-profile.js';
import {describeSecretSource, resolveSecrets, type SecretSource} from '../../config/secrets.js';
import {DeskError} from '../../domain/errors.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import type {Paths} from '../../paths.js';
import type {Profile} from '../../domain/profile.js';
import {providerDefinition, providerKinds} from '../../providers/registry.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {writeJson} from '../output/json-output.js';
import {printTable, type TableColumn} from '../output/table.js';

export type ProfileRow = {
	name: string;
	provider: string;
	default: boolean;
	readOnly: boolean;
	settings: Record<string, unknown>;
	/** Per secret field: where it comes from ('env', 'file') or 'missing'. */
	credentials: Record<string, SecretSource>;
};

export function profileRows(paths: Pick<Paths, 'configDir'>, env: NodeJS.ProcessEnv): ProfileRow[] {
	const {defaultName, profiles} = listProfiles(paths);
	return profiles.map(profile => ({
		name: profile.name,
		provider: profile.provider,
		default: profile.name === defaultName,
		readOnly: profile.readOnly === true,
		settings: profile.settings,
		credentials: credentialsOf(profile, paths, env),
	}));
}

export function credentialsOf(profile: Profile, paths: Pick<Paths, 'configDir'>, env: NodeJS.ProcessEnv): Record<string, SecretSource> {
	if (!providerKinds().includes(profile.provider)) return {};
	const fields = providerDefinition(profile.provider).loginFields;
	return resolveSecrets(profile.name, fields, env, paths.configDir).sources;
}

export function describeCredentials(credentials: Record<string, SecretSource>): string {
	const entries = Object.entries(credentials);
	if (entries.length === 0) return 'none needed';
	return entries.map(([field, source]) => `${field} ${describeSecretSource(source)}`).join(', ');
}

const columns: Array<TableColumn<ProfileRow>> = [
	{id: 'default', header: ' ', width: 1, dropOrder: 0, text: row => (row.default ? '*' : ''), plain: row => (row.default ? 'default' : '')},
	{id: 'name', header: 'PROFILE', width: 12, dropOrder: 0, text: row => row.name, plain: row => row.name},
	{id: 'provider', header: 'PROVIDER', width: 9, dropOrder: 0, text: row => row.provider, plain: row => row.provider},
	{id: 'mode', header: 'MODE', width: 9, dropOrder: 2, text: row => (row.readOnly ? 'read-only' : ''), plain: row => (row.readOnly ? 'read-only' : 'read-write')},
	{id: 'credentials', header: 'CREDENTIALS', width: 16, dropOrder: 1, text: row => describeCredentials(row.credentials), plain: row => describeCredentials(row.credentials)},
	{id: 'url', header: 'URL', width: 20, flexible: true, dropOrder: 3, text: row => urlOf(row), plain: row => urlOf(row)},
];

function urlOf(row: ProfileRow): string {
	return typeof row.settings['url'] === 'string' ? row.settings['url'] : '';
}

export const command: CommandDefinition = {
	name: 'profiles',
	summary: 'List the helpdesk profiles, or choose the default one',
	usage: 'deskterm profiles [--json] [--default <name>]',
	details: [
		'One row per profile; * marks the default (local until another is chosen). Secrets are never shown,',
		'only where they come from: "set (env)", "set (file)" or "not set".',
		'In a pipe: default, name, provider, read-only|read-write, credentials, url (tab-separated).',
		'With --json: [{"name","provider","default","readOnly","settings","credentials":{"token":"env|file|missing"}}].',
	].join('\n'),
	options: {
		json: {type: 'boolean', description: 'print JSON'},
		default: {type: 'string', valueName: '<name>', complete: {kind: 'profile'}, description: 'make this profile the default (local: back to the built-in desk)'},
	},
	positionals: {min: 0, max: 0},
	usesProfile: false,
	async run(input, io, context) {
		const wanted = input.values['default'];
		if (typeof wanted === 'string') {
			refuseInReadOnly(context, 'change the default profile');
			const {profiles} = listProfiles(context.paths);
			if (!profiles.some(profile => profile.name === wanted)) {
				throw new DeskError('usage', `no profile named "${wanted}" (known: ${profiles.map(profile => profile.name).join(', ')})`);
			}
			await setDefaultProfile(context.paths.configDir, wanted);
			if (input.values['json'] !== true) io.write(`The default profile is now "${wanted}" (${configFilePath(context.paths.configDir)}).\n`);
		}
		const rows = profileRows(context.paths, context.env);
		if (input.values['json'] === true) {
			writeJson(io, rows);
			return exitCodes.ok;
		}
		if (typeof wanted !== 'string') printTable(io, columns, rows, context.clock());
		return exitCodes.ok;
	},
};
