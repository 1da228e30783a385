// Composition root of the sentence encoder's child process (started by operations/encoder-children.ts): TensorFlow.js
// and the model live here only, so the console's heap never holds them. Answers {id, texts} with {id, vectors}.
import * as nodeModule from 'node:module';
import {getPriority, setPriority} from 'node:os';
import {compileCacheDir} from './paths.js';
import {loadSentenceEncoder} from './ranking/sentence-encoder-file.js';

// Before TensorFlow.js loads (its packages are imported on the first request): V8 then takes its compiled code from the cache.
nodeModule.enableCompileCache?.(compileCacheDir(process.env));

type Request = {id: number; texts: string[]};

// The console's frames come first on a busy machine: this process is 5 nicer than its parent.
try {
	setPriority(Math.min(19, getPriority() + 5));
} catch {
	// Not permitted here: the encoder runs at the parent's priority.
}

// The parent went away (closed, killed): nothing is left to answer, so no orphan stays behind.
process.on('disconnect', () => process.exit(0));

const encoder = loadSentenceEncoder();
encoder.catch(() => undefined);

// One request at a time, in the order they came: a big encode (many requests sent at once) is answered steadily,
// the first soonest, and the parent's clock, which runs from the last answer, sees it progress. Started all at
// once, they would share the model and all answer near the end.
let turn: Promise<unknown> = Promise.resolve();
process.on('message', (message: Request) => {
	turn = turn.then(() =>
		encoder.then(
			encode => encode(message.texts).then(
				vectors => process.send?.({id: message.id, vectors}),
				(error: unknown) => process.send?.({id: message.id, error: firstLine(error)}),
			),
			(error: unknown) => process.send?.({id: message.id, error: firstLine(error), fatal: true}),
		),
	);
});

function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
