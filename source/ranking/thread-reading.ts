// Reading a whole thread the way an agent does: the customer's real question counts, "Any news?" and "thanks" barely.
import {cleanMessage} from './message-cleaning.js';
import type {QueryPart, RankQuery} from './rankable.js';
import {words} from './tokenize.js';

export type ThreadMessage = {kind: 'customer' | 'agent' | 'bot' | 'note'; body: string};

export type Thread = {
	subject?: string;
	messages: readonly ThreadMessage[];
	tags?: readonly string[];
	channel?: string;
};

export type ReadThread = RankQuery & {
	/** The weighted parts joined, heaviest kept: what to show, record or send to a re-ranker. */
	text: string;
};

/** How much each kind of part says about the template to send (chosen on the demo desk's closed conversations). */
export const partWeights = {question: 1, subject: 0.5, tags: 1, thin: 0.25, glue: 0, answered: 0.6} as const;

// Words that keep a conversation going without saying what it is about, in the desk's four languages.
const glueWords = new Set(
	(
		'a an the and or but so to of on in at for from with by is are was be been it its this that these those there here i me my we our you your ' +
		'any anyone anybody someone somebody news update updates yet still again just only please pls plz thanks thank thx ty ok okay great perfect ' +
		'good fine cool awesome appreciate appreciated got did do does done help helped helps worked works work not no yes yeah yep hello hi hey ' +
		'following follow up bump ping chase chasing sorry answer reply response waiting wait anything happening progress status hear heard back ' +
		'human person people agent real actual talk speak connect transfer someone operator representative rep need want can could would will ' +
		'already read that question my is isnt what when how long now today soon finally much lot so very really sure alright gracias merci danke ' +
		'bitte schon noch keine neuigkeiten gibt es ist da jemand hallo vielen dank super alles klar avez vous du nouveau des nouvelles toujours rien ' +
		'bonjour oui non hola alguna novedad sigo sin nada ya vale bueno perfecto ' +
		're fw fwd aw wg tr question questions issue problem request query inquiry enquiry needed support team info information'
	).split(' '),
);

/** The customer's side of the thread as weighted parts, oldest first, with the subject, tags and channel. */
export function readThread(thread: Thread): ReadThread {
	const parts: QueryPart[] = [];
	// A person's reply answered what came before it; a bot's did not (after a handover the agent answers all of it).
	const lastReply = lastAnsweredReply(thread.messages);
	const answered: QueryPart[] = [];
	thread.messages.forEach((message, index) => {
		if (message.kind !== 'customer') return;
		const cleaned = cleanMessage(message.body);
		const text = cleaned === '' ? message.body.trim() : cleaned;
		if (text === '') return;
		const part = {text, weight: contentWeight(text)};
		parts.push(part);
		if (index < lastReply) answered.push(part);
	});
	// A new question since our reply is what needs an answer; "still not here" only points back at the old one.
	if (parts.some(part => !answered.includes(part) && part.weight > 0)) for (const part of answered) part.weight *= partWeights.answered;
	// Nothing but glue ("hello?", "agent"): it is still all the customer said.
	if (parts.length > 0 && parts.every(part => part.weight === 0)) for (const part of parts) part.weight = partWeights.thin;
	const subject = thread.subject?.trim() ?? '';
	if (parts.length > 0 && subject !== '' && contentWeight(subject) > 0) parts.unshift({text: subject, weight: partWeights.subject});
	// Tags are how the team filed it ("cancellation", "python"): words the templates' own tags often share.
	const tagText = (thread.tags ?? []).map(tag => tag.replace(/[-_]/g, ' ')).join(' ');
	if (parts.length > 0 && tagText !== '') parts.push({text: tagText, weight: partWeights.tags});
	return {
		parts,
		text: parts
			.filter(part => part.weight >= partWeights.thin)
			.map(part => part.text)
			.join('\n'),
		tags: [...(thread.tags ?? [])],
		...(thread.channel ? {channel: thread.channel} : {}),
	};
}

/** A message with three or more words that carry meaning is a question; one or two, a thin follow-up; none, glue. */
export function contentWeight(text: string): number {
	let meaningful = 0;
	for (const word of words(text)) if (!glueWords.has(word) && !/^\d{1,2}$/.test(word)) meaningful++;
	return meaningful >= 3 ? partWeights.question : meaningful > 0 ? partWeights.thin : partWeights.glue;
}

/** The last agent reply the customer wrote after, or -1. */
function lastAnsweredReply(messages: readonly ThreadMessage[]): number {
	let customerAfter = false;
	for (let index = messages.length - 1; index >= 0; index--) {
		const kind = messages[index]!.kind;
		if (kind === 'customer') customerAfter = true;
		else if (kind === 'agent' && customerAfter) return index;
	}
	return -1;
}
