import {describe, expect, it} from 'vitest';
import {run} from './cli-fixtures.js';

describe('runCli with the commands of this area', () => {
	it('lists every command in the main help', async () => {
		const result = await run(['--help']);
		expect(result.code).toBe(0);
		for (const name of ['queue', 'show', 'reply', 'note', 'assign', 'status', 'priority', 'tag', 'agents']) {
			expect(result.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`));
		}
	});

	it.each([['queue'], ['show'], ['reply'], ['note'], ['assign'], ['status'], ['priority'], ['tag'], ['agents']])(
		'%s --help prints usage, options and examples on stdout',
		async command => {
			const result = await run([command, '--help']);
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(new RegExp(`^Usage: deskterm ${command}`));
			expect(result.stdout).toContain('--json');
			expect(result.stdout).toContain('Global options:');
			expect(result.stderr).toBe('');
		},
	);

	it('answers an unknown flag with exit 2 and one line, whatever the command', async () => {
		for (const command of [['queue'], ['show', '1'], ['reply', '1'], ['assign', '1'], ['status', '1', 'open'], ['agents']]) {
			const result = await run([...command, '--bogus']);
			expect(result.code).toBe(2);
			expect(result.stderr).toBe(`deskterm: ${command[0]}: unknown option '--bogus'\n`);
			expect(result.stdout).toBe('');
		}
	});

	it('reads a flag value that starts with a dash after a value flag of tag', async () => {
		const result = await run(['tag', '1042', '--fields', 'id', '-billing']);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({id: '1042'});
		expect(result.provider.writes[0]?.input).toEqual({add: [], remove: ['billing']});
	});

	it('never takes input nobody asked for: reply without --body ignores a piped stdin and exits 2', async () => {
		const result = await run(['reply', '1042'], {stdin: 'text that was not meant as a reply'});
		expect(result.code).toBe(2);
		expect(result.provider.writes).toEqual([]);
	});
});

describe('global flags before the command', () => {
	it('accepts them first, as scripts often write them', async () => {
		const result = await run(['--read-only', 'reply', '1042', '--body', 'hi']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^deskterm: read-only mode/);
		const withValue = await run(['--data-dir', '/tmp/unused', '--no-color', 'queue', '--fields', 'id', '--limit', '1']);
		expect(withValue.code).toBe(0);
		expect(JSON.parse(withValue.stdout)).toEqual([{id: '1042'}]);
		expect((await run(['--data-dir=/tmp/unused', 'show', '1042', '--fields', 'id'])).stdout).toBe('{"id":"1042"}\n');
	});

	it('shows the main help (exit 2) when only global flags are given, and help when asked', async () => {
		const bare = await run(['--read-only']);
		expect(bare.code).toBe(2);
		expect(bare.stdout).toMatch(/^deskterm .*: a terminal console/);
		const help = await run(['--data-dir', '/tmp/x', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Commands:');
	});

	it('still rejects an unknown leading flag, as an unknown option', async () => {
		const result = await run(['--bogus', 'queue']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe("deskterm: unknown option '--bogus'\n");
	});
});
