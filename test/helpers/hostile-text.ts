// What a hostile customer (or helpdesk) can put in text, as fast-check arbitraries and fixed payloads,
// and the seeded, bounded settings every property and fuzz test runs with (quick, and the same each run).
import fc from 'fast-check';

/** Seeded so a failure repeats; DESKTERM_FUZZ_SEED and DESKTERM_FUZZ_RUNS explore further by hand. */
export function fuzzSettings(numRuns = 150): fc.Parameters<unknown> {
	const seed = Number(process.env['DESKTERM_FUZZ_SEED'] ?? 0x5afe);
	const runs = Number(process.env['DESKTERM_FUZZ_RUNS'] ?? numRuns);
	return {seed, numRuns: runs, endOnFailure: true};
}

export const payloads = {
	csi: '\u001B[2J\u001B[31mred\u001B[0m',
	clipboard: '\u001B]52;c;cm0gLXJmIH4K\u0007',
	link: '\u001B]8;;https://evil.example/\u001B\\click me\u001B]8;;\u001B\\',
	title: '\u001B]0;owned\u0007',
	dcs: '\u001BP+q544e\u001B\\',
	apc: '\u001B_hidden\u001B\\',
	pm: '\u001B^private\u001B\\',
	sos: '\u001BXstart\u001B\\',
	loneEscape: 'before\u001Bafter',
	c1: 'csi\u009B2Jnel\u0085osc\u009D0;x\u009C',
	bidi: 'invoice\u202Efdp.exe\u202C \u2066isolate\u2069 \u200Emark\u200F \u061C',
	carriage: 'Amount: 10 EUR\rAmount: 1000 EUR',
} as const;

/** Every payload in one string, as a customer might send it. */
export const allPayloads = Object.values(payloads).join(' ');

// The code points the sanitiser hides, by range.
export const hiddenRanges: Array<[number, number]> = [
	[0x00, 0x08],
	[0x0b, 0x1f],
	[0x7f, 0x9f],
	[0x61c, 0x61c],
	[0x200e, 0x200f],
	[0x202a, 0x202e],
	[0x2066, 0x2069],
];

export const isHidden = (codePoint: number) => hiddenRanges.some(([low, high]) => codePoint >= low && codePoint <= high);

const hiddenCharacter = fc.oneof(...hiddenRanges.map(([low, high]) => fc.integer({min: low, max: high}))).map(code => String.fromCodePoint(code));

// Letters of many scripts, CJK, emoji (with ZWJ sequences and skin tones), combining marks, spaces and layout.
const ordinaryPieces = [
	'a', 'Z', 'é', 'ß', 'ø', 'Ж', 'λ', 'ע', 'ش', 'क', 'ก', 'ა', '中', '文', '日本', '한국', 'ｶ', '😀', '👩‍💻', '👍🏽', '🇩🇪',
	'e\u0301', 'n\u0303', '\u0915\u094D\u0937', ' ', '\n', '\t', '.', '<', '>', '[', ']', '{{', '}}', '\\', '"', '€', '…', '‘',
];
export const ordinaryCharacter = fc.oneof(fc.constantFrom(...ordinaryPieces), fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}));

/** Text without anything the sanitiser hides. */
export const ordinaryText = fc.array(ordinaryCharacter, {maxLength: 40}).map(parts => parts.join(''));

/** Text mixing ordinary characters, hidden code points, whole escape sequences and raw binary. */
export const hostileText = fc
	.array(
		fc.oneof(
			{weight: 4, arbitrary: ordinaryCharacter},
			{weight: 2, arbitrary: hiddenCharacter},
			{weight: 1, arbitrary: fc.constantFrom(...Object.values(payloads))},
			{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})},
			{weight: 1, arbitrary: fc.constantFrom('\r\n', '\r', '\uE000', '\uE001', '<U+001B>')},
		),
		{maxLength: 30},
	)
	.map(parts => parts.join(''));
