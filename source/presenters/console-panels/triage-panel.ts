// The triage of the open conversation as panel lines: each axis with its level, value and signals, the targets,
// where to route it, why only a person may answer, the best channel; the details add every signal's evidence.
import type {Tone} from '../queue-columns.js';
import {sanitizeForTerminal} from '../sanitize.js';
import {triageBadges} from '../../triage/badges.js';
import {resolutionChannels, type ResolutionChannel} from '../../triage/channel-map/channel-map.js';
import {describeTarget} from '../../triage/target-text.js';
import {axes, type Level, type Triage} from '../../triage/types.js';
import type {Panel, PanelLine} from './panel.js';

const levelTone: Record<Level, Tone> = {low: 'ok', medium: 'warning', high: 'danger'};
const clean = (text: string) => sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
const channelName = (id: string) => resolutionChannels[id as ResolutionChannel] ?? id;
const title = (text: string) => text[0]!.toUpperCase() + text.slice(1);

export function triagePanel(triage: Triage, now: number, options: {details: boolean}): Panel {
	const lines: PanelLine[] = [{text: `${triageBadges(triage).map(badge => badge.text).join(' ')}  priority ${triage.priority.score}/100`, tone: 'normal'}];
	for (const axis of axes) {
		const score = triage[axis];
		const signals = [...score.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
		const head = `${title(axis)} ${score.level} ${score.value}`;
		if (!options.details) {
			lines.push({text: `${head}: ${signals.map(signal => signal.label.toLowerCase()).join('; ')}`, tone: levelTone[score.level]});
			continue;
		}
		lines.push({text: head, tone: levelTone[score.level]});
		for (const signal of signals) {
			lines.push({text: `  ${signal.weight > 0 ? '+' : ''}${signal.weight} ${signal.label} [${clean(signal.evidence)}]`, tone: 'muted'});
		}
	}
	for (const status of options.details ? [triage.targets.firstResponse, triage.targets.resolution] : triage.targets.next ? [triage.targets.next] : []) {
		const tone: Tone = status.state === 'breached' || status.state === 'missed' ? 'danger' : status.state === 'at_risk' ? 'warning' : 'normal';
		lines.push({text: `Target: ${describeTarget(status, now)}`, tone});
	}
	if (!triage.targets.next && !options.details) lines.push({text: 'Target: none running (answered or closed)', tone: 'muted'});
	const rule = triage.routing.rule ? `rule "${triage.routing.rule.name}"` : 'no rule matched: a person should place it';
	lines.push({text: `Route to ${triage.routing.team} (${rule})`, tone: 'normal'});
	if (options.details) for (const reason of triage.routing.reasons) lines.push({text: `  ${clean(reason)}`, tone: 'muted'});
	if (triage.humanOnly.flag) {
		const reasons = triage.humanOnly.reasons.map(reason => (options.details ? `${reason.label} (${clean(reason.evidence)})` : reason.label.toLowerCase()));
		lines.push({text: `! Human only: ${reasons.join('; ')}`, tone: 'danger'});
	} else {
		lines.push({text: 'A bot may answer', tone: 'muted'});
	}
	lines.push({text: `Channel: ${channelName(triage.channels.primary)}, then ${channelName(triage.channels.secondary)} (${triage.channels.key})`, tone: 'normal'});
	if (options.details) {
		const parts = triage.priority.parts.map(part => `${part.label.toLowerCase()} ${part.value}×${part.weight}`).join(' + ');
		lines.push({text: `Priority ${triage.priority.score} = ${parts}`, tone: 'muted'});
	}
	return {title: options.details ? 'Triage details (e hides)' : 'Triage (e: details)', lines};
}

/** One line for narrow terminals: "Triage C:L S:H E:M BREACH 40m ! · prio 72 · → Billing · chat agent". */
export function triageSummary(triage: Triage): PanelLine {
	const human = triage.humanOnly.flag ? ` · human only: ${triage.humanOnly.reasons.map(reason => reason.label.toLowerCase()).join(', ')}` : '';
	const text = `Triage ${triageBadges(triage).map(badge => badge.text).join(' ')} · prio ${triage.priority.score} · → ${triage.routing.team}${human} · ${channelName(triage.channels.primary)} (e: details)`;
	const tone: Tone = triage.targets.breached || triage.humanOnly.flag ? 'danger' : triage.targets.atRisk ? 'warning' : 'normal';
	return {text, tone};
}
