import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stringifyJson} from '../../source/presenters/json-fields.js';
import {sanitizeForTerminal, stripTerminalControls, visibleCodePoint} from '../../source/presenters/sanitize.js';
import {createStyle, renderForTerminal} from '../../source/cli/output/style.js';
import {allPayloads, fuzzSettings, hostileText, isHidden, ordinaryText, payloads} from '../helpers/hostile-text.js';

const codePoints = (text: string) => [...text].map(character => character.codePointAt(0)!);
const escapes = (text: string) => codePoints(text).filter(code => code === 0x1b).length;

/** The specification, one code point at a time: what the fast implementation must agree with. */
function reference(text: string): string {
	return [...text.replaceAll('\r\n', '\n')].map(character => (isHidden(character.codePointAt(0)!) ? visibleCodePoint(character) : character)).join('');
}

describe('sanitizeForTerminal', () => {
	it('never lets ESC, C0 (but tab and newline), DEL, C1 or a bidi control through', () => {
		fc.assert(
			fc.property(hostileText, text => {
				expect(codePoints(sanitizeForTerminal(text)).filter(isHidden)).toEqual([]);
			}),
			fuzzSettings(),
		);
	});

	it('is stable: sanitising twice gives what sanitising once gave', () => {
		fc.assert(
			fc.property(hostileText, text => {
				const once = sanitizeForTerminal(text);
				expect(sanitizeForTerminal(once)).toBe(once);
			}),
			fuzzSettings(),
		);
	});

	it('leaves ordinary text of every script, emoji, CJK and combining marks untouched', () => {
		fc.assert(
			fc.property(ordinaryText, text => {
				expect(sanitizeForTerminal(text)).toBe(text);
			}),
			fuzzSettings(),
		);
	});

	it('shows each hidden code point as <U+XXXX>, so an agent sees that something was there', () => {
		fc.assert(
			fc.property(hostileText, text => {
				expect(sanitizeForTerminal(text)).toBe(reference(text));
			}),
			fuzzSettings(),
		);
		expect(sanitizeForTerminal(payloads.bidi)).toBe('invoice<U+202E>fdp.exe<U+202C> <U+2066>isolate<U+2069> <U+200E>mark<U+200F> <U+061C>');
		expect(sanitizeForTerminal(payloads.clipboard)).toBe('<U+001B>]52;c;cm0gLXJmIH4K<U+0007>');
		expect(sanitizeForTerminal(payloads.link)).toBe('<U+001B>]8;;https://evil.example/<U+001B>\\click me<U+001B>]8;;<U+001B>\\');
		expect(sanitizeForTerminal(payloads.c1)).toBe('csi<U+009B>2Jnel<U+0085>osc<U+009D>0;x<U+009C>');
		expect(sanitizeForTerminal(payloads.carriage)).toBe('Amount: 10 EUR<U+000D>Amount: 1000 EUR');
		expect(sanitizeForTerminal('line one\r\nline two')).toBe('line one\nline two');
	});
});

describe('stripTerminalControls (what an agent pastes)', () => {
	it('drops hidden code points and whole escape sequences, and is stable', () => {
		fc.assert(
			fc.property(hostileText, text => {
				const stripped = stripTerminalControls(text);
				expect(codePoints(stripped).filter(isHidden)).toEqual([]);
				expect(stripTerminalControls(stripped)).toBe(stripped);
			}),
			fuzzSettings(),
		);
		expect(stripTerminalControls(`a${payloads.csi}b`)).toBe('aredb');
		expect(stripTerminalControls('ordinary 中文 👩‍💻 e\u0301')).toBe('ordinary 中文 👩‍💻 e\u0301');
	});
});

describe('stringifyJson', () => {
	it('gives JSON the terminal edge passes unchanged, and that parses back to the exact value', () => {
		fc.assert(
			fc.property(fc.jsonValue({stringUnit: fc.oneof(fc.string({unit: 'binary', maxLength: 2}), hostileText)}), value => {
				const text = stringifyJson(value, 0);
				expect(sanitizeForTerminal(text)).toBe(text);
				expect(renderForTerminal(text)).toBe(text);
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
			fuzzSettings(),
		);
		expect(JSON.parse(stringifyJson({body: allPayloads}, 2))).toEqual({body: allPayloads});
	});
});

describe('the CLI edge (renderForTerminal with the style)', () => {
	const style = createStyle(true);
	const toneCodes = {muted: 90, accent: 36, ok: 32, warning: 33, danger: 31} as const;

	it('keeps exactly the colours the style painted, and nothing a text brought along', () => {
		fc.assert(
			fc.property(hostileText, fc.constantFrom(...(Object.keys(toneCodes) as Array<keyof typeof toneCodes>)), (text, tone) => {
				const shown = renderForTerminal(`${style.tone(tone, text)} ${style.bold(text)} ${text}`);
				const safe = sanitizeForTerminal(text);
				expect(shown).toBe(`\u001B[${toneCodes[tone]}m${safe}\u001B[39m \u001B[1m${safe}\u001B[22m ${safe}`);
				expect(escapes(renderForTerminal(text))).toBe(0);
			}),
			fuzzSettings(),
		);
		expect(renderForTerminal(style.tone('warning', `a${style.bold('b')}c`))).toBe('\u001B[33ma\u001B[1mb\u001B[22mc\u001B[39m');
		expect(renderForTerminal(style.tone('muted', `x${style.tone('ok', 'y')}z`))).toBe('\u001B[90mx\u001B[32my\u001B[39m\u001B[90mz\u001B[39m');
	});

	it('paints nothing without colour', () => {
		expect(renderForTerminal(createStyle(false).tone('danger', `x${payloads.csi}`))).toBe('x<U+001B>[2J<U+001B>[31mred<U+001B>[0m');
	});
});
