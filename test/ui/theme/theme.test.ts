import {describe, expect, it} from 'vitest';
import {colourTheme, plainTheme, themeFor} from '../../../source/ui/theme/theme.js';

function colourKeys(value: unknown, path = 'theme'): string[] {
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, inner]) => [
		...((key === 'color' || key === 'backgroundColor' || key === 'dimColor') && inner !== undefined && inner !== false ? [`${path}.${key}`] : []),
		...colourKeys(inner, `${path}.${key}`),
	]);
}

describe('themes', () => {
	it('uses no colour at all in the plain theme', () => {
		expect(colourKeys(plainTheme)).toEqual([]);
		expect(plainTheme.border).toBeUndefined();
		expect(colourKeys(colourTheme).length).toBeGreaterThan(0);
	});

	it('tells message kinds apart by glyph and word in both themes, not by colour', () => {
		const glyphs = Object.values(plainTheme.message).map(look => look.glyph);
		expect(new Set(glyphs).size).toBe(4);
		for (const kind of ['customer', 'agent', 'bot', 'note'] as const) {
			expect(plainTheme.message[kind].glyph).toBe(colourTheme.message[kind].glyph);
			expect(plainTheme.message[kind].label).toBe(colourTheme.message[kind].label);
		}
		expect(plainTheme.message.note.rule).not.toBe(plainTheme.message.agent.rule);
	});

	it('is chosen by whether colour is on', () => {
		expect(themeFor(false)).toBe(plainTheme);
		expect(themeFor(true)).toBe(colourTheme);
	});
});
