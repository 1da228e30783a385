// deskterm login <provider>: asks (on a terminal) or reads flags and the environment, checks the
// credentials with a real call, then saves the profile and its secrets (0600).
import {saveProfile, setDefaultProfile, readConfigFile, configFilePath} from '../../config/config-file.js';
import {checkNewProfileName} from '../../config/load-profile.js';
import {forgetSecrets, readSecretsFile, secretsFilePath, storeSecrets} from '../../config/secrets.js';
import {DeskError} from '../../domain/errors.js';
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../../providers/provider-definition.js';
import {providerDefinition, providerKinds} from '../../providers/registry.js';
import type {CommandDefinition, OptionSpec, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {readAll, type Io} from '../io.js';
import {writeJson} from '../output/json-output.js';
import {createPrompter, type Prompter} from './login-prompt.js';

/** accountId -> account-id: every login field is also a flag. */
export function flagName(field: Pick<LoginField, 'name'>): string {
	return field.name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);
}

const remoteKinds = () => providerKinds().filter(kind => providerDefinition(kind).loginFields.length > 0);

function fieldOptions(): Record<string, OptionSpec> {
	const options: Record<string, OptionSpec> = {};
	for (const kind of remoteKinds()) {
		for (const field of providerDefinition(kind).loginFields) {
			const flag = flagName(field);
			const known = options[flag];
			options[flag] = known
				? {...known, description: `${known.description.replace(/\)$/, '')}, ${kind})`}
				: {type: 'string', valueName: '<value>', description: `${field.label}${field.secret ? ' (secret: prefer --token-stdin or the environment)' : ''} (${kind})`};
		}
	}
	return options;
}

function fieldHelp(): string {
	return remoteKinds()
		.map(kind => {
			const definition = providerDefinition(kind);
			const rows = definition.loginFields.map(
				field => `    --${flagName(field)}${field.env ? ` / ${field.env}` : ''}${field.required ? '' : ' (optional)'}: ${field.description}`,
			);
			return [`  ${kind}: ${definition.label}`, ...rows].join('\n');
		})
		.join('\n');
}

export const command: CommandDefinition = {
	name: 'login',
	summary: 'Connect to a helpdesk: check the credentials and save a profile',
	usage: 'deskterm login <provider> [--profile <name>] [--token-stdin] [--<field> <value> ...] [--default] [--json]',
	details: [
		'On a terminal it asks for what is missing (secrets without echo). In scripts, give every field as a flag',
		'or environment variable; it never prompts when stdin is not a terminal, and a missing field is exit 2.',
		'The credentials are checked with a real call before anything is saved. The profile is named after the',
		'provider unless --profile says otherwise; --read-only saves it as a read-only profile.',
		'',
		'Fields per provider (flag / environment variable):',
		fieldHelp(),
	].join('\n'),
	options: {
		'token-stdin': {type: 'boolean', description: 'read the token (first line) from stdin'},
		default: {type: 'boolean', description: 'make this profile the default'},
		json: {type: 'boolean', description: 'print {"profile","provider","default","readOnly","agent"} as JSON'},
		...fieldOptions(),
	},
	positionals: {min: 1, max: 1},
	usesProfile: false,
	async run(input, io, context) {
		const kind = input.positionals[0]!;
		const definition = providerDefinition(kind);
		if (definition.loginFields.length === 0) throw new DeskError('usage', `the ${kind} desk needs no login: use --profile ${kind} or just run deskterm`);
		const name = checkNewProfileName(typeof input.values['profile'] === 'string' ? input.values['profile'] : kind);
		rejectForeignFlags(input, definition);
		const configDir = context.paths.configDir;
		const previous = readConfigFile(configDir).profiles?.[name];
		const kept = previous && 'provider' in previous && previous.provider === kind ? previous : undefined;
		const savedSecrets = kept ? (readSecretsFile(configDir).profiles[name] ?? {}) : {};
		const values = await collectFields(input, io, context.env, definition, kept?.settings ?? {}, savedSecrets);
		const settings = Object.fromEntries(definition.loginFields.filter(field => !field.secret && values[field.name]).map(field => [field.name, values[field.name]!]));
		const secrets = Object.fromEntries(definition.loginFields.filter(field => field.secret && values[field.name]).map(field => [field.name, values[field.name]!]));
		const readOnly = input.values['read-only'] === true ? true : kept?.readOnly;
		const profile = {name, provider: kind, settings, ...(readOnly ? {readOnly} : {})};
		const provider = await definition.open({profile, paths: context.paths, env: context.env, clock: context.clock, secrets});
		let agent;
		try {
			agent = await provider.whoami();
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new DeskError(error instanceof DeskError ? error.code : 'internal', `cannot log in to ${definition.label}: ${reason}`);
		} finally {
			await provider.close();
		}
		await saveProfile(configDir, name, {provider: kind, settings, ...(readOnly ? {readOnly} : {})});
		// A profile that changes provider must not keep the old provider's secrets.
		if (previous && !kept) forgetSecrets(configDir, name);
		if (Object.keys(secrets).length > 0) storeSecrets(configDir, name, secrets);
		const makeDefault = input.values['default'] === true;
		if (makeDefault) await setDefaultProfile(configDir, name);
		const isDefault = makeDefault || readConfigFile(configDir).defaultProfile === name;
		if (input.values['json'] === true) {
			writeJson(io, {profile: name, provider: kind, default: isDefault, readOnly: readOnly === true, agent: {id: agent.id, name: agent.name, email: agent.email}});
			return exitCodes.ok;
		}
		io.write(`Logged in to ${definition.label} as ${agent.name}${agent.email ? ` <${agent.email}>` : ''}.\n`);
		io.write(`Saved profile "${name}" in ${configFilePath(configDir)}${Object.keys(secrets).length > 0 ? `; secrets in ${secretsFilePath(configDir)} (readable only by you)` : ''}.\n`);
		io.write(isDefault ? `It is the default profile.\n` : `Use it with --profile ${name}, or make it the default: deskterm profiles --default ${name}\n`);
		return exitCodes.ok;
	},
};

