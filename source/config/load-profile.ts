// Named profiles: 'local' always exists and is the default until another one is made the default.
import {DeskError} from '../domain/errors.js';
import type {Paths} from '../paths.js';
import {mergedProviderKind, type Profile} from '../domain/profile.js';
import {configFilePath, readConfigFile} from './config-file.js';
import {localProfileName} from './config-path.js';
import {profileNamePattern} from './profile-schema.js';

export {localProfileName};

const local: Profile = {name: localProfileName, provider: 'local', settings: {}};

export type ProfileList = {defaultName: string; profiles: Profile[]};

/** Every profile, local first, and which one is the default. */
export function listProfiles(paths: Pick<Paths, 'configDir'>): ProfileList {
	const config = readConfigFile(paths.configDir);
	const stored = Object.entries(config.profiles ?? {})
		.filter(([name]) => name !== localProfileName)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([name, profile]): Profile =>
			({
				name,
				...(profile.profiles ? {provider: mergedProviderKind, settings: {profiles: profile.profiles}} : {provider: profile.provider!, settings: profile.settings ?? {}}),
				...(profile.readOnly === undefined ? {} : {readOnly: profile.readOnly}),
			}),
		);
	return {defaultName: config.defaultProfile ?? localProfileName, profiles: [local, ...stored]};
}

/**
 * The named profile, or the configured default when no name is given. "a,b" (or a group of
 * profiles in the config) is a merged queue: its members are resolved here, each a plain profile.
 */
export async function loadProfile(name: string | undefined, paths: Pick<Paths, 'configDir'>): Promise<Profile> {
	const list = listProfiles(paths);
	if (name?.includes(',')) return mergedProfile(name, name.split(',').map(part => part.trim()), undefined, list, paths);
	const found = findProfile(name, list, paths);
	if (found.provider !== mergedProviderKind) return found;
	return mergedProfile(found.name, found.settings['profiles'] as string[], found.readOnly, list, paths);
}

function mergedProfile(name: string, memberNames: string[], readOnly: boolean | undefined, list: ProfileList, paths: Pick<Paths, 'configDir'>): Profile {
	if (memberNames.some(member => member === '') || new Set(memberNames).size !== memberNames.length) {
		throw new DeskError('usage', `a merged queue names each profile once, separated by commas (like --profile local,rt), not "${memberNames.join(',')}"`);
	}
	const members = memberNames.map(member => {
		const profile = findProfile(member, list, paths);
		if (profile.provider === mergedProviderKind) throw new DeskError('usage', `"${member}" is itself a merged queue: name its profiles instead`);
		return profile;
	});
	return {name, provider: mergedProviderKind, settings: {profiles: memberNames}, members, ...(readOnly === undefined ? {} : {readOnly})};
}

function findProfile(name: string | undefined, {defaultName, profiles}: ProfileList, paths: Pick<Paths, 'configDir'>): Profile {
	const wanted = name === undefined || name === '' ? defaultName : name;
	const found = profiles.find(profile => profile.name === wanted);
	if (found) return found;
	const known = profiles.map(profile => profile.name).join(', ');
	if (wanted === defaultName && (name === undefined || name === '')) {
		throw new DeskError(
			'usage',
			`the default profile "${wanted}" in ${configFilePath(paths.configDir)} does not exist (known: ${known}): run deskterm profiles --default local`,
		);
	}
	throw new DeskError('usage', `no profile named "${wanted}" (known: ${known}): create it with deskterm login <provider> --profile ${wanted}`);
}

/** A name a user may give a new profile, or a usage error saying why not. */
export function checkNewProfileName(name: string): string {
	if (name === localProfileName) throw new DeskError('usage', 'the "local" profile is built in and cannot be replaced: choose another --profile name');
	if (!profileNamePattern.test(name)) {
		throw new DeskError('usage', `invalid profile name "${name}": use letters, digits, ".", "_" or "-" (at most 40)`);
	}
	return name;
}
