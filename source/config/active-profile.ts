// The profile a command or the console runs with. With no config file that is the built-in local profile,
// found without loading the config schema (zod costs every command on the local desk a few milliseconds).
import {statSync} from 'node:fs';
import type {Paths} from '../paths.js';
import type {Profile} from '../domain/profile.js';
import {configFilePath, localProfileName} from './config-path.js';

/** The named profile, or the configured default when no name is given (see load-profile.ts). */
export async function loadActiveProfile(name: string | undefined, paths: Pick<Paths, 'configDir'>): Promise<Profile> {
	const wantsDefaultOrLocal = name === undefined || name === '' || name === localProfileName;
	if (wantsDefaultOrLocal && configFileMissing(paths.configDir)) return {name: localProfileName, provider: 'local', settings: {}};
	return (await import('./load-profile.js')).loadProfile(name, paths);
}

/** Only "no such file" counts as missing: any other failure is reported by the full reader. */
function configFileMissing(configDir: string): boolean {
	try {
		statSync(configFilePath(configDir));
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT';
	}
}
