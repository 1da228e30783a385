// What a shell may complete from the desk: conversation ids in the queue, profile names, template ids.
import type {Context} from '../context.js';
import {listProfiles} from '../config/load-profile.js';
import {sanitizeForTerminal} from '../presenters/sanitize.js';
import {loadTemplates} from '../templates/load-templates.js';
import {templateSources} from '../templates/template-dirs.js';
import {templatesForLanguage} from '../templates/variants.js';

export type Candidate = {value: string; description: string};

/** Enough for any prefix a person types; a 100,000-conversation local desk still answers at once. */
export const conversationCandidateLimit = 1000;
/** A remote desk gets this long for its first page of the queue; the shell waits on it. */
export const remoteDeadlineMs = 1500;

/** Ids in the active profile's queue (not closed) starting with the prefix: every page locally, one page remotely. */
export async function conversationCandidates(context: Context, prefix: string): Promise<Candidate[]> {
	const local = context.profile.provider === 'local';
	const read = async () => {
		const provider = await context.provider();
		const found: Candidate[] = [];
		let cursor: string | undefined;
		do {
			const page = await provider.listQueue({limit: local ? 1000 : 100, ...(cursor === undefined ? {} : {cursor})});
			for (const row of page.conversations) {
				if (row.id.startsWith(prefix)) found.push({value: row.id, description: oneLine(`${row.subject} (${row.customerName})`)});
			}
			cursor = page.nextCursor ?? undefined;
		} while (local && cursor !== undefined && found.length < conversationCandidateLimit);
		return found.slice(0, conversationCandidateLimit);
	};
	return (local ? await read() : await withDeadline(read(), remoteDeadlineMs)) ?? [];
}

export function profileCandidates(context: Context, prefix: string): Candidate[] {
	const {defaultName, profiles} = listProfiles(context.paths);
	return profiles
		.filter(profile => profile.name.startsWith(prefix))
		.map(profile => ({value: profile.name, description: `${profile.provider}${profile.name === defaultName ? ', default' : ''}`}));
}

/** Template ids (once each, titled in English where there is a variant) from the shipped library and the user's folder. */
export async function templateCandidates(context: Context, prefix: string): Promise<Candidate[]> {
	const {templates} = await loadTemplates(templateSources(context.paths));
	return templatesForLanguage(templates, 'en')
		.filter(template => template.id.startsWith(prefix))
		.map(template => ({value: template.id, description: oneLine(template.title)}));
}

/** The promise's value, or undefined once the time is up (the work goes on unobserved, its failure ignored). */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<undefined>(resolve => {
		timer = setTimeout(resolve, ms, undefined);
	});
	try {
		return await Promise.race([work, late]);
	} finally {
		clearTimeout(timer);
		work.catch(() => undefined);
	}
}

function oneLine(text: string): string {
	return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
