// Unsent replies and notes kept on disk while they are written, so a dropped SSH session loses nothing.
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {z} from 'zod';

const draftSchema = z.object({
	conversationId: z.string(),
	kind: z.enum(['reply', 'note']),
	text: z.string(),
	savedAt: z.number(),
});

export type Draft = z.infer<typeof draftSchema>;

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
				const parsed = draftSchema.safeParse(JSON.parse(text));
				return parsed.success && parsed.data.conversationId === conversationId ? parsed.data : null;
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
