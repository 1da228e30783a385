// Colours by tone for the CLI: a role becomes a colour here only, and only when the Io allows colour.
import {Chalk} from 'chalk';
import type {Tone} from '../../presenters/queue-columns.js';

export type Style = {
	tone(tone: Tone, text: string): string;
	bold(text: string): string;
};

export function createStyle(color: boolean): Style {
	// 16 colours: safe on every terminal a team lead may SSH from.
	const chalk = new Chalk({level: color ? 1 : 0});
	const painters: Record<Tone, (text: string) => string> = {
		normal: text => text,
		muted: chalk.gray,
		accent: chalk.cyan,
		ok: chalk.green,
		warning: chalk.yellow,
		danger: chalk.red,
	};
	return {
		tone: (tone, text) => painters[tone](text),
		bold: text => chalk.bold(text),
	};
}
