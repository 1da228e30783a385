// Unsent replies and notes kept on disk while they are written, so a dropped SSH session loses nothing.
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {isPriority, isStatus} from '../../domain/conversation.js';
import {refuseInReadOnly} from '../../operations/guard-write.js';
import type {InsertedTemplate} from '../../operations/template-use.js';
import type {TemplateActions} from '../../templates/template.js';

export type Draft = {
	conversationId: string;
	kind: 'reply' | 'note';
	text: string;
	savedAt: number;
	/** The templates put into it, so their actions and their use survive a restore. */
	templates?: InsertedTemplate[];
};

/** Checked by hand rather than with zod: zod is large, and this file is read before the console's first frame. */
function asDraft(value: unknown): Draft | null {
	if (typeof value !== 'object' || value === null) return null;
	const {conversationId, kind, text, savedAt, templates} = value as Record<string, unknown>;
	if (typeof conversationId !== 'string' || (kind !== 'reply' && kind !== 'note') || typeof text !== 'string' || typeof savedAt !== 'number') return null;
	const inserted = Array.isArray(templates) ? templates.flatMap(asInsertedTemplate) : [];
	return {conversationId, kind, text, savedAt, ...(inserted.length > 0 ? {templates: inserted} : {})};
}

/** A template entry that does not check out is dropped: the text is what matters, its actions must be exact. */
function asInsertedTemplate(value: unknown): InsertedTemplate[] {
	if (typeof value !== 'object' || value === null) return [];
	const {id, title, text, actions, humanOnly} = value as Record<string, unknown>;
	const checked = asActions(actions);
	if (typeof id !== 'string' || typeof title !== 'string' || typeof text !== 'string' || typeof humanOnly !== 'boolean' || !checked) return [];
	return [{id, title, text, actions: checked, humanOnly}];
}

function asActions(value: unknown): TemplateActions | null {
	if (typeof value !== 'object' || value === null) return null;
	const {status, snoozeFor, addTags, removeTags, assign, priority} = value as Record<string, unknown>;
	const words = (list: unknown) => list === undefined || (Array.isArray(list) && list.every(item => typeof item === 'string'));
	const word = (item: unknown) => item === undefined || typeof item === 'string';
	if (!word(status) || (typeof status === 'string' && !isStatus(status)) || !word(priority) || (typeof priority === 'string' && !isPriority(priority))) return null;
	if (!word(snoozeFor) || !word(assign) || !words(addTags) || !words(removeTags)) return null;
	return value as TemplateActions;
}

export type DraftStore = {
	load(conversationId: string): Promise<Draft | null>;
	save(draft: Draft): Promise<void>;
	remove(conversationId: string): Promise<void>;
};

/** Drafts live in <dataDir>/drafts/<profile>/<conversation id>.json, written to a temp file and renamed; read-only mode only reads them. */
export function draftStore(dataDir: string, profile: string, mode: {readOnly: boolean} = {readOnly: false}): DraftStore {
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
				refuseInReadOnly(mode, 'keep a draft on disk');
				await mkdir(directory, {recursive: true, mode: 0o700});
				const target = file(draft.conversationId);
				const temporary = `${target}.${process.pid}.tmp`;
				await writeFile(temporary, JSON.stringify(draft), {mode: 0o600});
				await rename(temporary, target);
			});
		},
		remove(conversationId) {
			return serial(async () => {
				refuseInReadOnly(mode, 'remove a draft from disk');
				await rm(file(conversationId), {force: true});
			});
		},
	};
}
