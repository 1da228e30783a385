// Back-end kinds and how to open each one. Adapters load lazily: a command pays only for its own.
import {DeskError} from '../domain/errors.js';
import type {Paths} from '../paths.js';
import type {HelpdeskProvider} from './provider.js';

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
};

type Opener = (options: OpenProviderOptions) => Promise<HelpdeskProvider>;

const openers: Record<string, Opener> = {
	local: async options => (await import('./local/local-provider.js')).openLocalProvider(options),
};

export const providerKinds = (): string[] => Object.keys(openers);

export function registerProvider(kind: string, opener: Opener): void {
	openers[kind] = opener;
}

export async function openProvider(options: OpenProviderOptions): Promise<HelpdeskProvider> {
	const opener = openers[options.profile.provider];
	if (!opener) {
		throw new DeskError(
			'usage',
			`profile "${options.profile.name}" uses unknown provider "${options.profile.provider}" (known: ${providerKinds().join(', ')})`,
		);
	}
	return opener(options);
}
