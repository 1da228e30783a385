import {describe, expect, it} from 'vitest';
import {availableActions, keyAction, keyLayers, keymap} from '../../../source/ui/keys/keymap.js';
import {isKnownPattern, keyLabel, matchesKey, plainKey, splitTyping, type KeyPress} from '../../../source/ui/keys/key-pattern.js';
import {footerHints, helpSections} from '../../../source/ui/keys/key-help.js';
import {resolveAction} from '../../../source/ui/keys/use-actions.js';

const none: KeyPress = plainKey;
const press = (overrides: Partial<KeyPress>): KeyPress => ({...none, ...overrides});

describe('the keymap', () => {
	it('gives every action keys, a description and a namespaced id matching its scope', () => {
		for (const entry of keymap) {
			expect(entry.keys.length, entry.id).toBeGreaterThan(0);
			expect(entry.description.trim().length, entry.id).toBeGreaterThan(3);
			expect(entry.id.split('.')[0], entry.id).toBe(entry.scope);
			for (const pattern of entry.keys) expect(isKnownPattern(pattern), `${entry.id}: ${pattern}`).toBe(true);
		}
	});

	it('has unique ids', () => {
		const ids = keymap.map(entry => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('binds no key twice within a scope, nor within scopes that listen together', () => {
		for (const [layer, scopes] of Object.entries(keyLayers)) {
			const seen = new Map<string, string>();
			for (const entry of keymap.filter(each => (scopes as readonly string[]).includes(each.scope))) {
				for (const pattern of entry.keys) {
					expect(seen.get(pattern), `${layer}: ${pattern} is bound to ${seen.get(pattern)} and ${entry.id}`).toBeUndefined();
					seen.set(pattern, entry.id);
				}
			}
		}
	});

	it('places every scope in at least one layer', () => {
		const layered = new Set(Object.values(keyLayers).flat());
		for (const entry of keymap) expect(layered.has(entry.scope), entry.id).toBe(true);
	});

	it('marks every write as dangerous, and only writes', () => {
		const dangerous = keymap.filter(entry => entry.dangerous).map(entry => entry.id).sort();
		expect(dangerous).toEqual(
			[
				'composer.send',
				'conversation.suggestion1',
				'conversation.suggestion2',
				'conversation.suggestion3',
				'ticket.assign',
				'ticket.note',
				'ticket.priority',
				'ticket.reply',
				'ticket.status',
				'ticket.tags',
			].sort(),
		);
	});

	it('drops dangerous actions in read-only mode', () => {
		expect(availableActions(true).some(entry => entry.dangerous)).toBe(false);
		expect(availableActions(false)).toHaveLength(keymap.length);
	});

	it('finds actions by id and refuses unknown ids', () => {
		expect(keyAction('composer.send').keys).toContain('ctrl+s');
		expect(() => keyAction('nope.nothing')).toThrow(/unknown/);
	});
});

describe('key patterns', () => {
	it('matches letters by case, named keys and modifiers', () => {
		expect(matchesKey('j', 'j', none)).toBe(true);
		expect(matchesKey('G', 'G', press({shift: true}))).toBe(true);
		expect(matchesKey('g', 'G', press({shift: true}))).toBe(false);
		expect(matchesKey('ctrl+s', 's', press({ctrl: true}))).toBe(true);
		expect(matchesKey('s', 's', press({ctrl: true}))).toBe(false);
		expect(matchesKey('enter', '', press({return: true}))).toBe(true);
		expect(matchesKey('tab', '', press({tab: true}))).toBe(true);
		expect(matchesKey('tab', '', press({tab: true, shift: true}))).toBe(false);
		expect(matchesKey('shift+tab', '', press({tab: true, shift: true}))).toBe(true);
		expect(matchesKey('space', ' ', none)).toBe(true);
		expect(matchesKey('?', '?', none)).toBe(true);
		expect(matchesKey('down', '', press({downArrow: true}))).toBe(true);
	});

	it('splits typing-ahead into the key presses it was', () => {
		const pressed = splitTyping('rG\r');
		expect(pressed.map(each => each.input)).toEqual(['r', 'G', '']);
		expect(matchesKey('G', pressed[1]!.input, pressed[1]!.key)).toBe(true);
		expect(matchesKey('enter', pressed[2]!.input, pressed[2]!.key)).toBe(true);
		expect(splitTyping('\t')[0]!.key.tab).toBe(true);
	});

	it('reads a Ctrl+letter or Backspace that arrives in one read with text', () => {
		const [, send, back] = splitTyping('x\u0013\u007F');
		expect(matchesKey('ctrl+s', send!.input, send!.key)).toBe(true);
		expect(matchesKey('s', send!.input, send!.key)).toBe(false);
		expect(matchesKey('backspace', back!.input, back!.key)).toBe(true);
	});

	it('labels keys for people', () => {
		expect(keyLabel('ctrl+s')).toBe('Ctrl+S');
		expect(keyLabel('shift+tab')).toBe('Shift+Tab');
		expect(keyLabel('enter')).toBe('Enter');
		expect(keyLabel('G')).toBe('G');
		expect(keyLabel('down')).toBe('↓');
	});

	it('resolves a key to the first scope that claims it', () => {
		const all = () => true;
		expect(resolveAction(keyLayers.queue, all, 'r', none)?.id).toBe('ticket.reply');
		expect(resolveAction(keyLayers.queue, all, '', press({escape: true}))?.id).toBe('queue.clearSearch');
		expect(resolveAction(keyLayers.conversation, all, '', press({escape: true}))?.id).toBe('conversation.back');
		expect(resolveAction(keyLayers.queue, id => id !== 'queue.down', 'j', none)).toBeUndefined();
	});
});

describe('help and hints', () => {
	it('lists every action once in the help sections', () => {
		const rows = helpSections(false).flatMap(section => section.rows);
		expect(rows).toHaveLength(keymap.length);
		expect(rows).toContainEqual({keys: 'Ctrl+S', description: keyAction('composer.send').description});
	});

	it('leaves writes out of help and hints in read-only mode', () => {
		const descriptions = helpSections(true).flatMap(section => section.rows.map(row => row.description));
		expect(descriptions).not.toContain(keyAction('ticket.reply').description);
		expect(footerHints('queue', true).map(hint => hint.label)).not.toContain('reply');
		expect(footerHints('queue', false).map(hint => hint.label)).toContain('reply');
	});
});
