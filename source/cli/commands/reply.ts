// deskterm reply / note <id>: the body from exactly one source (--body, a file, or stdin with -), or from templates.
import {readFile} from 'node:fs/promises';
import type {Context} from '../../context.js';
import {changesAfterVersion} from '../../domain/conversation-changes.js';
import {DeskError} from '../../domain/errors.js';
import {sendMessage} from '../../operations/outbox/send-message.js';
import {messageToJson} from '../../presenters/conversation-json.js';
import type {CommandDefinition, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {readAll, type Io} from '../io.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {formatMessage} from '../output/message-view.js';
import {reportChanged, reportUndelivered} from '../output/send-report.js';
import {createStyle} from '../output/style.js';
import {recordWorkedAfter, readWorked, workedDetails, workedOption} from '../output/worked-flag.js';
import {describe} from '../output/write-result.js';

function writeCommand(name: 'reply' | 'note', summary: string, done: string): CommandDefinition {
	return {
		name,
		summary,
		usage: `deskterm ${name} <id> (--body TEXT | --body-file PATH|-) [--if-unchanged VERSION] [--worked DURATION] [--json]`,
		details: [
			'Give the text with exactly one of --body or --body-file; --body-file - reads stdin.',
			'Prints the new message. With --json, the message: id, conversationId, kind (customer, agent,',
			'bot, note), authorId, authorName, body, createdAt (ISO time), channel.',
			'',
			'It goes through the outbox (<data dir>/outbox.db), on disk before anything is sent, and is delivered',
			'once: an unknown outcome (a timeout, a reset, a 5xx) is checked by reading the conversation back',
			'before any retry. Exit 0 delivered; 1 certainly not applied (safe to retry); 3 not delivered yet, kept',
			'in the outbox (its id on stderr, and {outbox: {id, state, ...}} with --json): do not resend, run',
			'deskterm outbox retry ID. The same text to the same conversation while one is still undelivered is',
			'not sent again: that item is delivered instead.',
			'--if-unchanged VERSION (the version field of show --json) sends only if nobody changed the',
			'conversation since: else exit 4, the change in one line (with --json: {changed: {version, changes}}).',
			'',
			`From templates: deskterm ${name} <id> --template ID [--template ID2]... [--set NAME=VALUE]...`,
			'  [--body TEXT | --body-file PATH|-] [--templates DIR]... [--json]',
			"Each template (an id or its /shortcut) is filled with the conversation's data, in the customer's",
			'language, and goes in its own paragraph, in the order given, after the --body text if any.',
			'--set fills a field (and wins over the data); a field left unfilled refuses the send (exit 2).',
			name === 'reply'
				? 'The templates\' actions are applied after the reply is delivered, and the use is recorded for the suggestions.'
				: 'A note applies no template actions and teaches the suggestions nothing: it answers nobody.',
			'With --json: {message, templates: [{id, title, language, edited}], applied, failed, recordError}.',
			'',
			...workedDetails,
			'',
			'Examples:',
			`  deskterm ${name} 45 --body "Thanks Owen, the refund is on its way."`,
			`  deskterm ${name} 45 --body-file answer.txt --worked 5m`,
			`  printf 'Checked the logs.\\n' | deskterm ${name} 45 --body-file -`,
			`  deskterm ${name} 45 --template refund-approved --set refund_amount=€20`,
			`  deskterm ${name} 45 --body "On it." --if-unchanged "$(deskterm show 45 --json --fields version | jq -r .version)"`,
		].join('\n'),
		options: {
			body: {type: 'string', valueName: '<text>', description: `the ${name === 'reply' ? 'reply' : 'note'} text`},
			'body-file': {type: 'string', valueName: '<path|->', description: 'read the text from a file, or stdin with -'},
			template: {type: 'string', multiple: true, valueName: '<id>', complete: {kind: 'template'}, description: 'write from this template, an id or /shortcut (repeatable, in order)'},
			set: {type: 'string', multiple: true, valueName: '<name=value>', description: 'fill a template field, e.g. order_number=A-1042 (repeatable)'},
			// Spelled out, not imported from templates-common: that would load the template loader for every plain reply.
			templates: {type: 'string', multiple: true, valueName: '<dir>', description: 'read templates only from this folder (repeatable); default: the shipped library, then yours'},
			'if-unchanged': {type: 'string', valueName: '<version>', description: 'send only if the conversation is still at this version (show --json); else exit 4'},
			...workedOption,
			...jsonOptions(),
		},
		positionals: {min: 1, max: 1},
		async run(input, io, context) {
			const id = input.positionals[0]!;
			const worked = await readWorked(input.values, context);
			return recordWorkedAfter(io, context, id, worked, await write(id, input, io, context));
		},
	};

	async function write(id: string, input: ParsedInput, io: Io, context: Context): Promise<number> {
		const expected = readExpectedVersion(name, input.values);
		if (input.values['template'] !== undefined) {
			const given = input.values['body'] !== undefined || input.values['body-file'] !== undefined;
			const text = given ? await readBody(name, input.values, io) : '';
			return (await import('./reply-template.js')).runTemplateWrite(name, id, text, input.values, io, context, expected);
		}
		for (const flag of ['set', 'templates']) {
			if (input.values[flag] !== undefined) throw new DeskError('usage', `${name}: --${flag} goes with --template`);
		}
		const body = await readBody(name, input.values, io);
		const json = input.values['json'] === true;
		const provider = await context.provider();
		// Read before sending: a failed read after a sent reply would exit 1 and invite a duplicate.
		const conversation = json && expected === undefined ? null : await provider.getConversation(id);
		if (conversation && expected !== undefined && conversation.version !== expected) {
			return reportChanged({io, context, json, id, expected}, conversation, changesAfterVersion(conversation, expected));
		}
		const outcome = await sendMessage(context, {conversationId: id, kind: name, body, ...(expected === undefined ? {} : {expectedVersion: expected})});
		const failed = await reportUndelivered(outcome, {io, context, json}, () => provider.getConversation(id));
		if (failed !== null) return failed;
		const message = outcome.message!;
		if (json) {
			writeJson(io, messageToJson(message));
			return exitCodes.ok;
		}
		const style = createStyle(io.color);
		io.write(`${style.tone('ok', `${done} ${describe(conversation!)}.`)}\n`);
		io.write(formatMessage(message, {tty: io.isStdoutTty, style, now: context.clock(), width: io.columns}));
		return exitCodes.ok;
	}
}

export function readExpectedVersion(name: string, values: ParsedInput['values']): string | undefined {
	const given = values['if-unchanged'];
	if (given === undefined) return undefined;
	if (typeof given !== 'string' || given.trim() === '') throw new DeskError('usage', `${name}: --if-unchanged wants the version from show --json`);
	return given.trim();
}

export async function readBody(name: string, values: ParsedInput['values'], io: Io): Promise<string> {
	const inline = values['body'];
	const file = values['body-file'];
	if (typeof inline === 'string' && typeof file === 'string') throw new DeskError('usage', `${name}: give --body or --body-file, not both`);
	if (typeof inline === 'string') return inline;
	if (typeof file !== 'string') throw new DeskError('usage', `${name}: the text is missing (--body TEXT, --body-file PATH, or --body-file - for stdin)`);
	if (file === '-') return readAll(io.stdin);
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
		throw new DeskError('usage', `${name}: cannot read --body-file ${file}: ${reason}`);
	}
}

export const replyCommand = writeCommand('reply', 'Reply to the customer', 'Replied to');
export const noteCommand = writeCommand('note', 'Add an internal note (the customer never sees it)', 'Added an internal note to');
