// Seams for what else is wired into the console: data in, the console draws it (triage, suggestions and templates
// are built in: see assist/).
import type {Conversation, ConversationSummary} from '../domain/conversation.js';
import type {Panel} from '../presenters/console-panels/panel.js';
import type {Tone} from '../presenters/queue-columns.js';

/** A short marker in a queue row, e.g. "S:H" or "BREACH 12m"; readable without colour. */
export type RowBadge = {
	text: string;
	tone: Tone;
	/** When a row is short of room, badges with a higher number give way first (default 0). */
	keep?: number;
};

/** A titled block of lines in the conversation view (a triage panel, reply suggestions ...). */
export type ConsolePanel = Panel;

export type ConsoleExtensions = {
	queueBadges?: (conversation: ConversationSummary, now: number) => RowBadge[];
	/** Panels shown beside the thread when wide, above it when narrow. */
	panels?: ReadonlyArray<(conversation: Conversation, now: number) => ConsolePanel | null>;
};
