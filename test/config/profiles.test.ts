import {chmodSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {readConfigFile, removeProfile, saveProfile, setDefaultProfile} from '../../source/config/config-file.js';
import {checkNewProfileName, listProfiles, loadProfile} from '../../source/config/load-profile.js';
import {tempConfig} from './temp-config.js';

let dirs: ReturnType<typeof tempConfig>;
afterEach(() => dirs?.cleanup());

describe('profiles', () => {
	it('has only local, as the default, when nothing is configured', async () => {
		dirs = tempConfig();
		expect(listProfiles(dirs)).toEqual({defaultName: 'local', profiles: [{name: 'local', provider: 'local', settings: {}}]});
		expect(await loadProfile(undefined, dirs)).toEqual({name: 'local', provider: 'local', settings: {}});
		expect(await loadProfile('local', dirs)).toMatchObject({name: 'local'});
	});

	it('saves profiles through conf, keeps other keys, and loads them by name or as the default', async () => {
		dirs = tempConfig();
		mkdirSync(dirs.configDir, {recursive: true});
		writeFileSync(join(dirs.configDir, 'config.json'), JSON.stringify({triage: {keep: true}}));
		await saveProfile(dirs.configDir, 'work', {provider: 'rt', settings: {url: 'http://rt'}, readOnly: true});
		await saveProfile(dirs.configDir, 'acme', {provider: 'zendesk', settings: {subdomain: 'acme'}});
		expect(await loadProfile('work', dirs)).toEqual({name: 'work', provider: 'rt', settings: {url: 'http://rt'}, readOnly: true});
		expect((await loadProfile(undefined, dirs)).name).toBe('local');
		await setDefaultProfile(dirs.configDir, 'work');
		expect((await loadProfile(undefined, dirs)).name).toBe('work');
		expect(listProfiles(dirs).profiles.map(profile => profile.name)).toEqual(['local', 'acme', 'work']);
		const file = join(dirs.configDir, 'config.json');
		expect(JSON.parse(readFileSync(file, 'utf8')).triage).toEqual({keep: true});
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('falls back to local when the default profile is removed', async () => {
		dirs = tempConfig();
		await saveProfile(dirs.configDir, 'work', {provider: 'rt', settings: {}});
		await setDefaultProfile(dirs.configDir, 'work');
		expect(await removeProfile(dirs.configDir, 'work')).toBe(true);
		expect(await removeProfile(dirs.configDir, 'work')).toBe(false);
		expect(readConfigFile(dirs.configDir).defaultProfile).toBeUndefined();
		expect((await loadProfile(undefined, dirs)).name).toBe('local');
	});

	it('names the known profiles when one is missing', async () => {
		dirs = tempConfig();
		await saveProfile(dirs.configDir, 'work', {provider: 'rt', settings: {}});
		await expect(loadProfile('wrok', dirs)).rejects.toThrow('no profile named "wrok" (known: local, work): create it with deskterm login <provider> --profile wrok');
		await expect(loadProfile('wrok', dirs)).rejects.toMatchObject({code: 'usage'});
	});

	it('says which file is broken and how', async () => {
		dirs = tempConfig();
		mkdirSync(dirs.configDir, {recursive: true});
		const file = join(dirs.configDir, 'config.json');
		writeFileSync(file, '{"profiles": {"work": {"provider": 3, "settings": {}}}}');
		await expect(loadProfile(undefined, dirs)).rejects.toThrow(`the config file ${file} is not valid (profiles.work.provider: Invalid input: expected string, received number): fix it or move it away`);
		writeFileSync(file, '{oops');
		await expect(loadProfile(undefined, dirs)).rejects.toThrow(/is not valid JSON/);
		chmodSync(file, 0o600);
	});

	it('resolves a merged queue from "a,b" or from a group in the config, each member a plain profile', async () => {
		dirs = tempConfig();
		await saveProfile(dirs.configDir, 'work', {provider: 'rt', settings: {url: 'http://rt'}, readOnly: true});
		await saveProfile(dirs.configDir, 'both', {profiles: ['local', 'work']});
		const adHoc = await loadProfile('local, work', dirs);
		expect(adHoc).toMatchObject({name: 'local, work', provider: 'merged', settings: {profiles: ['local', 'work']}});
		expect(adHoc.members!.map(member => [member.name, member.provider, member.readOnly ?? false])).toEqual([
			['local', 'local', false],
			['work', 'rt', true],
		]);
		expect((await loadProfile('both', dirs)).members!.map(member => member.name)).toEqual(['local', 'work']);
		expect(listProfiles(dirs).profiles.find(profile => profile.name === 'both')).toEqual({name: 'both', provider: 'merged', settings: {profiles: ['local', 'work']}});
		await expect(loadProfile('local,nope', dirs)).rejects.toThrow(/no profile named "nope"/);
		await expect(loadProfile('local,local', dirs)).rejects.toThrow(/names each profile once/);
		await expect(loadProfile('local,both', dirs)).rejects.toThrow(/"both" is itself a merged queue/);
	});

	it('says what a profile entry needs: a back end or a group, not both', async () => {
		dirs = tempConfig();
		mkdirSync(dirs.configDir, {recursive: true});
		writeFileSync(join(dirs.configDir, 'config.json'), '{"profiles": {"both": {"provider": "rt", "settings": {}, "profiles": ["local", "rt"]}}}');
		await expect(loadProfile(undefined, dirs)).rejects.toThrow(/profiles\.both: give either "provider" and "settings", or "profiles"/);
		writeFileSync(join(dirs.configDir, 'config.json'), '{"profiles": {"both": {"profiles": ["local"]}}}');
		await expect(loadProfile(undefined, dirs)).rejects.toThrow(/profiles\.both\.profiles/);
	});

	it('refuses profile names that are reserved or unsafe', () => {
		expect(checkNewProfileName('work-2')).toBe('work-2');
		expect(() => checkNewProfileName('local')).toThrow(/built in/);
		expect(() => checkNewProfileName('../etc')).toThrow(/invalid profile name/);
		expect(() => checkNewProfileName('-x')).toThrow(/invalid profile name/);
	});
});
