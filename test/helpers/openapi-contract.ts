// Checks requests an adapter sends and fixture responses against a published OpenAPI document with ajv:
// the operation exists for method + path, parameters and bodies are valid, responses match their schema.
import {existsSync, readFileSync} from 'node:fs';
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {parse} from 'yaml';
import type {HttpRequest} from '../../source/providers/http/http-types.js';

type Json = Record<string, unknown>;
type Parameter = {name: string; in: string; required?: boolean; schema?: Json};
type Operation = {parameters?: Array<Parameter | {$ref: string}>; requestBody?: Json; responses?: Json; security?: Json[]};

export type OpenApiDocument = {
	openapi: string;
	paths: Record<string, Record<string, unknown>>;
	components?: Json;
	security?: Json[];
};

export type MatchedOperation = {key: string; template: string; operation: Operation; pathValues: Record<string, string>};

export type OpenApiContract = {
	document: OpenApiDocument;
	match(method: string, path: string): MatchedOperation | undefined;
	/** Problems with a request as the adapter built it (empty when it follows the specification). */
	checkRequest(request: HttpRequest): string[];
	/** Problems with a response body for an operation and status. */
	checkResponse(method: string, path: string, status: number, body: unknown): string[];
};

export function specAvailable(path: string): boolean {
	return existsSync(path);
}

export function readOpenApi(path: string): OpenApiDocument {
	const text = readFileSync(path, 'utf8');
	return (path.endsWith('.json') ? JSON.parse(text) : parse(text)) as OpenApiDocument;
}

