// One sortable number: what is at stake, service-target risk, severity and customer value, weighted so the queue can
// be worked top-down. Stakes weigh most so that harm, outages and money taken outrank a late pre-sale question.
import type {PriorityPart} from './types.js';

export const priorityWeights = {stakes: 0.55, targetRisk: 0.2, severity: 0.1, customerValue: 0.15} as const;

type Input = {value: number; evidence: string};

export function priorityScore(stakes: Input, severity: Input, targetRisk: Input, customerValue: Input): {score: number; parts: PriorityPart[]} {
	const parts: PriorityPart[] = [
		{id: 'stakes', label: 'At stake', value: stakes.value, weight: priorityWeights.stakes, evidence: stakes.evidence},
		{id: 'targetRisk', label: 'Service-target risk', value: targetRisk.value, weight: priorityWeights.targetRisk, evidence: targetRisk.evidence},
		{id: 'severity', label: 'Severity', value: severity.value, weight: priorityWeights.severity, evidence: severity.evidence},
		{id: 'customerValue', label: 'Customer value', value: customerValue.value, weight: priorityWeights.customerValue, evidence: customerValue.evidence},
	];
	const score = Math.round(parts.reduce((sum, part) => sum + part.value * part.weight, 0));
	return {score: Math.max(0, Math.min(100, score)), parts};
}
