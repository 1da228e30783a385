// The composition root: paths, clock, profile, read-only mode and a lazily opened provider.
import type {Profile} from './domain/profile.js';
import type {DashboardSource} from './operations/dashboard-source.js';
import type {DeskOutage, HelpdeskProvider} from './providers/provider.js';
import type {ServeSshRequest, ServingSsh} from './ui/serve/serve-ssh.js';
import type {OpenProviderOptions} from './providers/provider-definition.js';
import {openProvider, providerDefinition} from './providers/registry.js';
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
	/** Full-screen surfaces, when the entry handed them in (none in tests of plain commands). */
	screens: Screens | null;
	/** The sentence encoder's child process entry (dist/encoder-process.js); null: suggestions rank by words alone. */
	encoderEntry: URL | null;
	/** A merged queue's desks left out of the latest read (none when the provider was never opened). */
	unavailableDesks(): Promise<DeskOutage[]>;
	close(): Promise<void>;
};

/** The lead's dashboard on a terminal (the entry hands it in: commands never import the console). */
export type DashboardStarter = (start: {source: DashboardSource; intervalMs: number; ascii: boolean}) => {done: Promise<number>; stop(): void};

/** The dashboard served over SSH (ui/serve/serve-ssh.ts; its types only, so nothing of it loads here). */
export type SshDashboardServer = (request: ServeSshRequest) => Promise<ServingSsh>;

/** Full-screen surfaces a command may open, loaded only when one does. */
export type Screens = {
	top(): Promise<DashboardStarter>;
	sshDashboard(): Promise<SshDashboardServer>;
	/** The file a worker thread runs to read the dashboard off the UI thread (cli.js itself); absent, reads stay in-thread. */
	dashboardWorker?: URL;
	/** The sentence encoder's child process entry (encoder-process.js beside cli.js). */
	encoderProcess?: URL;
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
	screens?: Screens;
	encoderEntry?: URL;
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
		screens: options.screens ?? null,
		encoderEntry: options.encoderEntry ?? options.screens?.encoderProcess ?? null,
		sleep: options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms))),
		provider() {
			opened ??= openProfile({profile, paths, env: options.env, clock});
			return opened;
		},
		async unavailableDesks() {
			const provider = opened ? await opened.catch(() => undefined) : undefined;
			return provider?.unavailableDesks?.() ?? [];
		},
		async close() {
			if (opened) await (await opened.catch(() => undefined))?.close();
		},
	};
}

/** Opens a profile's back end; its tokens come from each field's environment variable first, then the 0600 secrets file. */
export async function openProfile(options: OpenProviderOptions): Promise<HelpdeskProvider> {
	if (options.profile.members) return openMerged(options, options.profile.members);
	const {loginFields} = providerDefinition(options.profile.provider);
	if (options.secrets || !loginFields.some(field => field.secret)) return openProvider(options);
	const {resolveSecrets} = await import('./config/secrets.js');
	const {values} = resolveSecrets(options.profile.name, loginFields, options.env, options.paths.configDir);
	return openProvider({...options, secrets: values});
}

/** A merged queue: every desk opened at once; one that cannot open is named on every page, not fatal. */
async function openMerged(options: OpenProviderOptions, members: readonly Profile[]): Promise<HelpdeskProvider> {
	const {createMergedProvider} = await import('./providers/merged/merged-provider.js');
	const {toDeskError} = await import('./domain/errors.js');
	const opened = await Promise.allSettled(members.map(profile => openProfile({...options, profile, secrets: undefined})));
	const desks = [];
	const failed = [];
	for (const [index, result] of opened.entries()) {
		const profile = members[index]!;
		if (result.status === 'fulfilled') desks.push({name: profile.name, provider: result.value, readOnly: profile.readOnly === true});
		else failed.push({desk: profile.name, message: `${profile.name}: ${toDeskError(result.reason).message}`});
	}
	return createMergedProvider(desks, failed);
}
