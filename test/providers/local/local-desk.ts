// Opens a local desk in a scratch directory with a fixed clock, for the local provider's tests.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openLocalProvider, type LocalProvider} from '../../../source/providers/local/local-provider.js';
import type {SearchMode} from '../../../source/providers/local/store/queue-sql.js';
import {resolvePaths} from '../../../source/paths.js';

export const seededAt = Date.parse('2026-03-02T10:00:00Z');

export type TestDesk = {
	provider: LocalProvider;
	dataDir: string;
	/** Moves the desk's clock. */
	setNow(now: number): void;
	reopen(options?: {env?: NodeJS.ProcessEnv; settings?: Record<string, unknown>}): Promise<LocalProvider>;
	cleanup(): Promise<void>;
};

export function scratchDir(): string {
	return mkdtempSync(join(tmpdir(), 'deskterm-local-'));
}

export async function openTestDesk(
	options: {env?: NodeJS.ProcessEnv; settings?: Record<string, unknown>; search?: SearchMode; dataDir?: string} = {},
): Promise<TestDesk> {
	const dataDir = options.dataDir ?? scratchDir();
	let now = seededAt;
	const opened: LocalProvider[] = [];
	const open = async (env: NodeJS.ProcessEnv = options.env ?? {}, settings: Record<string, unknown> = options.settings ?? {}) => {
		const provider = await openLocalProvider({
			profile: {name: 'local', provider: 'local', settings},
			paths: resolvePaths({}, {dataDir, configDir: join(dataDir, 'config')}),
			env,
			clock: () => now,
			...(options.search ? {search: options.search} : {}),
		});
		opened.push(provider);
		return provider;
	};
	const provider = await open();
	return {
		provider,
		dataDir,
		setNow: value => {
			now = value;
		},
		reopen: async (again = {}) => open(again.env, again.settings),
		cleanup: async () => {
			for (const each of opened) await each.close();
			rmSync(dataDir, {recursive: true, force: true});
		},
	};
}
