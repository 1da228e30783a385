// Exports Figure (one reported number with its definition and base), the distribution helpers and the
// figure builders every metric uses: a figure is a value or "unavailable: <reason>", never a silent zero.

export type Distribution = {median: number; p90: number; mean: number};

export type FigureValue =
	| {kind: 'duration'; unit: 'ms'; value: Distribution}
	| {kind: 'total'; unit: 'ms'; value: number}
	| {kind: 'rate'; unit: 'percent'; value: number}
	| {kind: 'count'; value: number}
	| {kind: 'score'; value: number}
	| {kind: 'table'; rows: Array<Record<string, string | number>>};

export type Figure = {
	/** Stable id, e.g. "frt.human". */
	id: string;
	label: string;
	definition: string;
	/** How many conversations the figure rests on. */
	conversations: number;
	/** Null when unavailable. */
	value: FigureValue | null;
	unavailable: string | null;
	/** Extra detail a figure carries (a breakdown, how a factor was read). */
	detail?: Record<string, unknown>;
};

export type FigureHead = {id: string; label: string; definition: string};

export function available(head: FigureHead, conversations: number, value: FigureValue, detail?: Record<string, unknown>): Figure {
	return {...head, conversations, value, unavailable: null, ...(detail ? {detail} : {})};
}

export function unavailable(head: FigureHead, conversations: number, reason: string): Figure {
	return {...head, conversations, value: null, unavailable: reason};
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], share: number): number {
	const rank = Math.max(1, Math.ceil(share * sorted.length));
	return sorted[rank - 1]!;
}

export function distribution(values: readonly number[]): Distribution | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
	return {median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), mean};
}

/** A duration figure, or unavailable with the reason when no conversation qualifies. */
export function durationFigure(head: FigureHead, values: readonly number[], emptyReason: string): Figure {
	const value = distribution(values);
	return value === null ? unavailable(head, 0, emptyReason) : available(head, values.length, {kind: 'duration', unit: 'ms', value});
}

/** A percentage of a base; unavailable when the base is empty. */
export function rateFigure(head: FigureHead, part: number, base: number, emptyReason: string, detail?: Record<string, unknown>): Figure {
	if (base === 0) return unavailable(head, 0, emptyReason);
	return available(head, base, {kind: 'rate', unit: 'percent', value: round((part / base) * 100)}, detail);
}

export function round(value: number, digits = 1): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
