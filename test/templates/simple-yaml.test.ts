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
];

describe('parseSimpleYaml', () => {
	for (const input of inputs) {
		it(`agrees with the YAML parser or steps aside: ${JSON.stringify(input)}`, () => {
			const fast = parseSimpleYaml(input);
			if (fast !== undefined) expect(fast).toEqual(parse(input, {schema: 'core'}));
		});
	}

	it('handles the plain shapes itself (the fast path is really taken)', () => {
		expect(parseSimpleYaml('id: a\ntitle: Refund approved\ntags: [billing, new card]\nhuman_only: false\nshortcut:')).toEqual({
			id: 'a',
			title: 'Refund approved',
			tags: ['billing', 'new card'],
			human_only: false,
			shortcut: null,
		});
	});

	it('steps aside for nested mappings, duplicate keys, numbers and comments after values', () => {
		for (const input of ['actions:\n  status: closed', 'title: a\ntitle: b', 'id: 007', 'title: a #b', 'title: a: b']) {
			expect(parseSimpleYaml(input)).toBeUndefined();
		}
	});
});
