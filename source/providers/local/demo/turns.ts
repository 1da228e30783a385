// The shape of a thread: who speaks in which order, consistent with where the conversation stands.
import type {ConversationStatus} from '../../../domain/conversation.js';
import type {Rng} from './prng.js';

export type Turn =
	| 'customer-first'
	| 'customer-follow'
	| 'customer-nudge'
	| 'customer-thanks'
	| 'customer-handover'
	| 'bot-answer'
	| 'bot-handover'
	| 'agent-reply'
	| 'agent-question'
	| 'agent-resolve'
	| 'note'
	| 'note-handover'
	| 'note-snooze';

export type TurnPlan = {
	turns: Turn[];
	/** The bot closed it alone. */
	botResolved: boolean;
	/** The bot answered, then a person took over. */
	handover: boolean;
};

export const maxMessages = 8;

export function planTurns(rng: Rng, status: ConversationStatus, options: {botTries: boolean; humanAvailable: boolean}): TurnPlan {
	const turns: Turn[] = ['customer-first'];
	const botResolved = options.botTries && status === 'closed' && rng.chance(0.5);
	let handover = false;
	if (options.botTries) {
		turns.push('bot-answer');
		if (botResolved) {
			if (rng.chance(0.4)) turns.push('customer-thanks');
			return {turns, botResolved, handover};
		}
		handover = true;
		turns.push('customer-handover', 'bot-handover');
		if (rng.chance(0.6)) turns.push('note-handover');
	}
	const ending = endingFor(rng, status, options.humanAvailable);
	const room = Math.max(0, Math.floor((maxMessages - turns.length - ending.length - 1) / 2));
	const wanted = status === 'open' && !options.humanAvailable ? 0 : rng.weighted([[0, 45], [1, 35], [2, 15], [3, 5]] as const);
	for (let round = 0; round < Math.min(wanted, room); round++) turns.push('agent-reply', 'customer-follow');
	turns.push(...ending);
	if (turns.length < maxMessages && rng.chance(0.15)) {
		const afterAgent = turns.findIndex(turn => turn.startsWith('agent-'));
		if (afterAgent >= 0) turns.splice(afterAgent + 1, 0, 'note');
	}
	return {turns, botResolved, handover};
}

function endingFor(rng: Rng, status: ConversationStatus, humanAvailable: boolean): Turn[] {
	switch (status) {
		case 'open':
			return humanAvailable && rng.chance(0.45) ? ['agent-reply', 'customer-follow'] : rng.chance(0.2) ? ['customer-nudge'] : [];
		case 'pending':
			return ['agent-question'];
		case 'snoozed':
			return rng.chance(0.6) ? ['agent-reply', 'note-snooze'] : ['agent-reply'];
		case 'closed':
			return rng.chance(0.45) ? ['agent-resolve', 'customer-thanks'] : ['agent-resolve'];
	}
}
