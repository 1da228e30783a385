// Where the panes go for a terminal size: side by side when wide, one at a time at 80x24 and below.

export type Pane = 'queue' | 'conversation';

export type Layout = {
	columns: number;
	rows: number;
	/** Queue and conversation side by side. */
	split: boolean;
	showQueue: boolean;
	showConversation: boolean;
	queueWidth: number;
	conversationWidth: number;
	/** Rows between the status bar and the two bottom lines. */
	bodyHeight: number;
	/** Customer and conversation facts beside the thread (else a short block below it). */
	sidebarWidth: number;
};

export const splitFrom = 120;
const sidebarFrom = 96;

export function computeLayout(columns: number, rows: number, focus: Pane): Layout {
	const width = Math.max(20, columns);
	const bodyHeight = Math.max(3, rows - 3);
	const split = width >= splitFrom;
	const queueWidth = split ? Math.max(60, Math.min(100, Math.round(width * 0.5))) : width;
	// One column is the separator between the panes.
	const conversationWidth = split ? width - queueWidth - 1 : width;
	return {
		columns: width,
		rows,
		split,
		showQueue: split || focus === 'queue',
		showConversation: split || focus === 'conversation',
		queueWidth,
		conversationWidth,
		bodyHeight,
		sidebarWidth: conversationWidth >= sidebarFrom ? 34 : 0,
	};
}

/** Rows the queue's list gets: the body minus its title line and column header. */
export function queueRowsHeight(layout: Layout): number {
	return Math.max(1, layout.bodyHeight - 2);
}

/** Rows the composer takes inside the conversation pane. */
export function composerHeight(layout: Layout): number {
	return Math.max(5, Math.min(12, Math.floor(layout.bodyHeight * 0.45)));
}

/** Rows of thread visible: the pane minus its title, the composer and the lines below it when there is no sidebar. */
export function threadHeight(layout: Layout, composerOpen: boolean, linesBelow = 2): number {
	const below = layout.sidebarWidth > 0 ? 0 : linesBelow;
	return Math.max(1, layout.bodyHeight - 1 - (composerOpen ? composerHeight(layout) : 0) - below);
}

/** Width of the thread text: the pane minus the sidebar and its gap. */
export function threadWidth(layout: Layout): number {
	return Math.max(10, layout.conversationWidth - (layout.sidebarWidth > 0 ? layout.sidebarWidth + 1 : 0));
}
