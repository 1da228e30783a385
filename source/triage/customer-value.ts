// How much a customer is worth to the business, 0..100, from VIP status, plan and spend.
import type {Customer} from '../domain/conversation.js';

/** Plan names (lowercase, matched as words inside the plan) and their value. */
export const planValues: ReadonlyArray<readonly [string, number]> = [
	['enterprise', 80],
	['business', 70],
	['premium', 55],
	['pro', 50],
	['team', 45],
	['plus', 35],
	['standard', 30],
	['basic', 25],
	['starter', 20],
	['trial', 15],
	['free', 10],
];

/** Plans that are high-touch: a person answers them, never a bot. */
export const highTouchPlans: readonly string[] = ['enterprise'];
/** Monthly spend from which a customer counts as high-spend for severity. */
export const highSpend = 1_000;
/** Days since sign-up during which a customer is new (answered by a person). */
export const newCustomerDays = 30;

export type CustomerValue = {value: number; evidence: string};

export function customerValue(customer: Customer): CustomerValue {
	if (customer.vip) return {value: 100, evidence: 'VIP'};
	const plan = planValue(customer.plan);
	const spend = customer.monthlySpend !== null && customer.monthlySpend > 0 ? Math.min(100, Math.round(20 * Math.log10(customer.monthlySpend))) : 0;
	if (plan === undefined && spend === 0) return {value: 30, evidence: 'plan and spend unknown'};
	if (spend > (plan ?? 0)) return {value: spend, evidence: `spends ${customer.monthlySpend} a month`};
	return {value: plan!, evidence: `${customer.plan} plan`};
}

export function planValue(plan: string | null): number | undefined {
	if (!plan) return undefined;
	const words = planWords(plan);
	return planValues.find(([name]) => words.includes(name))?.[1];
}

export function planHas(plan: string | null, names: readonly string[]): string | undefined {
	if (!plan) return undefined;
	const words = planWords(plan);
	return names.find(name => words.includes(name));
}

// A desk has a handful of plan names; splitting each once keeps 100k conversations cheap.
const wordsByPlan = new Map<string, string[]>();
function planWords(plan: string): string[] {
	let words = wordsByPlan.get(plan);
	if (!words) {
		words = plan.toLowerCase().split(/[^a-z0-9]+/);
		if (wordsByPlan.size > 10_000) wordsByPlan.clear();
		wordsByPlan.set(plan, words);
	}
	return words;
}
