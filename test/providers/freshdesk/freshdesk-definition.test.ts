import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './freshdesk-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the freshdesk kind in the registry', () => {
	it('asks login for the helpdesk address and a secret API key, each with its variable', () => {
		const fields = providerDefinition('freshdesk').loginFields;
		expect(fields.map(field => [field.name, field.required, field.secret, field.env ?? null])).toEqual([
			['url', true, false, 'DESKTERM_FRESHDESK_URL'],
			['token', true, true, 'DESKTERM_FRESHDESK_API_KEY'],
			['language', false, false, null],
		]);
	});

	it('opens a profile (a bare domain name is acme.freshdesk.com) with what Freshdesk allows', async () => {
		const provider = await openProvider({profile: {name: 'work', provider: 'freshdesk', settings: {url: 'northwind', language: ''}}, paths, env: {}, clock: () => testNow, secrets: {token: 'abc-key'}});
		expect(provider.label).toBe('Freshdesk northwind.freshdesk.com');
		expect(provider.capabilities).toMatchObject({reply: true, note: true, assignAgent: true, assignTeam: true, priority: true, versionedWrites: false, snoozeUntil: false, tags: true, changes: true, savedReplies: true, incoming: false});
		expect(provider.capabilities.statuses).toEqual(['open', 'pending', 'closed']);
		await provider.close();
	});

	it('refuses to open without an API key, naming the variable, and a URL that is not an address', async () => {
		const opening = openProvider({profile: {name: 'work', provider: 'freshdesk', settings: {url: 'northwind'}}, paths, env: {}, clock: () => testNow, secrets: {}});
		await expect(opening).rejects.toThrow('no Freshdesk API key: run `deskterm login freshdesk` or set DESKTERM_FRESHDESK_API_KEY');
		const bad = openProvider({profile: {name: 'work', provider: 'freshdesk', settings: {url: 'ftp://x y'}}, paths, env: {}, clock: () => testNow, secrets: {token: 'k'}});
		await expect(bad).rejects.toThrow(/Freshdesk profile: url: .*deskterm login freshdesk/);
	});
});
