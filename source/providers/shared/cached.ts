// Answers an adapter keeps while they are good: a failed load is forgotten, so the next call asks again.

/** Agents and teams change rarely; an agent keeps the console open all day. */
export const directoryTtlMs = 5 * 60_000;

/** The first call loads; later calls share its answer. */
export function cachedOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => {
		if (!value) {
			value = load();
			value.catch(() => (value = undefined));
		}
		return value;
	};
}

/** The same, loaded again once ttlMs have passed on the clock. */
export function cachedFor<T>(ttlMs: number, clock: () => number, load: () => Promise<T>): () => Promise<T> {
	let cached: {at: number; value: Promise<T>} | undefined;
	return () => {
		if (!cached || clock() - cached.at > ttlMs) {
			const value = load();
			value.catch(() => (cached = undefined));
			cached = {at: clock(), value};
		}
		return cached.value;
	};
}
