// --json and --fields for every command: the option specs, what was asked for, and the writer.
import {parseFieldList, selectFields, stringifyJson} from '../../presenters/json-fields.js';
import type {OptionSpec, ParsedInput} from '../command.js';
import type {Io} from '../io.js';

/** The chosen fields, or null for all of them. */
export type JsonRequest = {fields: string[] | null};

export function jsonOptions(validFields?: readonly string[]): Record<string, OptionSpec> {
	const json: OptionSpec = {type: 'boolean', description: 'print JSON with stable fields'};
	if (!validFields) return {json};
	return {
		json,
		fields: {type: 'string', valueName: '<a,b,...>', complete: {kind: 'choice', values: validFields, list: true}, description: `only these JSON fields (implies --json): ${validFields.join(', ')}`},
	};
}

/** Null when the person wants text; --fields alone implies --json. */
export function readJsonRequest(values: ParsedInput['values'], validFields?: readonly string[]): JsonRequest | null {
	const fields = values['fields'];
	if (typeof fields === 'string' && validFields) return {fields: parseFieldList(fields, validFields)};
	return values['json'] === true ? {fields: null} : null;
}

/** Indented for a person at a terminal, one line for a pipe; both parse the same. */
export function writeJson(io: Io, value: unknown): void {
	io.write(`${stringifyJson(value, io.isStdoutTty ? 2 : 0)}\n`);
}

export function pickFields(object: Record<string, unknown>, request: JsonRequest): Record<string, unknown> {
	return selectFields(object, request.fields);
}
