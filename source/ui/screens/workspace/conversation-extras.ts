// What goes around the thread besides the messages: suggested replies, triage and wired-in panels beside it when
// wide; a line each below it when narrow; the triage details above it when asked for (`e`).
import type {Conversation} from '../../../domain/conversation.js';
import {actionSteps, mergeTemplateActions, templatesInReply, type ActionStep} from '../../../operations/template-use.js';
import type {Capabilities} from '../../../providers/provider.js';
import {suggestionsPanel, suggestionsSummary} from '../../../presenters/console-panels/suggestions-panel.js';
import {triagePanel, triageSummary} from '../../../presenters/console-panels/triage-panel.js';
import type {OpenAssist} from '../../assist/use-open-assist.js';
import type {ConsolePanel} from '../../extensions.js';
import {bufferText} from '../../../text/text-buffer.js';
import type {ComposerState} from '../composer/composer-state.js';
import {conversationLine, customerLine} from '../conversation/customer-facts.js';
import type {StripLine} from '../conversation/customer-strip.js';

export type ConversationExtras = {
	sidebar: {first: ConsolePanel[]; last: ConsolePanel[]};
	above: ConsolePanel[];
	strip: StripLine[];
};

type Inputs = {
	conversation: Conversation | null;
	assist: OpenAssist;
	now: number;
	wide: boolean;
	composing: boolean;
	/** Where the keyboard is: the suggestion keys are named for it. */
	focus: 'queue' | 'conversation';
	details: boolean;
	extensionPanels: ConsolePanel[];
};

export function conversationExtras({conversation, assist, now, wide, composing, focus, details, extensionPanels}: Inputs): ConversationExtras {
	if (!conversation) return {sidebar: {first: [], last: []}, above: [], strip: []};
	const keys = composing ? 'Alt+1-3 or /' : focus === 'conversation' ? 'keys 1 2 3' : 'Tab, then 1 2 3';
	const triage = assist.triage;
	const detailsPanel = details && triage ? [triagePanel(triage, now, {details: true})] : [];
	if (wide) {
		const first = [suggestionsPanel(assist.suggestions, keys), triage && !details ? triagePanel(triage, now, {details: false}) : null];
		return {sidebar: {first: first.filter((panel): panel is ConsolePanel => panel !== null), last: extensionPanels}, above: detailsPanel, strip: []};
	}
	const suggested = suggestionsSummary(assist.suggestions);
	const strip: StripLine[] = [
		{text: customerLine(conversation, now), tone: 'title'},
		{text: conversationLine(conversation, now), tone: 'muted'},
		...(triage ? [triageSummary(triage)] : []),
		...(suggested ? [suggested] : []),
	];
	return {sidebar: {first: [], last: []}, above: [...detailsPanel, ...extensionPanels], strip};
}

/** What the draft's templates will do when it is sent: only the ones the text still carries count. */
export function withSend(composer: ComposerState, capabilities: Capabilities): {steps: ActionStep[]; humanOnly: boolean} {
	if (composer.inserted.length === 0 || composer.kind !== 'reply') return {steps: [], humanOnly: false};
	const used = templatesInReply(bufferText(composer.buffer), composer.inserted);
	return {steps: actionSteps(mergeTemplateActions(used), capabilities), humanOnly: used.some(template => template.humanOnly)};
}
