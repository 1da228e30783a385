// The SSH server's keys: its host key (made once, kept 0600 in the data dir) and the leads' public
// keys from an authorized_keys file, each with the SHA256 fingerprint OpenSSH shows.
import {createHash, generateKeyPairSync, randomInt} from 'node:crypto';
import {chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import ssh2 from 'ssh2';
import {DeskError} from '../../domain/errors.js';

export type AuthorizedKey = {type: string; data: Buffer; fingerprint: string; comment: string};

export function fingerprintOf(publicBlob: Buffer): string {
	return `SHA256:${createHash('sha256').update(publicBlob).digest('base64').replace(/=+$/, '')}`;
}

const sshString = (value: Buffer | string): Buffer => {
	const bytes = Buffer.from(value);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(bytes.length);
	return Buffer.concat([length, bytes]);
};

/**
 * A new ed25519 key in OpenSSH's own format, made by node:crypto. Not ssh2's generateKeyPairSync: ssh2 1.17 drops a
 * public key's leading zero byte, so about one key in 256 it makes cannot be read back ("Malformed OpenSSH private key").
 */
export function newEd25519Key(comment = 'deskterm'): string {
	const jwk = generateKeyPairSync('ed25519').privateKey.export({format: 'jwk'});
	const seed = Buffer.from(jwk.d!, 'base64url');
	const publicKey = Buffer.from(jwk.x!, 'base64url');
	const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(publicKey)]);
	const check = Buffer.alloc(4);
	check.writeUInt32BE(randomInt(2 ** 32 - 1));
	let secret = Buffer.concat([check, check, publicBlob, sshString(Buffer.concat([seed, publicKey])), sshString(comment)]);
	const padding = (8 - (secret.length % 8)) % 8;
	secret = Buffer.concat([secret, Buffer.from(Array.from({length: padding}, (_, index) => index + 1))]);
	const count = Buffer.alloc(4);
	count.writeUInt32BE(1);
	const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), count, sshString(publicBlob), sshString(secret)]);
	const lines = body.toString('base64').match(/.{1,70}/g)!;
	return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** The host key's private PEM: read, or generated once (ed25519) and written 0600. */
export function loadHostKey(path: string): {privateKey: string; fingerprint: string; created: boolean} {
	let created = false;
	if (!existsSync(path)) {
		mkdirSync(dirname(path), {recursive: true, mode: 0o700});
		writeFileSync(path, newEd25519Key(), {mode: 0o600, flag: 'wx'});
		created = true;
	}
	const mode = statSync(path).mode & 0o777;
	if (mode & 0o077) chmodSync(path, 0o600);
	const privateKey = readFileSync(path, 'utf8');
	const parsed = ssh2.utils.parseKey(privateKey);
	if (parsed instanceof Error) throw new DeskError('usage', `the SSH host key ${path} cannot be read (${parsed.message}): move it away and a new one is made`);
	const key = Array.isArray(parsed) ? parsed[0]! : parsed;
	return {privateKey, fingerprint: fingerprintOf(key.getPublicSSH()), created};
}

/** Every usable key of an authorized_keys file; options before the key type are ignored, bad lines named. */
export function readAuthorizedKeys(path: string): {keys: AuthorizedKey[]; skipped: string[]} {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new DeskError('usage', `cannot read the authorized keys file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
	const keys: AuthorizedKey[] = [];
	const skipped: string[] = [];
	for (const [index, raw] of text.split('\n').entries()) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const words = line.split(/\s+/);
		const at = words.findIndex(word => /^(ssh-|ecdsa-|sk-)/.test(word));
		const parsed = at >= 0 ? ssh2.utils.parseKey(words.slice(at, at + 2).join(' ')) : new Error('no key type');
		if (parsed instanceof Error) {
			skipped.push(`${path}:${index + 1}: ${parsed.message}`);
			continue;
		}
		const key = Array.isArray(parsed) ? parsed[0]! : parsed;
		const data = key.getPublicSSH();
		keys.push({type: key.type, data, fingerprint: fingerprintOf(data), comment: words.slice(at + 2).join(' ')});
	}
	if (keys.length === 0) throw new DeskError('usage', `the authorized keys file ${path} holds no usable public key: add a line like "ssh-ed25519 AAAA... lead@laptop"`);
	return {keys, skipped};
}
