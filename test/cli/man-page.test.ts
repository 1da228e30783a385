// deskterm man: roff with every visible command from the table, the build's dist/deskterm.1, rendered by groff and man.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {commands} from '../../source/cli/commands.js';
import {buildReference} from '../../source/cli/reference/cli-reference.js';
import {manPage, roffText} from '../../source/cli/reference/man-page.js';
import {runCli} from '../../source/cli/run-cli.js';
import {createTestIo} from '../helpers/test-io.js';
import {hasProgram} from '../helpers/shells/completion-sandbox.js';
import {statsDefinition} from './completion/extra-command.js';

const root = join(import.meta.dirname, '..', '..');

async function manual(): Promise<string> {
	const io = createTestIo();
	expect(await runCli(['man'], io, {env: {}})).toBe(0);
	expect(io.stderr()).toBe('');
	return io.stdout();
}

describe('deskterm man', () => {
	it('has the usual sections, and each visible command with its usage, summary and flags', async () => {
		const roff = await manual();
		const sections = [...roff.matchAll(/^\.SH (.+)$/gm)].map(match => match[1]);
		expect(sections).toEqual(['NAME', 'SYNOPSIS', 'DESCRIPTION', 'GLOBAL OPTIONS', 'COMMANDS', 'EXIT STATUS', 'ENVIRONMENT', 'FILES', 'SEE ALSO']);
		const subsections = [...roff.matchAll(/^\.SS (.+)$/gm)].map(match => match[1]);
		expect(subsections).toEqual(commands.filter(entry => !entry.hidden).map(entry => entry.name));
		for (const entry of commands.filter(command => !command.hidden)) {
			const definition = await entry.load();
			const section = roff.split(`.SS ${entry.name}\n`)[1]!.split('\n.SS ')[0]!;
			expect(section).toContain(definition.usage.replace(/\\/g, '\\e').replace(/-/g, '\\-'));
			for (const flag of Object.keys(definition.options)) expect(section).toContain(`\\fB\\-\\-${flag.replace(/-/g, '\\-')}\\fR`);
		}
		expect(roff).not.toContain('__complete');
		expect(roff).toMatch(/^\.TP\n\.B 2\nusage: /m);
		expect(roff).toContain('.B DESKTERM_DATA_DIR');
	});

	it('takes in a command added to the table later', () => {
		const roff = manPage(buildReference([statsDefinition], {}, {version: 'test', providers: []}), {providerEnvironment: []});
		expect(roff).toContain('.SS stats\n\\fBdeskterm stats [\\-\\-period <day|week|month>] [\\-\\-json]\\fR');
		expect(roff).toContain('\\fB\\-\\-period\\fR \\fI<day|week|month>\\fR\nhow far back');
	});

	it('keeps text that roff would read as a request or an escape as text', () => {
		expect(roffText('.not a request\n\'nor this\nC:\\path caf\u00e9')).toBe('\\&.not a request\n\\&\'nor this\nC:\\epath caf\\[u00E9]');
	});

	it('is what the build wrote to dist/deskterm.1, the file package.json names', async () => {
		const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {man: string};
		expect(readFileSync(join(root, manifest.man), 'utf8')).toBe(await manual());
	});

	it.skipIf(!hasProgram('groff'))('renders with groff without complaint, every command in it', async () => {
		const result = spawnSync('groff', ['-man', '-Tutf8', '-Wbreak', '-P-cbu'], {input: await manual(), encoding: 'utf8'});
		expect(result.status).toBe(0);
		// Long JSON lines may not break at 80 columns (-Wbreak); anything else groff says is a fault in the roff.
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^NAME\n {7}deskterm - a terminal console for helpdesk agents$/m);
		expect(result.stdout).toMatch(/^ {3}templates list\n {7}deskterm templates list /m);
	});

	it.skipIf(!hasProgram('man'))('opens with man -l', () => {
		const result = spawnSync('man', ['-l', join(root, 'dist', 'deskterm.1')], {env: {PATH: '/usr/bin:/bin', MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80', LANG: 'C.UTF-8'}, encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('EXIT STATUS');
	});
});

for (const [program, what] of [['groff', 'the man page rendering test'], ['man', 'the man -l test']] as const) {
	if (!hasProgram(program)) console.warn(`${program} is not installed: ${what} was not run (apt-get install groff-base man-db)`);
}
