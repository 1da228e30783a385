// Tokens: the environment first, else <configDir>/secrets.json, readable only by the user (0600),
// written atomically, refused when its permissions are too open. Values are never printed.
import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {join} from 'node:path';
import {DeskError} from '../domain/errors.js';
import type {LoginField} from '../domain/profile.js';
import {describeIssue} from '../validation/zod.js';
import {secretsFileSchema, type SecretsFile} from './profile-schema.js';

export type SecretSource = 'env' | 'file' | 'missing';

export function secretsFilePath(configDir: string): string {
	return join(configDir, 'secrets.json');
}

export function readSecretsFile(configDir: string): SecretsFile {
	const path = secretsFilePath(configDir);
	let stats;
	try {
		stats = statSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {profiles: {}};
		throw new DeskError('auth', `cannot read the secrets file ${path}: ${(error as Error).message}`);
	}
	if (!stats.isFile()) throw new DeskError('auth', `the secrets file ${path} is not a regular file`);
	if ((stats.mode & 0o077) !== 0) {
		const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
		throw new DeskError('auth', `the secrets file ${path} can be read by others (mode ${mode}): run chmod 600 ${path}`);
	}
	if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) {
		throw new DeskError('auth', `the secrets file ${path} belongs to another user: refusing to use it`);
	}
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		throw new DeskError('auth', `the secrets file ${path} is not valid JSON: fix it, or remove it and log in again`);
	}
	const parsed = secretsFileSchema.safeParse(data);
	if (!parsed.success) {
		throw new DeskError('auth', `the secrets file ${path} is not valid (${describeIssue(parsed.error)}): remove it and log in again`);
	}
	return parsed.data;
}

/** Replaces the file in one rename: a crash leaves the old file or the new one, never half of each. */
export function writeSecretsFile(configDir: string, secrets: SecretsFile): void {
	mkdirSync(configDir, {recursive: true, mode: 0o700});
	const path = secretsFilePath(configDir);
	const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	const descriptor = openSync(temporary, 'wx', 0o600);
	try {
		writeSync(descriptor, `${JSON.stringify(secrets, null, '\t')}\n`);
		fsyncSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
	try {
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

export function storeSecrets(configDir: string, profileName: string, values: Record<string, string>): void {
	const secrets = readSecretsFile(configDir);
	secrets.profiles[profileName] = {...secrets.profiles[profileName], ...values};
	writeSecretsFile(configDir, secrets);
}

/** Forgets a profile's stored secrets; true when there were some. */
export function forgetSecrets(configDir: string, profileName: string): boolean {
	const secrets = readSecretsFile(configDir);
	if (!secrets.profiles[profileName]) return false;
	delete secrets.profiles[profileName];
	writeSecretsFile(configDir, secrets);
	return true;
}

export type ResolvedSecrets = {values: Record<string, string>; sources: Record<string, SecretSource>};

/** The profile's secret fields: each from its environment variable first, then from the file. */
export function resolveSecrets(
	profileName: string,
	fields: readonly LoginField[],
	env: NodeJS.ProcessEnv,
	configDir: string,
): ResolvedSecrets {
	const values: Record<string, string> = {};
	const sources: Record<string, SecretSource> = {};
	let stored: Record<string, string> | undefined;
	for (const field of fields.filter(candidate => candidate.secret)) {
		const fromEnv = field.env ? env[field.env] : undefined;
		if (fromEnv) {
			values[field.name] = fromEnv;
			sources[field.name] = 'env';
			continue;
		}
		stored ??= readSecretsFile(configDir).profiles[profileName] ?? {};
		const fromFile = stored[field.name];
		if (fromFile) values[field.name] = fromFile;
		sources[field.name] = fromFile ? 'file' : 'missing';
	}
	return {values, sources};
}

/** How info and profiles show a secret: never its value. */
export function describeSecretSource(source: SecretSource): string {
	return source === 'missing' ? 'not set' : `set (${source})`;
}
