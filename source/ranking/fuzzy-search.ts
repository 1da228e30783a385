// The composer's "/" search: shortcut matches first, then a term index ranks candidates and fuse.js orders the few best.
import Fuse from 'fuse.js';
import type {Template} from '../templates/template.js';
import {createTermIndex, type TermMatch} from './term-index.js';
import {stripPlaceholders, words} from './tokenize.js';

export type FuzzyTemplate = Pick<Template, 'id' | 'title' | 'tags' | 'body' | 'shortcut'>;

export type FuzzyHit = {
	templateId: string;
	/** 0..1, higher is better; shortcut matches score 1. */
	score: number;
	/** Where the best match was: what the composer can highlight. */
	matchedIn: 'shortcut' | 'title' | 'tags' | 'body';
};

export type FuzzyIndex = {
	readonly size: number;
	search(query: string, limit?: number): FuzzyHit[];
};

const fieldWeights = {shortcut: 4, title: 3, tags: 2, body: 1} as const;
const kindFactor: Record<TermMatch['kind'], number> = {exact: 1, prefix: 0.8, typo: 0.6};
// fuse.js re-orders only this many candidates: its bitap search is too slow for thousands per keystroke.
const fuseCandidates = 12;
const maxShortcutMatches = 64;
const fuseShare = 0.4;

export function createFuzzyIndex(templates: readonly FuzzyTemplate[]): FuzzyIndex {
	const fieldsOf = templates.map(template => ({
		shortcut: template.shortcut ? words(template.shortcut) : [],
		title: words(template.title),
		tags: template.tags.flatMap(tag => words(tag)),
		body: words(stripPlaceholders(template.body)),
	}));
	const index = createTermIndex(
		fieldsOf.map(fields => (Object.keys(fieldWeights) as Array<keyof typeof fieldWeights>).map(name => ({terms: fields[name], weight: fieldWeights[name]}))),
	);
	const shortcuts = templates.map(template => (template.shortcut ?? '').toLowerCase());
	const byShortcut = templates.flatMap((_, document) => (shortcuts[document] ? [document] : [])).sort((a, b) => compare(shortcuts[a]!, shortcuts[b]!));
	const count = templates.length;
	const scores = new Float64Array(count);
	const matchedTerms = new Uint8Array(count);
	const bestField = new Uint8Array(count);
	const termScore = new Float64Array(count);
	const termField = new Uint8Array(count);
	const shortcutTier = (document: number, query: string) =>
		shortcuts[document] === query ? 2 : shortcuts[document] !== '' && shortcuts[document]!.startsWith(query) ? 1 : 0;

	// Shortcuts are sorted, so the ones starting with the query are one contiguous run.
	const shortcutsStarting = (query: string): number[] => {
		let low = 0;
		let high = byShortcut.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (shortcuts[byShortcut[middle]!]! < query) low = middle + 1;
			else high = middle;
		}
		const found: number[] = [];
		for (let position = low; position < byShortcut.length && found.length < maxShortcutMatches; position++) {
			if (!shortcuts[byShortcut[position]!]!.startsWith(query)) break;
			found.push(byShortcut[position]!);
		}
		return found;
	};

	return {
		size: count,
		search(rawQuery, limit = 10) {
			const query = rawQuery.replace(/^\//, '').trim().toLowerCase();
			if (query === '' || count === 0) return [];
			const terms = words(query).slice(0, 8);
			const touched: number[] = [];
			terms.forEach((term, position) => {
				const termTouched: number[] = [];
				// The word being typed (the last) matches as a prefix; so does any word long enough to mean one.
				for (const match of index.lookup(term, position === terms.length - 1 || term.length >= 3)) {
					const list = index.postings(match.term)!;
					const value = index.idf(match.term) * kindFactor[match.kind];
					for (let k = 0; k < list.documents.length; k++) {
						const document = list.documents[k]!;
						const score = value * list.weights[k]!;
						if (termScore[document] === 0) termTouched.push(document);
						if (score > termScore[document]!) {
							termScore[document] = score;
							termField[document] = list.weights[k]!;
						}
					}
				}
				for (const document of termTouched) {
					if (matchedTerms[document] === 0) touched.push(document);
					scores[document]! += termScore[document]!;
					matchedTerms[document]! += 1;
					bestField[document] = Math.max(bestField[document]!, termField[document]!);
					termScore[document] = 0;
					termField[document] = 0;
				}
			});
			for (const document of shortcutsStarting(query)) {
				if (matchedTerms[document] !== 0) continue;
				touched.push(document);
				matchedTerms[document] = terms.length;
				bestField[document] = fieldWeights.shortcut;
			}
			// Every word matched beats most words matched; then the index score.
			const top = topCandidates(touched, document => matchedTerms[document]! * 1e9 + scores[document]!, Math.max(limit, fuseCandidates)).map(document => ({
				document,
				matched: matchedTerms[document]!,
				score: scores[document]!,
				field: bestField[document]!,
			}));
			for (const document of touched) {
				scores[document] = 0;
				matchedTerms[document] = 0;
				bestField[document] = 0;
			}
			const maxScore = top[0]?.score || 1;
			const fused = fuseScores(query, top.slice(0, fuseCandidates).map(entry => templates[entry.document]!));
			return top
				.map((entry, position) => ({
					entry,
					tier: shortcutTier(entry.document, query),
					score: (1 - fuseShare) * (entry.score / maxScore) * (entry.matched / Math.max(terms.length, 1)) + fuseShare * (fused[position] ?? 0),
				}))
				.sort((a, b) => b.tier - a.tier || b.score - a.score || a.entry.document - b.entry.document)
				.slice(0, limit)
				.map(({entry, tier, score}) => ({
					templateId: templates[entry.document]!.id,
					score: tier > 0 ? 1 : Math.round(Math.min(score, 0.999) * 1000) / 1000,
					matchedIn: fieldName(tier > 0 ? fieldWeights.shortcut : entry.field),
				}));
		},
	};
}

/** The `count` best documents by key, best first; a short sorted list beats sorting thousands. */
function topCandidates(documents: readonly number[], key: (document: number) => number, count: number): number[] {
	const best: number[] = [];
	const keys: number[] = [];
	for (const document of documents) {
		const value = key(document);
		if (best.length === count && value <= keys[count - 1]!) continue;
		let position = best.length === count ? count - 1 : best.length;
		while (position > 0 && value > keys[position - 1]!) {
			best[position] = best[position - 1]!;
			keys[position] = keys[position - 1]!;
			position--;
		}
		best[position] = document;
		keys[position] = value;
	}
	return best;
}

/** fuse.js similarity (0..1) of each candidate's short fields to the query, in candidate order. */
function fuseScores(query: string, candidates: readonly FuzzyTemplate[]): number[] {
	const fuse = new Fuse(
		candidates.map((template, position) => ({position, shortcut: template.shortcut ?? '', title: template.title, tags: template.tags.join(' ')})),
		{
			keys: [
				{name: 'shortcut', weight: fieldWeights.shortcut},
				{name: 'title', weight: fieldWeights.title},
				{name: 'tags', weight: fieldWeights.tags},
			],
			ignoreLocation: true,
			threshold: 0.4,
			includeScore: true,
		},
	);
	const result = new Array<number>(candidates.length).fill(0);
	for (const hit of fuse.search(query)) result[hit.item.position] = 1 - (hit.score ?? 1);
	return result;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function fieldName(weight: number): FuzzyHit['matchedIn'] {
	return weight >= fieldWeights.shortcut ? 'shortcut' : weight >= fieldWeights.title ? 'title' : weight >= fieldWeights.tags ? 'tags' : 'body';
}
