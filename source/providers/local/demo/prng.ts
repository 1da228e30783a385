// A small seeded random source (sfc32 seeded by cyrb128), so a seed always gives the same desk.

export type Rng = {
	/** A float in [0, 1). */
	next(): number;
	/** An integer from min to max, both included. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Picks by weight: [[value, weight], ...]. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	/** A log-uniform number between min and max: as many minutes-old as days-old values. */
	logUniform(min: number, max: number): number;
	/** Up to `count` distinct items in random order. */
	sample<T>(items: readonly T[], count: number): T[];
};

export function createRng(seed: string): Rng {
	const state = cyrb128(seed);
	const next = (): number => {
		let [a, b, c, d] = state as [number, number, number, number];
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		state[0] = a;
		state[1] = b;
		state[2] = c;
		state[3] = d;
		return (t >>> 0) / 4294967296;
	};
	for (let warm = 0; warm < 12; warm++) next();
	const rng: Rng = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: probability => next() < probability,
		pick: items => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		weighted: entries => {
			const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
			let roll = next() * total;
			for (const [value, weight] of entries) {
				roll -= weight;
				if (roll < 0) return value;
			}
			return entries.at(-1)![0];
		},
		logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
		sample: (items, count) => {
			const copy = [...items];
			for (let index = copy.length - 1; index > 0; index--) {
				const other = Math.floor(next() * (index + 1));
				[copy[index], copy[other]] = [copy[other]!, copy[index]!];
			}
			return copy.slice(0, count);
		},
	};
	return rng;
}

function cyrb128(text: string): number[] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
