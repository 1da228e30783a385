// The fish script for real: sourced into fish, then `complete -C` asked what it offers for a line, as Tab would.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSandbox, hasProgram, sorted, type Sandbox} from '../../helpers/shells/completion-sandbox.js';

const haveFish = hasProgram('fish');
if (!haveFish) console.warn('fish is not installed: the fish completion test was not run (apt-get install fish; .ci/run installs it)');

let sandbox: Sandbox;
let script: string;

/** The candidates fish offers for this line (descriptions left off). */
function offered(line: string): string[] {
	const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', script, line], {env: sandbox.env, encoding: 'utf8', timeout: 60_000});
	if (result.status !== 0) throw new Error(`fish failed (${result.status}): ${result.stderr}`);
	return sorted(result.stdout.split('\n').filter(row => row !== '').map(row => row.split('\t')[0]!));
}

describe.skipIf(!haveFish)('deskterm completion fish', () => {
	beforeAll(() => {
		sandbox = createSandbox();
		const generated = sandbox.deskterm(['completion', 'fish']);
		expect(generated.stderr).toBe('');
		script = sandbox.write(join('.config', 'fish', 'completions', 'deskterm.fish'), generated.stdout);
		sandbox.write('.config/deskterm/config.json', JSON.stringify({profiles: {work: {provider: 'rt', settings: {url: 'http://127.0.0.1:9'}}}}));
	});

	afterAll(() => sandbox?.cleanup());

	it('is found in the usual completions folder with no sourcing', () => {
		const result = spawnSync('fish', ['-c', 'complete -C "deskterm qu"'], {env: {...sandbox.env, XDG_CONFIG_HOME: join(sandbox.home, '.config')}, encoding: 'utf8'});
		expect(result.stdout.split('\t')[0]).toBe('queue');
	});

	it('completes commands, verbs and flags', () => {
		expect(offered('deskterm qu')).toEqual(['queue']);
		expect(offered('deskterm templates l')).toEqual(['lint', 'list']);
		expect(offered('deskterm queue --st')).toEqual(['--status']);
	});

	it('completes flag values, comma lists and arguments from a known set', () => {
		expect(offered('deskterm queue --status o')).toEqual(['open']);
		expect(offered('deskterm queue --status open,p')).toEqual(['open,pending']);
		expect(offered('deskterm status 45 sn')).toEqual(['snoozed']);
		expect(offered('deskterm completion ')).toEqual(['bash', 'fish', 'zsh']);
	});

	it('completes conversation ids and profile names from the desk', () => {
		const expected = sandbox.queueIds('4');
		expect(expected.length).toBeGreaterThan(5);
		expect(offered('deskterm show 4')).toEqual(sorted(expected));
		expect(offered('deskterm --profile ')).toEqual(['local', 'work']);
	});
});
