// --fields a,b: pick fields from a command's whitelist; an unknown one is a usage error naming the valid ones.
import {DeskError} from '../domain/errors.js';

export function parseFieldList(text: string, valid: readonly string[]): string[] {
	const fields = text.split(',').map(field => field.trim()).filter(Boolean);
	if (fields.length === 0) throw new DeskError('usage', `--fields needs field names (valid: ${valid.join(', ')})`);
	const unknown = fields.filter(field => !valid.includes(field));
	if (unknown.length > 0) {
		const names = unknown.map(field => `"${field}"`).join(', ');
		throw new DeskError('usage', `unknown field${unknown.length > 1 ? 's' : ''} ${names} (valid: ${valid.join(', ')})`);
	}
	return [...new Set(fields)];
}

/** The object with only the chosen fields, in the order they were asked for; all of it without a choice. */
export function selectFields(object: Record<string, unknown>, fields: readonly string[] | null): Record<string, unknown> {
	if (fields === null) return object;
	return Object.fromEntries(fields.map(field => [field, object[field]]));
}

/** JSON text that is safe to show on a terminal: C1 controls escaped (JSON.stringify escapes only C0). */
export function stringifyJson(value: unknown, indent: number): string {
	return JSON.stringify(value, null, indent).replace(/[\u007F-\u009F]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
