// Unsent replies and notes kept on disk while they are written, so a dropped SSH session loses nothing.
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';

export type Draft = {conversationId: string; kind: 'reply' | 'note'; text: string; savedAt: number};

/** Checked by hand rather than with zod: zod is large, and this file is read before the console's first frame. */
function asDraft(value: unknown): Draft | null {
	if (typeof value !== 'object' || value === null) return null;
	const {conversationId, kind, text, savedAt} = value as Record<string, unknown>;
	if (typeof conversationId !== 'string' || (kind !== 'reply' && kind !== 'note') || typeof text !== 'string' || typeof savedAt !== 'number') return null;
	return {conversationId, kind, text, savedAt};
}

export type DraftStore = {
	load(conversationId: string): Promise<Draft | null>;
	save(draft: Draft): Promise<void>;
	remove(conversationId: string): Promise<void>;
};

/** Drafts live in <dataDir>/drafts/<profile>/<conversation id>.json, written to a temp file and renamed. */
export function draftStore(dataDir: string, profile: string): DraftStore {
	const directory = join(dataDir, 'drafts', encodeURIComponent(profile));
	const file = (conversationId: string) => join(directory, `${encodeURIComponent(conversationId)}.json`);
	// One change at a time, so a save still writing can never bring back a draft just removed.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(work: () => Promise<T>): Promise<T> => {
		const next = queue.then(work, work);
		queue = next.catch(() => undefined);
		return next;
	};
	return {
		async load(conversationId) {
			let text: string;
			try {
				text = await readFile(file(conversationId), 'utf8');
			} catch {
				return null;
			}
			try {
				const draft = asDraft(JSON.parse(text));
				return draft?.conversationId === conversationId ? draft : null;
			} catch {
				// A damaged draft file is left where it is for the person to look at; the composer starts empty.
				return null;
			}
		},
		save(draft) {
			return serial(async () => {
				await mkdir(directory, {recursive: true, mode: 0o700});
				const target = file(draft.conversationId);
				const temporary = `${target}.${process.pid}.tmp`;
				await writeFile(temporary, JSON.stringify(draft), {mode: 0o600});
				await rename(temporary, target);
			});
		},
		remove(conversationId) {
			return serial(() => rm(file(conversationId), {force: true}));
		},
	};
}
