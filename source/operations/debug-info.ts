// Where the HTTP debug log goes, as `info` reports it: the surfaces learn it here, not from providers/http/.
import type {Paths} from '../paths.js';
import {debugTarget} from '../providers/http/debug-log.js';

/** "off", "stderr", or the log file's path, from DESKTERM_DEBUG. */
export function debugLogLocation(env: NodeJS.ProcessEnv, paths: Pick<Paths, 'dataDir'>): string {
	const target = debugTarget(env, paths);
	return target.kind === 'file' ? target.path : target.kind;
}
