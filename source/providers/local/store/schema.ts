// The local desk's schema as numbered migrations; PRAGMA user_version records the last one applied.
import type {DatabaseSync} from 'node:sqlite';
import {channels, conversationStatuses, messageKinds, priorities} from '../../../domain/conversation.js';

/** Sorts "not waiting" after every real wait time (largest safe integer). */
export const notWaitingKey = Number.MAX_SAFE_INTEGER;

/** `column = 'a' OR column = 'b'`: SQLite checks `IN (...)` three times slower on every insert. */
function oneOf(column: string, values: readonly string[]): string {
	return `CHECK (${values.map(value => `${column} = '${value}'`).join(' OR ')})`;
}

const coreTables = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
CREATE TABLE agents (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	role TEXT NOT NULL ${oneOf('role', ['agent', 'lead', 'bot'])}
) STRICT;
CREATE TABLE agent_teams (
	agent_id TEXT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
	team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	PRIMARY KEY (agent_id, team_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE customers (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	company TEXT,
	company_type TEXT,
	plan TEXT,
	monthly_spend REAL,
	customer_since INTEGER,
	language TEXT NOT NULL DEFAULT 'en',
	products_in_use TEXT NOT NULL DEFAULT '[]',
	vip INTEGER NOT NULL DEFAULT 0 CHECK (vip = 0 OR vip = 1),
	attributes TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TABLE conversations (
	id INTEGER PRIMARY KEY,
	subject TEXT NOT NULL,
	customer_id INTEGER NOT NULL REFERENCES customers (id),
	channel TEXT NOT NULL ${oneOf('channel', channels)},
	status TEXT NOT NULL ${oneOf('status', conversationStatuses)},
	priority TEXT NOT NULL ${oneOf('priority', priorities)},
	assignee_id TEXT REFERENCES agents (id),
	team_id TEXT REFERENCES teams (id),
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	waiting_since INTEGER,
	first_response_at INTEGER,
	closed_at INTEGER,
	snoozed_until INTEGER,
	message_count INTEGER NOT NULL DEFAULT 0,
	preview TEXT NOT NULL DEFAULT '',
	version INTEGER NOT NULL DEFAULT 1,
	page_url TEXT,
	csat INTEGER CHECK (csat BETWEEN 1 AND 5),
	nps INTEGER CHECK (nps BETWEEN 0 AND 10),
	ces INTEGER CHECK (ces BETWEEN 1 AND 5),
	waiting_key INTEGER GENERATED ALWAYS AS (coalesce(waiting_since, ${notWaitingKey})) VIRTUAL,
	priority_rank INTEGER GENERATED ALWAYS AS (
		CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END
	) VIRTUAL
) STRICT;
CREATE TABLE messages (
	id INTEGER PRIMARY KEY,
	conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
	kind TEXT NOT NULL ${oneOf('kind', messageKinds)},
	author_id TEXT,
	author_name TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	channel TEXT NOT NULL ${oneOf('channel', channels)}
) STRICT;
CREATE TABLE conversation_tags (
	conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
	tag TEXT NOT NULL,
	PRIMARY KEY (conversation_id, tag)
) STRICT, WITHOUT ROWID;
CREATE TABLE changes (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	conversation_id INTEGER NOT NULL,
	changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at, id);
CREATE INDEX tags_by_tag ON conversation_tags (tag, conversation_id);
CREATE INDEX conversations_by_customer ON conversations (customer_id);
CREATE INDEX conversations_by_status ON conversations (status, waiting_key, id);
CREATE INDEX count_by_assignee ON conversations (assignee_id, status);
CREATE INDEX count_by_team ON conversations (team_id, status);
CREATE INDEX count_by_channel ON conversations (channel, status);
CREATE INDEX conversations_by_assignee ON conversations (assignee_id, waiting_key, id);
CREATE INDEX conversations_by_team ON conversations (team_id, waiting_key, id);
CREATE INDEX conversations_by_channel ON conversations (channel, waiting_key, id);
CREATE INDEX queue_by_waiting ON conversations (waiting_key, id);
CREATE INDEX queue_by_priority ON conversations (priority_rank, waiting_key, id);
CREATE INDEX queue_by_updated ON conversations (updated_at, id);
CREATE INDEX queue_by_created ON conversations (created_at, id);
CREATE INDEX snoozed_by_wake ON conversations (snoozed_until) WHERE status = 'snoozed';
CREATE INDEX changes_by_conversation ON changes (conversation_id);
`;

// One contentless full-text document per conversation (subject, customer, every message), so a search
// needs every word somewhere in the conversation and answers with conversation ids directly.
const searchIndex = `
CREATE VIRTUAL TABLE conversation_search USING fts5 (
	subject, customer, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER conversation_search_insert AFTER INSERT ON conversations BEGIN
	INSERT INTO conversation_search (rowid, subject, customer, body)
	SELECT new.id, new.subject, name || ' ' || email, '' FROM customers WHERE id = new.customer_id;
END;
CREATE TRIGGER conversation_search_message AFTER INSERT ON messages BEGIN
	DELETE FROM conversation_search WHERE rowid = new.conversation_id;
	INSERT INTO conversation_search (rowid, subject, customer, body)
	SELECT c.id, c.subject, cu.name || ' ' || cu.email, (SELECT group_concat(m.body, ' ') FROM messages m WHERE m.conversation_id = c.id)
	FROM conversations c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = new.conversation_id;
END;
INSERT INTO conversation_search (rowid, subject, customer, body)
	SELECT c.id, c.subject, cu.name || ' ' || cu.email, (SELECT group_concat(m.body, ' ') FROM messages m WHERE m.conversation_id = c.id)
	FROM conversations c JOIN customers cu ON cu.id = c.customer_id;
`;

export const activityKinds = ['status', 'worked', 'handover', 'template'] as const;

// What happened to a conversation, as it happened: status changes (with who), time worked, handovers and
// template uses. One narrow table; the columns a kind does not use stay NULL.
const activityEvents = `
CREATE TABLE activity_events (
	id INTEGER PRIMARY KEY,
	conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
	kind TEXT NOT NULL ${oneOf('kind', activityKinds)},
	at INTEGER NOT NULL,
	actor_id TEXT,
	target_id TEXT,
	from_status TEXT,
	to_status TEXT,
	seconds INTEGER CHECK (seconds >= 0),
	template_id TEXT
) STRICT;
CREATE INDEX activity_by_conversation ON activity_events (conversation_id, at, id);
CREATE INDEX activity_by_time ON activity_events (at, kind);
CREATE INDEX messages_by_time ON messages (created_at, kind);
`;

export type Migration = {version: number; why: string; apply(db: DatabaseSync): void};

export const migrations: readonly Migration[] = [
	{version: 1, why: 'the desk: teams, agents, customers, conversations, messages, tags, change log', apply: db => db.exec(coreTables)},
	{
		version: 2,
		why: 'full-text search over subjects, customers and messages (skipped where SQLite lacks FTS5)',
		apply: db => {
			if (hasFts5(db)) db.exec(searchIndex);
		},
	},
	{
		version: 3,
		why: 'activity events (status changes with who, time worked, handovers, template uses) for AHT, reply time and time saved; messages by time for replied today',
		apply: db => db.exec(activityEvents),
	},
];

export const schemaVersion = migrations.at(-1)!.version;

export function hasFts5(db: DatabaseSync): boolean {
	const row = db.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5') AS fts5").get();
	return row?.['fts5'] === 1;
}

export function hasSearchIndex(db: DatabaseSync): boolean {
	const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'conversation_search'").get();
	return row?.['n'] === 1;
}
