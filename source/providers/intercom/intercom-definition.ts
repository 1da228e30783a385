// The Intercom kind for the registry: what `deskterm login intercom` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const intercomLoginFields: LoginField[] = [
	{
		name: 'region',
		label: 'Data region',
		description: 'Where your workspace is hosted: us (api.intercom.io), eu or au',
		required: true,
		secret: false,
		env: 'DESKTERM_INTERCOM_REGION',
		default: 'us',
	},
	{
		name: 'token',
		label: 'Access token',
		description: 'Developer Hub > your app > Authentication > Access token',
		required: true,
		secret: true,
		env: 'DESKTERM_INTERCOM_TOKEN',
	},
	{
		name: 'adminId',
		label: 'Admin id',
		description: 'The teammate deskterm acts as on writes; empty for the token owner',
		required: false,
		secret: false,
		env: 'DESKTERM_INTERCOM_ADMIN_ID',
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

export const intercomDefinition: ProviderDefinition = {
	kind: 'intercom',
	label: 'Intercom (REST API 2.16)',
	loginFields: intercomLoginFields,
	open: async options => (await import('./open-intercom.js')).openIntercomProvider(options),
};
