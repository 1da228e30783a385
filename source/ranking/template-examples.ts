// Pseudo-examples cut from the templates themselves, so a classifier can learn before any history exists.
import type {RankableTemplate} from './rankable.js';
import {stripPlaceholders} from './tokenize.js';

// Shorter body fragments are greetings and sign-offs, shared by every template.
const minSentenceWords = 4;

/** The title, each tag, title with tags, and each body sentence, labelled with the template's index. */
export function templateExamples(templates: readonly RankableTemplate[]): Array<{text: string; label: number}> {
	const examples: Array<{text: string; label: number}> = [];
	templates.forEach((template, label) => {
		const add = (text: string) => {
			if (text.trim() !== '') examples.push({text, label});
		};
		add(template.title);
		for (const tag of template.tags) add(tag);
		add(`${template.title} ${template.tags.join(' ')}`);
		for (const sentence of stripPlaceholders(template.body).split(/(?<=[.!?])\s+|\n+/)) {
			if (sentence.trim().split(/\s+/).length >= minSentenceWords) add(sentence.trim());
		}
	});
	return examples;
}
