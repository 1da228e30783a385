// Short reasons an agent can check at a glance: which words matched, which past conversations agree.

export type Evidence = {
	/** Customer's words that matched the template, best first. */
	matched: readonly string[];
	/** Close past conversations answered with this template. */
	similar: number;
	/** Past conversations answered with it that the model learned from. */
	learnedFrom: number;
};

const maxWords = 4;

export function explain(evidence: Evidence): string[] {
	const reasons: string[] = [];
	if (evidence.similar > 0) {
		reasons.push(`similar to ${evidence.similar} past conversation${evidence.similar === 1 ? '' : 's'} answered with this`);
	}
	if (evidence.matched.length > 0) reasons.push(`matches ${evidence.matched.slice(0, maxWords).map(word => `"${word}"`).join(', ')}`);
	if (reasons.length === 0 && evidence.learnedFrom > 0) {
		reasons.push(`learned from ${evidence.learnedFrom} past conversation${evidence.learnedFrom === 1 ? '' : 's'} answered with this`);
	}
	if (reasons.length === 0) reasons.push('no word in common: ranked by the wording of the whole message');
	return reasons;
}
