import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../../source/cli/run-cli.js';
import {saveProfile} from '../../../source/config/config-file.js';
import {storeSecrets} from '../../../source/config/secrets.js';
import type {Io} from '../../../source/cli/io.js';
import {createTestIo} from '../../helpers/test-io.js';
import {tempConfig} from '../../config/temp-config.js';
import {goodToken, registerFakeDesk} from './fake-desk.js';

let dirs: ReturnType<typeof tempConfig>;
beforeAll(registerFakeDesk);
afterEach(() => dirs?.cleanup());

function env(extra: Record<string, string> = {}) {
	return {DESKTERM_CONFIG_DIR: dirs.configDir, DESKTERM_DATA_DIR: dirs.dataDir, HOME: dirs.dataDir, ...extra};
}

async function cli(argv: string[], options: {stdin?: string; env?: Record<string, string>} = {}) {
	const io = createTestIo(options.stdin === undefined ? {} : {stdin: options.stdin});
	const code = await runCli(argv, io, {env: env(options.env)});
	return {code, stdout: io.stdout(), stderr: io.stderr()};
}

const config = () => JSON.parse(readFileSync(join(dirs.configDir, 'config.json'), 'utf8'));
const secretsFile = () => join(dirs.configDir, 'secrets.json');

describe('deskterm login', () => {
	it('logs in from flags and stdin, checks the token, and saves profile and secret (0600)', async () => {
		dirs = tempConfig();
		const result = await cli(['login', 'fakedesk', '--url', 'https://desk.example', '--token-stdin', '--team-name', 'Support'], {stdin: `${goodToken}\n`});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Logged in to Fake Desk as Ada Agent <ada@example.com>.');
		expect(result.stdout).toContain('Use it with --profile fakedesk');
		expect(result.stdout).not.toContain(goodToken);
		expect(config().profiles).toEqual({fakedesk: {provider: 'fakedesk', settings: {url: 'https://desk.example', teamName: 'Support'}}});
		expect(JSON.parse(readFileSync(secretsFile(), 'utf8')).profiles).toEqual({fakedesk: {token: goodToken}});
		expect(statSync(secretsFile()).mode & 0o777).toBe(0o600);
	});

	it('takes fields from the environment, a profile name, --read-only and --default', async () => {
		dirs = tempConfig();
		const result = await cli(['login', 'fakedesk', '--profile', 'work', '--default', '--read-only', '--json'], {
			env: {DESKTERM_FAKE_URL: 'https://env.example', DESKTERM_FAKE_TOKEN: goodToken},
		});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({profile: 'work', provider: 'fakedesk', default: true, readOnly: true, agent: {id: 'a1', name: 'Ada Agent', email: 'ada@example.com'}});
		expect(config()).toMatchObject({defaultProfile: 'work', profiles: {work: {settings: {url: 'https://env.example'}, readOnly: true}}});
	});

	it('never prompts without a terminal: a missing field is exit 2 naming the flag and variable', async () => {
		dirs = tempConfig();
		const result = await cli(['login', 'fakedesk', '--url', 'https://desk.example']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('deskterm: login fakedesk: missing api token (give --token or --token-stdin or DESKTERM_FAKE_TOKEN)\n');
		expect(existsSync(join(dirs.configDir, 'config.json'))).toBe(false);
	});

	it('saves nothing when the back end rejects the token', async () => {
		dirs = tempConfig();
		const result = await cli(['login', 'fakedesk', '--url', 'https://desk.example', '--token-stdin'], {stdin: 'wrong-token\n'});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('deskterm: cannot log in to Fake Desk: token rejected by Fake Desk (HTTP 401): run `deskterm login fakedesk`\n');
		expect(existsSync(secretsFile())).toBe(false);
	});

	it('replaces the secrets of a profile that moves to another provider', async () => {
		dirs = tempConfig();
		await saveProfile(dirs.configDir, 'fakedesk', {provider: 'chatwoot', settings: {url: 'https://chat.example'}});
		storeSecrets(dirs.configDir, 'fakedesk', {token: 'old', password: 'stale'});
		const result = await cli(['login', 'fakedesk', '--url', 'https://desk.example', '--token-stdin'], {stdin: goodToken});
		expect(result.code).toBe(0);
		expect(JSON.parse(readFileSync(secretsFile(), 'utf8')).profiles).toEqual({fakedesk: {token: goodToken}});
	});

	it('refuses flags of another provider, unknown providers and the local name', async () => {
		dirs = tempConfig();
		expect((await cli(['login', 'fakedesk', '--account-id', '3'])).stderr).toMatch(/--account-id is not a fakedesk field/);
		const unknown = await cli(['login', 'nodesk']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/unknown provider "nodesk"/);
		expect((await cli(['login', 'fakedesk', '--profile', 'local'])).stderr).toMatch(/built in/);
	});

	it('asks on a terminal, without echoing the token, and keeps the saved URL as the default answer', async () => {
		dirs = tempConfig();
		const stdin = Object.assign(new PassThrough(), {isTTY: true, rawModes: [] as boolean[], setRawMode(mode: boolean) {
			stdin.rawModes.push(mode);
			return stdin;
		}});
		let stderr = '';
		let stdout = '';
		const answers = ['https://typed.example\n', `${goodToken}\r`, '\n'];
		const io: Io = {
			write: text => void (stdout += text),
			error: text => {
				stderr += text;
				if (text.endsWith(': ')) stdin.write(answers.shift()!);
			},
			stdin,
			isStdoutTty: true,
			isStdinTty: true,
			color: false,
			columns: 80,
			canPrompt: true,
		};
		const code = await runCli(['login', 'fakedesk'], io, {env: env()});
		expect(code).toBe(0);
		expect(stderr).toBe('Desk URL: API token: \nTeam name (optional): ');
		expect(stdin.rawModes).toEqual([true, false]);
		expect(stdout + stderr).not.toContain(goodToken);
		expect(config().profiles.fakedesk.settings).toEqual({url: 'https://typed.example'});
	});
});
