// A canned reply kept as a Markdown file with YAML front matter (the format: docs/templates.md).
import type {Channel, ConversationStatus, Priority} from '../domain/conversation.js';

/** Actions applied together with the reply (a "macro"). */
export type TemplateActions = {
	status?: ConversationStatus;
	/** Snooze length for status 'snoozed', e.g. "24h" or "3d". */
	snoozeFor?: string;
	addTags?: string[];
	removeTags?: string[];
	/** An agent or team name/id, 'me' or 'none'. */
	assign?: string;
	priority?: Priority;
};

export type Template = {
	id: string;
	title: string;
	tags: string[];
	/** Inserted by typing /shortcut in the composer. */
	shortcut: string | null;
	/** BCP 47 language of this variant; variants share an id and differ by language. */
	language: string;
	/** Channels it suits; empty means every channel. */
	channels: Channel[];
	visibility: 'personal' | 'team';
	actions: TemplateActions;
	/** A topic a bot must never auto-answer (cancellations, disputes ...). */
	humanOnly: boolean;
	body: string;
	/** Where it was read from, for lint messages and `templates edit`. */
	source: {path: string; bodyLine: number} | null;
};
