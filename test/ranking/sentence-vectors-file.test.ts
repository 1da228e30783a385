import {appendFileSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openSentenceVectors, sentenceVectorsPath} from '../../source/ranking/sentence-vectors-file.js';
import {fakeDimensions, fakeVector} from './sentence-fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'deskterm-sentence-vectors-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const record = 20 + fakeDimensions;

describe('the sentence vectors cache file', () => {
	it('keeps each text once, reads it back within a byte of precision, and appends only new texts', () => {
		const path = sentenceVectorsPath(join(scratch, 'a'), 'fake');
		const cache = openSentenceVectors(path, fakeDimensions);
		cache.add(['my parcel is late', 'refund please'], [fakeVector('my parcel is late'), fakeVector('refund please')]);
		expect(statSync(path).size).toBe(2 * record);
		cache.add(['refund please', 'new question'], [fakeVector('refund please'), fakeVector('new question')]);
		expect(statSync(path).size).toBe(3 * record);
		const reopened = openSentenceVectors(path, fakeDimensions);
		expect(reopened.size).toBe(3);
		const read = reopened.get('my parcel is late')!;
		fakeVector('my parcel is late').forEach((value, k) => expect(Math.abs(read[k]! - value)).toBeLessThanOrEqual(0.5 / 127 + 1e-6));
		expect(reopened.get('never encoded')).toBeUndefined();
	});

	it('cuts a record torn by a crash, so the next ones stay aligned', () => {
		const path = sentenceVectorsPath(join(scratch, 'b'), 'fake');
		openSentenceVectors(path, fakeDimensions).add(['one'], [fakeVector('one')]);
		appendFileSync(path, Buffer.alloc(7, 1));
		const cache = openSentenceVectors(path, fakeDimensions);
		expect(statSync(path).size).toBe(record);
		cache.add(['two'], [fakeVector('two')]);
		const reopened = openSentenceVectors(path, fakeDimensions);
		expect(reopened.size).toBe(2);
		expect(reopened.get('two')![0]).toBeCloseTo(fakeVector('two')[0]!, 2);
	});

	it('lives in memory without a path', () => {
		const cache = openSentenceVectors(null, fakeDimensions);
		cache.add(['x'], [fakeVector('x')]);
		expect(cache.get('x')).toBeDefined();
	});
});
