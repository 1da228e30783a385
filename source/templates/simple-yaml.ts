// A fast path for the plain front matter almost every template has: "key: words", "key: [a, b]", a block
// list ("- a" lines) or one nested mapping of such keys (actions). Anything it is not sure about returns
// undefined and goes to the full YAML parser, which stays the reference: on what it accepts, this gives
// exactly what YAML 1.2's core schema gives.

const keyLine = /^([A-Za-z_][A-Za-z0-9_]*):(?:[ \t]+(.*?))?[ \t]*$/;
const indicator = /^[-?:,[\]{}#&*!|>'"%@`]/;
// The core schema's numbers, whole-value matches only: "2fa" or "50% off" stay strings.
const numberLike = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const nulls = new Set(['~', 'null', 'Null', 'NULL']);
const booleans = new Map([
	['true', true],
	['True', true],
	['TRUE', true],
	['false', false],
	['False', false],
	['FALSE', false],
]);
const unsure = Symbol('unsure');

type Line = {indent: number; text: string};

export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
	const lines: Line[] = [];
	for (const rawLine of text.split('\n')) {
		const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		const content = line.trimStart();
		if (content === '' || content.startsWith('#')) continue;
		const indentation = line.slice(0, line.length - content.length);
		if (indentation.includes('\t')) return undefined;
		lines.push({indent: indentation.length, text: content});
	}
	const result = parseMapping(lines, 0, 0, true);
	return result === unsure ? undefined : result.value;
}

function parseMapping(lines: Line[], start: number, indent: number, top: boolean): {value: Record<string, unknown>; next: number} | typeof unsure {
	const value: Record<string, unknown> = {};
	let index = start;
	while (index < lines.length && lines[index]!.indent === indent) {
		const match = keyLine.exec(lines[index]!.text);
		if (!match) return unsure;
		const key = match[1]!;
		if (Object.hasOwn(value, key) || key === '__proto__') return unsure;
		index++;
		if (match[2] !== undefined && match[2] !== '') {
			const parsed = parseValue(match[2]);
			if (parsed === unsure) return unsure;
			value[key] = parsed;
			continue;
		}
		const block = top ? parseBlock(lines, index, indent) : unsure;
		if (block === unsure) return unsure;
		value[key] = block.value;
		index = block.next;
	}
	if (top && index < lines.length) return unsure;
	return {value, next: index};
}

// What follows "key:" with nothing after it: a list of "- item" lines, one nested mapping, or null.
function parseBlock(lines: Line[], start: number, parentIndent: number): {value: unknown; next: number} | typeof unsure {
	const first = lines[start];
	const isItem = (line: Line) => line.text === '-' || line.text.startsWith('- ');
	if (first && isItem(first) && first.indent >= parentIndent) {
		const items: unknown[] = [];
		let index = start;
		while (index < lines.length && lines[index]!.indent === first.indent && isItem(lines[index]!)) {
			const item = parseScalar(lines[index]!.text.slice(1).trim(), false);
			if (item === unsure || item === null) return unsure;
			items.push(item);
			index++;
		}
		return index < lines.length && lines[index]!.indent > parentIndent ? unsure : {value: items, next: index};
	}
	if (first && first.indent > parentIndent) {
		const nested = parseMapping(lines, start, first.indent, false);
		if (nested === unsure) return unsure;
		return nested.next < lines.length && lines[nested.next]!.indent > parentIndent ? unsure : nested;
	}
	return {value: null, next: start};
}

function parseValue(raw: string): unknown {
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
