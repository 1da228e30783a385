// One sortable number: severity, target risk and customer value, weighted so the queue can be worked top-down.
import type {PriorityPart} from './types.js';

export const priorityWeights = {severity: 0.45, targetRisk: 0.35, customerValue: 0.2} as const;

type Input = {value: number; evidence: string};

export function priorityScore(severity: Input, targetRisk: Input, customerValue: Input): {score: number; parts: PriorityPart[]} {
	const parts: PriorityPart[] = [
		{id: 'severity', label: 'Severity', value: severity.value, weight: priorityWeights.severity, evidence: severity.evidence},
		{id: 'targetRisk', label: 'Service-target risk', value: targetRisk.value, weight: priorityWeights.targetRisk, evidence: targetRisk.evidence},
		{id: 'customerValue', label: 'Customer value', value: customerValue.value, weight: priorityWeights.customerValue, evidence: customerValue.evidence},
	];
	const score = Math.round(parts.reduce((sum, part) => sum + part.value * part.weight, 0));
	return {score: Math.max(0, Math.min(100, score)), parts};
}
