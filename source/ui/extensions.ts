// Seams for what is wired into the console later (triage, suggestions, templates): data in, the console draws it.
import type {Agent, Conversation, ConversationSummary} from '../domain/conversation.js';
import type {Tone} from '../presenters/queue-columns.js';

/** A short marker in a queue row, e.g. "S:H" or "BREACH 12m"; readable without colour. */
export type RowBadge = {text: string; tone: Tone};

/** A titled block of lines in the conversation view (a triage panel, reply suggestions ...). */
export type ConsolePanel = {title: string; lines: Array<{text: string; tone: Tone}>};

/** A canned reply offered after `/` in the composer. */
export type TemplateChoice = {id: string; title: string; detail?: string};

export type ConsoleExtensions = {
	queueBadges?: (conversation: ConversationSummary, now: number) => RowBadge[];
	/** Panels shown beside the thread when wide, under it when narrow. */
	panels?: ReadonlyArray<(conversation: Conversation, now: number) => ConsolePanel | null>;
	/** `/` at the start of an empty composer line lists these; choosing one inserts its filled text. */
	templates?: {
		list(conversation: Conversation): TemplateChoice[];
		fill(id: string, conversation: Conversation, me: Agent): string;
	};
};
