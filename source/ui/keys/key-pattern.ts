// Key patterns ('j', 'G', 'ctrl+s', 'shift+tab', 'enter') matched against Ink's key events, and their labels.

/** The part of Ink's Key the console reads (kept structural so pure code need not import Ink). */
export type KeyPress = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageDown: boolean;
	pageUp: boolean;
	home: boolean;
	end: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	shift: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	meta: boolean;
};

/** No key flags set: a plain character. */
export const plainKey: KeyPress = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
};

/**
 * Several characters in one read (typing ahead, key repeat, tmux send-keys) as the key presses they were:
 * a person who types "refund" and Enter means a search, not the text "refund\r".
 */
export function splitTyping(input: string): Array<{input: string; key: KeyPress}> {
	return [...input].map(character => {
		if (character === '\r' || character === '\n') return {input: '', key: {...plainKey, return: true}};
		if (character === '\t') return {input: '', key: {...plainKey, tab: true}};
		if (character === '\u007F' || character === '\b') return {input: '', key: {...plainKey, backspace: true}};
		// Ctrl+letter typed right after text (Ctrl+S after a fast paste of keys) arrives as its control character.
		const code = character.charCodeAt(0);
		if (code >= 1 && code <= 26) return {input: String.fromCharCode(code + 96), key: {...plainKey, ctrl: true}};
		return {input: character, key: {...plainKey, shift: /^[A-Z]$/.test(character)}};
	});
}

const namedKeys: Record<string, (key: KeyPress, input: string) => boolean> = {
	enter: key => key.return,
	escape: key => key.escape,
	tab: key => key.tab,
	up: key => key.upArrow,
	down: key => key.downArrow,
	left: key => key.leftArrow,
	right: key => key.rightArrow,
	pageup: key => key.pageUp,
	pagedown: key => key.pageDown,
	home: key => key.home,
	end: key => key.end,
	backspace: key => key.backspace,
	delete: key => key.delete,
	space: (_key, input) => input === ' ',
};

export function isKnownPattern(pattern: string): boolean {
	const {name} = splitPattern(pattern);
	return name in namedKeys || [...name].length === 1;
}

function splitPattern(pattern: string): {modifiers: Set<string>; name: string} {
	const parts = pattern.split('+');
	// 'ctrl++' or a lone '+' means the plus key itself.
	const name = pattern.endsWith('+') && pattern.length > 1 && parts.at(-2) === '' ? '+' : (parts.pop() ?? '');
	const modifiers = new Set(parts.filter(part => part !== ''));
	return {modifiers, name};
}

export function matchesKey(pattern: string, input: string, key: KeyPress): boolean {
	const {modifiers, name} = splitPattern(pattern);
	const wantsCtrl = modifiers.has('ctrl');
	const wantsMeta = modifiers.has('meta') || modifiers.has('alt');
	const wantsShift = modifiers.has('shift');
	if (key.ctrl !== wantsCtrl || key.meta !== wantsMeta) return false;
	const named = namedKeys[name];
	if (named) {
		if (name !== 'space' && key.shift !== wantsShift) return false;
		return named(key, input);
	}
	if (wantsCtrl) return input.toLowerCase() === name.toLowerCase();
	// A printable character: its own case says whether shift was held.
	return input === name && !key.tab && !key.return && !key.escape;
}

const labels: Record<string, string> = {
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	backspace: 'Backspace',
	delete: 'Del',
	space: 'Space',
};

/** 'ctrl+s' → 'Ctrl+S', 'shift+tab' → 'Shift+Tab', 'G' → 'G'. */
export function keyLabel(pattern: string): string {
	const {modifiers, name} = splitPattern(pattern);
	const base = labels[name] ?? (modifiers.size > 0 ? name.toUpperCase() : name);
	const prefix = [...modifiers].map(modifier => (modifier === 'ctrl' ? 'Ctrl+' : modifier === 'shift' ? 'Shift+' : 'Alt+')).join('');
	return prefix + base;
}
