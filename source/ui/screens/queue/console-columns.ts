// The presenters' queue columns, a little tighter for the console so the subject keeps room at 80 columns.
import {fitColumns, queueColumns, type QueueColumn} from '../../../presenters/queue-columns.js';

// Waiting times are at most four characters ("now", "45m", "13d", "52w").
const consoleShapes: Record<string, Partial<QueueColumn>> = {
	customer: {width: 15},
	waiting: {width: 4, header: 'WAIT'},
	status: {width: 7},
	assignee: {width: 11},
};

const consoleColumns: QueueColumn[] = queueColumns.map(column => ({...column, ...consoleShapes[column.id]}));

/** The columns that fit a row of this width (the drop order is the presenters'). */
export function fitQueueColumns(width: number): Array<QueueColumn & {size: number}> {
	return fitColumns(consoleColumns, width);
}