function rejectForeignFlags(input: ParsedInput, definition: ProviderDefinition): void {
	const own = new Set(definition.loginFields.map(flagName));
	const all = Object.keys(fieldOptions());
	const foreign = all.filter(flag => input.values[flag] !== undefined && !own.has(flag));
	if (foreign.length > 0) {
		throw new DeskError('usage', `login ${definition.kind}: --${foreign[0]} is not a ${definition.kind} field (it takes ${[...own].map(flag => `--${flag}`).join(', ')})`);
	}
}

async function collectFields(
	input: ParsedInput,
	io: Io,
	env: NodeJS.ProcessEnv,
	definition: ProviderDefinition,
	saved: Record<string, unknown>,
	savedSecrets: Record<string, string>,
): Promise<Record<string, string>> {
	const fromStdin = input.values['token-stdin'] === true ? stdinField(definition) : undefined;
	const stdinValue = fromStdin ? (await readAll(io.stdin)).split(/\r?\n/)[0]?.trim() : undefined;
	if (fromStdin && !stdinValue) throw new DeskError('usage', `login ${definition.kind}: --token-stdin read nothing from stdin`);
	const values: Record<string, string> = {};
	let prompter: Prompter | undefined;
	try {
		for (const field of definition.loginFields) {
			const flag = input.values[flagName(field)];
			const given = (typeof flag === 'string' ? flag : undefined) ?? (field === fromStdin ? stdinValue : undefined) ?? (field.env ? env[field.env] : undefined);
			const previous = field.secret ? savedSecrets[field.name] : typeof saved[field.name] === 'string' ? (saved[field.name] as string) : undefined;
			let value = given?.trim() || undefined;
			if (value === undefined && io.canPrompt && fromStdin === undefined) {
				prompter ??= createPrompter(io);
				value = (await prompter.ask(question(field, previous), {secret: field.secret})) || undefined;
			}
			value ??= previous ?? field.default;
			if (value === undefined && field.required) throw missing(definition, field);
			if (value !== undefined) values[field.name] = value;
		}
	} finally {
		prompter?.close();
	}
	return values;
}

function question(field: LoginField, previous: string | undefined): string {
	const fallback = previous ?? field.default;
	const hint = field.secret ? (previous ? ' (Enter keeps the saved one)' : '') : fallback ? ` [${fallback}]` : field.required ? '' : ' (optional)';
	return `${field.label}${hint}: `;
}

function stdinField(definition: ProviderDefinition): LoginField {
	const field = definition.loginFields.find(candidate => candidate.name === 'token') ?? definition.loginFields.find(candidate => candidate.secret);
	if (!field) throw new DeskError('usage', `login ${definition.kind}: this provider takes no token`);
	return field;
}

function missing(definition: ProviderDefinition, field: LoginField): DeskError {
	const ways = [`--${flagName(field)}`, ...(field.secret ? ['--token-stdin'] : []), ...(field.env ? [field.env] : [])];
	return new DeskError('usage', `login ${definition.kind}: missing ${field.label.toLowerCase()} (give ${ways.join(' or ')})`);
}
