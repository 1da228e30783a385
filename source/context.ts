// The composition root: paths, clock, profile, read-only mode and a lazily opened provider.
import type {HelpdeskProvider} from './providers/provider.js';
import {openProvider, type Profile} from './providers/registry.js';
import {resolvePaths, type Paths} from './paths.js';

export type Context = {
	paths: Paths;
	env: NodeJS.ProcessEnv;
	profile: Profile;
	/** Resolved once: --read-only flag > profile > off. Writes are refused below the UI too. */
	readOnly: boolean;
	clock: () => number;
	/** Waits between delivery attempts (the outbox's backoff); tests hand in one that only moves their clock. */
	sleep: (ms: number) => Promise<void>;
	/** Opens the profile's back end on first use and keeps it. */
	provider(): Promise<HelpdeskProvider>;
	close(): Promise<void>;
};

export type ContextOptions = {
	env: NodeJS.ProcessEnv;
	dataDir?: string;
	configDir?: string;
	profileName?: string;
	readOnly?: boolean;
	clock?: () => number;
	sleep?: (ms: number) => Promise<void>;
	/** Resolves a named profile, or the configured default when the name is undefined; without it, only local. */
	loadProfile?: (name: string | undefined, paths: Paths) => Promise<Profile>;
	/** Tests hand in a provider directly. */
	provider?: HelpdeskProvider;
};

export const localProfile: Profile = {name: 'local', provider: 'local', settings: {}};

export async function createContext(options: ContextOptions): Promise<Context> {
	const paths = resolvePaths(options.env, {dataDir: options.dataDir, configDir: options.configDir});
	const profileName = options.profileName ?? options.env['DESKTERM_PROFILE'] ?? undefined;
	const profile = options.loadProfile ? await options.loadProfile(profileName, paths) : localProfile;
	const clock = options.clock ?? Date.now;
	let opened: Promise<HelpdeskProvider> | undefined = options.provider
		? Promise.resolve(options.provider)
		: undefined;
	return {
		paths,
		env: options.env,
		profile,
		readOnly: options.readOnly ?? profile.readOnly ?? false,
		clock,
		sleep: options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms))),
		provider() {
			opened ??= openProvider({profile, paths, env: options.env, clock});
			return opened;
		},
		async close() {
			if (opened) await (await opened.catch(() => undefined))?.close();
		},
	};
}
