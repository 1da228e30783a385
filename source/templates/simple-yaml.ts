// A fast path for the plain front matter almost every template has ("key: words", "key: [a, b]").
// Anything it is not sure about returns undefined and goes to the full YAML parser, which stays the
// reference: on what it accepts, this gives exactly what YAML 1.2's core schema gives.

const keyLine = /^([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]+(.*?))?[ \t]*$/;
const indicator = /^[-?:,[\]{}#&*!|>'"%@`]/;
const numberLike = /^[-+]?(?:[0-9]|\.[0-9]|\.inf$|\.Inf$|\.INF$)|^\.(?:nan|NaN|NAN)$|^0[ox]/;
const nulls = new Set(['~', 'null', 'Null', 'NULL']);
const booleans = new Map([
	['true', true],
	['True', true],
	['TRUE', true],
	['false', false],
	['False', false],
	['FALSE', false],
]);

export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	for (const rawLine of text.split('\n')) {
		const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		if (line.trim() === '' || line.startsWith('#')) continue;
		const match = keyLine.exec(line);
		if (!match) return undefined;
		const key = match[1]!;
		if (Object.hasOwn(result, key) || key === '__proto__') return undefined;
		const value = parseValue(match[2] ?? '');
		if (value === unsure) return undefined;
		result[key] = value;
	}
	return result;
}

const unsure = Symbol('unsure');

function parseValue(raw: string): unknown {
	if (raw === '') return null;
	if (raw.startsWith('[') && raw.endsWith(']')) return parseFlowList(raw.slice(1, -1));
	return parseScalar(raw, false);
}

function parseFlowList(inner: string): unknown {
	if (inner.trim() === '') return [];
	const items: unknown[] = [];
	for (const part of inner.split(',')) {
		const item = parseScalar(part.trim(), true);
		if (item === unsure || item === null) return unsure;
		items.push(item);
	}
	return items;
}

function parseScalar(raw: string, inFlow: boolean): unknown {
	if (raw === '') return unsure;
	if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
		const inner = raw.slice(1, -1);
		return inner.includes("'") ? unsure : inner;
	}
	if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
		const inner = raw.slice(1, -1);
		return inner.includes('"') || inner.includes('\\') ? unsure : inner;
	}
	if (indicator.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.includes('\t') || raw.endsWith(':')) return unsure;
	if (inFlow && /[[\]{}:]/.test(raw)) return unsure;
	if (nulls.has(raw)) return null;
	const boolean = booleans.get(raw);
	if (boolean !== undefined) return boolean;
	if (numberLike.test(raw)) return unsure;
	return raw;
}
