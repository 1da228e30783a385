// The dashboard over SSH, as `deskterm serve --ssh` starts it: keys loaded (host key made once), then the server.
import type {DashboardSource} from '../../operations/dashboard-source.js';
import {loadHostKey, readAuthorizedKeys} from './ssh-keys.js';
import {startSshServer} from './ssh-server.js';

export type ServeSshRequest = {
	host: string;
	port: number;
	hostKeyPath: string;
	authorizedKeysPath: string;
	source: () => Promise<DashboardSource>;
	intervalMs: number;
	idleMs: number;
	maxSessions: number;
	log(line: string): void;
};

export type ServingSsh = {port: number; hostFingerprint: string; hostKeyCreated: boolean; keys: number; skipped: string[]; close(): Promise<void>};

export async function serveSsh(request: ServeSshRequest): Promise<ServingSsh> {
	const {keys, skipped} = readAuthorizedKeys(request.authorizedKeysPath);
	const hostKey = loadHostKey(request.hostKeyPath);
	const server = await startSshServer({...request, hostKey: hostKey.privateKey, authorizedKeys: keys});
	return {port: server.port, hostFingerprint: hostKey.fingerprint, hostKeyCreated: hostKey.created, keys: keys.length, skipped, close: server.close};
}
