// What the demo desk knows about one kind of request: phrase pieces combined per conversation.
import type {Channel, Priority} from '../../../../domain/conversation.js';

export type Topic = {
	id: string;
	/** The team a routing rule would send it to. */
	team: string;
	/** How common it is, relative to the other topics. */
	weight: number;
	tags: readonly string[];
	channels: readonly (readonly [Channel, number])[];
	priorities: readonly (readonly [Priority, number])[];
	subjects: readonly string[];
	/** The customer's first message: the problem, in their words ({slots} are filled per conversation). */
	openings: readonly string[];
	/** Extra sentences a customer may add to the first message. */
	details: readonly string[];
	/** Later customer messages while it is not solved. */
	followUps: readonly string[];
	/** An agent's first answer. */
	replies: readonly string[];
	/** An agent's later answer that resolves it. */
	resolutions: readonly string[];
	/** What the bot says when it tries; none means the bot leaves this topic alone. */
	botAnswers: readonly string[];
	notes: readonly string[];
	/** Pages a customer may have written from. */
	pages: readonly string[];
	/** An upset customer, more likely than usual (0..1). */
	upset: number;
	/** What {product} may be for this topic, when not any product of the shop. */
	products?: readonly string[];
};

export const everyChannel = [['email', 50], ['chat', 30], ['social', 12], ['phone', 8]] as const;
export const usualPriorities = [['low', 15], ['normal', 62], ['high', 17], ['urgent', 6]] as const;
export const pressingPriorities = [['low', 3], ['normal', 40], ['high', 40], ['urgent', 17]] as const;
