// Splits a Markdown file into its YAML front matter and its body, keeping line numbers for messages.

export type FrontMatterSplit = {
	yaml: string;
	/** Line (1-based) of the first YAML line. */
	yamlLine: number;
	body: string;
	/** Line (1-based) where the body's first character sits. */
	bodyLine: number;
};

export type FrontMatterFailure = {line: number; reason: string};

const fence = /^---[ \t]*\r?$/;

export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterFailure {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const firstBreak = source.indexOf('\n');
	const firstLine = firstBreak === -1 ? source : source.slice(0, firstBreak);
	if (!fence.test(firstLine)) {
		return {line: 1, reason: 'no front matter: the file must start with a line "---", then YAML (id, title, tags), then "---"'};
	}
	let lineStart = firstBreak + 1;
	let lineNumber = 2;
	while (firstBreak !== -1 && lineStart <= source.length) {
		const end = source.indexOf('\n', lineStart);
		const line = end === -1 ? source.slice(lineStart) : source.slice(lineStart, end);
		if (fence.test(line)) {
			const yaml = source.slice(firstBreak + 1, lineStart);
			const rest = end === -1 ? '' : source.slice(end + 1);
			return {yaml, yamlLine: 2, ...trimBody(rest, lineNumber + 1)};
		}
		if (end === -1) break;
		lineStart = end + 1;
		lineNumber++;
	}
	return {line: 1, reason: 'the front matter is never closed: add a line "---" after the YAML'};
}

// Blank lines around the body are layout, not content; the first kept line is where editors should jump.
function trimBody(rest: string, firstLine: number): {body: string; bodyLine: number} {
	const leading = /^(?:[ \t]*\r?\n)*/.exec(rest)?.[0] ?? '';
	const skipped = leading.split('\n').length - 1;
	const trimmed = rest.slice(leading.length).trimEnd();
	const body = trimmed.includes('\r') ? trimmed.replace(/\r\n/g, '\n') : trimmed;
	return {body, bodyLine: firstLine + skipped};
}
