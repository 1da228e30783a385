// Learning from the desk itself: closed conversations where a template was sent become labelled history.
import type {Conversation} from '../domain/conversation.js';
import type {LabelledExample} from '../ranking/rankable.js';
import {customerQuestionOf} from './suggestion-rankers.js';

/** What a closed conversation teaches: the customer's question before the template was sent, with its tags and channel. */
export function harvestConversation(conversation: Conversation, templateId: string, sentAt = conversation.messages.length): LabelledExample[] {
	const question = customerQuestionOf({...conversation, messages: conversation.messages.slice(0, sentAt)});
	if (question.text === '') return [];
	return [{text: question.text, templateId, tags: question.tags ?? [], channel: conversation.channel}];
}
