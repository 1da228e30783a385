// What a terminal sends for each key, so tests press real keys.

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	delete: '\u001B[3~',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
} as const;

/** Ctrl plus a letter, e.g. ctrl('s') for Ctrl+S. */
export function ctrl(letter: string): string {
	return String.fromCharCode(letter.toLowerCase().charCodeAt(0) - 96);
}

/** A bracketed paste, as terminals send pasted text. */
export function paste(text: string): string {
	return `\u001B[200~${text}\u001B[201~`;
}
