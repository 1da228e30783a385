// operations/suggestions.ts from a template folder and a history file on disk: the ranker, batch lines and triage's answer lookup.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {answerLookupOf, parseBatchLine, setUpSuggestions, suggestionsToJson} from '../../source/operations/suggestions.js';
import {makeConversation} from '../helpers/conversations.js';

let root: string;
let templatesDir: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'deskterm-suggest-ops-'));
	templatesDir = join(root, 'templates');
	mkdirSync(templatesDir);
	writeFileSync(join(templatesDir, 'refund.md'), '---\nid: refund\ntitle: Refund approved\ntags: [refund]\n---\nYour refund is on its way to your card.\n');
	writeFileSync(join(templatesDir, 'password.md'), '---\nid: password\ntitle: Password reset\ntags: [login]\n---\nUse the reset link to choose a new password.\n');
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('the suggestion stack in operations', () => {
	it('ranks a batch line from templates plus a history file, and reports the bad history rows', async () => {
		const history = join(root, 'past.jsonl');
		writeFileSync(history, '{"text":"my money back please","template":"refund"}\nbroken\n');
		const setup = await setUpSuggestions([templatesDir], 'en', {kind: 'file', path: history});
		expect(setup.templates.map(template => template.id).sort()).toEqual(['password', 'refund']);
		expect(setup.skipped.map(problem => problem.line)).toEqual([2]);
		const query = parseBatchLine('{"id": 7, "text": "I want my money back for the refund"}');
		if ('error' in query) throw new Error(query.error);
		const json = suggestionsToJson(query.id, setup.ranker.rank(query.text, 1)) as {id: unknown; suggestions: Array<{template: string}>};
		expect(json.id).toBe(7);
		expect(json.suggestions.map(suggestion => suggestion.template)).toEqual(['refund']);
	});

	it("answers triage's lookup with the best template, and null when the customer wrote nothing", async () => {
		const {ranker} = await setUpSuggestions([templatesDir], 'en', {kind: 'none'});
		const lookup = answerLookupOf(ranker);
		const asked = makeConversation({id: '1', messages: [{kind: 'customer', body: 'I forgot my password and need the reset link'}]});
		expect(lookup(asked)?.templateId).toBe('password');
		expect(lookup(makeConversation({id: '2', messages: [{kind: 'agent', body: 'Hello!'}]}))).toBeNull();
	});
});
