// Queue badges that read without colour: letters and glyphs, each with a tone (a role, never a colour).
import {shortDuration} from '../presenters/time.js';
import type {Level, Triage} from './types.js';

export type BadgeTone = 'danger' | 'warning' | 'ok' | 'muted' | 'normal';
export type Badge = {text: string; tone: BadgeTone; /** What it means, for a legend or a screen reader. */ title: string};

const letter: Record<Level, string> = {low: 'L', medium: 'M', high: 'H'};
const tones = {
	complexity: {low: 'muted', medium: 'normal', high: 'warning'},
	severity: {low: 'muted', medium: 'warning', high: 'danger'},
	effort: {low: 'muted', medium: 'normal', high: 'warning'},
} as const satisfies Record<string, Record<Level, BadgeTone>>;

/**
 * C:H S:M E:L, then "BREACH 12m" (a target breaches within 12 minutes of covered time) or
 * "BREACHED 2h" (overdue by 2 hours), then "!" when only a person may answer.
 */
export function triageBadges(triage: Triage): Badge[] {
	const badges: Badge[] = (['complexity', 'severity', 'effort'] as const).map(axis => ({
		text: `${axis[0]!.toUpperCase()}:${letter[triage[axis].level]}`,
		tone: tones[axis][triage[axis].level],
		title: `${axis} ${triage[axis].level} (${triage[axis].value})`,
	}));
	const next = triage.targets.next;
	if (next && next.state === 'breached') {
		badges.push({text: `BREACHED ${shortDuration(-next.left)}`, tone: 'danger', title: `${targetName(next.kind)} target overdue`});
	} else if (next && next.state === 'at_risk') {
		badges.push({text: `BREACH ${shortDuration(next.left)}`, tone: 'warning', title: `${targetName(next.kind)} target breaches soon`});
	}
	if (triage.humanOnly.flag) {
		badges.push({text: '!', tone: 'danger', title: `human only: ${triage.humanOnly.reasons.map(reason => reason.label.toLowerCase()).join(', ')}`});
	}
	return badges;
}

function targetName(kind: 'firstResponse' | 'resolution'): string {
	return kind === 'firstResponse' ? 'first-response' : 'resolution';
}
