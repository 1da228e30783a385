// Fills {{placeholders}} from plain values (no code runs): {{customer.first_name | there}} has a fallback,
// and a field nobody can fill stays visible as {{order_number}} for the agent to fill before sending.
import {DeskError} from '../domain/errors.js';

/** Dotted keys such as 'customer.first_name' or 'attributes.order_number'; missing or blank means unknown. */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

export type Placeholder = {
	/** The key as written, e.g. 'customer.attributes.order_number'. */
	key: string;
	/** What the agent sees in a marked field, e.g. 'order_number'. */
	name: string;
	/** The fallback after "|", trimmed; null when there is none. */
	fallback: string | null;
	start: number;
	end: number;
};

/** A field left to fill, with its place in the text (end exclusive). */
export type UnfilledField = {name: string; key: string; start: number; end: number};

export type FilledText = {text: string; unfilled: UnfilledField[]};

const placeholderPattern = /\{\{[ \t]*([A-Za-z_][\w-]*(?:\.[\w-]+)*)[ \t]*(?:\|([^{}\n]*))?\}\}/g;

export function findPlaceholders(text: string): Placeholder[] {
	const found: Placeholder[] = [];
	for (const match of text.matchAll(placeholderPattern)) {
		const key = match[1]!;
		found.push({key, name: fieldName(key), fallback: match[2] === undefined ? null : match[2].trim(), start: match.index, end: match.index + match[0].length});
	}
	return found;
}

/** Custom attributes show by their own name; everything else by its full key. */
export function fieldName(key: string): string {
	const attribute = /^(?:customer\.)?attributes\.(.+)$/.exec(key);
	return attribute ? attribute[1]! : key;
}

export function fillTemplate(body: string, values: PlaceholderValues): FilledText {
	let text = '';
	let last = 0;
	const unfilled: UnfilledField[] = [];
	for (const placeholder of findPlaceholders(body)) {
		text += body.slice(last, placeholder.start);
		last = placeholder.end;
		const value = lookUp(values, placeholder.key) ?? placeholder.fallback;
		if (value !== null) {
			text += value;
			continue;
		}
		const marker = `{{${placeholder.name}}}`;
		unfilled.push({name: placeholder.name, key: placeholder.key, start: text.length, end: text.length + marker.length});
		text += marker;
	}
	return {text: text + body.slice(last), unfilled};
}

/** A bare {{order_number}} is a custom attribute when the customer has one by that name. */
function lookUp(values: PlaceholderValues, key: string): string | null {
	const candidates = key.includes('.') ? [key] : [key, `attributes.${key}`, `customer.attributes.${key}`];
	for (const candidate of candidates) {
		// Own keys only: {{toString}} must not reach Object.prototype.
		const value = Object.hasOwn(values, candidate) ? values[candidate] : undefined;
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return null;
}

/** The fields still to fill in a reply (markers left by fillTemplate, or placeholders typed by hand). */
export function findUnfilledFields(text: string): UnfilledField[] {
	return findPlaceholders(text).map(({name, key, start, end}) => ({name, key, start, end}));
}

/** Null when the reply may be sent; otherwise what to tell the agent. */
export function unfilledFieldsMessage(text: string): string | null {
	const names = [...new Set(findUnfilledFields(text).map(field => `{{${field.name}}}`))];
	if (names.length === 0) return null;
	const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
	return `fill ${list} before sending`;
}

/** Sending with an unfilled field is refused, below the UI too. */
export function assertNoUnfilledFields(text: string): void {
	const message = unfilledFieldsMessage(text);
	if (message) throw new DeskError('usage', message);
}
