// The console's only way to put text on the screen: Ink's Text with every string child sanitised, so
// a customer's escape sequence or bidi override shows as <U+XXXX> instead of steering the terminal.
import {Text as InkText, type TextProps} from 'ink';
import type {ReactNode} from 'react';
import {isTerminalSafe, sanitizeForTerminal} from '../../presenters/sanitize.js';

function safe(children: ReactNode): ReactNode {
	if (typeof children === 'string') return sanitizeForTerminal(children);
	if (!Array.isArray(children)) return children;
	// Most frames hold nothing to change: hand the same array back rather than copy it.
	if (!children.some(needsWork)) return children;
	return children.map(safe);
}

function needsWork(child: ReactNode): boolean {
	if (typeof child === 'string') return !isTerminalSafe(child);
	return Array.isArray(child) && child.some(needsWork);
}

export function Text({children, ...props}: TextProps) {
	return <InkText {...props}>{safe(children)}</InkText>;
}
