// Customers write anything: strip terminal escape sequences and control characters before display.

// CSI/OSC/other ESC sequences, then remaining C0/C1 controls except newline and tab.
const escapeSequences = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[PX^_][^\u001B]*\u001B\\|[@-Z\\-_])/g;
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function sanitizeForTerminal(text: string): string {
	return text.replace(escapeSequences, '').replace(controlCharacters, '');
}
