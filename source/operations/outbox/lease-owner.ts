// Who holds an item while it is sent: this host, this process, and a token so a reused pid is not us.
import {randomBytes} from 'node:crypto';
import {hostname} from 'node:os';

const token = randomBytes(4).toString('hex');

export function thisOwner(): string {
	return `${hostname()}/${process.pid}/${token}`;
}

/**
 * Is the holder still running? A process of this host that is gone (killed, crashed) is not; one on
 * another host sharing the data directory is taken to be alive until its lease runs out.
 */
export function ownerAlive(owner: string): boolean {
	const [host, pid, ownerToken] = owner.split('/');
	if (host !== hostname()) return true;
	if (Number(pid) === process.pid) return ownerToken === token;
	try {
		process.kill(Number(pid), 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
