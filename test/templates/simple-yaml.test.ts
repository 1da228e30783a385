import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {parseSimpleYaml} from '../../source/templates/simple-yaml.js';

// Each input is either handled by the fast path exactly as the YAML parser does, or handed to it.
const inputs = [
	'id: a\ntitle: Refund approved\ntags: [billing, refund]',
	'title: Refund (EU) [draft]\ntags: []',
	"title: 'It''s here'",
	"title: 'Single quoted'",
	'title: "Double quoted"',
	'title: "Escaped \\n"',
	'title: Refund: approved',
	'title: hello #comment',
	'title: a#b',
	'title: 50% off',
	'title: 2fa lost',
	'tags: [2fa, 1e3, 0x1F, 12, 3.5, .5, -1, +2, 0o7, .nan]',
	'title: 1e5',
	'title: 12:30',
	'id: 007',
	'id: 0x1F',
	'human_only: true\nvisibility: team',
	'human_only: True',
	'human_only: yes',
	'shortcut: ~',
	'shortcut: null',
	'shortcut:',
	'tags: [new card, "quoted, comma", x]',
	'tags: [a:b]',
	'tags: [a, , b]',
	'tags: [a, b,]',
	'actions:\n  status: closed',
	'title: plain\n# a comment line\ntags: [x]',
	'title: first\ntitle: second',
	'title: .inf',
	'title: -dash',
	'title: trailing   ',
	'title: tab\there',
	'title: !tag x',
	'title: &anchor x',
	'title: Ünïcode ✓',
	'actions:\n  status: closed\n  add_tags: [a, b]\ntitle: T',
	'actions:\n    status: closed\n    assign: me',
	'actions:\n  status: closed\n    deeper: x',
	'actions:\n  status: closed\n assign: me',
	'actions:\n  nested:\n    x: y',
	'actions:\n  status:',
	'tags:\n  - billing\n  - new card\ntitle: T',
	'tags:\n- billing\n- refund',
	'tags:\n  - billing\n  -\n',
	'tags:\n  - billing\n    - nested',
	'tags:\n  - a: b',
	'tags:\n  - [a]',
	'shortcut:\ntitle: T',
	'title: T\n  indented: x',
	'actions:\n\ttab: x',
	'actions:\n  # comment\n  status: closed',
];

describe('parseSimpleYaml', () => {
	for (const input of inputs) {
		it(`agrees with the YAML parser or steps aside: ${JSON.stringify(input)}`, () => {
			const fast = parseSimpleYaml(input);
			if (fast !== undefined) expect(fast).toEqual(parse(input, {schema: 'core'}));
		});
	}

	it('handles the plain shapes itself (the fast path is really taken)', () => {
		expect(parseSimpleYaml('title: 2fa lost\ntags: [2fa]')).toEqual({title: '2fa lost', tags: ['2fa']});
		expect(parseSimpleYaml('id: a\ntitle: Refund approved\ntags: [billing, new card]\nhuman_only: false\nshortcut:')).toEqual({
			id: 'a',
			title: 'Refund approved',
			tags: ['billing', 'new card'],
			human_only: false,
			shortcut: null,
		});
	});

	it('handles one nested mapping and block lists itself', () => {
		expect(parseSimpleYaml('actions:\n  status: closed\n  add_tags: [a, b]\ntags:\n  - x\n  - y z\ntitle: T')).toEqual({
			actions: {status: 'closed', add_tags: ['a', 'b']},
			tags: ['x', 'y z'],
			title: 'T',
		});
	});

	it('steps aside for deeper nesting, duplicate keys, numbers and comments after values', () => {
		for (const input of ['actions:\n  nested:\n    x: y', 'title: a\ntitle: b', 'id: 007', 'title: a #b', 'title: a: b']) {
			expect(parseSimpleYaml(input)).toBeUndefined();
		}
	});
});