/** Builds a contract from a document; amend() may widen it in named, documented ways before compiling. */
export function openApiContract(document: OpenApiDocument): OpenApiContract {
	const is30 = document.openapi.startsWith('3.0');
	const components = (is30 ? nullableToJsonSchema(document.components) : document.components) as Json;
	const ajv = new Ajv2020({strict: false, allErrors: true, logger: false, validateFormats: true});
	(addFormatsModule as unknown as (instance: Ajv2020) => void)(ajv);
	ajv.addSchema({$id: 'spec.json', components}, 'spec.json');
	ajv.addSchema({$id: 'closed.json', components: closeObjects(components)}, 'closed.json');
	const compiled = new Map<string, ValidateFunction>();
	const routes = Object.keys(document.paths).map(template => ({template, pattern: templatePattern(template)}));

	/** Request bodies are checked closed: a field the operation does not document is a broken field name. */
	function validator(key: string, schema: unknown, closed = false): ValidateFunction {
		let validate = compiled.get(key);
		if (!validate) {
			const open = is30 ? nullableToJsonSchema(schema) : schema;
			const prepared = closed ? rebase(closeObjects(open), 'closed.json') : rebase(open, 'spec.json');
			validate = ajv.compile(prepared as Json);
			compiled.set(key, validate);
		}
		return validate;
	}

	function errorsOf(validate: ValidateFunction, value: unknown, where: string): string[] {
		if (validate(value)) return [];
		return (validate.errors ?? []).map(error => {
			const params = error.params as {unevaluatedProperty?: string; allowedValues?: unknown[]};
			const detail = params.unevaluatedProperty
				? ` ("${params.unevaluatedProperty}")`
				: params.allowedValues
					? ` (${params.allowedValues.map(value => JSON.stringify(value)).join(', ')})`
					: '';
			return `${where}${error.instancePath} ${error.message ?? 'is invalid'}${detail}`;
		});
	}

	function resolve<T>(value: T | {$ref: string}): T {
		if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
			const pointer = value.$ref.replace(/^#\//, '').split('/').map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
			let target: unknown = document;
			for (const part of pointer) target = (target as Json)[part];
			return target as T;
		}
		return value as T;
	}

	function match(method: string, path: string): MatchedOperation | undefined {
		const bare = path.split('?')[0]!;
		const candidates = routes
			.map(route => ({route, found: route.pattern.regex.exec(bare)}))
			.filter(candidate => candidate.found && document.paths[candidate.route.template]?.[method.toLowerCase()])
			.sort((a, b) => b.route.pattern.literals - a.route.pattern.literals);
		const best = candidates[0];
		if (!best?.found) return undefined;
		const pathValues: Record<string, string> = {};
		best.route.pattern.names.forEach((name, index) => {
			pathValues[name] = decodeURIComponent(best.found![index + 1]!);
		});
		const item = document.paths[best.route.template]!;
		const operation = item[method.toLowerCase()] as Operation;
		const shared = (item['parameters'] ?? []) as Operation['parameters'];
		return {
			key: `${method.toUpperCase()} ${best.route.template}`,
			template: best.route.template,
			operation: {...operation, parameters: [...(shared ?? []), ...(operation.parameters ?? [])]},
			pathValues,
		};
	}

	function checkRequest(request: HttpRequest): string[] {
		const found = match(request.method, request.path);
		if (!found) return [`${request.method} ${request.path}: no such operation in the specification`];
		const {key, operation} = found;
		const problems: string[] = [];
		const parameters = (operation.parameters ?? []).map(parameter => resolve<Parameter>(parameter));
		for (const parameter of parameters.filter(each => each.in === 'path')) {
			const value = coerce(found.pathValues[parameter.name], parameter.schema);
			problems.push(...errorsOf(validator(`${key} path ${parameter.name}`, parameter.schema ?? {}), value, `${key} path ${parameter.name}`));
		}
		const query = Object.entries(request.query ?? {}).filter(([, value]) => value !== undefined);
		for (const [name, value] of query) {
			const parameter = parameters.find(each => each.in === 'query' && (each.name === name || `${each.name}[]` === name));
			if (!parameter) {
				problems.push(`${key}: query parameter "${name}" is not in the specification`);
				continue;
			}
			const typed = coerce(value, parameter.schema);
			problems.push(...errorsOf(validator(`${key} query ${parameter.name}`, parameter.schema ?? {}), typed, `${key} query ${name}`));
		}
		for (const parameter of parameters.filter(each => each.required && each.in === 'query')) {
			if (!query.some(([name]) => name === parameter.name || name === `${parameter.name}[]`)) {
				problems.push(`${key}: required query parameter "${parameter.name}" is missing`);
			}
		}
		const headers = lowerKeys(request.headers ?? {});
		for (const parameter of parameters.filter(each => each.in === 'header')) {
			const value = headers[parameter.name.toLowerCase()];
			if (value === undefined) {
				if (parameter.required) problems.push(`${key}: required header "${parameter.name}" is missing`);
				continue;
			}
			problems.push(...errorsOf(validator(`${key} header ${parameter.name}`, parameter.schema ?? {}), value, `${key} header ${parameter.name}`));
		}
		problems.push(...checkSecurity(operation, headers, key));
		problems.push(...checkBody(request, operation, key));
		return problems;
	}

	function checkSecurity(operation: Operation, headers: Record<string, string>, key: string): string[] {
		const requirements = operation.security ?? document.security ?? [];
		if (requirements.length === 0) return [];
		const schemes = ((document.components ?? {})['securitySchemes'] ?? {}) as Record<string, Json>;
		const satisfied = requirements.some(requirement =>
			Object.keys(requirement).every(name => {
				const scheme = schemes[name];
				if (!scheme) return false;
				if (scheme['type'] === 'apiKey' && scheme['in'] === 'header') {
					return Boolean(headers[String(scheme['name']).toLowerCase()]);
				}
				if (scheme['type'] === 'http') {
					return (headers['authorization'] ?? '').toLowerCase().startsWith(`${String(scheme['scheme'])} `.toLowerCase());
				}
				return false;
			}),
		);
		return satisfied ? [] : [`${key}: no credentials the specification accepts (${requirements.map(each => Object.keys(each).join('+')).join(' or ')})`];
	}

	function checkBody(request: HttpRequest, operation: Operation, key: string): string[] {
		const body = operation.requestBody ? resolve<Json>(operation.requestBody) : undefined;
		if (!body) return request.json === undefined ? [] : [`${key}: sends a body but the operation takes none`];
		if (request.json === undefined) return body['required'] ? [`${key}: the request body is required`] : [];
		const schema = ((body['content'] as Json | undefined)?.['application/json'] as Json | undefined)?.['schema'];
		if (!schema) return [`${key}: the operation takes no JSON body`];
		return errorsOf(validator(`${key} body`, schema, true), request.json, `${key} body`);
	}

	function checkResponse(method: string, path: string, status: number, body: unknown): string[] {
		const found = match(method, path);
		if (!found) return [`${method} ${path}: no such operation in the specification`];
		const responses = found.operation.responses ?? {};
		const response = responses[String(status)] ?? responses['default'];
		if (!response) return [`${found.key}: status ${status} is not a documented response`];
		const schema = ((resolve<Json>(response as Json)['content'] as Json | undefined)?.['application/json'] as Json | undefined)?.['schema'];
		if (!schema) return [`${found.key}: response ${status} documents no JSON body`];
		return errorsOf(validator(`${found.key} response ${status}`, schema), body, `${found.key} response ${status}`);
	}

	return {document, match, checkRequest, checkResponse};
}

