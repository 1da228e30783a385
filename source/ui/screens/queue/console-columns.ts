// The presenters' queue columns, a little tighter for the console so the subject keeps room at 80 columns.
import {fitColumns, queueColumns, type QueueColumn} from '../../../presenters/queue-columns.js';

// Waiting times are at most four characters ("now", "45m", "13d", "52w"). Priority outlasts status and
// assignee when room runs out: it is what an agent sorts the next minutes by.
const consoleShapes: Record<string, Partial<QueueColumn>> = {
	customer: {width: 15},
	waiting: {width: 4, header: 'WAIT'},
	status: {width: 7, dropOrder: 3},
	priority: {dropOrder: 2},
	assignee: {width: 11},
};

const consoleColumns: QueueColumn[] = queueColumns.map(column => ({...column, ...consoleShapes[column.id]}));

/** Cells the subject keeps before other columns give way (channel first, waiting last). */
const subjectRoom = 16;

/** The columns that fit a row of this width, the subject keeping room to be read. */
export function fitQueueColumns(width: number): Array<QueueColumn & {size: number}> {
	let columns = consoleColumns;
	let fitted = fitColumns(columns, width);
	while ((fitted.find(column => column.flexible)?.size ?? subjectRoom) < subjectRoom && columns.some(column => column.dropOrder > 0)) {
		const drop = columns.reduce((worst, column) => (column.dropOrder > worst.dropOrder ? column : worst));
		columns = columns.filter(column => column !== drop);
		fitted = fitColumns(columns, width);
	}
	return fitted;
}
