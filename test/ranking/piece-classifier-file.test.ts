import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pieceClassifierStore} from '../../source/ranking/piece-classifier-file.js';
import type {ClassifierStore} from '../../source/ranking/sentence-model.js';
import {sentenceModelBuild} from '../../source/ranking/sentence-model.js';
import {finish} from '../../source/ranking/softmax-classifier.js';
import {rankingWeights} from '../../source/ranking/weights.js';
import type {Template} from '../../source/templates/template.js';
import {fixtureTemplates} from './ranking-fixtures.js';
import {fakeSentenceVectors, fakeVector} from './sentence-fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'deskterm-piece-classifier-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
let templates: Template[];
beforeAll(async () => {
	templates = await fixtureTemplates();
});

/** The store, counting what it found and what it saved. */
function counted(store: ClassifierStore) {
	const counts = {found: 0, saved: 0};
	const wrapped: ClassifierStore = {
		load(identity, classes, weights) {
			const loaded = store.load(identity, classes, weights);
			if (loaded) counts.found++;
			return loaded;
		},
		save(identity, classifier) {
			counts.saved++;
			store.save(identity, classifier);
		},
	};
	return {counts, wrapped};
}

const modelWith = (list: Template[], classifiers: ClassifierStore) => finish(sentenceModelBuild(list, [], {...fakeSentenceVectors().vectors, classifiers}, rankingWeights.sentences));

describe("the pieces' classifier saved in the data folder", () => {
	it('is trained once: the next build restores it and scores exactly alike', () => {
		const dataDir = join(scratch, 'once');
		const first = counted(pieceClassifierStore(dataDir, 'fake-16'));
		const trained = modelWith(templates, first.wrapped);
		expect(first.counts).toEqual({found: 0, saved: 1});
		const second = counted(pieceClassifierStore(dataDir, 'fake-16'));
		const restored = modelWith(templates, second.wrapped);
		expect(second.counts).toEqual({found: 1, saved: 0});
		const message = fakeVector('my parcel has not arrived');
		expect([...restored.scores(message).pieceClassifier]).toEqual([...trained.scores(message).pieceClassifier]);
	});

	it('trains again for other templates and keeps only the newest file; a file of the wrong size is not read', () => {
		const dataDir = join(scratch, 'changed');
		modelWith(templates, pieceClassifierStore(dataDir, 'fake-16'));
		const fewer = counted(pieceClassifierStore(dataDir, 'fake-16'));
		modelWith(templates.slice(1), fewer.wrapped);
		expect(fewer.counts).toEqual({found: 0, saved: 1});
		const files = readdirSync(join(dataDir, 'ranking'));
		expect(files).toHaveLength(1);
		writeFileSync(join(dataDir, 'ranking', files[0]!), 'torn');
		const again = counted(pieceClassifierStore(dataDir, 'fake-16'));
		modelWith(templates.slice(1), again.wrapped);
		expect(again.counts).toEqual({found: 0, saved: 1});
	});
});
