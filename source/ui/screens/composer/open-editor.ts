// Long replies in the agent's own editor: the text goes to a temp file, $VISUAL/$EDITOR edits it, it comes back.
import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DeskError} from '../../../domain/errors.js';

/** Hands the terminal to a child process and takes it back (Ink's suspendTerminal). */
export type Suspend = (run: () => void | Promise<void>) => Promise<void>;

export function editorCommand(env: NodeJS.ProcessEnv): string {
	const command = (env['VISUAL'] ?? '').trim() || (env['EDITOR'] ?? '').trim();
	if (!command) throw new DeskError('usage', 'set $VISUAL or $EDITOR to write long replies in your editor');
	return command;
}

export async function editInEditor(text: string, env: NodeJS.ProcessEnv, suspend: Suspend): Promise<string> {
	const command = editorCommand(env);
	const directory = await mkdtemp(join(tmpdir(), 'deskterm-'));
	const file = join(directory, 'reply.md');
	try {
		await writeFile(file, text, {mode: 0o600});
		let status: number | null = null;
		let failure: Error | undefined;
		await suspend(() => {
			// Through the shell, as git does, so "code --wait" and similar commands work; the path is passed as $1.
			const result = spawnSync('/bin/sh', ['-c', `${command} "$1"`, 'sh', file], {stdio: 'inherit', env});
			status = result.status;
			failure = result.error;
		});
		if (failure) throw new DeskError('usage', `could not start the editor "${command}": ${failure.message}`);
		if (status !== 0) throw new DeskError('usage', `the editor "${command}" exited with status ${String(status)}; your text is unchanged`);
		return (await readFile(file, 'utf8')).replace(/\n$/, '');
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
