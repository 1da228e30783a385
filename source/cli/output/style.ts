// Colours by tone for the CLI: a role becomes a colour here only, and only when the Io allows colour.
// Painting leaves marks, not escape sequences: the terminal Io turns only these marks into colour and
// shows every other control visibly, so customer text can never forge a colour, let alone more.
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import type {Tone} from '../../presenters/queue-columns.js';

export type Style = {
	tone(tone: Tone, text: string): string;
	bold(text: string): string;
};

// A fresh key per process: text written before the process started (all customer text) cannot hold it.
const key = Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
const mark = (code: number) => `\uE000${key}:${code}\uE001`;
const marks = new RegExp(`\uE000${key}:(\\d+)\uE001`, 'g');

// 16 colours: safe on every terminal a team lead may SSH from (SGR codes, closed by 39 or 22).
const codes: Record<Tone | 'bold', [open: number, close: number]> = {
	normal: [0, 0],
	muted: [90, 39],
	accent: [36, 39],
	ok: [32, 39],
	warning: [33, 39],
	danger: [31, 39],
	bold: [1, 22],
};

function painter([open, close]: [number, number]): (text: string) => string {
	if (open === 0) return text => text;
	// Nested paint of the same kind: reopen ours after the inner one closes (as chalk does).
	return text => `${mark(open)}${text.replaceAll(mark(close), mark(close) + mark(open))}${mark(close)}`;
}

export function createStyle(color: boolean): Style {
	if (!color) return {tone: (_tone, text) => text, bold: text => text};
	return {
		tone: (tone, text) => painter(codes[tone])(text),
		bold: painter(codes.bold),
	};
}

/** What a terminal receives: the style's marks as colours, everything else through the sanitiser. */
export function renderForTerminal(text: string): string {
	if (!text.includes('\uE000')) return sanitizeForTerminal(text);
	const pieces = text.split(marks);
	// split() with a group alternates text and code: text, code, text, code, ..., text.
	return pieces.map((piece, index) => (index % 2 === 0 ? sanitizeForTerminal(piece) : `\u001B[${piece}m`)).join('');
}
