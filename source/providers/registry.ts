// Back-end kinds, what logging in to each asks for, and how to open each one.
// Adapters load lazily: a command pays only for the back end it uses.
import {DeskError} from '../domain/errors.js';
import type {HelpdeskProvider} from './provider.js';
import type {OpenProviderOptions, ProviderDefinition} from './provider-definition.js';
import {frontDefinition} from './front/front-definition.js';
import {freshdeskDefinition} from './freshdesk/freshdesk-definition.js';
import {chatwootDefinition} from './chatwoot/chatwoot-definition.js';
import {rtDefinition} from './rt/rt-definition.js';
import {intercomDefinition} from './intercom/intercom-definition.js';
import {zendeskDefinition} from './zendesk/zendesk-definition.js';
import {zammadDefinition} from './zammad/zammad-definition.js';
import {helpscoutDefinition} from './helpscout/helpscout-definition.js';

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
	['front', frontDefinition],
	['zammad', zammadDefinition],
	['helpscout', helpscoutDefinition],
	['freshdesk', freshdeskDefinition],
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

/** Opens the profile's back end with the secrets the caller resolved (the composition root reads them from config). */
export async function openProvider(options: OpenProviderOptions): Promise<HelpdeskProvider> {
	return providerDefinition(options.profile.provider).open(options);
}
