// The bash script for real: sourced into bash, then its function run with COMP_WORDS/COMP_CWORD as bash would.
import {execFile, spawnSync} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bashCompletion} from '../../../source/cli/reference/bash-completion.js';
import {buildReference} from '../../../source/cli/reference/cli-reference.js';
import {globalOptions} from '../../../source/cli/global-options.js';
import {providerDefinition, providerKinds} from '../../../source/providers/registry.js';
import {createSandbox, sorted, type Sandbox} from '../../helpers/shells/completion-sandbox.js';
import {statsDefinition} from './extra-command.js';

let sandbox: Sandbox;
let script: string;
let otherDesk: string;
let silent: Server;

/** What _deskterm offers for these words, the last one being the word under the cursor. */
function complete(words: string[], file = script): string[] {
	const driver = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _deskterm; printf '%s\\n' "\${COMPREPLY[@]}"`;
	const result = spawnSync('bash', ['--norc', '--noprofile', '-c', driver, 'bash', file, ...words], {env: sandbox.env, encoding: 'utf8', timeout: 60_000});
	if (result.status !== 0) throw new Error(`bash failed (${result.status}): ${result.stderr}`);
	return result.stdout.split('\n').filter(line => line !== '');
}

beforeAll(async () => {
	sandbox = createSandbox();
	const generated = sandbox.deskterm(['completion', 'bash']);
	expect(generated.stderr).toBe('');
	script = sandbox.write('deskterm.bash', generated.stdout);
	otherDesk = `${sandbox.home}/other-desk`;
	expect(sandbox.deskterm(['demo', 'reset', '--yes', '--conversations', '20', '--data-dir', otherDesk]).status).toBe(0);
	// A "remote desk" that takes every request and never answers.
	silent = createServer(() => undefined);
	await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
	const {port} = silent.address() as AddressInfo;
	sandbox.write('.config/deskterm/config.json', JSON.stringify({profiles: {slow: {provider: 'rt', settings: {url: `http://127.0.0.1:${port}`}}}}));
	sandbox.write('notes-for-reply.txt', 'hello\n');
});

afterAll(async () => {
	silent.closeAllConnections();
	await new Promise(resolve => silent.close(resolve));
	sandbox.cleanup();
});

