// What a back-end kind tells the registry: its login fields and how to open it. Part of the port, so
// adapters, the registry and config all depend on it and never on each other.
import type {LoginField, Profile} from '../domain/profile.js';
import type {Paths} from '../paths.js';
import type {HelpdeskProvider} from './provider.js';

export type OpenProviderOptions = {
	profile: Profile;
	paths: Paths;
	env: NodeJS.ProcessEnv;
	clock: () => number;
	/** Secrets (tokens) resolved for this profile by the caller: environment first, then the 0600 secrets file. */
	secrets?: Record<string, string>;
};

export type ProviderDefinition = {
	kind: string;
	label: string;
	loginFields: LoginField[];
	open(options: OpenProviderOptions): Promise<HelpdeskProvider>;
};
