// Complexity: is the answer already written down, is information missing, can a bot or article handle it?
import {hit, type Facts} from '../facts.js';
import type {AnswerMatch, AxisScore, Signal} from '../types.js';
import {axisScore} from './axis.js';

/** Template confidences (0..1) from which a template answers, or may answer, the customer. */
export const answerConfidence = {answers: 0.75, mayAnswer: 0.5} as const;

export function scoreComplexity(facts: Facts, context: {answer: AnswerMatch | null; lookedUp: boolean; channel: string; hasEmail: boolean}): AxisScore {
	const signals: Signal[] = [];
	const add = (id: string, label: string, weight: number, evidence: string) => signals.push({id, label, weight, evidence});
	const {answer} = context;
	if (answer && answer.confidence >= answerConfidence.answers) add('template-answers', 'A saved template answers it', -25, `template ${answer.templateId} (${percent(answer.confidence)})`);
	else if (answer && answer.confidence >= answerConfidence.mayAnswer) add('template-may-answer', 'A saved template may answer it', -10, `template ${answer.templateId} (${percent(answer.confidence)})`);
	else if (context.lookedUp) add('no-template', 'No saved template matches', 10, answer ? `best ${answer.templateId} at ${percent(answer.confidence)}` : 'no match');
	const howTo = hit(facts, 'howTo');
	if (howTo) add('how-to', 'How-to question: an article or a step-by-step bot can guide them', -20, `"${howTo}"`);
	const faq = hit(facts, 'faq');
	if (faq) add('common-question', 'Common question with a known answer', -15, `"${faq}"`);
	const technical = hit(facts, 'technical');
	if (technical) add('needs-diagnosis', 'Needs technical diagnosis by a person', 50, `"${technical}"`);
	const repair = hit(facts, 'repair');
	if (repair) add('needs-repair', 'Something must be repaired or replaced', 25, `"${repair}"`);
	const order = hit(facts, 'orderTopic');
	if (order && !facts.orderNumber) add('missing-order-number', 'About an order, but no order number given: we must ask', 20, `"${order}" without a number`);
	const account = hit(facts, 'accountTopic');
	if (account && !facts.accountId && (context.channel === 'social' || !context.hasEmail)) {
		add('missing-account', 'About an account we cannot identify yet', 15, `"${account}" on ${context.channel}, no email or account id`);
	}
	const vague = hit(facts, 'vague');
	if (facts.wordCount < 8 && !howTo && !faq) add('vague', 'Too short to know what is wrong yet', 20, `${facts.wordCount} words`);
	else if (vague && facts.wordCount < 25 && !technical && !repair) add('vague', 'Vague: says something is wrong, not what', 20, `"${vague}"`);
	const policy = hit(facts, 'cancellation') ?? hit(facts, 'billingDispute') ?? hit(facts, 'upgrade');
	if (policy) add('agent-decision', 'Needs an agent decision (cancellation, dispute or plan change)', 40, `"${policy}"`);
	if (facts.questionMarks >= 3) add('many-questions', 'Several questions in one', 10, `${facts.questionMarks} question marks`);
	if (facts.customerMessages >= 3) add('unresolved-thread', 'Still unresolved after several messages', 10, `${facts.customerMessages} customer messages`);
	return axisScore(signals, {
		id: 'baseline',
		label: 'Routine: nothing missing, no diagnosis, no agent decision needed',
		weight: 15,
		evidence: 'no complexity signal fired',
	});
}

function percent(confidence: number): string {
	return `${Math.round(confidence * 100)}%`;
}
