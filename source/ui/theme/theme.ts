// Colours by role, never in views: a colour theme, and a plain one for NO_COLOR, --no-color and dumb terminals.
import type {MessageKind} from '../../domain/conversation.js';
import type {Tone} from '../../presenters/queue-columns.js';

/** The Ink text props a role may set. */
export type TextStyle = {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	dimColor?: boolean;
	inverse?: boolean;
	italic?: boolean;
	underline?: boolean;
};

/** How a message author looks: a glyph and a word carry the meaning; the style only adds to it. */
export type MessageLook = {glyph: string; label: string; style: TextStyle; rule: string};

export type Theme = {
	name: 'colour' | 'plain';
	tone: Record<Tone, TextStyle>;
	/** The selected queue row. */
	selection: TextStyle;
	/** A pane title when the pane has the keyboard, and when it has not. */
	focusedTitle: TextStyle;
	title: TextStyle;
	statusBar: TextStyle;
	badge: TextStyle;
	key: TextStyle;
	border: string | undefined;
	focusedBorder: string | undefined;
	message: Record<MessageKind, MessageLook>;
	cursor: TextStyle;
};

const messageShapes: Record<MessageKind, Omit<MessageLook, 'style'>> = {
	customer: {glyph: '◀', label: 'customer', rule: '│'},
	agent: {glyph: '▶', label: 'agent', rule: '│'},
	bot: {glyph: '▷', label: 'bot', rule: '│'},
	note: {glyph: '✎', label: 'INTERNAL NOTE, agents only', rule: '┆'},
};

export const colourTheme: Theme = {
	name: 'colour',
	tone: {
		normal: {},
		muted: {dimColor: true},
		accent: {color: 'cyan'},
		ok: {color: 'green'},
		warning: {color: 'yellow'},
		danger: {color: 'red', bold: true},
	},
	selection: {inverse: true},
	focusedTitle: {bold: true, color: 'cyan'},
	title: {bold: true, dimColor: true},
	statusBar: {bold: true},
	badge: {inverse: true, bold: true, color: 'yellow'},
	key: {bold: true, color: 'cyan'},
	border: 'gray',
	focusedBorder: 'cyan',
	message: {
		customer: {...messageShapes.customer, style: {color: 'cyan', bold: true}},
		agent: {...messageShapes.agent, style: {color: 'green', bold: true}},
		bot: {...messageShapes.bot, style: {color: 'magenta', bold: true}},
		note: {...messageShapes.note, style: {color: 'yellow', bold: true}},
	},
	cursor: {inverse: true},
};

/** No colour at all: bold, inverse and glyphs still tell states apart. */
export const plainTheme: Theme = {
	name: 'plain',
	tone: {normal: {}, muted: {}, accent: {}, ok: {}, warning: {bold: true}, danger: {bold: true}},
	selection: {inverse: true},
	focusedTitle: {bold: true, inverse: true},
	title: {bold: true},
	statusBar: {bold: true},
	badge: {inverse: true, bold: true},
	key: {bold: true},
	border: undefined,
	focusedBorder: undefined,
	message: {
		customer: {...messageShapes.customer, style: {bold: true}},
		agent: {...messageShapes.agent, style: {bold: true}},
		bot: {...messageShapes.bot, style: {bold: true}},
		note: {...messageShapes.note, style: {bold: true, underline: true}},
	},
	cursor: {inverse: true},
};

/** The plain theme when colour is off (NO_COLOR, --no-color, TERM=dumb), else the colour theme. */
export function themeFor(color: boolean): Theme {
	return color ? colourTheme : plainTheme;
}
