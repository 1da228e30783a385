// The sentence vectors of every text encoded so far (templates' pieces, history), kept in <dataDir>/ranking/ so that a
// new history entry costs one encoding, not ten thousand. Records are appended; a torn last record is ignored.
import {createHash} from 'node:crypto';
import {closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync} from 'node:fs';
import {join} from 'node:path';

const hashBytes = 20;
// Unit vectors stored as one signed byte a dimension (x 127), as the word vectors are: a quarter of the size.
const scale = 127;

export type SentenceVectorCache = {
	get(text: string): Float32Array | undefined;
	/** Adds vectors for texts (written through to the file, when there is one). */
	add(texts: readonly string[], vectors: readonly Float32Array[]): void;
	readonly size: number;
};

export function sentenceVectorsPath(dataDir: string, encoder: string): string {
	return join(dataDir, 'ranking', `sentence-vectors-${encoder}.bin`);
}

export function textKey(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}

/** Reads the file (absent: empty); without a path the cache lives in memory only. */
export function openSentenceVectors(path: string | null, dimensions: number): SentenceVectorCache {
	const known = new Map<string, Float32Array>();
	const record = hashBytes + dimensions;
	if (path && existsSync(path)) {
		const bytes = readFileSync(path);
		for (let start = 0; start + record <= bytes.length; start += record) {
			const values = new Int8Array(bytes.buffer, bytes.byteOffset + start + hashBytes, dimensions);
			known.set(bytes.subarray(start, start + hashBytes).toString('hex'), Float32Array.from(values, value => value / scale));
		}
		// A crash mid-append leaves part of a record: cut it, so the next records stay aligned.
		if (bytes.length % record !== 0) truncateSync(path, bytes.length - (bytes.length % record));
	}
	return {
		get: text => known.get(textKey(text)),
		get size() {
			return known.size;
		},
		add(texts, vectors) {
			const records: Buffer[] = [];
			texts.forEach((text, index) => {
				const key = textKey(text);
				if (known.has(key)) return;
				const vector = vectors[index]!;
				const stored = Int8Array.from(vector, value => Math.max(-scale, Math.min(scale, Math.round(value * scale))));
				known.set(key, Float32Array.from(stored, value => value / scale));
				records.push(Buffer.from(key, 'hex'), Buffer.from(stored.buffer));
			});
			if (!path || records.length === 0) return;
			mkdirSync(join(path, '..'), {recursive: true});
			const descriptor = openSync(path, 'a');
			try {
				writeSync(descriptor, Buffer.concat(records));
				fsyncSync(descriptor);
			} finally {
				closeSync(descriptor);
			}
		},
	};
}
