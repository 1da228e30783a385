import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseTemplate} from '../../source/templates/parse-template.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/templates/${name}`, import.meta.url));

describe('parseTemplate', () => {
	it('reads a banking77-style file: id, title, tags and the body with its placeholders', () => {
		const path = fixture('banking-style/card_delivery_time.md');
		const {template, problems} = parseTemplate(readFileSync(path, 'utf8'), path);
		expect(problems).toEqual([]);
		expect(template).toMatchObject({
			id: 'card_delivery_time',
			title: 'When will my card arrive',
			tags: ['card', 'delivery', 'post'],
			shortcut: null,
			language: 'en',
			channels: [],
			visibility: 'team',
			actions: {},
			humanOnly: false,
			source: {path, bodyLine: 6},
		});
		expect(template?.body.startsWith('Hi {{customer.first_name}},\n\nNew cards')).toBe(true);
		expect(template?.body.endsWith('Best regards,\n{{agent.first_name}}')).toBe(true);
	});

	it('keeps an id with capitals as written', () => {
		const path = fixture('banking-style/Exchange_rate_query.md');
		expect(parseTemplate(readFileSync(path, 'utf8'), path).template?.id).toBe('Exchange_rate_query');
	});

	it('maps every optional field from snake_case onto the Template type', () => {
		const text = [
			'---',
			'id: cancel-retention',
			'title: "Cancellation: retention offer"',
			'tags: billing, cancellation',
			'shortcut: /cancel',
			'language: pt-br',
			'channels: [email]',
			'visibility: personal',
			'human_only: true',
			'actions:',
			'  status: pending',
			'  add_tags: [retention]',
			'  remove_tags: [bot]',
			'  assign: billing-team',
			'  priority: high',
			'---',
			'',
			'Olá {{customer.first_name}}',
			'',
		].join('\n');
		const {template, problems} = parseTemplate(text, 'x/cancel-retention.md');
		expect(problems).toEqual([]);
		expect(template).toMatchObject({
			id: 'cancel-retention',
			title: 'Cancellation: retention offer',
			tags: ['billing', 'cancellation'],
			shortcut: 'cancel',
			language: 'pt-BR',
			channels: ['email'],
			visibility: 'personal',
			humanOnly: true,
			actions: {status: 'pending', addTags: ['retention'], removeTags: ['bot'], assign: 'billing-team', priority: 'high'},
			body: 'Olá {{customer.first_name}}',
			source: {path: 'x/cancel-retention.md', bodyLine: 18},
		});
	});

	it('implies status snoozed from snooze_for alone, and refuses it with another status', () => {
		const snoozed = parseTemplate('---\ntitle: Later\nactions: {snooze_for: 3d}\n---\nBody', 'later.md');
		expect(snoozed.template?.actions).toEqual({status: 'snoozed', snoozeFor: '3d'});
		const clash = parseTemplate('---\ntitle: Later\nactions:\n  status: closed\n  snooze_for: 3d\n---\nBody', 'later.md');
		expect(clash.template).toBeNull();
		expect(clash.problems).toEqual([
			{path: 'later.md', line: 5, reason: 'actions.snooze_for: only makes sense with status: snoozed (status is closed)', severity: 'error'},
		]);
	});

	it('takes the id from the file name when the front matter has none', () => {
		expect(parseTemplate('---\ntitle: Hello\n---\nHi', 'dir/welcome-note.md').template?.id).toBe('welcome-note');
	});

	it('reports each bad field with the line it is on', () => {
		const text = ['---', 'id: has space', 'title:', 'tags: 5', 'visibility: public', 'actions:', '  status: done', '  snooze: 3d', 'human_only: yes', '---', 'Body'].join('\n');
		const {template, problems} = parseTemplate(text, 'bad.md');
		expect(template).toBeNull();
		expect(problems.map(problem => `${problem.line}: ${problem.reason}`)).toEqual([
			'2: id: must be one word without spaces or slashes, not starting with "." or "-", e.g. refund-approved',
			'3: title: has no value',
			'4: tags: must be a list, e.g. [billing, refund]',
			'5: visibility: must be one of personal, team (got "public")',
			'7: actions.status: must be one of open, pending, snoozed, closed (got "done")',
			'8: actions: unknown action snooze (known: status, snooze_for, add_tags, remove_tags, assign, priority)',
			'9: human_only: must be true or false',
		]);
	});

	it('says a required field is missing', () => {
		expect(parseTemplate('---\nid: a\n---\nBody', 'a.md').problems).toEqual([{path: 'a.md', line: 2, reason: 'title: is required', severity: 'error'}]);
	});

	it('refuses YAML errors, duplicate keys and custom tags, with their lines', () => {
		expect(parseTemplate('---\nid: a\ntitle: [open\n---\n', 'a.md').problems[0]).toMatchObject({line: 3, severity: 'error'});
		expect(parseTemplate('---\ntitle: a\ntitle: b\n---\n', 'a.md').problems[0]).toMatchObject({line: 3, reason: 'invalid YAML: Map keys must be unique'});
		const tagged = parseTemplate('---\ntitle: !!js/function "return 1"\n---\n', 'a.md');
		expect(tagged.template).toBeNull();
		expect(tagged.problems[0]?.reason).toMatch(/^invalid YAML: Unresolved tag/);
	});

	it('explains a missing or unclosed front matter', () => {
		expect(parseTemplate('Hello there', 'a.md').problems[0]).toMatchObject({line: 1, reason: expect.stringMatching(/^no front matter/)});
		expect(parseTemplate('---\ntitle: a\nHello', 'a.md').problems[0]).toMatchObject({line: 1, reason: expect.stringMatching(/never closed/)});
	});

	it('loads a template with an unknown field or an empty body, with a warning', () => {
		const {template, problems} = parseTemplate('---\ntitle: T\nauthor: sam\n---\n', 'a.md');
		expect(template?.title).toBe('T');
		expect(problems).toEqual([
			{path: 'a.md', line: 3, reason: expect.stringMatching(/^unknown field "author" is ignored/), severity: 'warning'},
			{path: 'a.md', line: 5, reason: 'the body is empty: write the reply under the front matter', severity: 'warning'},
		]);
	});

	it('accepts CRLF line endings and a byte order mark', () => {
		const {template} = parseTemplate('\ufeff---\r\ntitle: Windows\r\ntags: [a]\r\n---\r\nLine one\r\nLine two\r\n', 'w.md');
		expect(template).toMatchObject({title: 'Windows', tags: ['a'], body: 'Line one\nLine two'});
	});
});
