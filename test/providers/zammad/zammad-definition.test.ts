import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './zammad-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the zammad kind in the registry', () => {
	it('asks login for the instance address and a secret token, each with its variable', () => {
		const fields = providerDefinition('zammad').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret, field.env ?? null])).toEqual([
			['url', true, false, 'DESKTERM_ZAMMAD_URL'],
			['token', true, true, 'DESKTERM_ZAMMAD_TOKEN'],
			['minutesPerUnit', false, false, null],
			['language', false, false, null],
		]);
	});

	it('opens a profile into the adapter with what Zammad allows', async () => {
		const provider = await openProvider({profile: {name: 'work', provider: 'zammad', settings: {url: 'https://support.northwind.example', language: ''}}, paths, env: {}, clock: () => testNow, secrets: {token: 'abc-token'}});
		expect(provider.label).toBe('Zammad support.northwind.example');
		expect(provider.capabilities).toMatchObject({reply: true, note: true, assignAgent: true, assignTeam: true, priority: true, versionedWrites: false, snoozeUntil: true, tags: true, changes: true, savedReplies: true, incoming: false});
		expect(provider.capabilities.statuses).toEqual(['open', 'pending', 'snoozed', 'closed']);
		await provider.close();
	});

	it('refuses to open without a token, naming the variable', async () => {
		const opening = openProvider({profile: {name: 'work', provider: 'zammad', settings: {url: 'https://support.northwind.example'}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Zammad access token: run `deskterm login zammad` or set DESKTERM_ZAMMAD_TOKEN');
	});
});
