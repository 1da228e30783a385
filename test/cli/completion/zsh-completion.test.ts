// The zsh script for real: installed in $fpath, loaded by compinit in an interactive zsh, a line typed and Tab pressed.
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSandbox, hasProgram, sorted, zshHarness, zshSetup, type Sandbox} from '../../helpers/shells/completion-sandbox.js';

const haveZsh = hasProgram('zsh');
if (!haveZsh) console.warn('zsh is not installed: the zsh completion test was not run (apt-get install zsh; .ci/run installs it)');

let sandbox: Sandbox;
let folder: string;

/** What zsh offers (every compadd, once each) when Tab is pressed at the end of this line. */
function offered(line: string): string[] {
	const capture = join(sandbox.home, 'offered.txt');
	rmSync(capture, {force: true});
	const env = {...sandbox.env, DESKTERM_COMPLETION_DIR: folder, DESKTERM_CAPTURE: capture};
	const result = spawnSync('zsh', ['-f', zshHarness, zshSetup, line], {env, encoding: 'utf8', timeout: 60_000});
	if (result.status !== 0) throw new Error(`zsh harness failed (${result.status}): ${result.stderr}`);
	let text = '';
	try {
		text = readFileSync(capture, 'utf8');
	} catch {
		// Nothing was offered: no file.
	}
	return sorted([...new Set(text.split('\n').filter(word => word !== ''))]);
}

describe.skipIf(!haveZsh)('deskterm completion zsh', () => {
	beforeAll(() => {
		sandbox = createSandbox();
		const generated = sandbox.deskterm(['completion', 'zsh']);
		expect(generated.stderr).toBe('');
		folder = join(sandbox.home, 'zsh-functions');
		sandbox.write('zsh-functions/_deskterm', generated.stdout);
		sandbox.write('.config/deskterm/config.json', JSON.stringify({profiles: {work: {provider: 'rt', settings: {url: 'http://127.0.0.1:9'}}}}));
	});

	afterAll(() => sandbox?.cleanup());

	it('is a #compdef function that compinit picks up from $fpath', () => {
		const result = spawnSync('zsh', ['-f', '-c', `fpath=(${folder} $fpath); autoload -Uz compinit && compinit -u -D; print -r -- $_comps[deskterm]`], {env: sandbox.env, encoding: 'utf8'});
		expect(result.stdout).toBe('_deskterm\n');
	});

	it('completes commands, verbs and flags', () => {
		expect(offered('deskterm qu')).toEqual(['queue']);
		expect(offered('deskterm templates l')).toEqual(['lint', 'list']);
		expect(offered('deskterm queue --st')).toEqual(['--status']);
	});

	it('completes flag values (--flag=value too) and arguments from a known set', () => {
		expect(offered('deskterm queue --status o')).toEqual(['open']);
		expect(offered('deskterm queue --status=sn')).toEqual(['snoozed']);
		expect(offered('deskterm queue --sort ')).toEqual(sorted(['waiting', 'priority', 'updated', 'created']));
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
