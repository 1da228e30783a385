import {chmodSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../../source/cli/run-cli.js';
import {saveProfile} from '../../../source/config/config-file.js';
import {storeSecrets} from '../../../source/config/secrets.js';
import {createTestIo} from '../../helpers/test-io.js';
import {tempConfig} from '../../config/temp-config.js';
import {goodToken, registerFakeDesk} from './fake-desk.js';

let dirs: ReturnType<typeof tempConfig>;
beforeAll(registerFakeDesk);
afterEach(() => dirs?.cleanup());

async function cli(argv: string[], extraEnv: Record<string, string> = {}) {
	const io = createTestIo();
	const code = await runCli(argv, io, {env: {DESKTERM_CONFIG_DIR: dirs.configDir, DESKTERM_DATA_DIR: dirs.dataDir, HOME: dirs.dataDir, ...extraEnv}});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

async function withWorkProfile() {
	dirs = tempConfig();
	await saveProfile(dirs.configDir, 'work', {provider: 'fakedesk', settings: {url: 'https://desk.example'}});
	storeSecrets(dirs.configDir, 'work', {token: goodToken});
}

describe('deskterm profiles', () => {
	it('lists local and saved profiles with where their secrets come from, never the secrets', async () => {
		await withWorkProfile();
		const json = await cli(['profiles', '--json']);
		expect(JSON.parse(json.stdout)).toEqual([
			{name: 'local', provider: 'local', default: true, readOnly: false, settings: {}, credentials: {}},
			{name: 'work', provider: 'fakedesk', default: false, readOnly: false, settings: {url: 'https://desk.example'}, credentials: {token: 'file'}},
		]);
		const plain = await cli(['profiles'], {DESKTERM_FAKE_TOKEN: 'from-env'});
		expect(plain.stdout).toBe('default\tlocal\tlocal\tread-write\tnone needed\t\n\twork\tfakedesk\tread-write\ttoken set (env)\thttps://desk.example\n');
		expect(json.stdout + plain.stdout).not.toContain(goodToken);
	});

	it('chooses the default profile, which commands then use', async () => {
		await withWorkProfile();
		expect((await cli(['profiles', '--default', 'work'])).stdout).toMatch(/^The default profile is now "work"/);
		expect(JSON.parse((await cli(['info', '--json'])).stdout).profile).toMatchObject({name: 'work', default: true});
		expect(JSON.parse((await cli(['info', '--json', '--profile', 'local'])).stdout).profile.name).toBe('local');
		const missing = await cli(['profiles', '--default', 'nope']);
		expect(missing).toMatchObject({code: 2, stderr: 'deskterm: no profile named "nope" (known: local, work)\n'});
	});
});

describe('deskterm logout', () => {
	it('forgets the token and keeps the profile, or removes it with --remove', async () => {
		await withWorkProfile();
		const out = await cli(['logout', 'work']);
		expect(out.code).toBe(0);
		expect(out.stdout).toContain('Logged out of "work": its token is gone from');
		expect(JSON.parse((await cli(['profiles', '--json'])).stdout)[1].credentials).toEqual({token: 'missing'});
		const removed = await cli(['logout', 'work', '--remove'], {DESKTERM_FAKE_TOKEN: 'x'});
		expect(removed.stdout).toBe('No saved token for "work".\nRemoved profile "work".\n');
		expect(removed.stderr).toBe('Note: DESKTERM_FAKE_TOKEN is still set in the environment and keeps working.\n');
		expect(JSON.parse((await cli(['profiles', '--json'])).stdout)).toHaveLength(1);
	});

	it('has nothing to do for the local desk or an unknown profile', async () => {
		dirs = tempConfig();
		expect((await cli(['logout'])).code).toBe(2);
		expect((await cli(['logout', 'ghost'])).stderr).toMatch(/no profile named "ghost"/);
	});
});

describe('deskterm info', () => {
	it('prints every path, the profile, read-only state and capabilities, never the token', async () => {
		await withWorkProfile();
		const result = await cli(['info', '--json', '--profile', 'work', '--read-only', '--check'], {DESKTERM_DEBUG: 'file'});
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout);
		expect(report.paths).toEqual({
			data: dirs.dataDir,
			config: dirs.configDir,
			configFile: join(dirs.configDir, 'config.json'),
			secretsFile: join(dirs.configDir, 'secrets.json'),
			templates: join(dirs.configDir, 'templates'),
			log: join(dirs.dataDir, 'debug.log'),
		});
		expect(report.profile).toEqual({
			name: 'work',
			provider: 'fakedesk',
			providerLabel: 'Fake Desk',
			default: false,
			readOnly: false,
			settings: {url: 'https://desk.example'},
			credentials: {token: 'file'},
		});
		expect(report).toMatchObject({readOnly: true, error: null, agent: {name: 'Ada Agent'}, capabilities: {reply: true, statuses: ['open', 'closed']}});
		const text = await cli(['info', '--profile', 'work']);
		expect(text.stdout).toContain('  credentials  token set (file)\n');
		expect(text.stdout).toContain('  can          reply\n');
		expect(result.stdout + text.stdout).not.toContain(goodToken);
	});

	it('still prints everything, and exits 1, when the back end cannot be opened', async () => {
		await withWorkProfile();
		chmodSync(join(dirs.configDir, 'secrets.json'), 0o640);
		const result = await cli(['info', '--profile', 'work']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('Paths\n');
		expect(result.stdout).toMatch(/Problem: the secrets file .* can be read by others \(mode 0640\)/);
	});
});
