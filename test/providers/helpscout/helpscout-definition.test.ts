import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './helpscout-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the helpscout kind in the registry', () => {
	it('asks login for the app id, the secret (kept in the secrets file), mailboxes and a language', () => {
		const fields = providerDefinition('helpscout').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret, field.env ?? null])).toEqual([
			['appId', true, false, 'DESKTERM_HELPSCOUT_APP_ID'],
			['appSecret', true, true, 'DESKTERM_HELPSCOUT_APP_SECRET'],
			['mailboxes', false, false, 'DESKTERM_HELPSCOUT_MAILBOXES'],
			['language', false, false, null],
		]);
	});

	it('opens a profile into the adapter with only what Help Scout allows', async () => {
		const provider = await openProvider({
			profile: {name: 'work', provider: 'helpscout', settings: {appId: 'id', mailboxes: '85', language: ''}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {appSecret: 'secret'},
		});
		expect(provider.label).toBe('Help Scout api.helpscout.net');
		expect(provider.capabilities).toMatchObject({reply: true, note: true, assignAgent: true, assignTeam: true, priority: false, snoozeUntil: false, versionedWrites: false, tags: true, changes: true, savedReplies: true});
		expect(provider.capabilities.statuses).toEqual(['open', 'pending', 'closed']);
		await provider.close();
	});

	it('refuses to open without the app secret, naming the variables', async () => {
		const opening = openProvider({profile: {name: 'work', provider: 'helpscout', settings: {appId: 'id'}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Help Scout app secret: run `deskterm login helpscout` or set DESKTERM_HELPSCOUT_APP_SECRET');
	});
});
