// Mistyped commands, verbs and flags: exit 2, one line on stderr, the close word named, nothing on stdout.
import {describe, expect, it} from 'vitest';
import {run} from './cli-fixtures.js';

describe('did you mean', () => {
	it.each([
		[['qeue'], 'deskterm: unknown command "qeue"; did you mean queue? (run deskterm --help for the list)\n'],
		[['Queue', '--json'], 'deskterm: unknown command "Queue"; did you mean queue? (run deskterm --help for the list)\n'],
		[['templtes', 'list'], 'deskterm: unknown command "templtes"; did you mean templates? (run deskterm --help for the list)\n'],
		[['verison'], 'deskterm: unknown command "verison"; did you mean version? (run deskterm --help for the list)\n'],
		[['templates', 'lsit'], 'deskterm: templates: unknown verb "lsit"; did you mean templates list? (verbs: list, show, new, edit, lint, stats, export, import)\n'],
		[['demo', 'rest'], 'deskterm: demo: unknown verb "rest"; did you mean demo reset? (verbs: reset, incoming)\n'],
		[['queue', '--stauts', 'open'], "deskterm: queue: unknown option '--stauts'; did you mean --status?\n"],
		[['queue', '--stauts=open'], "deskterm: queue: unknown option '--stauts'; did you mean --status?\n"],
		[['show', '1042', '--jsno'], "deskterm: show: unknown option '--jsno'; did you mean --json?\n"],
		[['queue', '--data-dri', '/tmp/x'], "deskterm: queue: unknown option '--data-dri'; did you mean --data-dir?\n"],
		[['--profle', 'local', 'queue'], "deskterm: unknown option '--profle'; did you mean --profile?\n"],
		[['--no-colr', 'queue'], "deskterm: unknown option '--no-colr'; did you mean --no-color?\n"],
		[['outbox', 'rety'], 'deskterm: outbox: unknown verb "rety"; did you mean outbox retry? (list, retry, drop)\n'],
		[['triage', 'config', 'lnit'], 'deskterm: triage config: unknown verb "lnit"; did you mean triage config lint or triage config init? (valid: lint, init)\n'],
	])('%j', async (argv, stderr) => {
		const result = await run(argv);
		expect(result.stderr).toBe(stderr);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
	});

	it.each([
		[['frobnicate'], 'deskterm: unknown command "frobnicate" (run deskterm --help for the list)\n'],
		[['qu'], 'deskterm: unknown command "qu" (run deskterm --help for the list)\n'],
		[['templates', 'zz'], 'deskterm: templates: unknown verb "zz" (verbs: list, show, new, edit, lint, stats, export, import)\n'],
		[['queue', '--st', 'open'], "deskterm: queue: unknown option '--st'\n"],
		[['queue', '-x'], "deskterm: queue: unknown option '-x'\n"],
		[['-x', 'queue'], "unknown option '-x'\n"],
		[['templates'], '"templates" needs a verb: templates list, templates show, templates new, templates edit, templates lint, templates stats, templates export, templates import\n'],
	])('guesses nothing for %j', async (argv, stderr) => {
		const result = await run(argv);
		expect(result.stderr).toBe(stderr.startsWith('deskterm: ') ? stderr : `deskterm: ${stderr}`);
		expect(result.code).toBe(2);
	});

	it('never suggests the hidden completion helper', async () => {
		const result = await run(['__complet']);
		expect(result.stderr).toBe('deskterm: unknown command "__complet" (run deskterm --help for the list)\n');
		expect((await run(['--help'])).stdout).not.toContain('__complete');
	});
});
