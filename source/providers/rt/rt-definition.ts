// The Request Tracker kind for the registry: what `deskterm login rt` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const rtLoginFields: LoginField[] = [
	{
		name: 'url',
		label: 'RT URL',
		description: 'RT web address or its REST2 address, e.g. https://rt.example.com or https://rt.example.com/REST/2.0',
		required: true,
		secret: false,
		env: 'DESKTERM_RT_URL',
	},
	{
		name: 'token',
		label: 'Auth token',
		description: 'An RT auth token (in RT: Logged in as > Settings > Auth Tokens)',
		required: true,
		secret: true,
		env: 'DESKTERM_RT_TOKEN',
	},
	{
		name: 'user',
		label: 'RT user name',
		description: 'Whose token it is; read from the token when left empty',
		required: false,
		secret: false,
		env: 'DESKTERM_RT_USER',
	},
	{
		name: 'tagsField',
		label: 'Tags custom field',
		description: 'A multi-value ticket custom field to use as tags; RT has no tags of its own (empty: no tags)',
		required: false,
		secret: false,
	},
];

export const rtDefinition: ProviderDefinition = {
	kind: 'rt',
	label: 'Request Tracker 5 (REST2)',
	loginFields: rtLoginFields,
	open: async options => (await import('./rt-provider.js')).openRtProvider(options),
};
