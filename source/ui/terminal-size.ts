// The terminal size the layout uses, changed ahead of Ink's own resize handling.
// Ink redraws on 'resize' with the tree it has, laid out for the old size: lines as wide as the old
// terminal wrap in the new one, and its incremental diff then patches rows that are no longer where it
// thinks (stale rows, another conversation's customer beside a subject, an overwritten status bar).
// So this listener goes first: it takes the new size, lets the console wipe the screen, forget its frame
// and lay the tree out again at once (React would only get to it after Ink's redraw), so Ink's redraw
// draws the new layout whole.

export type TerminalSize = {columns: number; rows: number};

export type TerminalSizeSource = {
	current(): TerminalSize;
	subscribe(listener: () => void): () => void;
};

type ResizingStream = Pick<NodeJS.WriteStream, 'columns' | 'rows' | 'prependListener' | 'off'>;

const read = (stream: ResizingStream): TerminalSize => ({columns: stream.columns || 80, rows: stream.rows || 24});

/** beforeChange runs on every resize with the new size already current, before Ink draws anything. */
export function watchTerminalSize(stream: ResizingStream, beforeChange: () => void = () => undefined): TerminalSizeSource {
	let size = read(stream);
	const listeners = new Set<() => void>();
	const onResize = () => {
		const next = read(stream);
		// The same size (a multiplexer's redraw) still repaints; the layout only changes when it must.
		if (next.columns !== size.columns || next.rows !== size.rows) size = next;
		beforeChange();
		for (const listener of listeners) listener();
	};
	return {
		current: () => size,
		subscribe(listener) {
			if (listeners.size === 0) {
				size = read(stream);
				stream.prependListener('resize', onResize);
			}
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
				if (listeners.size === 0) stream.off('resize', onResize);
			};
		},
	};
}

/** Home, then erase to the end: clears the alternate screen without pushing it into scrollback (unlike 2J in some terminals). */
export const wipeScreen = '\u001B[H\u001B[J';
