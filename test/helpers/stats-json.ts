// `deskterm stats --json` run in-process on any provider (an adapter on a recording client), as a script reads it.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../../source/cli/run-cli.js';
import type {Figure} from '../../source/domain/metrics/figure.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import {createTestIo} from './test-io.js';

export type StatsReport = {conversations: number; figures: Figure[]; code: number; stderr: string};

export async function statsJson(provider: HelpdeskProvider, args: string[], now: number): Promise<StatsReport & {figure(id: string): Figure}> {
	const io = createTestIo();
	const dataDir = mkdtempSync(join(tmpdir(), 'deskterm-stats-'));
	try {
		const code = await runCli(['stats', ...args, '--json'], io, {env: {HOME: '/nonexistent/deskterm-test-home', DESKTERM_DATA_DIR: dataDir}, provider, clock: () => now});
		if (code !== 0) throw new Error(`stats exited ${code}: ${io.stderr()}`);
		const report = JSON.parse(io.stdout()) as {conversations: number; figures: Figure[]};
		const figure = (id: string) => {
			const found = report.figures.find(each => each.id === id);
			if (!found) throw new Error(`no figure ${id}`);
			return found;
		};
		return {...report, code, stderr: io.stderr(), figure};
	} finally {
		rmSync(dataDir, {recursive: true, force: true});
	}
}
