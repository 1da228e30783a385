// The host key deskterm makes for `serve --ssh`: every key made reads back (ssh2 1.17's own generator drops a
// leading zero byte about one key in 256), OpenSSH reads it too, and the fingerprint printed is OpenSSH's.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ssh2 from 'ssh2';
import {afterAll, describe, expect, it} from 'vitest';
import {loadHostKey, newEd25519Key} from '../../../source/ui/serve/ssh-keys.js';

const work = mkdtempSync(join(tmpdir(), 'deskterm-keys-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));
const hasKeygen = spawnSync('ssh-keygen', ['-?'], {encoding: 'utf8'}).error === undefined;

describe('the SSH host key', () => {
	it('reads back every one of 1,024 new keys with its full 32-byte public key', () => {
		for (let index = 0; index < 1024; index++) {
			const parsed = ssh2.utils.parseKey(newEd25519Key());
			expect(parsed instanceof Error ? parsed.message : 'read').toBe('read');
			const key = Array.isArray(parsed) ? parsed[0]! : (parsed as ssh2.ParsedKey);
			expect(key.type).toBe('ssh-ed25519');
			// string "ssh-ed25519" (4 + 11) and string key (4 + 32)
			expect(key.getPublicSSH().length).toBe(51);
			expect(key.isPrivateKey()).toBe(true);
		}
	});

	it('is made once, kept 0600, and read the same the second time', () => {
		const path = join(work, 'data', 'ssh_host_ed25519_key');
		const first = loadHostKey(path);
		expect(first.created).toBe(true);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		const second = loadHostKey(path);
		expect(second).toEqual({...first, created: false});
	});

	it('refuses a damaged key file in one line that says what to do', () => {
		const path = join(work, 'damaged_key');
		writeFileSync(path, '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n', {mode: 0o600});
		expect(() => loadHostKey(path)).toThrow(/cannot be read .*move it away and a new one is made/);
	});

	it.runIf(hasKeygen)('is read by OpenSSH, which shows the same fingerprint', () => {
		const path = join(work, 'openssh_check_key');
		const {fingerprint} = loadHostKey(path);
		const derived = spawnSync('ssh-keygen', ['-y', '-f', path], {encoding: 'utf8'});
		expect(derived.status, derived.stderr).toBe(0);
		expect(derived.stdout).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/);
		const listed = spawnSync('ssh-keygen', ['-l', '-f', path], {encoding: 'utf8'});
		expect(listed.status, listed.stderr).toBe(0);
		expect(listed.stdout).toContain(fingerprint);
	});
});
