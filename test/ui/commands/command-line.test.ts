import {describe, expect, it} from 'vitest';
import {commandSpecs, completeCommand, isDangerousCommand, parseCommand} from '../../../source/ui/commands/command-line.js';

describe('the command line', () => {
	it('turns commands into intents', () => {
		expect(parseCommand(':assign me')).toEqual({type: 'assign', target: 'me'});
		expect(parseCommand('assign team:Billing')).toEqual({type: 'assign', target: 'team:Billing'});
		expect(parseCommand('status pending')).toEqual({type: 'status', status: 'pending'});
		expect(parseCommand('status snoozed 4h')).toEqual({type: 'status', status: 'snoozed', until: '4h'});
		expect(parseCommand('snooze tomorrow')).toEqual({type: 'status', status: 'snoozed', until: 'tomorrow'});
		expect(parseCommand('tag +vip -spam')).toEqual({type: 'tags', words: ['+vip', '-spam']});
		expect(parseCommand('q')).toEqual({type: 'quit'});
		expect(parseCommand('prio urgent')).toEqual({type: 'priority', priority: 'urgent'});
		expect(parseCommand('sort priority')).toEqual({type: 'filter', filters: {sort: 'priority'}});
		expect(parseCommand('show closed')).toEqual({type: 'filter', filters: {status: 'closed'}});
		expect(parseCommand('search')).toEqual({type: 'filter', filters: {search: ''}});
		expect(parseCommand('open 123')).toEqual({type: 'open', id: '123'});
		expect(parseCommand('team Technical Support')).toEqual({type: 'team-filter', name: 'Technical Support'});
		expect(parseCommand('sort triage')).toEqual({type: 'filter', filters: {sort: 'triage'}});
		expect(parseCommand('triage human-only')).toEqual({type: 'filter', filters: {triage: 'human-only'}});
		expect(parseCommand('next')).toEqual({type: 'next-best'});
	});

	it('explains what is wrong instead of guessing', () => {
		expect(parseCommand('status later')).toMatch(/unknown status "later"/);
		expect(parseCommand('status snoozed')).toMatch(/until when/);
		expect(parseCommand('status open 4h')).toMatch(/only snoozed takes a time/);
		expect(parseCommand('assign')).toMatch(/assign to whom/);
		expect(parseCommand('frobnicate')).toMatch(/unknown command ":frobnicate"/);
		expect(parseCommand('  ')).toMatch(/type a command/);
		expect(parseCommand('triage soon')).toMatch(/unknown triage filter "soon" \(usage: :triage at-risk\)/);
	});

	it('knows which commands write', () => {
		expect(isDangerousCommand('assign me')).toBe(true);
		expect(isDangerousCommand(':close')).toBe(true);
		expect(isDangerousCommand('sort priority')).toBe(false);
		expect(commandSpecs.filter(spec => spec.dangerous).map(spec => spec.name)).toEqual(
			['reply', 'editor', 'note', 'assign', 'status', 'snooze', 'close', 'reopen', 'priority', 'tag'],
		);
	});

	it('completes names and values with Tab', () => {
		expect(completeCommand('ass')).toBe('assign ');
		expect(completeCommand('s')).toBe('s');
		expect(completeCommand('status pe')).toBe('status pending ');
		expect(completeCommand('sort pr')).toBe('sort priority ');
		expect(completeCommand('sort tr')).toBe('sort triage ');
		expect(completeCommand('triage at')).toBe('triage at-risk ');
		expect(completeCommand('tag +v')).toBe('tag +v');
	});
});
