// The baseline every figure is judged against: plain Okapi BM25 over the templates, as the shared evaluator defines it.
import {addTerms, createBm25} from './bm25.js';
import type {RankableTemplate} from './rankable.js';

const baselineOptions = {k1: 1.2, b: 0.75};
const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Template ids best first (ties in template order): title, tags and body as one field, no stemming or stop words. */
export function createBm25Baseline(templates: readonly RankableTemplate[]): (text: string) => string[] {
	const index = createBm25(
		templates.map(template => addTerms(new Map(), tokens([template.title, template.tags.join(' '), template.body].join('\n')), 1)),
		baselineOptions,
	);
	return text => {
		const scores = index.scores(tokens(text));
		return templates
			.map((template, position) => ({id: template.id, score: scores[position]!, position}))
			.filter(entry => entry.score > 0)
			.sort((a, b) => b.score - a.score || a.position - b.position)
			.map(entry => entry.id);
	};
}
