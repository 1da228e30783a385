// The debug log: DESKTERM_DEBUG=1 (or --debug) writes to stderr, =file to <dataDir>/debug.log,
// =<absolute path> to that file. Lines are redacted before they get here.
import {appendFileSync, mkdirSync} from 'node:fs';
import {dirname, isAbsolute, join} from 'node:path';
import type {Paths} from '../../paths.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';

export type DebugLog = (line: string) => void;

export type DebugTarget = {kind: 'off'} | {kind: 'stderr'} | {kind: 'file'; path: string};

export function defaultLogFile(paths: Pick<Paths, 'dataDir'>): string {
	return join(paths.dataDir, 'debug.log');
}

export function debugTarget(env: NodeJS.ProcessEnv, paths: Pick<Paths, 'dataDir'>): DebugTarget {
	const value = (env['DESKTERM_DEBUG'] ?? '').trim();
	if (value === '' || value === '0' || value === 'false') return {kind: 'off'};
	if (value === 'file') return {kind: 'file', path: defaultLogFile(paths)};
	if (isAbsolute(value)) return {kind: 'file', path: value};
	return {kind: 'stderr'};
}

/**
 * The console owns the screen, so its debug log goes to the file: --debug or DESKTERM_DEBUG=1 become
 * DESKTERM_DEBUG=file there (an explicit path is kept).
 */
export function consoleDebugEnv(env: NodeJS.ProcessEnv, debugFlag: boolean): NodeJS.ProcessEnv {
	const value = (env['DESKTERM_DEBUG'] ?? '').trim();
	const wanted = debugFlag || (value !== '' && value !== '0' && value !== 'false');
	if (!wanted || value === 'file' || isAbsolute(value)) return env;
	return {...env, DESKTERM_DEBUG: 'file'};
}

/** A logger for the target, or undefined when debugging is off; the clock stamps each line. */
export function createDebugLog(
	env: NodeJS.ProcessEnv,
	paths: Pick<Paths, 'dataDir'>,
	clock: () => number = Date.now,
	stderr: (text: string) => void = text => process.stderr.write(text),
): DebugLog | undefined {
	const target = debugTarget(env, paths);
	if (target.kind === 'off') return undefined;
	// A log line is read on a terminal (stderr, or tail -f): a server's escape sequences show, never act.
	const stamp = (line: string) => `${new Date(clock()).toISOString()} ${sanitizeForTerminal(line).replace(/\n/g, ' ')}\n`;
	if (target.kind === 'stderr') return line => stderr(`[deskterm debug] ${stamp(line)}`);
	let ready = false;
	return line => {
		try {
			if (!ready) mkdirSync(dirname(target.path), {recursive: true, mode: 0o700});
			ready = true;
			appendFileSync(target.path, stamp(line), {mode: 0o600});
		} catch {
			// A debug log that cannot be written must never break the command it observes.
		}
	};
}
