// Profiles in <configDir>/config.json: read with zod on every start (fast), written through conf.
import {readFileSync} from 'node:fs';
import {DeskError} from '../domain/errors.js';
import {describeIssue} from '../validation/zod.js';
import {configFilePath} from './config-path.js';
import {configFileSchema, confSchema, type ConfigFile, type StoredGroup, type StoredProfile} from './profile-schema.js';

export {configFilePath};

/** The config file, or an empty one when it does not exist; a broken file is one clear error. */
export function readConfigFile(configDir: string): ConfigFile {
	const path = configFilePath(configDir);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw new DeskError('usage', `cannot read the config file ${path}: ${(error as Error).message}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new DeskError('usage', `the config file ${path} is not valid JSON: fix it or move it away`);
	}
	const parsed = configFileSchema.safeParse(data);
	if (!parsed.success) {
		throw new DeskError('usage', `the config file ${path} is not valid (${describeIssue(parsed.error)}): fix it or move it away`);
	}
	return parsed.data;
}

type Store = {
	get(key: string): unknown;
	set(key: string, value: unknown): void;
	delete(key: string): void;
};

// conf compiles its JSON schema with ajv (about 80 ms), so only writes pay for it.
async function openStore(configDir: string): Promise<Store> {
	readConfigFile(configDir);
	const {default: Conf} = await import('conf');
	return new Conf({
		cwd: configDir,
		configName: 'config',
		schema: confSchema() as never,
		configFileMode: 0o600,
	}) as unknown as Store;
}

export async function saveProfile(configDir: string, name: string, profile: StoredProfile | StoredGroup): Promise<void> {
	const store = await openStore(configDir);
	const profiles = (store.get('profiles') ?? {}) as Record<string, StoredProfile | StoredGroup>;
	store.set('profiles', {...profiles, [name]: profile});
}

/** Removes the profile; if it was the default, local becomes the default again. */
export async function removeProfile(configDir: string, name: string): Promise<boolean> {
	const store = await openStore(configDir);
	const profiles = {...((store.get('profiles') ?? {}) as Record<string, StoredProfile | StoredGroup>)};
	if (!(name in profiles)) return false;
	delete profiles[name];
	store.set('profiles', profiles);
	if (store.get('defaultProfile') === name) store.delete('defaultProfile');
	return true;
}

/** Sets the default profile; 'local' clears it, since local is the default when none is set. */
export async function setDefaultProfile(configDir: string, name: string): Promise<void> {
	const store = await openStore(configDir);
	if (name === 'local') store.delete('defaultProfile');
	else store.set('defaultProfile', name);
}
