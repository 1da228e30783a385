// A queue row's triage badges for the console, each with how long it stays when the row is short of room.
import {triageBadges} from '../../triage/badges.js';
import type {Triage} from '../../triage/types.js';
import type {Tone} from '../queue-columns.js';

export type RowBadge = {text: string; tone: Tone; /** Higher gives way first when a row is short of room. */ keep: number};

/** Which badges stay longest when a row is short of room: human-only, then a breach, then severity. */
const keepOrder = (text: string): number => (text === '!' ? 0 : text.startsWith('BREACH') ? 1 : text.startsWith('S:') ? 2 : text.startsWith('C:') ? 3 : 4);

export function rowBadges(triage: Triage): RowBadge[] {
	return triageBadges(triage).map(badge => ({text: badge.text, tone: badge.tone, keep: keepOrder(badge.text)}));
}
