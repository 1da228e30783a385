// Severity: urgency, distress, reputation and safety risk, money at stake, customer value, a sale in the balance.
import type {Conversation} from '../../domain/conversation.js';
import {highSpend, planHas} from '../customer-value.js';
import {hit, type Facts} from '../facts.js';
import type {AxisScore, Signal} from '../types.js';
import {axisScore} from './axis.js';

const largeAmount = 500;
const valuablePlans = ['enterprise', 'business', 'premium'];
const priorityWeights = {urgent: 30, high: 15, normal: 0, low: -10} as const;

export function scoreSeverity(facts: Facts, conversation: Conversation): AxisScore {
	const signals: Signal[] = [];
	const add = (id: string, label: string, weight: number, evidence: string) => signals.push({id, label, weight, evidence});
	const customer = conversation.customer;
	const urgency = hit(facts, 'urgency');
	if (urgency) add('urgent-words', 'Asks for urgent attention', 25, `"${urgency}"`);
	const distress = hit(facts, 'distress');
	if (distress) add('distress', 'Customer is upset', 20, `"${distress}"`);
	if (facts.shouting) add('shouting', 'Shouting (repeated exclamation marks)', 10, '"!!"');
	const reputation = hit(facts, 'reputation');
	if (reputation) add('reputation-risk', 'Reputation or legal risk', 30, `"${reputation}"`);
	if (conversation.channel === 'social') add('public-channel', 'Public channel: others can see how we answer', 15, 'social');
	const safety = hit(facts, 'safety');
	if (safety) add('safety-risk', 'Safety or security risk', 45, `"${safety}"`);
	const outage = hit(facts, 'outage');
	if (outage) add('outage', 'A service they rely on is down', 35, `"${outage}"`);
	const dispute = hit(facts, 'billingDispute');
	if (dispute) add('money-taken', 'Money taken wrongly (a double or unauthorised charge)', 20, `"${dispute}"`);
	const money = hit(facts, 'money');
	if (money) add('money-at-stake', "The customer's money is at stake", 15, `"${money}"`);
	if (facts.amount) {
		const large = facts.amount.value >= largeAmount;
		add(large ? 'large-amount' : 'amount', large ? 'A large amount is involved' : 'An amount is involved', large ? 20 : 10, facts.amount.text);
	}
	const purchase = hit(facts, 'purchaseDecision');
	if (purchase) add('purchase-decision', 'Blocks a purchase decision: a sale, money and our reputation ride on it', 70, `"${purchase}"`);
	if (customer.vip) add('vip', 'VIP customer', 20, customer.name);
	else {
		const plan = planHas(customer.plan, valuablePlans);
		if (plan) add('valuable-plan', 'High-value plan', 15, `${customer.plan} plan`);
		else if (customer.monthlySpend !== null && customer.monthlySpend >= highSpend) add('high-spend', 'High-spend customer', 15, `${customer.monthlySpend} a month`);
	}
	const marked = priorityWeights[conversation.priority];
	if (marked !== 0) add('marked-priority', `Marked ${conversation.priority} priority by the team`, marked, conversation.priority);
	const nps = conversation.ratings.nps;
	if (nps !== null && nps <= 6) add('detractor', 'Detractor (NPS 0-6)', 10, `NPS ${nps}`);
	return axisScore(signals, {
		id: 'baseline',
		label: 'Calm: no urgency, distress, money, risk or valuable-customer signal',
		weight: 10,
		evidence: 'no severity signal fired',
	});
}
