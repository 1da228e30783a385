import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {consoleDebugEnv, createDebugLog, debugTarget} from '../../../source/providers/http/debug-log.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('debug log', () => {
	const paths = {dataDir: '/data/deskterm'};

	it('is off unless DESKTERM_DEBUG asks for it', () => {
		expect(debugTarget({}, paths)).toEqual({kind: 'off'});
		expect(debugTarget({DESKTERM_DEBUG: '0'}, paths)).toEqual({kind: 'off'});
		expect(debugTarget({DESKTERM_DEBUG: '1'}, paths)).toEqual({kind: 'stderr'});
		expect(debugTarget({DESKTERM_DEBUG: 'file'}, paths)).toEqual({kind: 'file', path: '/data/deskterm/debug.log'});
		expect(debugTarget({DESKTERM_DEBUG: '/tmp/x.log'}, paths)).toEqual({kind: 'file', path: '/tmp/x.log'});
		expect(createDebugLog({}, paths)).toBeUndefined();
	});

	it('writes stamped lines to stderr', () => {
		const written: string[] = [];
		const log = createDebugLog({DESKTERM_DEBUG: '1'}, paths, () => Date.UTC(2026, 0, 1), text => written.push(text));
		log?.('http abc GET /x');
		expect(written).toEqual(['[deskterm debug] 2026-01-01T00:00:00.000Z http abc GET /x\n']);
	});

	it('appends to a file only the user can read', () => {
		const dir = mkdtempSync(join(tmpdir(), 'deskterm-log-'));
		dirs.push(dir);
		const log = createDebugLog({DESKTERM_DEBUG: 'file'}, {dataDir: join(dir, 'data')}, () => 0);
		log?.('one');
		log?.('two');
		const file = join(dir, 'data', 'debug.log');
		expect(readFileSync(file, 'utf8')).toBe('1970-01-01T00:00:00.000Z one\n1970-01-01T00:00:00.000Z two\n');
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('sends the console\'s log to the file, never onto its screen', () => {
		expect(consoleDebugEnv({}, false)).toEqual({});
		expect(consoleDebugEnv({}, true)).toEqual({DESKTERM_DEBUG: 'file'});
		expect(consoleDebugEnv({DESKTERM_DEBUG: '1'}, false)).toEqual({DESKTERM_DEBUG: 'file'});
		expect(consoleDebugEnv({DESKTERM_DEBUG: '/tmp/d.log'}, true)).toEqual({DESKTERM_DEBUG: '/tmp/d.log'});
		expect(consoleDebugEnv({DESKTERM_DEBUG: '0'}, false)).toEqual({DESKTERM_DEBUG: '0'});
	});
});
