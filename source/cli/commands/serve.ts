// deskterm serve --ssh: the lead's dashboard for anyone with an authorised key, read-only, until Ctrl-C.
import {join} from 'node:path';
import {TriageConfigError} from '../../config/triage-config.js';
import {DeskError} from '../../domain/errors.js';
import {createDashboardSource} from '../../operations/dashboard-source.js';
import {startDashboardWorker} from '../../operations/dashboard-worker.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';

const defaults = {port: 2222, host: '127.0.0.1', idleMinutes: 15, maxSessions: 8, interval: 5};

export const command: CommandDefinition = {
	name: 'serve',
	summary: 'Serve the read-only lead dashboard (deskterm top) over SSH to authorised public keys',
	usage: 'deskterm serve --ssh [--port <n>] [--host <address>] [--authorized-keys <file>] [--idle <minutes>] [--max-sessions <n>]',
	details: [
		'Each lead who connects (ssh -p 2222 lead@host) gets `deskterm top` in their own terminal: their window',
		'size, resizes followed, their own drill-down. Read-only whatever the profile says: a session can only',
		'show the dashboard. Public keys only, from --authorized-keys (default <config dir>/authorized_keys, the',
		'OpenSSH format); no password login, no shell, no commands, no forwarding. The host key is made once',
		'(ed25519) and kept 0600 in <data dir>/ssh_host_ed25519_key; its fingerprint is printed at start.',
		`Idle sessions end after --idle minutes (default ${defaults.idleMinutes}); at most --max-sessions at once (default ${defaults.maxSessions}).`,
		`Listens on ${defaults.host}:${defaults.port} by default (--host 0.0.0.0 for every address).`,
		'One log line per connection on stdout: time, address, user, key fingerprint, and every refusal.',
		'Stops on Ctrl-C or SIGTERM (exit 0). Exit codes: 1 when the port cannot be opened, 2 for bad usage.',
	].join('\n'),
	options: {
		ssh: {type: 'boolean', description: 'serve the dashboard over SSH (the only way served today)'},
		port: {type: 'string', valueName: '<n>', description: `port to listen on (default ${defaults.port}; 0 picks a free one)`},
		host: {type: 'string', valueName: '<address>', description: `address to listen on (default ${defaults.host})`},
		'authorized-keys': {type: 'string', valueName: '<file>', description: 'public keys allowed in (default <config dir>/authorized_keys)'},
		idle: {type: 'string', valueName: '<minutes>', description: `end a session idle this long (default ${defaults.idleMinutes})`},
		'max-sessions': {type: 'string', valueName: '<n>', description: `sessions at once (default ${defaults.maxSessions})`},
		interval: {type: 'string', valueName: '<seconds>', description: `dashboard refresh (default ${defaults.interval})`},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		if (input.values['ssh'] !== true) throw new DeskError('usage', 'serve: say how to serve: deskterm serve --ssh');
		const port = whole(input.values['port'], defaults.port, 0, 65_535, '--port');
		const idleMinutes = whole(input.values['idle'], defaults.idleMinutes, 1, 24 * 60, '--idle');
		const maxSessions = whole(input.values['max-sessions'], defaults.maxSessions, 1, 100, '--max-sessions');
		const interval = whole(input.values['interval'], defaults.interval, 1, 3600, '--interval');
		const host = typeof input.values['host'] === 'string' ? input.values['host'] : defaults.host;
		const keysPath = typeof input.values['authorized-keys'] === 'string' ? input.values['authorized-keys'] : join(context.paths.configDir, 'authorized_keys');
		if (!context.screens) throw new DeskError('unsupported', 'serve: the dashboard is not available in this build');
		const provider = await context.provider();
		const local = () =>
			createDashboardSource({provider, configDir: context.paths.configDir, clock: context.clock, since: '7d'}).catch((error: unknown) => {
				if (error instanceof TriageConfigError) throw new DeskError('usage', 'the triage config has problems (check with: deskterm triage config lint)');
				throw error;
			});
		await local();
		// Each session reads in its own worker thread, so one session's refresh never holds another's keys.
		const worker = context.screens.dashboardWorker;
		const source = async () => {
			const inThread = await local();
			return worker ? startDashboardWorker(worker, {profile: context.profile, paths: context.paths, env: context.env, since: '7d'}, inThread) : inThread;
		};
		const serve = await context.screens.sshDashboard();
		let serving;
		try {
			serving = await serve({
				host,
				port,
				hostKeyPath: join(context.paths.dataDir, 'ssh_host_ed25519_key'),
				authorizedKeysPath: keysPath,
				source,
				intervalMs: interval * 1000,
				idleMs: idleMinutes * 60_000,
				maxSessions,
				log: line => io.write(`${line}\n`),
			});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new DeskError('unavailable', `serve: cannot listen on ${host}:${port} (${code})`);
			throw error;
		}
		for (const line of serving.skipped) io.error(`deskterm: serve: skipped ${line}\n`);
		io.write(
			`deskterm serve: the dashboard on ssh://${host}:${serving.port} (read-only; ${serving.keys} authorised key${serving.keys === 1 ? '' : 's'} from ${keysPath}); host key ${serving.hostFingerprint}${serving.hostKeyCreated ? ' (new)' : ''}; Ctrl-C stops\n`,
		);
		await new Promise<void>(resolve => {
			const stop = () => resolve();
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		});
		await serving.close();
		io.write('deskterm serve: stopped\n');
		return exitCodes.ok;
	},
};

function whole(value: unknown, fallback: number, min: number, max: number, flag: string): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || number > max) throw new DeskError('usage', `serve: ${flag} takes a whole number from ${min} to ${max}, not "${String(value)}"`);
	return number;
}
