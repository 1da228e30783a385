// Windowed rendering: which rows of a long list are on screen, keeping the selection in view.

/** Rows kept visible above and below the selection when the list scrolls (like vim's scrolloff). */
export function scrollMargin(height: number): number {
	return Math.max(0, Math.min(2, Math.floor((height - 1) / 2)));
}

/** The first visible row: moves as little as possible from the previous one, never past either end. */
export function scrollOffset(previous: number, selected: number, height: number, total: number): number {
	if (height <= 0 || total <= 0) return 0;
	const margin = scrollMargin(height);
	let offset = previous;
	if (selected - margin < offset) offset = selected - margin;
	if (selected + margin >= offset + height) offset = selected + margin - height + 1;
	return Math.max(0, Math.min(offset, Math.max(0, total - height)));
}

/** The slice of rows to render: [start, end). */
export function visibleRange(offset: number, height: number, total: number): {start: number; end: number} {
	const start = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
	return {start, end: Math.min(total, start + Math.max(0, height))};
}
