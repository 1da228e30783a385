// The presenters' queue columns, a little tighter for the console so the subject keeps room at 80 columns.
import {fitColumns, queueColumns, type QueueColumn} from '../../../presenters/queue-columns.js';

const consoleWidths: Record<string, number> = {customer: 16, status: 7, assignee: 12};

const consoleColumns: QueueColumn[] = queueColumns.map(column =>
	consoleWidths[column.id] === undefined ? column : {...column, width: consoleWidths[column.id]!},
);

/** The columns that fit a row of this width (the drop order is the presenters'). */
export function fitQueueColumns(width: number): Array<QueueColumn & {size: number}> {
	return fitColumns(consoleColumns, width);
}
