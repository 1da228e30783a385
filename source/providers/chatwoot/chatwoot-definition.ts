// The Chatwoot kind for the registry: what `deskterm login chatwoot` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const chatwootLoginFields: LoginField[] = [
	{
		name: 'url',
		label: 'Chatwoot URL',
		description: 'Your install, e.g. https://app.chatwoot.com or https://chat.example.com',
		required: true,
		secret: false,
		env: 'DESKTERM_CHATWOOT_URL',
		default: 'https://app.chatwoot.com',
	},
	{
		name: 'accountId',
		label: 'Account id',
		description: 'The number after /app/accounts/ in the Chatwoot address bar',
		required: true,
		secret: false,
		env: 'DESKTERM_CHATWOOT_ACCOUNT_ID',
	},
	{
		name: 'token',
		label: 'Access token',
		description: 'Profile settings > Access Token in Chatwoot (sent as the api_access_token header)',
		required: true,
		secret: true,
		env: 'DESKTERM_CHATWOOT_TOKEN',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a contact who has none recorded (BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const chatwootDefinition: ProviderDefinition = {
	kind: 'chatwoot',
	label: 'Chatwoot (Application API)',
	loginFields: chatwootLoginFields,
	open: async options => (await import('./open-chatwoot.js')).openChatwootProvider(options),
};
