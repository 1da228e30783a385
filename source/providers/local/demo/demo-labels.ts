// The demo desk as a labelled evaluation set: each conversation's topic, the templates that answer it, its triage band.
import type {ConversationStatus} from '../../../domain/conversation.js';
import {generateDemoDesk, type DemoDeskOptions} from './generate-desk.js';
import {showcaseLabels, topicLabels, type TopicLabel, type TriageBand} from './label-table.js';
import {showcaseStories} from './showcase-stories.js';

export type DemoLabel = {
	/** The id the conversation has on a desk seeded with the same options. */
	conversationId: string;
	topic: string;
	status: ConversationStatus;
	language: string;
	/** Hand-written showcase conversation rather than a generated one. */
	showcase: boolean;
	/** Templates that answer it, the one to send first. */
	expectedTemplates: string[];
	triageBand: TriageBand;
};

/** Labels for every conversation of the demo desk these options seed, in id order. */
export function demoLabels(options: DemoDeskOptions): DemoLabel[] {
	const desk = generateDemoDesk(options);
	const labels: DemoLabel[] = [];
	let position = 0;
	for (const conversation of desk.conversations) {
		const origin = desk.origins[position++]!;
		const customer = desk.customers[conversation.customerId - 1]!;
		const firstMessage = conversation.messages.find(message => message.kind === 'customer')?.body ?? '';
		const known = origin.kind === 'showcase' ? showcaseLabels[showcaseStories[origin.index]!.subject] : topicLabels[origin.topic];
		if (!known) throw new Error(`demo labels: no label for ${origin.kind === 'topic' ? `topic ${origin.topic}` : `showcase ${conversation.subject}`}`);
		labels.push({
			conversationId: String(position),
			topic: origin.kind === 'topic' ? origin.topic : (known as TopicLabel & {topic: string}).topic,
			status: conversation.status,
			language: customer.language,
			showcase: origin.kind === 'showcase',
			expectedTemplates: [...templatesFor(known, firstMessage)],
			triageBand: known.band,
		});
	}
	return labels;
}

function templatesFor(label: TopicLabel, firstMessage: string): readonly string[] {
	const specific = label.byOpening?.find(([pattern]) => pattern.test(firstMessage));
	return specific ? [...new Set(specific[1])] : label.templates;
}