function templatePattern(template: string): {regex: RegExp; names: string[]; literals: number} {
	const names: string[] = [];
	let literals = 0;
	const source = template
		.split('/')
		.map(segment => {
			const parameter = /^\{(.+)\}$/.exec(segment);
			if (parameter) {
				names.push(parameter[1]!);
				return '([^/]+)';
			}
			literals++;
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	return {regex: new RegExp(`^${source}/?$`), names, literals};
}

/** Query and path values travel as text: read them as the schema's type before validating. */
function coerce(value: unknown, schema: Json | undefined): unknown {
	const type = schema?.['type'];
	const types = Array.isArray(type) ? type : [type];
	if (Array.isArray(value)) return value.map(each => coerce(each, schema?.['items'] as Json | undefined));
	if (types.includes('array')) return [coerce(value, schema?.['items'] as Json | undefined)];
	if (typeof value === 'string' && (types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value)) {
		return Number(value);
	}
	if (typeof value === 'string' && types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
	return value;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Local "#/components/..." references point into a registered copy of the components. */
function rebase(schema: unknown, base: string): unknown {
	if (Array.isArray(schema)) return schema.map(each => rebase(each, base));
	if (!schema || typeof schema !== 'object') return schema;
	const result: Json = {};
	for (const [name, value] of Object.entries(schema)) {
		result[name] = name === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${base}${value}` : rebase(value, base);
	}
	return result;
}

/**
 * Objects admit only the properties they document (unevaluatedProperties, so allOf parts still add
 * up); the members of an allOf stay open because their parent is closed.
 */
function closeObjects(schema: unknown, allOfMember = false): unknown {
	if (Array.isArray(schema)) return schema.map(each => closeObjects(each));
	if (!schema || typeof schema !== 'object') return schema;
	const result: Json = {};
	for (const [name, value] of Object.entries(schema)) {
		result[name] = name === 'allOf' && Array.isArray(value) ? value.map(each => closeObjects(each, true)) : closeObjects(value);
	}
	const objectLike = 'properties' in result || 'allOf' in result;
	if (objectLike && !allOfMember && !('additionalProperties' in result) && !('unevaluatedProperties' in result)) {
		result['unevaluatedProperties'] = false;
	}
	return result;
}

/** OpenAPI 3.0 `nullable: true` becomes JSON Schema's "or null" (it also applies next to a $ref). */
function nullableToJsonSchema(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(nullableToJsonSchema);
	if (!schema || typeof schema !== 'object') return schema;
	const result: Json = {};
	for (const [name, value] of Object.entries(schema)) {
		if (name !== 'nullable') result[name] = nullableToJsonSchema(value);
	}
	if ((schema as Json)['nullable'] !== true) return result;
	if (Array.isArray(result['enum'])) result['enum'] = [...result['enum'], null];
	return {anyOf: [result, {type: 'null'}]};
}

/** Every request a test saw, checked at once: one readable failure listing each problem. */
export function contractProblems(contract: OpenApiContract, requests: readonly HttpRequest[]): string[] {
	return requests.flatMap(request => contract.checkRequest(request));
}
