// Reads that run a few at a time, in order: the metric reads fetch one thread per conversation this way.
export async function* inBatches<T, R>(items: readonly T[], size: number, read: (item: T) => Promise<R>): AsyncIterable<[T, R]> {
	for (let start = 0; start < items.length; start += size) {
		const batch = items.slice(start, start + size);
		const results = await Promise.all(batch.map(read));
		for (const [index, item] of batch.entries()) yield [item, results[index]!];
	}
}
