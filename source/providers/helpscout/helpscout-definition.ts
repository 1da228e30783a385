// The Help Scout kind for the registry: what `deskterm login helpscout` asks for, and a lazy open.
import type {LoginField} from '../../domain/profile.js';
import type {ProviderDefinition} from '../provider-definition.js';

export const helpscoutLoginFields: LoginField[] = [
	{
		name: 'appId',
		label: 'App ID',
		description: 'Your Profile > My Apps > Create My App (client credentials); deskterm acts as the user who owns the app',
		required: true,
		secret: false,
		env: 'DESKTERM_HELPSCOUT_APP_ID',
	},
	{
		name: 'appSecret',
		label: 'App secret',
		description: 'The same app\'s secret; deskterm trades it for expiring access tokens and never stores a token (--token-stdin reads it)',
		required: true,
		secret: true,
		env: 'DESKTERM_HELPSCOUT_APP_SECRET',
	},
	{
		name: 'mailboxes',
		label: 'Mailbox ids',
		description: 'Inboxes to read, ids separated by commas (empty: every inbox the user sees)',
		required: false,
		secret: false,
		env: 'DESKTERM_HELPSCOUT_MAILBOXES',
	},
	{
		name: 'language',
		label: 'Default language',
		description: 'Language assumed for a customer (Help Scout records none; BCP 47, e.g. en)',
		required: false,
		secret: false,
		default: 'en',
	},
];

export const helpscoutDefinition: ProviderDefinition = {
	kind: 'helpscout',
	label: 'Help Scout (Mailbox API 2.0)',
	loginFields: helpscoutLoginFields,
	open: async options => (await import('./open-helpscout.js')).openHelpscoutProvider(options),
};
