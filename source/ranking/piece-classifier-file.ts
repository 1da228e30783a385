// The sentence model's pieces' classifier saved in <dataDir>/ranking/ (about 1.5 s to train on every start otherwise),
// under a hash of everything it was trained on: other templates, another encoder or other settings train anew.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {ClassifierStore} from './sentence-model.js';

/** One file per encoder; a newer identity replaces the older file (the templates changed). */
export function pieceClassifierStore(dataDir: string, encoder: string): ClassifierStore {
	const folder = join(dataDir, 'ranking');
	const prefix = `piece-classifier-${encoder}-`;
	const pathOf = (identity: string) => join(folder, `${prefix}${createHash('sha1').update(identity).digest('hex')}.bin`);
	return {
		load(identity, classes, weights) {
			const path = pathOf(identity);
			if (!existsSync(path)) return undefined;
			const bytes = readFileSync(path);
			// A file of another size was cut short or written by another build: train again.
			if (bytes.length !== weights * 4 + classes * 8) return undefined;
			const copy = new Uint8Array(bytes).buffer;
			return {weights: new Float32Array(copy, 0, weights), bias: new Float64Array(copy.slice(weights * 4))};
		},
		save(identity, classifier) {
			try {
				mkdirSync(folder, {recursive: true});
				for (const name of readdirSync(folder)) if (name.startsWith(prefix)) rmSync(join(folder, name), {force: true});
				const path = pathOf(identity);
				// Written beside and renamed: a reader never sees half a file.
				const fresh = `${path}.${process.pid}.tmp`;
				writeFileSync(fresh, Buffer.concat([Buffer.from(classifier.weights.buffer, classifier.weights.byteOffset, classifier.weights.byteLength), Buffer.from(classifier.bias.buffer, classifier.bias.byteOffset, classifier.bias.byteLength)]));
				renameSync(fresh, path);
			} catch {
				// A read-only data folder: the next start trains again, nothing else is lost.
			}
		},
	};
}
