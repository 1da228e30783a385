// Survey answers on closed conversations: mostly happy, some not, and not everyone answers.
import type {Ratings} from '../../../domain/conversation.js';
import type {Rng} from './prng.js';

export function ratingsFor(rng: Rng, botInvolved: boolean): Ratings {
	return {
		csat: rng.chance(0.55) ? rng.weighted([[5, 40], [4, 30], [3, 12], [2, 8], [1, 10]] as const) : null,
		nps: rng.chance(0.25) ? rng.weighted([[10, 20], [9, 20], [8, 18], [7, 12], [6, 8], [5, 7], [3, 6], [1, 4], [0, 5]] as const) : null,
		ces: rng.chance(botInvolved ? 0.45 : 0.15) ? rng.weighted([[1, 30], [2, 30], [3, 20], [4, 12], [5, 8]] as const) : null,
	};
}
