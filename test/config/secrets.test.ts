import {chmodSync, existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {describeSecretSource, forgetSecrets, readSecretsFile, resolveSecrets, secretsFilePath, storeSecrets} from '../../source/config/secrets.js';
import type {LoginField} from '../../source/domain/profile.js';
import {tempConfig} from './temp-config.js';

let dirs: ReturnType<typeof tempConfig>;
afterEach(() => dirs?.cleanup());

const fields: LoginField[] = [
	{name: 'url', label: 'URL', description: '', required: true, secret: false, env: 'DESKTERM_X_URL'},
	{name: 'token', label: 'Token', description: '', required: true, secret: true, env: 'DESKTERM_X_TOKEN'},
	{name: 'password', label: 'Password', description: '', required: false, secret: true},
];

describe('secrets', () => {
	it('stores secrets in a file only the user can read, leaving no temporary files behind', () => {
		dirs = tempConfig();
		storeSecrets(dirs.configDir, 'work', {token: 'file-token'});
		storeSecrets(dirs.configDir, 'other', {token: 'other-token'});
		const file = secretsFilePath(dirs.configDir);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(dirs.configDir).mode & 0o777).toBe(0o700);
		expect(readdirSync(dirs.configDir)).toEqual(['secrets.json']);
		expect(JSON.parse(readFileSync(file, 'utf8')).profiles).toEqual({work: {token: 'file-token'}, other: {token: 'other-token'}});
	});

	it('takes the environment first, then the file, and reports where each came from', () => {
		dirs = tempConfig();
		storeSecrets(dirs.configDir, 'work', {token: 'file-token', password: 'pw-file'});
		expect(resolveSecrets('work', fields, {}, dirs.configDir)).toEqual({
			values: {token: 'file-token', password: 'pw-file'},
			sources: {token: 'file', password: 'file'},
		});
		expect(resolveSecrets('work', fields, {DESKTERM_X_TOKEN: 'env-token'}, dirs.configDir).sources).toEqual({token: 'env', password: 'file'});
		expect(resolveSecrets('none', fields, {}, dirs.configDir)).toEqual({values: {}, sources: {token: 'missing', password: 'missing'}});
		expect(['env', 'file', 'missing'].map(source => describeSecretSource(source as never))).toEqual(['set (env)', 'set (file)', 'not set']);
	});

	it('does not read the file when the environment supplies everything', () => {
		dirs = tempConfig();
		const values = resolveSecrets('work', fields.slice(0, 2), {DESKTERM_X_TOKEN: 't'}, '/nonexistent/dir');
		expect(values.values).toEqual({token: 't'});
	});

	it('refuses a secrets file others can read, and says how to fix it', () => {
		dirs = tempConfig();
		storeSecrets(dirs.configDir, 'work', {token: 'x'});
		const file = secretsFilePath(dirs.configDir);
		chmodSync(file, 0o644);
		expect(() => readSecretsFile(dirs.configDir)).toThrow(`the secrets file ${file} can be read by others (mode 0644): run chmod 600 ${file}`);
		expect(() => resolveSecrets('work', fields, {}, dirs.configDir)).toThrow(/chmod 600/);
	});

	it('forgets one profile and keeps the others', () => {
		dirs = tempConfig();
		storeSecrets(dirs.configDir, 'work', {token: 'a'});
		storeSecrets(dirs.configDir, 'home', {token: 'b'});
		expect(forgetSecrets(dirs.configDir, 'work')).toBe(true);
		expect(forgetSecrets(dirs.configDir, 'work')).toBe(false);
		expect(readSecretsFile(dirs.configDir).profiles).toEqual({home: {token: 'b'}});
		expect(existsSync(secretsFilePath(dirs.configDir))).toBe(true);
	});
});
