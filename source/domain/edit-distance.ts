// Damerau-Levenshtein distance and the "did you mean" pick built on it (pure).

/** Edits (insert, delete, substitute, swap two neighbours) from a to b: the unrestricted Damerau-Levenshtein distance. */
export function editDistance(a: string, b: string): number {
	const source = [...a];
	const target = [...b];
	const far = source.length + target.length;
	// Row and column 0 hold "far"; row/column 1 the plain prefix costs (Lowrance and Wagner's table).
	const table = Array.from({length: source.length + 2}, () => new Array<number>(target.length + 2).fill(0));
	table[0]![0] = far;
	for (let i = 0; i <= source.length; i++) {
		table[i + 1]![0] = far;
		table[i + 1]![1] = i;
	}
	for (let j = 0; j <= target.length; j++) {
		table[0]![j + 1] = far;
		table[1]![j + 1] = j;
	}
	const lastRowOf = new Map<string, number>();
	for (let i = 1; i <= source.length; i++) {
		let lastMatchColumn = 0;
		for (let j = 1; j <= target.length; j++) {
			const swapRow = lastRowOf.get(target[j - 1]!) ?? 0;
			const swapColumn = lastMatchColumn;
			const cost = source[i - 1] === target[j - 1] ? 0 : 1;
			if (cost === 0) lastMatchColumn = j;
			table[i + 1]![j + 1] = Math.min(
				table[i]![j]! + cost,
				table[i + 1]![j]! + 1,
				table[i]![j + 1]! + 1,
				table[swapRow]![swapColumn]! + (i - swapRow - 1) + 1 + (j - swapColumn - 1),
			);
		}
		lastRowOf.set(source[i - 1]!, i);
	}
	return table[source.length + 1]![target.length + 1]!;
}

/** How many edits a guess may be away: none for words of one or two letters, then more as words grow. */
export function allowedEdits(length: number): number {
	if (length < 3) return 0;
	if (length < 5) return 1;
	if (length < 9) return 2;
	return 3;
}

/** The known words nearest to a mistyped one (ties all kept, in the given order), or none when all are too far. */
export function closestWords(word: string, known: readonly string[]): string[] {
	const typed = word.toLowerCase();
	const limit = allowedEdits([...typed].length);
	if (limit === 0) return [];
	let best = limit + 1;
	let found: string[] = [];
	for (const candidate of new Set(known)) {
		if (candidate === word) continue;
		const distance = editDistance(typed, candidate.toLowerCase());
		if (distance > limit || distance > best) continue;
		if (distance < best) {
			best = distance;
			found = [];
		}
		found.push(candidate);
	}
	return found;
}

/** "; did you mean queue?" or "; did you mean reply or note?" (each written by show), or '' when nothing is near. */
export function didYouMean(word: string, known: readonly string[], show: (word: string) => string = word => word): string {
	const close = closestWords(word, known).slice(0, 3).map(show);
	if (close.length === 0) return '';
	const listed = close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close.at(-1)}`;
	return `; did you mean ${listed}?`;
}
