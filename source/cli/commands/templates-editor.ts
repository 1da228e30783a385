// Opens a template file in the person's editor ($VISUAL, then $EDITOR), then re-checks what they saved.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {DeskError} from '../../domain/errors.js';
import {parseTemplate} from '../../templates/parse-template.js';
import {formatProblem} from '../../templates/template-problem.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';

export function editorCommand(env: NodeJS.ProcessEnv): string | null {
	const editor = (env['VISUAL'] ?? '').trim() || (env['EDITOR'] ?? '').trim();
	return editor === '' ? null : editor;
}

/** The editor to run, or a usage error saying why there is none (no terminal, no $EDITOR). */
export function requireEditor(path: string, io: Io, env: NodeJS.ProcessEnv): string {
	if (!io.canPrompt) throw new DeskError('usage', `an editor needs a terminal; edit ${path} directly`);
	const editor = editorCommand(env);
	if (!editor) throw new DeskError('usage', `no editor: set $EDITOR (or $VISUAL), or edit ${path} directly`);
	return editor;
}

/** Like git: the editor setting may carry arguments ("code --wait"), so the shell splits it. */
export async function openInEditor(path: string, io: Io, env: NodeJS.ProcessEnv): Promise<void> {
	const editor = requireEditor(path, io, env);
	const code = await new Promise<number>((resolve, reject) => {
		const child = spawn('/bin/sh', ['-c', `${editor} "$1"`, 'sh', path], {stdio: 'inherit', env});
		child.once('error', reject);
		child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)));
	});
	if (code !== 0) throw new DeskError('internal', `the editor (${editor}) exited with code ${code}; ${path} is as the editor left it`);
}

/** After an edit: say where the file is and whether it still loads; exit 1 when it does not. */
export function reportSavedTemplate(path: string, io: Io): number {
	const {template, problems} = parseTemplate(readFileSync(path, 'utf8'), path);
	for (const problem of problems) io.error(`${formatProblem(problem)}\n`);
	if (!template) {
		io.error(`deskterm: ${path} was saved but does not load; fix it with deskterm templates edit\n`);
		return exitCodes.failure;
	}
	io.write(`${path}\n`);
	return exitCodes.ok;
}
