// scripts/check-node.mjs, the first step of npm test: one line on a Node below the engines floor, silence above it.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'check-node.mjs');

/** The machine's own Node (20 here), found on the PATH without Node 24's folder in front. */
function olderNode(): {path: string; version: string} | undefined {
	for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
		const result = spawnSync(path, ['--version'], {encoding: 'utf8'});
		const version = result.status === 0 ? result.stdout.trim() : '';
		const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
		if (version && (major < 22 || (major === 22 && minor < 3))) return {path, version};
	}
	return undefined;
}

const older = olderNode();
if (!older) console.warn('no Node older than 22.3 on this machine (/usr/bin/node): the old-Node run of check-node.mjs was not run');

function run(node: string, file = script) {
	return spawnSync(node, [file], {encoding: 'utf8'});
}

describe('scripts/check-node.mjs', () => {
	it('says nothing and lets npm test go on with this Node', () => {
		expect(run(process.execPath)).toMatchObject({status: 0, stdout: '', stderr: ''});
	});

	it.skipIf(!older)('stops an older Node with one line that names both versions and how to get a newer one', () => {
		const result = run(older!.path);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(`deskterm needs Node 22.3 or newer for its tests; this is ${older!.version}: install Node 24 LTS (https://nodejs.org/en/download, or nvm install 24) and run npm test again\n`);
	});

	it("reads the floor from package.json's engines field", () => {
		const copy = mkdtempSync(join(tmpdir(), 'deskterm-check-node-'));
		try {
			cpSync(script, join(copy, 'scripts', 'check-node.mjs'));
			writeFileSync(join(copy, 'package.json'), JSON.stringify({engines: {node: '>=99.1'}}));
			const result = run(process.execPath, join(copy, 'scripts', 'check-node.mjs'));
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(new RegExp(`^deskterm needs Node 99\\.1 or newer for its tests; this is ${process.version.replace(/\./g, '\\.')}: `));
		} finally {
			rmSync(copy, {recursive: true, force: true});
		}
	});
});
