import {describe, expect, it} from 'vitest';
import {resolvePaths} from '../../../source/paths.js';
import {openProvider, providerDefinition} from '../../../source/providers/registry.js';
import {testNow} from './chatwoot-routes.js';

const paths = resolvePaths({HOME: '/nonexistent-home'});

describe('the chatwoot kind in the registry', () => {
	it('asks login for the URL, the account and a secret token from DESKTERM_CHATWOOT_TOKEN', () => {
		const fields = providerDefinition('chatwoot').loginFields;
		expect(fields.map(field => field.name)).toEqual(['url', 'accountId', 'token', 'language']);
		expect(fields.find(field => field.name === 'token')).toMatchObject({secret: true, required: true, env: 'DESKTERM_CHATWOOT_TOKEN'});
		expect(fields.filter(field => field.secret)).toHaveLength(1);
	});

	it('opens a profile into the adapter with its capabilities', async () => {
		const provider = await openProvider({
			profile: {name: 'support', provider: 'chatwoot', settings: {url: 'https://chat.example.com/', accountId: '7'}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		expect(provider.kind).toBe('chatwoot');
		expect(provider.label).toBe('Chatwoot chat.example.com (account 7)');
		expect(provider.capabilities).toMatchObject({priority: true, snoozeUntil: true, versionedWrites: false, savedReplies: true});
		await provider.close();
	});

	it('refuses settings that are not a Chatwoot address, naming the login command', async () => {
		const opening = openProvider({
			profile: {name: 'support', provider: 'chatwoot', settings: {url: 'chat.example.com', accountId: '7'}},
			paths,
			env: {},
			clock: () => testNow,
			secrets: {token: 'abc-token'},
		});
		await expect(opening).rejects.toThrow(/Chatwoot profile: url: .*deskterm login chatwoot/);
	});
});
