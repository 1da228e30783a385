// Conversations a bot must never answer, with every reason that applies.
import type {Conversation} from '../domain/conversation.js';
import {highTouchPlans, newCustomerDays, planHas} from './customer-value.js';
import {hit, type Facts} from './facts.js';
import type {Reason} from './types.js';

const day = 86_400_000;

export function humanOnly(conversation: Conversation, facts: Facts, now: number): {flag: boolean; reasons: Reason[]} {
	const reasons: Reason[] = [];
	const add = (id: string, label: string, evidence: string) => reasons.push({id, label, evidence});
	const customer = conversation.customer;
	const cancellation = hit(facts, 'cancellation');
	if (cancellation) add('cancellation', 'Cancellation request', `"${cancellation}"`);
	const upgrade = hit(facts, 'upgrade');
	if (upgrade) add('upgrade', 'Upgrade or plan change', `"${upgrade}"`);
	const dispute = hit(facts, 'billingDispute');
	if (dispute) add('billing-dispute', 'Billing dispute', `"${dispute}"`);
	const risk = hit(facts, 'reputation') ?? hit(facts, 'safety');
	if (risk) add('sensitive', 'Legal, reputation or safety risk', `"${risk}"`);
	if (customer.vip) add('high-touch', 'High-touch customer', 'VIP');
	else {
		const plan = planHas(customer.plan, highTouchPlans);
		if (plan) add('high-touch', 'High-touch customer', `${customer.plan} plan`);
		else if (customer.companyType?.toLowerCase() === 'enterprise') add('high-touch', 'High-touch customer', 'enterprise company');
	}
	const trial = planHas(customer.plan, ['trial']);
	if (trial) add('trial', 'Trial customer', `${customer.plan} plan`);
	if (customer.customerSince !== null) {
		const days = Math.floor((now - customer.customerSince) / day);
		if (days >= 0 && days < newCustomerDays) add('new-customer', 'New customer', `customer for ${days} day${days === 1 ? '' : 's'}`);
	}
	const nps = conversation.ratings.nps;
	if (nps !== null && nps <= 6) add('detractor', 'Detractor: a person should follow up', `NPS ${nps}`);
	return {flag: reasons.length > 0, reasons};
}