describe('deskterm completion bash', () => {
	it('registers _deskterm for deskterm when sourced the usual way', () => {
		const result = spawnSync('bash', ['--norc', '--noprofile', '-c', 'source <(deskterm completion bash) && complete -p deskterm'], {env: sandbox.env, encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('complete -F _deskterm deskterm\n');
	});

	it('completes command names, nouns and verbs', () => {
		expect(complete(['deskterm', 'qu'])).toEqual(['queue']);
		expect(sorted(complete(['deskterm', 't']))).toEqual(['tag', 'templates', 'top', 'triage']);
		expect(complete(['deskterm', 'templates', 'l'])).toEqual(['list', 'lint']);
		expect(complete(['deskterm', 'demo', ''])).toEqual(['reset', 'incoming']);
		expect(complete(['deskterm', '--data-dir', otherDesk, 'comp'])).toEqual(['completion']);
	});

	it("completes a command's flags, their short forms and the global flags", () => {
		expect(complete(['deskterm', 'queue', '--st'])).toEqual(['--status']);
		const reset = complete(['deskterm', 'demo', 'reset', '-']);
		expect(reset).toEqual(expect.arrayContaining(['--conversations', '--seed', '--yes', '-y', '--data-dir', '--profile', '--help', '-h']));
		expect(reset).not.toContain('--status');
	});

	it('completes the values of a flag with a known set, comma lists included', () => {
		expect(complete(['deskterm', 'queue', '--status', 'o'])).toEqual(['open']);
		expect(complete(['deskterm', 'queue', '--status', 'open,p'])).toEqual(['open,pending']);
		expect(complete(['deskterm', 'queue', '--status', '=', 'sn'])).toEqual(['snoozed']);
		expect(complete(['deskterm', 'queue', '--sort', ''])).toEqual(['waiting', 'priority', 'updated', 'created']);
		expect(complete(['deskterm', 'queue', '--fields', 'id,cu'])).toEqual(['id,customerId', 'id,customerName']);
		expect(complete(['deskterm', 'assign', '45', '--to', ''])).toEqual(['me', 'none']);
		expect(complete(['deskterm', 'queue', '--tag', ''])).toEqual([]);
	});

	it('completes arguments that are one of a known set', () => {
		expect(complete(['deskterm', 'status', '45', 'sn'])).toEqual(['snoozed']);
		expect(complete(['deskterm', 'priority', '45', '--json', 'u'])).toEqual(['urgent']);
		expect(complete(['deskterm', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
		expect(complete(['deskterm', 'triage', 'config', ''])).toEqual(['lint', 'init']);
		const loginKinds = providerKinds().filter(kind => providerDefinition(kind).loginFields.length > 0);
		expect(complete(['deskterm', 'login', ''])).toEqual(loginKinds);
	});

	it("completes conversation ids from the active desk's queue", () => {
		const expected = sandbox.queueIds('4');
		expect(expected.length).toBeGreaterThan(5);
		expect(sorted(complete(['deskterm', 'show', '4']))).toEqual(sorted(expected));
		expect(sorted(complete(['deskterm', 'reply', '45']))).toEqual(sorted(sandbox.queueIds('45')));
		// triage takes a verb or an id: both are offered.
		expect(complete(['deskterm', 'triage', 'c'])).toEqual(['config']);
		expect(sorted(complete(['deskterm', 'triage', '45']))).toEqual(sorted(sandbox.queueIds('45')));
	});

	it('asks the desk named by --data-dir on the line', () => {
		const expected = sandbox.queueIds('1', ['--data-dir', otherDesk]);
		expect(expected.length).toBeGreaterThan(0);
		expect(sorted(complete(['deskterm', '--data-dir', otherDesk, 'show', '1']))).toEqual(sorted(expected));
		expect(sorted(complete(['deskterm', 'status', '--data-dir', otherDesk, '1']))).toEqual(sorted(expected));
		// --data-dir=DIR reaches the function as three words: bash breaks words at "=".
		expect(sorted(complete(['deskterm', '--data-dir', '=', otherDesk, 'show', '1']))).toEqual(sorted(expected));
		expect(expected).not.toEqual(sandbox.queueIds('1'));
	});

	it('completes profile names from the config and template ids from the library', () => {
		expect(complete(['deskterm', '--profile', ''])).toEqual(['local', 'slow']);
		expect(complete(['deskterm', 'logout', 's'])).toEqual(['slow']);
		const listed = JSON.parse(sandbox.deskterm(['templates', 'list', '--json', '--fields', 'id']).stdout) as Array<{id: string}>;
		const refunds = [...new Set(listed.map(row => row.id).filter(id => id.startsWith('ref')))];
		expect(refunds.length).toBeGreaterThan(0);
		expect(sorted(complete(['deskterm', 'reply', '45', '--template', 'ref']))).toEqual(sorted(refunds));
		expect(sorted(complete(['deskterm', 'templates', 'show', 'ref']))).toEqual(sorted(refunds));
	});

	it('completes file names where a flag takes a file', () => {
		expect(complete(['deskterm', 'reply', '45', '--body-file', `${sandbox.home}/notes-for`])).toEqual([`${sandbox.home}/notes-for-reply.txt`]);
	});

	it('offers nothing, and quietly, when a remote desk does not answer', async () => {
		// Async, so the silent server in this process goes on accepting while the helper waits on it.
		const env = {...sandbox.env, DESKTERM_RT_TOKEN: 'x'};
		const helper = await promisify(execFile)('deskterm', ['__complete', 'ids', '', '--profile', 'slow'], {env, timeout: 20_000});
		expect(helper).toEqual({stdout: '', stderr: ''});
		const driver = `source "$1"; COMP_WORDS=(deskterm --profile slow show ''); COMP_CWORD=4; _deskterm; echo "offered \${#COMPREPLY[@]}"`;
		const shell = await promisify(execFile)('bash', ['--norc', '--noprofile', '-c', driver, 'bash', script], {env, timeout: 20_000});
		expect(shell).toEqual({stdout: 'offered 0\n', stderr: ''});
	});

	it('takes in a command added to the table later, with no list to update', () => {
		const file = sandbox.write('with-stats.bash', bashCompletion(buildReference([statsDefinition], globalOptions, {version: 'test', providers: []})));
		expect(complete(['deskterm', 'st'], file)).toEqual(['stats']);
		expect(complete(['deskterm', 'stats', '--per'], file)).toEqual(['--period']);
		expect(complete(['deskterm', 'stats', '--period', ''], file)).toEqual(['day', 'week', 'month']);
	});
});
