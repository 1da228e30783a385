// The Front kind for the registry: what `deskterm login front` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const frontLoginFields: LoginField[] = [
	{
		name: 'token',
		label: 'API token',
		description: 'Settings > Developers > API tokens (scopes: shared resources, read and write)',
		required: true,
		secret: true,
		env: 'DESKTERM_FRONT_TOKEN',
	},
	{
		name: 'teammate',
		label: 'Teammate',
		description: 'The teammate deskterm acts as: their email or teammate id (tea_...); a Front token belongs to the company',
		required: true,
		secret: false,
		env: 'DESKTERM_FRONT_TEAMMATE',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a customer (Front records none; BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const frontDefinition: ProviderDefinition = {
	kind: 'front',
	label: 'Front (Core API)',
	loginFields: frontLoginFields,
	open: async options => (await import('./open-front.js')).openFrontProvider(options),
};
