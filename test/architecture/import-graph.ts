// Every import of every source file: static, type-only, re-exports, dynamic import() and getBuiltinModule().
// A small tokenizer (comments, strings, template literals, regular expressions) so that text which only
// looks like an import, in a help string or a comment, is never counted, and a real one is never missed.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

export type ImportKind = 'static' | 'type' | 'dynamic' | 'builtin';

/** One import; a null specifier is a dynamic import() of something that is not a string literal. */
export type ImportRef = {specifier: string | null; kind: ImportKind; line: number};

export type SourceFile = {path: string; imports: ImportRef[]};

type Token = {kind: 'word' | 'string' | 'punct'; text: string; line: number};

/** Tokens that can end an expression: a `/` after one of them divides, anywhere else it starts a regex. */
const endsExpression = (token: Token | undefined) =>
	token !== undefined &&
	((token.kind === 'word' && !['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await'].includes(token.text)) ||
		token.kind === 'string' ||
		(token.kind === 'punct' && [')', ']', '}'].includes(token.text)));

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	// Template literals nest: each open `${` remembers the brace depth it returns to the template at.
	const templateDepths: number[] = [];
	let depth = 0;
	let line = 1;
	let index = 0;
	const advance = (to: number) => {
		for (let at = index; at < to; at++) if (text[at] === '\n') line++;
		index = to;
	};
	const readTemplate = () => {
		// index sits just after a backtick or a closing `}` of a substitution.
		let value = '';
		while (index < text.length) {
			const char = text[index]!;
			if (char === '\\') {
				value += text.slice(index, index + 2);
				advance(index + 2);
			} else if (char === '`') {
				advance(index + 1);
				return {value, open: false};
			} else if (char === '$' && text[index + 1] === '{') {
				advance(index + 2);
				return {value, open: true};
			} else {
				value += char;
				advance(index + 1);
			}
		}
		return {value, open: false};
	};
	while (index < text.length) {
		const char = text[index]!;
		const next = text[index + 1];
		if (char === '\n' || char === ' ' || char === '\t' || char === '\r') {
			advance(index + 1);
		} else if (char === '/' && next === '/') {
			const end = text.indexOf('\n', index);
			advance(end === -1 ? text.length : end);
		} else if (char === '/' && next === '*') {
			const end = text.indexOf('*/', index + 2);
			advance(end === -1 ? text.length : end + 2);
		} else if (char === '"' || char === "'") {
			const start = index;
			let value = '';
			index++;
			while (index < text.length && text[index] !== char && text[index] !== '\n') {
				if (text[index] === '\\') index++;
				value += text[index] ?? '';
				index++;
			}
			index++;
			tokens.push({kind: 'string', text: value, line});
			advance(Math.max(index, start + 1));
		} else if (char === '`') {
			const startLine = line;
			advance(index + 1);
			const {value, open} = readTemplate();
			if (open) templateDepths.push(depth);
			// A template with substitutions is no fixed string: it can never be a checkable specifier.
			tokens.push({kind: open ? 'punct' : 'string', text: open ? '`' : value, line: startLine});
		} else if (char === '}' && templateDepths.at(-1) === depth) {
			templateDepths.pop();
			advance(index + 1);
			const {open} = readTemplate();
			if (open) templateDepths.push(depth);
			tokens.push({kind: 'punct', text: '`', line});
		} else if (char === '/' && !endsExpression(tokens.at(-1))) {
			// A regular expression literal: skip it, classes included ([/] does not end it).
			let at = index + 1;
			let inClass = false;
			while (at < text.length && text[at] !== '\n') {
				const c = text[at]!;
				if (c === '\\') at++;
				else if (c === '[') inClass = true;
				else if (c === ']') inClass = false;
				else if (c === '/' && !inClass) break;
				at++;
			}
			advance(at + 1);
			while (index < text.length && /[a-z]/i.test(text[index]!)) advance(index + 1);
			tokens.push({kind: 'string', text: '', line});
		} else if (/[A-Za-z_$]/.test(char)) {
			const start = index;
			while (index < text.length && /[\w$]/.test(text[index]!)) index++;
			tokens.push({kind: 'word', text: text.slice(start, index), line});
		} else if (/\d/.test(char)) {
			while (index < text.length && /[\w.]/.test(text[index]!)) index++;
			tokens.push({kind: 'word', text: '0', line});
		} else {
			if (char === '{') depth++;
			if (char === '}') depth--;
			tokens.push({kind: 'punct', text: char, line});
			advance(index + 1);
		}
	}
	return tokens;
}

export function parseImports(text: string): ImportRef[] {
	const tokens = tokenize(text);
	const found: ImportRef[] = [];
	// Where the current import or export statement began and whether it is type-only.
	let statement: {typeOnly: boolean} | null = null;
	tokens.forEach((token, at) => {
		const previous = tokens[at - 1];
		const afterDot = previous?.kind === 'punct' && previous.text === '.';
		if (token.kind === 'word' && (token.text === 'import' || token.text === 'export') && !afterDot) {
			const following = tokens[at + 1];
			if (token.text === 'import' && following?.text === '(') {
				const argument = tokens[at + 2];
				const closes = tokens[at + 3]?.text === ')' || tokens[at + 3]?.text === ',';
				found.push({specifier: argument?.kind === 'string' && closes ? argument.text : null, kind: 'dynamic', line: token.line});
				return;
			}
			if (following?.text === '.') return;
			statement = {typeOnly: following?.kind === 'word' && following.text === 'type'};
			if (token.text === 'import' && following?.kind === 'string') {
				found.push({specifier: following.text, kind: 'static', line: token.line});
				statement = null;
			}
			return;
		}
		if (token.kind === 'punct' && token.text === ';') statement = null;
		if (token.kind === 'string' && previous?.kind === 'word' && previous.text === 'from' && statement) {
			found.push({specifier: token.text, kind: statement.typeOnly ? 'type' : 'static', line: token.line});
			statement = null;
		}
		if (token.kind === 'word' && token.text === 'getBuiltinModule' && tokens[at + 1]?.text === '(' && tokens[at + 2]?.kind === 'string') {
			found.push({specifier: tokens[at + 2]!.text, kind: 'builtin', line: token.line});
		}
	});
	return found;
}

function sourcePaths(directory: string): string[] {
	return readdirSync(directory).flatMap(name => {
		const path = join(directory, name);
		if (statSync(path).isDirectory()) return sourcePaths(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

/** Every .ts and .tsx file under <root>/source with its imports; paths relative to root, forward slashes. */
export function readSourceGraph(root: string): SourceFile[] {
	return sourcePaths(join(root, 'source'))
		.map(path => ({path: relative(root, path).split('\\').join('/'), imports: parseImports(readFileSync(path, 'utf8'))}))
		.sort((a, b) => a.path.localeCompare(b.path));
}
