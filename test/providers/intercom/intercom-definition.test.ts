import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './intercom-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the intercom kind in the registry', () => {
	it('asks login for the region, a secret token from DESKTERM_INTERCOM_TOKEN and an optional admin', () => {
		const fields = providerDefinition('intercom').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret])).toEqual([
			['region', true, false],
			['token', true, true],
			['adminId', false, false],
			['language', false, false],
		]);
		expect(fields.find(field => field.name === 'token')?.env).toBe('DESKTERM_INTERCOM_TOKEN');
	});

	it('opens a profile on its regional host, without priority', async () => {
		const provider = await openProvider({
			profile: {name: 'intercom', provider: 'intercom', settings: {region: 'au'}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		expect(provider.label).toBe('Intercom api.au.intercom.io');
		expect(provider.capabilities.priority).toBe(false);
		await provider.close();
	});

	it('lets DESKTERM_INTERCOM_URL point a profile at a proxy', async () => {
		const provider = await openProvider({
			profile: {name: 'intercom', provider: 'intercom', settings: {region: 'eu'}},
			paths,
			env: {DESKTERM_INTERCOM_URL: 'http://127.0.0.1:8080'},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		expect(provider.label).toBe('Intercom 127.0.0.1:8080');
		await provider.close();
	});

	it('refuses to open without a token', async () => {
		const opening = openProvider({profile: {name: 'intercom', provider: 'intercom', settings: {}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Intercom access token: run `deskterm login intercom` or set DESKTERM_INTERCOM_TOKEN');
	});
});
