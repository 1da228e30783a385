// deskterm reply / note <id>: the body from exactly one source (--body, a file, or stdin with -).
import {readFile} from 'node:fs/promises';
import type {Context} from '../../context.js';
import type {Message} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {addNoteToConversation, replyToConversation} from '../../operations/conversation-actions.js';
import {messageToJson} from '../../presenters/conversation-json.js';
import type {CommandDefinition, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {readAll, type Io} from '../io.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {formatMessage} from '../output/message-view.js';
import {createStyle} from '../output/style.js';
import {describe} from '../output/write-result.js';

type Send = (context: Context, id: string, body: string) => Promise<Message>;

function writeCommand(name: 'reply' | 'note', summary: string, send: Send, done: string): CommandDefinition {
	return {
		name,
		summary,
		usage: `deskterm ${name} <id> (--body TEXT | --body-file PATH|-) [--json]`,
		details: [
			'Give the text with exactly one of --body or --body-file; --body-file - reads stdin.',
			'Prints the new message. With --json, the message: id, conversationId, kind (customer, agent,',
			'bot, note), authorId, authorName, body, createdAt (ISO time), channel.',
			'',
			'Examples:',
			`  deskterm ${name} 1042 --body "Thanks Ada, the refund is on its way."`,
			`  deskterm ${name} 1042 --body-file answer.txt`,
			`  printf 'Checked the logs.\\n' | deskterm ${name} 1042 --body-file -`,
		].join('\n'),
		options: {
			body: {type: 'string', valueName: '<text>', description: `the ${name === 'reply' ? 'reply' : 'note'} text`},
			'body-file': {type: 'string', valueName: '<path|->', description: 'read the text from a file, or stdin with -'},
			...jsonOptions(),
		},
		positionals: {min: 1, max: 1},
		async run(input, io, context) {
			const id = input.positionals[0]!;
			const body = await readBody(name, input.values, io);
			if (input.values['json'] === true) {
				writeJson(io, messageToJson(await send(context, id, body)));
				return exitCodes.ok;
			}
			// Read before sending: a failed read after a sent reply would exit 1 and invite a duplicate.
			const conversation = await (await context.provider()).getConversation(id);
			const message = await send(context, id, body);
			const style = createStyle(io.color);
			io.write(`${style.tone('ok', `${done} ${describe(conversation)}.`)}\n`);
			io.write(formatMessage(message, {tty: io.isStdoutTty, style, now: context.clock(), width: io.columns}));
			return exitCodes.ok;
		},
	};
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

export const replyCommand = writeCommand('reply', 'Reply to the customer', replyToConversation, 'Replied to');
export const noteCommand = writeCommand('note', 'Add an internal note (the customer never sees it)', addNoteToConversation, 'Added an internal note to');
