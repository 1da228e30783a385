// The suggested replies for the open conversation: best first, each with its confidence and a short reason.
import type {Tone} from '../queue-columns.js';
import type {Panel, PanelLine} from './panel.js';

export type ShownSuggestion = {templateId: string; title: string; score: number; reasons: string[]; humanOnly: boolean};

export type SuggestionsView =
	| {status: 'off'}
	| {status: 'loading'; what: string}
	| {status: 'ready'; items: ShownSuggestion[]; /** e.g. "asking the AI re-ranker…" */ note?: string}
	| {status: 'error'; message: string};

export const percent = (score: number) => `${Math.round(score * 100)}%`;
const toneOf = (score: number): Tone => (score >= 0.6 ? 'ok' : score >= 0.3 ? 'warning' : 'muted');

/** How the keys are named depends on where the agent is: 1-3 in the conversation pane, Alt+1-3 in the composer. */
export function suggestionsPanel(view: SuggestionsView, keys: string): Panel | null {
	if (view.status === 'off') return null;
	const title = `Suggested replies (${keys})`;
	if (view.status === 'loading') return {title: 'Suggested replies', lines: [{text: `… ${view.what}`, tone: 'muted'}]};
	if (view.status === 'error') return {title: 'Suggested replies', lines: [{text: `✗ ${view.message}`, tone: 'danger'}]};
	if (view.items.length === 0) return {title: 'Suggested replies', lines: [{text: 'no customer message to answer yet', tone: 'muted'}]};
	const lines: PanelLine[] = view.items.flatMap((item, index) => [
		{text: `${index + 1} ${item.title} ${percent(item.score)}${item.humanOnly ? ' ⚑ human-only topic' : ''}`, tone: toneOf(item.score)},
		...item.reasons.slice(0, 1).map(reason => ({text: `  ${reason}`, tone: 'muted' as const})),
	]);
	if (view.note) lines.push({text: view.note, tone: 'muted'});
	return {title, lines};
}

/** One line for narrow terminals. */
export function suggestionsSummary(view: SuggestionsView): PanelLine | null {
	if (view.status === 'off') return null;
	if (view.status === 'loading') return {text: `Suggested replies: … ${view.what}`, tone: 'muted'};
	if (view.status === 'error') return {text: `Suggested replies: ✗ ${view.message}`, tone: 'danger'};
	if (view.items.length === 0) return {text: 'Suggested replies: none (no customer message to answer yet)', tone: 'muted'};
	const note = view.note ? ` (${view.note})` : '';
	return {text: `Suggested: ${view.items.map((item, index) => `${index + 1} ${item.title} ${percent(item.score)}`).join(' · ')}${note}`, tone: 'normal'};
}
