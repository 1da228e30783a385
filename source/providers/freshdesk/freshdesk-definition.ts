// The Freshdesk kind for the registry: what `deskterm login freshdesk` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const freshdeskLoginFields: LoginField[] = [
	{
		name: 'url',
		label: 'Freshdesk address',
		description: 'Your helpdesk, e.g. https://acme.freshdesk.com (or just the domain name, acme)',
		required: true,
		secret: false,
		env: 'DESKTERM_FRESHDESK_URL',
	},
	{
		name: 'token',
		label: 'API key',
		description: 'Profile settings > View API key (the key of the agent deskterm acts as)',
		required: true,
		secret: true,
		env: 'DESKTERM_FRESHDESK_API_KEY',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a contact without one (BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const freshdeskDefinition: ProviderDefinition = {
	kind: 'freshdesk',
	label: 'Freshdesk (API v2)',
	loginFields: freshdeskLoginFields,
	open: async options => (await import('./open-freshdesk.js')).openFreshdeskProvider(options),
};
