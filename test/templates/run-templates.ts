// Runs deskterm commands in-process with buffers, a temporary config folder and the memory provider.
import {join} from 'node:path';
import {runCli} from '../../source/cli/run-cli.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import {testNow} from '../helpers/conversations.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';
import {createTestIo} from '../helpers/test-io.js';
import {tempDir} from './temp-templates.js';

export type Setup = {tty?: boolean; env?: NodeJS.ProcessEnv; provider?: HelpdeskProvider; configDir?: string};
export type Result = {code: number; stdout: string; stderr: string; configDir: string; userDir: string};

export async function runTemplates(argv: string[], setup: Setup = {}): Promise<Result> {
	const configDir = setup.configDir ?? tempDir();
	const io = createTestIo({isStdoutTty: setup.tty ?? false, isStdinTty: setup.tty ?? false, columns: 100});
	const env = {DESKTERM_CONFIG_DIR: configDir, DESKTERM_DATA_DIR: join(configDir, 'data'), ...setup.env};
	const provider = setup.provider ?? createMemoryProvider([]);
	const code = await runCli(argv, io, {env, provider, clock: () => testNow});
	return {code, stdout: io.stdout(), stderr: io.stderr(), configDir, userDir: join(configDir, 'templates')};
}
