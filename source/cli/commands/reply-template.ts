// deskterm reply|note <id> --template ID...: the console's template insertion for scripts. Templates are filled with
// the conversation's data in its language and --set fills the fields left; a reply also applies the templates'
// actions and is recorded for the suggestions (sendTemplateReply), a note is only the text (it answers nobody).
import type {Context} from '../../context.js';
import {changesAfterVersion} from '../../domain/conversation-changes.js';
import type {Agent, Conversation} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {composeTemplateReply, templateFieldNames} from '../../operations/compose-template-reply.js';
import {closeTemplateNames, findTemplateByName} from '../../operations/find-template-by-name.js';
import {sendMessage, type SendOutcome} from '../../operations/outbox/send-message.js';
import {sendTemplateReply} from '../../operations/send-template-reply.js';
import {customerTextOf} from '../../operations/suggestion-rankers.js';
import {createTemplateLibrary, type TemplateLibrary} from '../../operations/template-library.js';
import {messageToJson} from '../../presenters/conversation-json.js';
import {placeholderValues} from '../../templates/placeholder-values.js';
import {unfilledFieldsMessage} from '../../templates/placeholders.js';
import type {Template} from '../../templates/template.js';
import type {ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {writeJson} from '../output/json-output.js';
import {formatMessage} from '../output/message-view.js';
import {reportChanged, reportUndelivered} from '../output/send-report.js';
import {createStyle} from '../output/style.js';
import {describe} from '../output/write-result.js';
import {loadForCommand} from './templates-common.js';

export type TemplateWriteKind = 'reply' | 'note';

type Sent = {
	delivery: SendOutcome;
	used: Array<{id: string; edited: boolean}>;
	applied: string[];
	failed: string[];
	recordError: string | null;
};

const fieldNamePattern = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;

/** `body` is the agent's own text ('' for none): it goes before the templates, as typed before inserting them. */
export async function runTemplateWrite(
	kind: TemplateWriteKind,
	id: string,
	body: string,
	values: ParsedInput['values'],
	io: Io,
	context: Context,
	expected?: string,
): Promise<number> {
	const names = listOf(values['template']);
	const fields = readFields(kind, values['set']);
	const loaded = await loadForCommand(values, context, io);
	const library = createTemplateLibrary(loaded.templates, loaded.problems);
	// Every name is checked before the desk is asked anything: a typo costs no round trip.
	for (const name of names) if (!findTemplateByName(library, name, 'en')) throw unknownTemplate(kind, library, name);
	const provider = await context.provider();
	const [conversation, me] = await Promise.all([provider.getConversation(id), provider.whoami()]);
	const json = values['json'] === true;
	if (expected !== undefined && conversation.version !== expected) {
		return reportChanged({io, context, json, id, expected}, conversation, changesAfterVersion(conversation, expected));
	}
	const chosen = chooseTemplates(kind, library, names, conversation.customer.language);
	if (kind === 'reply') refuseForBots(chosen, me);
	const composed = composeTemplateReply(body, chosen, placeholderValues({customer: conversation.customer, agent: me, conversation}), fields);
	if (composed.unknownFields.length > 0) {
		const known = templateFieldNames(chosen);
		const list = composed.unknownFields.map(name => `"${name}"`).join(', ');
		throw new DeskError('usage', `${kind}: --set ${list}: no such field in ${names.length === 1 ? 'the template' : 'these templates'} (${known.length > 0 ? `fields: ${known.join(', ')}` : 'it has no fields'})`);
	}
	const empty = composed.inserted.find(template => template.text.trim() === '');
	if (empty) throw new DeskError('usage', `${kind}: template ${empty.id} has no text to send`);
	const unfilled = unfilledFieldsMessage(composed.text);
	if (unfilled) throw new DeskError('usage', `${kind}: ${unfilled}${composed.unfilled.length > 0 ? ' (give each with --set NAME=VALUE)' : ''}`);
	if (kind === 'reply') warnOfChannels(chosen, conversation, io);
	const versioned = expected === undefined ? {} : {expectedVersion: expected};
	const sent: Sent =
		kind === 'reply'
			? await sendTemplateReply(context, id, {body: composed.text, inserted: composed.inserted, customerText: customerTextOf(conversation), ...versioned})
			: {
					delivery: await sendMessage(context, {conversationId: id, kind: 'note', body: composed.text, ...versioned}),
					used: composed.inserted.map(template => ({id: template.id, edited: false})),
					applied: [],
					failed: [],
					recordError: null,
				};
	const undelivered = await reportUndelivered(sent.delivery, {io, context, json}, () => provider.getConversation(id));
	if (undelivered !== null) return undelivered;
	const message = sent.delivery.message!;
	for (const failure of sent.failed) io.error(`deskterm: warning: the reply was sent, but could not apply ${failure}\n`);
	if (sent.recordError) io.error(`deskterm: warning: the reply was sent, but the template use was not recorded: ${sent.recordError}\n`);
	const used = sent.used.map(({id: usedId, edited}) => {
		const template = chosen.find(each => each.id === usedId)!;
		return {id: usedId, title: template.title, language: template.language, edited};
	});
	if (json) {
		writeJson(io, {message: messageToJson(message), templates: used, applied: sent.applied, failed: sent.failed, recordError: sent.recordError});
		return exitCodes.ok;
	}
	const style = createStyle(io.color);
	const done = kind === 'reply' ? 'Replied to' : 'Added an internal note to';
	const applied = sent.applied.length > 0 ? `; applied ${sent.applied.join(', ')}` : '';
	io.write(`${style.tone('ok', `${done} ${describe(conversation)} with ${used.map(template => template.id).join(', ')}${applied}.`)}\n`);
	io.write(formatMessage(message, {tty: io.isStdoutTty, style, now: context.clock(), width: io.columns}));
	return exitCodes.ok;
}

function chooseTemplates(kind: TemplateWriteKind, library: TemplateLibrary, names: readonly string[], language: string): Template[] {
	const chosen: Template[] = [];
	for (const name of names) {
		const template = findTemplateByName(library, name, language)!;
		// The same text twice is a mistake in a script, whether named by id or by shortcut.
		if (chosen.some(each => each.id === template.id)) throw new DeskError('usage', `${kind}: template ${template.id} is given twice`);
		chosen.push(template);
	}
	return chosen;
}

/** Topics the team reserves for a person (cancellations, disputes ...) are never answered by a bot account. */
function refuseForBots(chosen: readonly Template[], me: Agent): void {
	const reserved = chosen.find(template => template.humanOnly);
	if (reserved && me.role === 'bot') {
		throw new DeskError('forbidden', `template ${reserved.id} is a human-only topic: a bot account (${me.name}) may not send it`);
	}
}

/** A template meant for other channels is still sent (the agent chose it), with a word on stderr. */
function warnOfChannels(chosen: readonly Template[], conversation: Conversation, io: Io): void {
	for (const template of chosen) {
		if (template.channels.length > 0 && !template.channels.includes(conversation.channel)) {
			io.error(`deskterm: warning: template ${template.id} is meant for ${template.channels.join(', ')}; this conversation is on ${conversation.channel}\n`);
		}
	}
}

function unknownTemplate(kind: TemplateWriteKind, library: TemplateLibrary, name: string): DeskError {
	const close = closeTemplateNames(library, name);
	const hint = close.length > 0 ? `; did you mean ${close.join(', ')}?` : '';
	return new DeskError('usage', `${kind}: no template "${name}"${hint} (deskterm templates list shows them all)`);
}

/** --set NAME=VALUE, repeatable; `{{order_number}}=...` is read as order_number, as the refusal names it. */
function readFields(kind: TemplateWriteKind, given: ParsedInput['values'][string]): Map<string, string> {
	const fields = new Map<string, string>();
	for (const pair of listOf(given)) {
		const at = pair.indexOf('=');
		const name = (at > 0 ? pair.slice(0, at) : '').trim().replace(/^\{\{\s*(.*?)\s*\}\}$/, '$1');
		if (!fieldNamePattern.test(name)) throw new DeskError('usage', `${kind}: --set wants NAME=VALUE, e.g. --set order_number=A-1042 (got "${pair}")`);
		const value = pair.slice(at + 1);
		if (value.trim() === '') throw new DeskError('usage', `${kind}: --set ${name} has an empty value`);
		if (fields.has(name)) throw new DeskError('usage', `${kind}: --set ${name} is given twice`);
		fields.set(name, value);
	}
	return fields;
}

function listOf(value: ParsedInput['values'][string]): string[] {
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}
