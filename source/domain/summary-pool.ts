// Queue rows held by the console share their repeated strings and tag lists: at 100k rows the same customer,
// agent, team, status and tag set appear thousands of times, and one copy each is what keeps the console small.
// Subjects and previews are nearly all distinct: they stay as they came.
import type {ConversationSummary} from './conversation.js';

export type SummaryPool = {
	/** The row again, its strings and tags shared with every row this pool has seen. */
	compact(summary: ConversationSummary): ConversationSummary;
	/** How many distinct strings and tag lists the pool holds. */
	size(): {strings: number; tagLists: number};
};

const noTags: string[] = Object.freeze([]) as unknown as string[];

export function createSummaryPool(): SummaryPool {
	const strings = new Map<string, string>();
	const tagLists = new Map<string, string[]>();
	const intern = <T extends string | null>(value: T): T => {
		if (value === null) return value;
		const known = strings.get(value);
		if (known !== undefined) return known as T;
		strings.set(value, value);
		return value;
	};
	// Frozen, since one list stands for many rows.
	const tagsOf = (tags: string[]): string[] => {
		if (tags.length === 0) return noTags;
		const key = tags.join('\u0000');
		const known = tagLists.get(key);
		if (known) return known;
		const shared = Object.freeze(tags.map(intern)) as unknown as string[];
		tagLists.set(key, shared);
		return shared;
	};
	return {
		compact(summary) {
			const row: ConversationSummary = {
				...summary,
				customerId: intern(summary.customerId),
				customerName: intern(summary.customerName),
				channel: intern(summary.channel),
				status: intern(summary.status),
				priority: intern(summary.priority),
				assigneeId: intern(summary.assigneeId),
				assigneeName: intern(summary.assigneeName),
				teamId: intern(summary.teamId),
				teamName: intern(summary.teamName),
				tags: tagsOf(summary.tags),
				version: intern(summary.version),
			};
			if (summary.desk !== undefined) row.desk = intern(summary.desk);
			return row;
		},
		size: () => ({strings: strings.size, tagLists: tagLists.size}),
	};
}
