// Maps feature hashes to dense indexes and turns texts into L2-normalised TF-IDF vectors.

export type SparseVector = {index: Int32Array; value: Float32Array};

export type FeatureSpace = {
	readonly size: number;
	/** The training documents' vectors, in their order. */
	readonly documents: SparseVector[];
	/** Sublinear TF x IDF, L2-normalised; features never seen in training are dropped. `weights` scale each hash's count. */
	vector(hashes: readonly number[], weights?: readonly number[]): SparseVector;
};

/**
 * Learns the vocabulary and document frequencies from the training documents. Features in fewer than
 * `minFrequency` of them are dropped (they cost training time and rarely recur), and at most
 * `maxFeatures` are kept, the most frequent, so a big history cannot blow up the model's memory.
 */
export function createFeatureSpace(documents: ReadonlyArray<readonly number[]>, minFrequency = 1, maxFeatures = Number.POSITIVE_INFINITY): FeatureSpace {
	const table = new HashIndex();
	const indexed = documents.map(hashes => {
		const indexes = new Int32Array(hashes.length);
		for (let k = 0; k < hashes.length; k++) indexes[k] = table.add(hashes[k]!);
		return indexes;
	});
	const frequency = new Int32Array(table.size);
	const lastDocument = new Int32Array(table.size).fill(-1);
	indexed.forEach((indexes, document) => {
		for (const index of indexes) {
			if (lastDocument[index] === document) continue;
			lastDocument[index] = document;
			frequency[index]! += 1;
		}
	});
	// The cut-off frequency of the budget; features at it fill the places left, first seen first.
	const cut = table.size > maxFeatures ? Math.max(minFrequency, Int32Array.from(frequency).sort()[table.size - maxFeatures]!) : minFrequency;
	let atCut = maxFeatures;
	for (let index = 0; index < table.size; index++) if (frequency[index]! > cut) atCut--;
	const remap = new Int32Array(table.size).fill(-1);
	let size = 0;
	for (let index = 0; index < table.size; index++) {
		const count = frequency[index]!;
		if (count > cut || (count === cut && atCut-- > 0)) remap[index] = size++;
	}
	const count = documents.length;
	const idf = new Float32Array(size);
	for (let index = 0; index < table.size; index++) {
		if (remap[index]! >= 0) idf[remap[index]!] = Math.log((1 + count) / (1 + frequency[index]!)) + 1;
	}
	// Scratch counts shared by every call: no sorting, no Map, reset after use.
	const counts = new Float32Array(size);
	const touched = new Int32Array(size);
	// Takes indexes into the hash table and keeps the features that made the cut.
	const weigh = (indexes: Int32Array, length: number, scales?: Float32Array): SparseVector => {
		let distinct = 0;
		for (let k = 0; k < length; k++) {
			const feature = remap[indexes[k]!]!;
			if (feature < 0) continue;
			if (counts[feature] === 0) touched[distinct++] = feature;
			counts[feature]! += scales ? scales[k]! : 1;
		}
		const index = touched.slice(0, distinct);
		const value = new Float32Array(distinct);
		let norm = 0;
		for (let k = 0; k < distinct; k++) {
			const feature = index[k]!;
			const count = counts[feature]!;
			// Below one occurrence (a light part's words) the count itself, so the curve stays continuous.
			const weight = (count >= 1 ? 1 + Math.log(count) : count) * idf[feature]!;
			counts[feature] = 0;
			value[k] = weight;
			norm += weight * weight;
		}
		const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
		for (let k = 0; k < distinct; k++) value[k]! *= scale;
		return {index, value};
	};
	const scratch = new Int32Array(256);
	return {
		size,
		documents: indexed.map(indexes => weigh(indexes, indexes.length)),
		vector(hashes, weights) {
			const indexes = hashes.length <= scratch.length ? scratch : new Int32Array(hashes.length);
			const scales = weights ? new Float32Array(hashes.length) : undefined;
			let known = 0;
			hashes.forEach((hash, position) => {
				const index = table.get(hash);
				if (index < 0) return;
				if (scales) scales[known] = weights![position]!;
				indexes[known++] = index;
			});
			return weigh(indexes, known, scales);
		},
	};
}

// Open addressing over 32-bit hashes: several times faster than a Map for this many lookups.
class HashIndex {
	size = 0;
	private keys = new Uint32Array(1 << 14);
	private slots = new Int32Array(1 << 14).fill(-1);

	get(hash: number): number {
		const mask = this.keys.length - 1;
		for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
			const index = this.slots[slot]!;
			if (index < 0 || this.keys[slot] === hash) return index;
		}
	}

	add(hash: number): number {
		const mask = this.keys.length - 1;
		let slot = mix(hash) & mask;
		for (; this.slots[slot]! >= 0; slot = (slot + 1) & mask) if (this.keys[slot] === hash) return this.slots[slot]!;
		this.keys[slot] = hash;
		this.slots[slot] = this.size;
		if (++this.size * 2 > this.keys.length) this.rehash();
		return this.size - 1;
	}

	private rehash(): void {
		const {keys, slots} = this;
		this.keys = new Uint32Array(keys.length * 2);
		this.slots = new Int32Array(keys.length * 2).fill(-1);
		const mask = this.keys.length - 1;
		for (let old = 0; old < keys.length; old++) {
			if (slots[old]! < 0) continue;
			let slot = mix(keys[old]!) & mask;
			while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
			this.keys[slot] = keys[old]!;
			this.slots[slot] = slots[old]!;
		}
	}
}

function mix(hash: number): number {
	return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0;
}
