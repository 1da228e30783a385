// Loads the word vectors file the build derives (dist/word-vectors.bin); absent in a build without it.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createWordVectors, type WordVectors} from './word-vectors.js';

export const wordVectorsFileName = 'word-vectors.bin';

/** dist/word-vectors.bin next to package.json above this file (source/ranking/ in tests, dist/ or dist/chunks/ in the bundle). */
export function wordVectorsPath(from: string = fileURLToPath(import.meta.url)): string | null {
	let directory = dirname(from);
	for (let depth = 0; depth < 5; depth++) {
		const candidate = join(directory, 'dist', wordVectorsFileName);
		if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
		const parent = dirname(directory);
		if (parent === directory) break;
		directory = parent;
	}
	return null;
}

/** Parses the file: "DTWV", word count, dimensions, the words' byte length (uint32 LE each), the words, the vectors. */
export function parseWordVectors(bytes: Uint8Array): WordVectors {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const magic = String.fromCharCode(...bytes.subarray(0, 4));
	if (magic !== 'DTWV' || bytes.length < 16) throw new Error('not a deskterm word vectors file');
	const count = view.getUint32(4, true);
	const dimensions = view.getUint32(8, true);
	const wordBytes = view.getUint32(12, true);
	const words = new TextDecoder().decode(bytes.subarray(16, 16 + wordBytes)).split('\n');
	const start = 16 + wordBytes;
	if (words.length !== count || bytes.length !== start + count * dimensions) throw new Error('the word vectors file is truncated');
	return createWordVectors(words, new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dimensions), dimensions);
}

let loaded: WordVectors | null | undefined;

/** The shipped vectors, read once per process; null when this build has none (the ranking then uses the templates' words alone). */
export function loadWordVectors(path: string | null = wordVectorsPath()): WordVectors | null {
	if (loaded !== undefined) return loaded;
	loaded = path ? parseWordVectors(readFileSync(path)) : null;
	return loaded;
}
