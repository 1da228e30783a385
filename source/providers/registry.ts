// Back-end kinds, what logging in to each asks for, and how to open each one.
// Adapters load lazily: a command pays only for the back end it uses.
import {DeskError} from '../domain/errors.js';
import type {Paths} from '../paths.js';
import type {HelpdeskProvider} from './provider.js';
import {chatwootDefinition} from './chatwoot/chatwoot-definition.js';
import {rtDefinition} from './rt/rt-definition.js';
import {intercomDefinition} from './intercom/intercom-definition.js';
import {zendeskDefinition} from './zendesk/zendesk-definition.js';

export type Profile = {
	name: string;
	provider: string;
	/** Provider-specific settings (base URL, account id, agent ...), validated by the adapter. */
	settings: Record<string, unknown>;
	readOnly?: boolean;
};

export type OpenProviderOptions = {
	profile: Profile;
	paths: Paths;
	env: NodeJS.ProcessEnv;
	clock: () => number;
	/** Secrets (tokens) resolved for this profile: environment first, then the 0600 secrets file. */
	secrets?: Record<string, string>;
};

/** One thing `deskterm login <provider>` asks for (or reads from a flag or the environment). */
export type LoginField = {
	name: string;
	label: string;
	description: string;
	required: boolean;
	/** Kept in the secrets file (0600), never printed. */
	secret: boolean;
	/** Environment variable that supplies it, e.g. DESKTERM_ZENDESK_TOKEN. */
	env?: string;
	default?: string;
};

export type ProviderDefinition = {
	kind: string;
	label: string;
	loginFields: LoginField[];
	open(options: OpenProviderOptions): Promise<HelpdeskProvider>;
};

const definitions = new Map<string, ProviderDefinition>([
	[
		'local',
		{
			kind: 'local',
			label: 'Local desk (embedded, on disk)',
			loginFields: [],
			open: async options => (await import('./local/local-provider.js')).openLocalProvider(options),
		},
	],
	['chatwoot', chatwootDefinition],
	['rt', rtDefinition],
	['intercom', intercomDefinition],
	['zendesk', zendeskDefinition],
]);

export const providerKinds = (): string[] => [...definitions.keys()];

export function providerDefinition(kind: string): ProviderDefinition {
	const definition = definitions.get(kind);
	if (!definition) {
		throw new DeskError('usage', `unknown provider "${kind}" (known: ${providerKinds().join(', ')})`);
	}
	return definition;
}

export function registerProvider(definition: ProviderDefinition): void {
	definitions.set(definition.kind, definition);
}

export async function openProvider(options: OpenProviderOptions): Promise<HelpdeskProvider> {
	const definition = providerDefinition(options.profile.provider);
	if (options.secrets || !definition.loginFields.some(field => field.secret)) return definition.open(options);
	// Tokens come from each field's environment variable first, then the user's 0600 secrets file.
	const {resolveSecrets} = await import('../config/secrets.js');
	const {values} = resolveSecrets(options.profile.name, definition.loginFields, options.env, options.paths.configDir);
	return definition.open({...options, secrets: values});
}
