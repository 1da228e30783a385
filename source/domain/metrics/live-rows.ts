// Exports applyChanges: the desk's rows a refreshing screen keeps between reads, brought up to date with what
// changed since the last read (changed rows replace or join the kept ones, removed ids leave), so a refresh
// reads only what moved and the overview it builds equals one built on a fresh read of every row.
import type {ConversationSummary} from '../conversation.js';

export type RowChanges = {changed: readonly ConversationSummary[]; removed: readonly string[]};

/** Applies the changes to the kept rows in place (a desk's rows are too many to copy each refresh); returns how many moved. */
export function applyChanges(rows: Map<string, ConversationSummary>, changes: RowChanges): number {
	let moved = 0;
	for (const row of changes.changed) {
		if (rows.get(row.id) !== row) moved++;
		rows.set(row.id, row);
	}
	for (const id of changes.removed) if (rows.delete(id)) moved++;
	return moved;
}
