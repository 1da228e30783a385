// A live RT 5 for integration tests: the one CI started (RT_REST2_URL + RT_TOKEN), or one started
// here with .ci/rt5-start.sh when we are root and the Debian packages are installed; always stopped.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export type RtServer = {url: string; restUrl: string; token: string; stop(): void};

const root = join(import.meta.dirname, '..', '..');
const script = join(root, '.ci', 'rt5-start.sh');
const rtServerBinary = '/usr/share/request-tracker5/libexec/rt-server';

export const rtFromEnv = Boolean(process.env['RT_REST2_URL'] && process.env['RT_TOKEN']);
export const canStartRt = !rtFromEnv && process.getuid?.() === 0 && existsSync(rtServerBinary) && existsSync(script);
export const rtAvailable = rtFromEnv || canStartRt;

export const rtSkipMessage =
	'RT integration tests not run: no RT 5 server (set RT_REST2_URL/RT_TOKEN or run as root with request-tracker5 installed)';

/** Starts (or reuses) the server; call in beforeAll and stop() in afterAll. */
export function startRtServer(): RtServer {
	if (rtFromEnv) {
		const restUrl = process.env['RT_REST2_URL']!.replace(/\/+$/, '');
		return {url: restUrl.replace(/\/REST\/2\.0$/, ''), restUrl, token: process.env['RT_TOKEN']!, stop: () => undefined};
	}
	const state = mkdtempSync(join(tmpdir(), 'deskterm-rt-test-'));
	const env = {...process.env, RT_STATE_DIR: state, RT_PORT: 'auto', RT_INSTALL: '0'};
	const stop = () => {
		execFileSync('bash', [script, 'stop'], {env, stdio: ['ignore', 'ignore', 'ignore']});
		rmSync(state, {recursive: true, force: true});
	};
	let output: string;
	try {
		output = execFileSync('bash', [script], {env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		stop();
		throw error;
	}
	const values = Object.fromEntries([...output.matchAll(/^export (\w+)=(.*)$/gm)].map(match => [match[1]!, match[2]!.replace(/^'|'$/g, '')]));
	return {url: values['RT_URL']!, restUrl: values['RT_REST2_URL']!, token: values['RT_TOKEN']!, stop};
}

/** A raw REST2 call for test setup (creating tickets, users, queues) and for checking what RT holds. */
export async function rest(server: RtServer, method: string, path: string, body?: unknown): Promise<{status: number; body: any; etag: string | undefined}> {
	const response = await fetch(`${server.restUrl}${path}`, {
		method,
		headers: {Authorization: `token ${server.token}`, ...(body === undefined ? {} : {'Content-Type': 'application/json'})},
		...(body === undefined ? {} : {body: JSON.stringify(body)}),
	});
	const text = await response.text();
	return {status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag')?.replace(/"/g, '')};
}

export async function createTicket(server: RtServer, fields: Record<string, unknown>): Promise<string> {
	const created = await rest(server, 'POST', '/ticket', {ContentType: 'text/plain', ...fields});
	if (created.status !== 201) throw new Error(`cannot create ticket: ${JSON.stringify(created.body)}`);
	return String(created.body.id);
}
