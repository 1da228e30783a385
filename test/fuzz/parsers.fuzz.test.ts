// Fuzzing the parsers of files people write (templates and their front matter, placeholders, triage
// config YAML, profiles, labelled history): each input parses or gives clear problems / one DeskError
// line, never a crash or a stack trace. Seeded and bounded, so the suite stays quick and repeatable.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {readConfigFile} from '../../source/config/config-file.js';
import {loadTriageSettings, parseTriageFile, triageFiles} from '../../source/config/triage-config.js';
import {DeskError} from '../../source/domain/errors.js';
import {readHistoryFile} from '../../source/ranking/history-file.js';
import {splitFrontMatter} from '../../source/templates/front-matter.js';
import {parseTemplate} from '../../source/templates/parse-template.js';
import {fillTemplate, findPlaceholders} from '../../source/templates/placeholders.js';

const settings = {seed: 20_261_207, numRuns: 150};
const work = mkdtempSync(join(tmpdir(), 'deskterm-fuzz-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

// Text shaped like the files: YAML and JSON punctuation, front-matter fences, placeholders, odd bytes.
const pieces = fc.constantFrom('---\n', '\n', ': ', '- ', '  ', '{{', '}}', '{', '}', '[', ']', '"', "'", '#', ',', '&a', '*a', '!!str ', '|\n', '>\n', 'id: x\n', 'title: T\n', 'language: de\n', '\t', '\r\n', '\u0000', '\u202E', 'é', '😀', 'customer.name', 'ticket.id', '.', '=', ';', 'true', '12', '-1', 'null');
const fileText = fc.oneof(fc.string({unit: 'binary', maxLength: 200}), fc.array(fc.oneof(pieces, fc.string({maxLength: 6})), {maxLength: 40}).map(parts => parts.join('')));

/** Runs a parse; a throw must be a DeskError of one line, never anything else. */
function parsesOrOneLine(parse: () => unknown): void {
	try {
		parse();
	} catch (error) {
		expect(error).toBeInstanceOf(DeskError);
		expect((error as Error).message).not.toMatch(/\n|\n\s+at /);
	}
}

const oneLineProblems = (problems: Array<{message?: string; reason?: string}>) => {
	for (const problem of problems) expect(problem.message ?? problem.reason ?? '').not.toMatch(/\n\s+at /);
};

describe('fuzzing the file parsers', () => {
	it('template files: a template or problems, never a throw', () => {
		const templateText = fc.oneof(fileText, fc.tuple(fileText, fileText).map(([yaml, body]) => `---\n${yaml}\n---\n${body}`), fc.constantFrom('---\nid: x\ntitle: *nowhere\n---\nHi', '---\na: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\nHi'));
		fc.assert(
			fc.property(templateText, text => {
				const parsed = parseTemplate(text, '/templates/fuzz.md');
				expect(parsed.template !== null || parsed.problems.length > 0).toBe(true);
				oneLineProblems(parsed.problems);
			}),
			settings,
		);
	});

	it('front matter: split or a failure with a line number', () => {
		fc.assert(
			fc.property(fileText, text => {
				const split = splitFrontMatter(text);
				if ('reason' in split) expect(split.line).toBeGreaterThanOrEqual(0);
			}),
			settings,
		);
	});

	it('placeholders: finding and filling never throws, and fills only what it found', () => {
		const values = fc.dictionary(fc.constantFrom('customer.name', 'ticket.id', 'agent.name', 'x'), fc.option(fc.string({maxLength: 8})));
		fc.assert(
			fc.property(fileText, values, (text, given) => {
				findPlaceholders(text);
				const filled = fillTemplate(text, given);
				expect(typeof filled).toBe('object');
			}),
			settings,
		);
	});

	it('triage config YAML (routing, service targets, channel map): a value or problems with their file', async () => {
		const yamlText = fc.oneof(fileText, fc.constantFrom('*!', 'rules: *nowhere', 'a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n'));
		for (const id of Object.keys(triageFiles) as Array<keyof typeof triageFiles>) {
			fc.assert(
				fc.property(yamlText, text => {
					const parsed = parseTriageFile(id, text, `/config/triage/${triageFiles[id]}`);
					for (const problem of parsed.problems) expect(problem.file).toBe(`/config/triage/${triageFiles[id]}`);
					oneLineProblems(parsed.problems);
				}),
				settings,
			);
		}
		// And through the loader the commands use, with all three files present at once.
		const directory = join(work, 'config');
		await fc.assert(
			fc.asyncProperty(fc.tuple(fileText, fileText, fileText), async texts => {
				mkdirSync(join(directory, 'triage'), {recursive: true});
				Object.values(triageFiles).forEach((name, index) => writeFileSync(join(directory, 'triage', name), texts[index]!));
				const loaded = await loadTriageSettings(directory);
				oneLineProblems(loaded.problems);
			}),
			{...settings, numRuns: 40},
		);
	});

	it('the profiles config file: a config or one DeskError line', () => {
		const directory = join(work, 'profiles');
		mkdirSync(directory, {recursive: true});
		const json = fc.oneof(fileText, fc.json(), fc.record({defaultProfile: fc.anything(), profiles: fc.dictionary(fc.string({maxLength: 5}), fc.anything())}).map(value => JSON.stringify(value)));
		fc.assert(
			fc.property(json, text => {
				writeFileSync(join(directory, 'config.json'), text);
				parsesOrOneLine(() => readConfigFile(directory));
			}),
			settings,
		);
	});

	it('labelled history (JSONL and CSV): examples and skipped rows with line numbers, or one DeskError line', async () => {
		const row = fc.oneof(fc.json(), fc.record({text: fc.string({maxLength: 20}), template: fc.string({maxLength: 8})}).map(value => JSON.stringify(value)), fileText);
		await fc.assert(
			fc.asyncProperty(fc.array(row, {maxLength: 8}), fc.constantFrom('jsonl', 'csv'), async (rows, format) => {
				const path = join(work, `history.${format}`);
				writeFileSync(path, format === 'csv' ? `text,category\n${rows.join('\n')}` : rows.join('\n'));
				try {
					const read = await readHistoryFile(path);
					for (const problem of read.skipped) expect(problem.line).toBeGreaterThan(0);
				} catch (error) {
					expect(error).toBeInstanceOf(DeskError);
					expect((error as Error).message).not.toMatch(/\n/);
				}
			}),
			{...settings, numRuns: 60},
		);
	});
});
