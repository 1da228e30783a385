import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './zendesk-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the zendesk kind in the registry', () => {
	it('asks login for the address, the agent email and a secret token from DESKTERM_ZENDESK_TOKEN', () => {
		const fields = providerDefinition('zendesk').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret, field.env ?? null])).toEqual([
			['url', true, false, 'DESKTERM_ZENDESK_URL'],
			['email', false, false, 'DESKTERM_ZENDESK_EMAIL'],
			['token', true, true, 'DESKTERM_ZENDESK_TOKEN'],
			['language', false, false, null],
		]);
	});

	it('opens a profile into the adapter with versioned writes', async () => {
		const provider = await openProvider({
			profile: {name: 'work', provider: 'zendesk', settings: {url: 'acme', email: 'dana@example.com', language: ''}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		expect(provider.label).toBe('Zendesk acme.zendesk.com');
		expect(provider.capabilities).toMatchObject({versionedWrites: true, snoozeUntil: false, priority: true});
		await provider.close();
	});

	it('refuses to open without a token, naming the variable', async () => {
		const opening = openProvider({profile: {name: 'work', provider: 'zendesk', settings: {url: 'acme'}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Zendesk API token: run `deskterm login zendesk` or set DESKTERM_ZENDESK_TOKEN');
	});
});
