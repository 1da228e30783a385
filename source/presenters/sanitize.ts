// Customers write anything: what could steer a terminal is shown as <U+XXXX> instead, never sent raw.
// Controls (C0 but tab and newline, DEL, C1) and the bidi controls and marks that can reorder a line
// ("Trojan Source"). Replacing ESC and the 8-bit introducers disarms every escape sequence (CSI, OSC 52
// and OSC 8, DCS, APC, PM, SOS): the rest of a sequence is then ordinary printable text.

const hidden = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const hiddenCharacters = new RegExp(`\\r\\n|[${hidden}]`, 'g');
const anyHidden = new RegExp(`[${hidden}]`);

/** The visible form of one hidden code point, e.g. <U+202E> for RIGHT-TO-LEFT OVERRIDE. */
export function visibleCodePoint(character: string): string {
	return `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Text safe for a terminal: hidden code points shown as <U+XXXX>, CRLF as a newline; stable when repeated. */
export function sanitizeForTerminal(text: string): string {
	if (!anyHidden.test(text)) return text;
	return text.replace(hiddenCharacters, found => (found === '\r\n' ? '\n' : visibleCodePoint(found)));
}

/** True when the text holds nothing sanitizeForTerminal would change. */
export function isTerminalSafe(text: string): boolean {
	return !anyHidden.test(text);
}

const hiddenInJson = new RegExp(`[${hidden}]`, 'g');

/** JSON text with hidden code points as \uXXXX escapes: the same value, safe on a terminal, unchanged by the sanitiser. */
export function escapeHiddenInJson(json: string): string {
	if (!anyHidden.test(json)) return json;
	return json.replace(hiddenInJson, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Whole sequences, so that what an agent pastes leaves no "[31m" behind.
const escapeSequences = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[PX^_][^\u001B]*\u001B\\|[@-Z\\-_])/g;

/**
 * For what an agent types or pastes (the composer, the prompt line): the same code points are dropped,
 * escape sequences whole, so the text sent is the text seen. Newlines and tabs stay for the caller.
 */
export function stripTerminalControls(text: string): string {
	if (!anyHidden.test(text)) return text;
	return text.replace(escapeSequences, '').replace(hiddenCharacters, found => (found === '\r\n' ? '\n' : ''));
}
