// What is at stake if the conversation waits: a lead works harm first, outages next, then money taken, then sales.
import type {AxisScore} from './types.js';

type StakeClass = {value: number; label: string; signals: readonly string[]; notWith?: string};

/** Highest first; a conversation takes the first class one of its severity signals belongs to. */
export const stakeClasses: readonly StakeClass[] = [
	{value: 100, label: 'safety or security (someone hurt, an account in the wrong hands)', signals: ['safety-risk']},
	{value: 85, label: 'a service they rely on is down', signals: ['outage']},
	{value: 75, label: 'money taken wrongly or a large amount', signals: ['money-taken', 'large-amount']},
	{value: 60, label: 'reputation or legal risk', signals: ['reputation-risk']},
	{value: 45, label: 'urgent or upset customer', signals: ['urgent-words', 'distress', 'shouting']},
	{value: 35, label: 'public channel: others see how we answer', signals: ['public-channel']},
	// A price or a charge named in a question before buying is the sale's money, not the customer's at risk.
	{value: 35, label: 'money involved', signals: ['money-at-stake', 'amount'], notWith: 'purchase-decision'},
	{value: 20, label: 'a sale waits on the answer', signals: ['purchase-decision']},
];

/** The stakes of a conversation from the signals its severity fired, with the signal that decided it. */
export function stakesOf(severity: Pick<AxisScore, 'signals'>): {value: number; evidence: string} {
	const fired = new Set(severity.signals.map(signal => signal.id));
	for (const stake of stakeClasses) {
		if (stake.notWith !== undefined && fired.has(stake.notWith)) continue;
		const signal = severity.signals.find(each => stake.signals.includes(each.id));
		if (signal) return {value: stake.value, evidence: `${stake.label}: ${signal.evidence}`};
	}
	return {value: 0, evidence: 'nothing at stake beyond the answer itself'};
}
