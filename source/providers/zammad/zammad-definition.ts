// The Zammad kind for the registry: what `deskterm login zammad` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const zammadLoginFields: LoginField[] = [
	{
		name: 'url',
		label: 'Zammad address',
		description: 'Your instance, e.g. https://support.example.com',
		required: true,
		secret: false,
		env: 'DESKTERM_ZAMMAD_URL',
	},
	{
		name: 'token',
		label: 'Access token',
		description: 'Profile > Token Access (permission ticket.agent)',
		required: true,
		secret: true,
		env: 'DESKTERM_ZAMMAD_TOKEN',
	},
	{
		name: 'minutesPerUnit',
		label: 'Minutes per accounted time unit',
		description: 'What one unit of Zammad time accounting is worth (1 = minutes, 60 = hours), for `stats`',
		required: false,
		secret: false,
		default: '1',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a customer without one (BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const zammadDefinition: ProviderDefinition = {
	kind: 'zammad',
	label: 'Zammad (REST API)',
	loginFields: zammadLoginFields,
	open: async options => (await import('./open-zammad.js')).openZammadProvider(options),
};
