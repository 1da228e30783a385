// What the ranking needs of a template and of a labelled past conversation.
import type {Template} from '../templates/template.js';

export type RankableTemplate = Pick<Template, 'id' | 'title' | 'tags' | 'body'>;

/** A customer message and the template that answered it (imported history or a recorded use). */
export type LabelledExample = {text: string; templateId: string};
