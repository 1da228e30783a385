// Writes a generated desk into an empty store with prepared statements, in as few transactions as it can.
import type {DatabaseSync} from 'node:sqlite';
import {previewOf} from '../store/map-rows.js';
import {eventColumns, insertEventSql} from '../store/activity-events.js';
import {seedEvents} from './seed-events.js';
import type {SeedDesk} from './seed-types.js';

export type InsertOptions = {
	/** Commit every this many conversations; without it the caller's transaction holds everything. */
	commitEvery?: number;
	onProgress?: (done: number, total: number) => void;
	/** Where the seeded activity events go: a temporary table while the desk is built below schema 3; null for none. */
	eventsTable?: string | null;
};

export function insertDesk(db: DatabaseSync, desk: SeedDesk, options: InsertOptions = {}): void {
	const batch = options.commitEvery;
	if (batch) db.exec('BEGIN');
	const team = db.prepare('INSERT INTO teams (id, name) VALUES (?, ?)');
	for (const each of desk.teams) team.run(each.id, each.name);
	const agent = db.prepare('INSERT INTO agents (id, name, email, role) VALUES (?, ?, ?, ?)');
	const membership = db.prepare('INSERT INTO agent_teams (agent_id, team_id, position) VALUES (?, ?, ?)');
	for (const each of desk.agents) {
		agent.run(each.id, each.name, each.email, each.role);
		each.teamIds.forEach((teamId, position) => membership.run(each.id, teamId, position));
	}
	const customer = db.prepare(
		`INSERT INTO customers (id, name, email, company, company_type, plan, monthly_spend, customer_since, language, products_in_use, vip, attributes)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	);
	desk.customers.forEach((each, index) =>
		customer.run(
			index + 1, each.name, each.email, each.company, each.companyType, each.plan, each.monthlySpend, each.customerSince,
			each.language, JSON.stringify(each.productsInUse), each.vip ? 1 : 0, JSON.stringify(each.attributes),
		),
	);
	const conversation = db.prepare(
		`INSERT INTO conversations (id, subject, customer_id, channel, status, priority, assignee_id, team_id, created_at, updated_at,
			waiting_since, first_response_at, closed_at, snoozed_until, message_count, preview, page_url, csat, nps, ces)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	);
	const message = db.prepare('INSERT INTO messages (conversation_id, kind, author_id, author_name, body, created_at, channel) VALUES (?, ?, ?, ?, ?, ?, ?)');
	const tag = db.prepare('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag) VALUES (?, ?)');
	const event = options.eventsTable === null ? null : db.prepare(insertEventSql(options.eventsTable));
	let id = 0;
	for (const each of desk.conversations) {
		id++;
		const lastCustomer = each.messages.findLast(entry => entry.kind === 'customer');
		conversation.run(
			id, each.subject, each.customerId, each.channel, each.status, each.priority, each.assigneeId, each.teamId, each.createdAt,
			each.updatedAt, each.waitingSince, each.firstResponseAt, each.closedAt, each.snoozedUntil, each.messages.length,
			previewOf(lastCustomer?.body ?? ''), each.pageUrl, each.ratings.csat, each.ratings.nps, each.ratings.ces,
		);
		for (const entry of each.messages) {
			const authorId = entry.kind === 'customer' ? String(each.customerId) : entry.authorId;
			message.run(id, entry.kind, authorId, entry.authorName, entry.body, entry.createdAt, entry.channel);
		}
		for (const name of each.tags) tag.run(id, name);
		if (event) for (const seeded of seedEvents(each, `${id}:${each.createdAt}`)) event.run(eventColumns({...seeded, conversationId: String(id)}));
		if (batch && id % batch === 0) {
			db.exec('COMMIT; BEGIN');
			if (id < desk.conversationCount) options.onProgress?.(id, desk.conversationCount);
		}
	}
	if (batch) db.exec('COMMIT');
	options.onProgress?.(id, desk.conversationCount);
}
