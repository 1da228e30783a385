// The presenters' queue columns, a little tighter for the console so the subject keeps room at 80 columns.
import {fitColumns, queueColumns, queueColumnsFor, type QueueColumn} from '../../../presenters/queue-columns.js';
import type {ConversationSummary} from '../../../domain/conversation.js';
import type {RowBadge} from '../../extensions.js';
import {displayWidth} from '../../../text/wrap.js';

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
export const subjectRoom = 16;
// Badges (triage) may push out the channel and the assignee, never the waiting time, status or priority.
const givesWayToBadges = 4;

/** The columns that fit a row of this width, the subject keeping room to be read (and `badges` cells more when it can). */
export function fitQueueColumns(width: number, badges = 0, rows: ReadonlyArray<Pick<ConversationSummary, 'id'>> = []): Array<QueueColumn & {size: number}> {
	let columns = queueColumnsFor(rows, consoleColumns);
	let fitted = fitColumns(columns, width);
	const subject = () => fitted.find(column => column.flexible)?.size ?? subjectRoom;
	const dropWorst = (floor: number) => {
		const candidates = columns.filter(column => column.dropOrder >= floor);
		if (candidates.length === 0) return false;
		const drop = candidates.reduce((worst, column) => (column.dropOrder > worst.dropOrder ? column : worst));
		columns = columns.filter(column => column !== drop);
		fitted = fitColumns(columns, width);
		return true;
	};
	while (subject() < subjectRoom && dropWorst(1));
	while (badges > 0 && subject() < subjectRoom + badges && dropWorst(givesWayToBadges));
	return fitted;
}

export function badgesWidth(badges: readonly RowBadge[]): number {
	return badges.reduce((sum, badge, index) => sum + displayWidth(badge.text) + (index > 0 ? 1 : 0), 0);
}

/** The badges that fit `room` cells, in their order; those with the highest `keep` give way first. */
export function fitBadges(badges: RowBadge[], room: number): RowBadge[] {
	if (badgesWidth(badges) <= room) return badges;
	let kept = badges;
	while (kept.length > 0 && badgesWidth(kept) > room) {
		const worst = kept.reduce((drop, badge) => ((badge.keep ?? 0) >= (drop.keep ?? 0) ? badge : drop));
		kept = kept.filter(badge => badge !== worst);
	}
	return kept;
}
