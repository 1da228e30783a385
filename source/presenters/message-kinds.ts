// Who wrote a message, in words and a tone, so a customer, an agent, a bot and an internal note never look alike.
import type {MessageKind} from '../domain/conversation.js';
import type {Tone} from './queue-columns.js';

export const messageKindLabels: Record<MessageKind, string> = {
	customer: 'customer',
	agent: 'agent',
	bot: 'bot',
	note: 'internal note',
};

export const messageKindTones: Record<MessageKind, Tone> = {
	customer: 'accent',
	agent: 'ok',
	bot: 'muted',
	note: 'warning',
};
