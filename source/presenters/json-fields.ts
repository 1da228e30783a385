// --fields a,b: pick fields from a command's whitelist; an unknown one is a usage error naming the valid ones.
import {DeskError} from '../domain/errors.js';
import {escapeHiddenInJson} from './sanitize.js';

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

/** JSON text that is safe to show on a terminal: JSON.stringify escapes C0; DEL, C1 and bidi controls are escaped too. */
export function stringifyJson(value: unknown, indent: number): string {
	return escapeHiddenInJson(JSON.stringify(value, null, indent));
}
