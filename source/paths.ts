// Where deskterm keeps things (XDG base directories, each overridable).
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

export type Paths = {
	/** The local desk's store, drafts, outbox, learned history. */
	dataDir: string;
	/** Profiles, routing rules, service targets, the user's templates. */
	configDir: string;
	/** The user's own templates (later files override the shipped ones by id). */
	templatesDir: string;
};

export function resolvePaths(env: NodeJS.ProcessEnv, overrides: {dataDir?: string; configDir?: string} = {}): Paths {
	const home = env['HOME'] ?? homedir();
	const dataDir =
		overrides.dataDir ??
		nonEmpty(env['DESKTERM_DATA_DIR']) ??
		join(nonEmpty(env['XDG_DATA_HOME']) ?? join(home, '.local', 'share'), 'deskterm');
	const configDir =
		overrides.configDir ??
		nonEmpty(env['DESKTERM_CONFIG_DIR']) ??
		join(nonEmpty(env['XDG_CONFIG_HOME']) ?? join(home, '.config'), 'deskterm');
	const templatesDir = nonEmpty(env['DESKTERM_TEMPLATES_DIR']) ?? join(configDir, 'templates');
	return {dataDir, configDir, templatesDir};
}

/** Node's compile cache for deskterm's own code: $XDG_CACHE_HOME/deskterm/compile-cache (a relative one is ignored, as XDG says). */
export function compileCacheDir(env: NodeJS.ProcessEnv): string {
	const xdg = env['XDG_CACHE_HOME'];
	return join(xdg && isAbsolute(xdg) ? xdg : join(env['HOME'] || homedir(), '.cache'), 'deskterm', 'compile-cache');
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : value;
}
