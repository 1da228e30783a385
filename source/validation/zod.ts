// zod/mini with English messages only: classic zod and its 60+ locales take ~70 ms to import at every start.
// Import it as a namespace (`import * as z from '.../validation/zod.js'`): a re-exported `z` object
// would make esbuild keep every export, locales included, and undo the saving.
import {config} from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type {$ZodError} from 'zod/v4/core';

config(en());

export * from 'zod/mini';

/** One line naming the first problem, for a message a person can act on. */
export function describeIssue(error: $ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	const where = issue.path.map(String).join('.');
	return where ? `${where}: ${issue.message}` : issue.message;
}
