// docs/console.md lists every key and command; this keeps it equal to the tables the console runs on.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {commandSpecs} from '../../../source/ui/commands/command-line.js';
import {helpSections} from '../../../source/ui/keys/key-help.js';
import {keymap} from '../../../source/ui/keys/keymap.js';

const docsPath = join(import.meta.dirname, '..', '..', '..', 'docs', 'console.md');
let docs = readFileSync(docsPath, 'utf8');

function between(name: string): string {
	const found = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(docs);
	if (!found) throw new Error(`docs/console.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`);
	return found[1]!;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function keyTables(): string {
	return helpSections(false)
		.map(section => {
			const rows = section.rows.map(row => {
				const dangerous = keymap.find(entry => entry.description === row.description && entry.scope === section.scope)?.dangerous;
				return `| ${cell(row.keys)} | ${cell(row.description)}${dangerous ? ' (writes; off in read-only mode)' : ''} |`;
			});
			return [`### ${section.title}`, '', '| keys | what it does |', '|---|---|', ...rows, ''].join('\n');
		})
		.join('\n');
}

function commandTable(): string {
	const rows = commandSpecs.map(spec => {
		const aliases = spec.aliases.length > 0 ? ` (also ${spec.aliases.map(alias => `:${alias}`).join(', ')})` : '';
		return `| \`:${cell(spec.usage)}\` | ${cell(spec.description)}${aliases}${spec.dangerous ? ' (writes; off in read-only mode)' : ''} |`;
	});
	return ['| command | what it does |', '|---|---|', ...rows, ''].join('\n');
}

// UPDATE_CONSOLE_DOCS=1 rewrites the generated blocks after a keymap change, like a snapshot update.
if (process.env['UPDATE_CONSOLE_DOCS']) {
	docs = docs
		.replace(/(<!-- keys:start -->\n)[\s\S]*?(<!-- keys:end -->)/, (_all, start: string, end: string) => start + keyTables() + end)
		.replace(/(<!-- commands:start -->\n)[\s\S]*?(<!-- commands:end -->)/, (_all, start: string, end: string) => start + commandTable() + end);
	writeFileSync(docsPath, docs);
}

describe('docs/console.md', () => {
	it('lists every key exactly as the keymap has it', () => {
		expect(between('keys'), `expected block:\n${keyTables()}`).toBe(keyTables());
	});

	it('lists every command exactly as the command line has it', () => {
		expect(between('commands'), `expected block:\n${commandTable()}`).toBe(commandTable());
	});
});
