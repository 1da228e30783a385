// The Zendesk kind for the registry: what `deskterm login zendesk` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const zendeskLoginFields: LoginField[] = [
	{
		name: 'url',
		label: 'Zendesk address',
		description: 'Your Zendesk, e.g. https://acme.zendesk.com (or just the subdomain, acme)',
		required: true,
		secret: false,
		env: 'DESKTERM_ZENDESK_URL',
	},
	{
		name: 'email',
		label: 'Agent email',
		description: 'The email you sign in with, for an API token; leave empty when the token is an OAuth access token',
		required: false,
		secret: false,
		env: 'DESKTERM_ZENDESK_EMAIL',
	},
	{
		name: 'token',
		label: 'API token',
		description: 'Admin Center > Apps and integrations > Zendesk API > API tokens (or an OAuth access token)',
		required: true,
		secret: true,
		env: 'DESKTERM_ZENDESK_TOKEN',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a requester who has no locale (BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const zendeskDefinition: ProviderDefinition = {
	kind: 'zendesk',
	label: 'Zendesk Support (API v2)',
	loginFields: zendeskLoginFields,
	open: async options => (await import('./open-zendesk.js')).openZendeskProvider(options),
};
