import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './front-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the front kind in the registry', () => {
	it('asks login for a secret token from DESKTERM_FRONT_TOKEN and the teammate deskterm acts as', () => {
		const fields = providerDefinition('front').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret, field.env ?? null])).toEqual([
			['token', true, true, 'DESKTERM_FRONT_TOKEN'],
			['teammate', true, false, 'DESKTERM_FRONT_TEAMMATE'],
			['language', false, false, null],
		]);
	});

	it('opens a profile into the adapter with only what Front allows', async () => {
		const provider = await openProvider({
			profile: {name: 'work', provider: 'front', settings: {teammate: 'tea_6r55a', language: ''}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		expect(provider.label).toBe('Front api2.frontapp.com');
		expect(provider.capabilities).toMatchObject({reply: true, note: true, assignAgent: true, assignTeam: false, priority: false, versionedWrites: false, snoozeUntil: true, savedReplies: true});
		expect(provider.capabilities.statuses).toEqual(['open', 'snoozed', 'closed']);
		await provider.close();
	});

	it('refuses to open without a token, naming the variable', async () => {
		const opening = openProvider({profile: {name: 'work', provider: 'front', settings: {teammate: 'tea_6r55a'}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Front API token: run `deskterm login front` or set DESKTERM_FRONT_TOKEN');
	});
});
