// `deskterm serve --ssh`: each lead who connects with an authorised key gets `top` in their own terminal
// (their window size, resizes followed). Read-only by construction: a session can only run the
// dashboard, which only reads. No password, no shell, no exec, no forwarding; idle sessions end.
import {Writable} from 'node:stream';
import ssh2 from 'ssh2';
import type {Connection, PublicKeyAuthContext, ServerChannel} from 'ssh2';
import type {DashboardSource} from '../../operations/dashboard-source.js';
import {startTop, type TopSession} from '../top/start-top.js';
import {fingerprintOf, type AuthorizedKey} from './ssh-keys.js';

export type SshServerOptions = {
	host: string;
	port: number;
	hostKey: string;
	authorizedKeys: readonly AuthorizedKey[];
	/** A fresh source per session: a session's drill-down is its own. */
	source: () => Promise<DashboardSource>;
	intervalMs: number;
	idleMs: number;
	maxSessions: number;
	/** One line per connection and per refusal: who, when, from where, which key. */
	log(line: string): void;
	clock?: () => number;
};

export type RunningSshServer = {port: number; sessions(): number; close(): Promise<void>};

/** A terminal for Ink over an SSH channel: the client's size, CRLF line ends, raw keys already (no pty here). */
function channelTerminal(channel: ServerChannel, size: {columns: number; rows: number}) {
	const stdout = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			channel.write(String(chunk).replace(/\r?\n/g, '\r\n'));
			done();
		},
	}) as Writable & {columns: number; rows: number; isTTY: boolean};
	Object.assign(stdout, {columns: size.columns, rows: size.rows, isTTY: true});
	const stdin = channel as unknown as NodeJS.ReadStream;
	Object.assign(stdin, {isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin});
	return {
		stdin,
		stdout: stdout as unknown as NodeJS.WriteStream,
		resize(columns: number, rows: number) {
			Object.assign(stdout, {columns, rows});
			stdout.emit('resize');
		},
	};
}

function keyMatches(wanted: readonly AuthorizedKey[], context: PublicKeyAuthContext): AuthorizedKey | undefined {
	return wanted.find(key => key.type === context.key.algo && key.data.equals(context.key.data));
}

export function startSshServer(options: SshServerOptions): Promise<RunningSshServer> {
	const clock = options.clock ?? Date.now;
	const stamp = () => new Date(clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const open = new Set<TopSession>();
	const clients = new Set<Connection>();

	const server = new ssh2.Server({hostKeys: [options.hostKey], ident: 'deskterm'}, (client, info) => {
		clients.add(client);
		const from = `${info.ip}:${info.port}`;
		let who = '';
		let key: AuthorizedKey | undefined;
		let idle: NodeJS.Timeout | undefined;
		const touch = () => {
			if (idle) clearTimeout(idle);
			idle = setTimeout(() => {
				options.log(`${stamp()} ssh ${from} user=${who || '-'} idle for ${Math.round(options.idleMs / 1000)}s: disconnected`);
				client.end();
			}, options.idleMs);
		};
		touch();
		client.on('authentication', context => {
			who = context.username;
			if (context.method !== 'publickey') {
				if (context.method !== 'none') options.log(`${stamp()} ssh ${from} user=${who} refused: ${context.method} login is not offered (public keys only)`);
				return context.reject(['publickey']);
			}
			const found = keyMatches(options.authorizedKeys, context);
			if (!found) {
				options.log(`${stamp()} ssh ${from} user=${who} refused: key ${fingerprintOf(context.key.data)} is not authorised`);
				return context.reject(['publickey']);
			}
			// Without a signature the client only asks whether the key would do; with one, it must verify.
			if (context.signature) {
				const parsed = ssh2.utils.parseKey(context.key.data);
				const verifier = parsed instanceof Error ? undefined : Array.isArray(parsed) ? parsed[0] : parsed;
				if (!verifier || context.blob === undefined || verifier.verify(context.blob, context.signature, context.hashAlgo) !== true) {
					options.log(`${stamp()} ssh ${from} user=${who} refused: bad signature for ${found.fingerprint}`);
					return context.reject(['publickey']);
				}
				key = found;
			}
			context.accept();
		});
		client.on('ready', () => {
			options.log(`${stamp()} ssh ${from} user=${who} key=${key?.fingerprint ?? '-'}${key?.comment ? ` (${key.comment})` : ''} connected`);
			client.on('session', accept => {
				const session = accept();
				let size = {columns: 80, rows: 24};
				let terminal: ReturnType<typeof channelTerminal> | undefined;
				session.on('pty', (accept, _reject, pty) => {
					size = {columns: pty.cols || 80, rows: pty.rows || 24};
					accept?.();
				});
				session.on('window-change', (accept, _reject, change) => {
					size = {columns: change.cols || size.columns, rows: change.rows || size.rows};
					terminal?.resize(size.columns, size.rows);
					accept?.();
				});
				const refuse = (what: string) => (_accept: unknown, reject: (() => void) | undefined) => {
					options.log(`${stamp()} ssh ${from} user=${who} refused ${what}: this server only shows the dashboard`);
					reject?.();
				};
				session.on('exec', refuse('a command'));
				session.on('subsystem', refuse('a subsystem'));
				session.on('env', (accept: (() => void) | undefined) => accept?.());
				session.on('shell', acceptShell => {
					const channel = acceptShell();
					if (open.size >= options.maxSessions) {
						options.log(`${stamp()} ssh ${from} user=${who} refused: ${options.maxSessions} sessions already open`);
						channel.write(`deskterm: ${options.maxSessions} dashboard sessions are open already; try again later\r\n`);
						channel.exit(1);
						channel.end();
						return;
					}
					channel.on('data', touch);
					terminal = channelTerminal(channel, size);
					const streams = {stdin: terminal.stdin, stdout: terminal.stdout};
					void options.source().then(
						source => {
							const top = startTop({source, intervalMs: options.intervalMs, ascii: false, streams});
							open.add(top);
							void top.done.then(code => {
								open.delete(top);
								void source.close?.();
								channel.exit(code);
								channel.end();
							});
							channel.on('close', () => top.stop());
						},
						(error: unknown) => {
							channel.write(`deskterm: cannot read the desk: ${error instanceof Error ? error.message : String(error)}\r\n`);
							channel.exit(1);
							channel.end();
						},
					);
				});
			});
		});
		// Port forwarding of either kind is refused.
		client.on('request', (accept, reject) => reject?.());
		client.on('tcpip', (accept, reject) => reject());
		client.on('error', () => undefined);
		client.on('close', () => {
			if (idle) clearTimeout(idle);
			clients.delete(client);
			if (who) options.log(`${stamp()} ssh ${from} user=${who} disconnected`);
		});
	});

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			const address = server.address();
			resolve({
				port: typeof address === 'object' && address ? address.port : options.port,
				sessions: () => open.size,
				close: () =>
					new Promise<void>(done => {
						for (const session of open) session.stop();
						for (const client of clients) client.end();
						server.close(() => done());
					}),
			});
		});
	});
}
