// The start-up shortcut (no config file, so local) must answer exactly as the full profile loader does.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadActiveProfile} from '../../source/config/active-profile.js';
import {saveProfile, setDefaultProfile} from '../../source/config/config-file.js';
import {loadProfile} from '../../source/config/load-profile.js';
import {tempConfig} from './temp-config.js';

let dirs: ReturnType<typeof tempConfig>;
afterEach(() => dirs?.cleanup());

/** Both loaders' answer for a name: the profile, or the error's code and message. */
async function bothAnswers(name: string | undefined) {
	const settle = (promise: Promise<unknown>) =>
		promise.then(
			profile => ({profile}),
			(error: {code?: string; message?: string}) => ({code: error.code, message: error.message}),
		);
	return {active: await settle(loadActiveProfile(name, dirs)), full: await settle(loadProfile(name, dirs))};
}

describe('loadActiveProfile', () => {
	it('is the local profile when there is no config file (no config directory either)', async () => {
		dirs = tempConfig();
		for (const name of [undefined, '', 'local']) {
			const {active, full} = await bothAnswers(name);
			expect(active).toEqual({profile: {name: 'local', provider: 'local', settings: {}}});
			expect(active).toEqual(full);
		}
	});

	it('gives the full loader\'s error for a profile that does not exist', async () => {
		dirs = tempConfig();
		const {active, full} = await bothAnswers('work');
		expect(active).toMatchObject({code: 'usage', message: expect.stringContaining('no profile named "work" (known: local)')});
		expect(active).toEqual(full);
	});

	it('reads the config file when there is one: its default profile wins', async () => {
		dirs = tempConfig();
		await saveProfile(dirs.configDir, 'work', {provider: 'rt', settings: {url: 'http://rt'}});
		await setDefaultProfile(dirs.configDir, 'work');
		const {active, full} = await bothAnswers(undefined);
		expect(active).toEqual({profile: {name: 'work', provider: 'rt', settings: {url: 'http://rt'}}});
		expect(active).toEqual(full);
		expect((await bothAnswers('local')).active).toMatchObject({profile: {name: 'local'}});
	});

	it('reports a broken config file even when local is asked for', async () => {
		dirs = tempConfig();
		mkdirSync(dirs.configDir, {recursive: true});
		writeFileSync(join(dirs.configDir, 'config.json'), '{oops');
		const {active, full} = await bothAnswers('local');
		expect(active).toMatchObject({code: 'usage', message: expect.stringContaining('is not valid JSON')});
		expect(active).toEqual(full);
	});

	it('reports a config path that cannot be read (the config directory is a file) as before', async () => {
		dirs = tempConfig();
		writeFileSync(dirs.configDir, '');
		const {active, full} = await bothAnswers(undefined);
		expect(active).toMatchObject({code: 'usage', message: expect.stringContaining('cannot read the config file')});
		expect(active).toEqual(full);
	});
});
