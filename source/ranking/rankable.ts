// What the ranking needs of a template, of a labelled past conversation, and of the question it ranks for.
import type {Template} from '../templates/template.js';

export type RankableTemplate = Pick<Template, 'id' | 'title' | 'tags' | 'body'>;

/** A piece of what the customer wrote, and how much it says (1 for the real question, less for a follow-up). */
export type QueryPart = {text: string; weight: number};

/** A whole conversation's question: weighted parts, and the conversation's tags and channel as context. */
export type RankQuery = {parts: QueryPart[]; tags?: readonly string[]; channel?: string};

/** A customer message and the template that answered it (imported history, a recorded use, a harvested conversation). */
export type LabelledExample = {text: string; templateId: string; tags?: readonly string[]; channel?: string};

/** A plain text is one part of full weight. */
export function toQuery(query: string | RankQuery): RankQuery {
	return typeof query === 'string' ? {parts: [{text: query, weight: 1}]} : query;
}
