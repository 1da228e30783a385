// deskterm demo incoming: play the customer on the local desk, a new conversation or a new message.
import {isChannel} from '../../domain/conversation.js';
import {DeskError} from '../../domain/errors.js';
import {receiveDemoIncoming} from '../../operations/demo-desk.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {readBody} from './reply.js';

export const command: CommandDefinition = {
	name: 'demo incoming',
	summary: "Play the customer's side: a new conversation or message",
	usage: 'deskterm demo incoming --customer NAME [--email E] --subject S (--body TEXT | --body-file PATH|-) [--to ID] [--channel C] [--json]',
	details: [
		'Without --to: a new open conversation from the customer with that email (created if new).',
		'With --to: a new customer message in that conversation, which reopens it if it was closed,',
		'pending or snoozed; --customer and --subject may then be left out.',
		'Prints the conversation id; with --json {"conversationId", "messageId", "created"}.',
		'Only the local desk has a customer side to play.',
		'',
		'Examples:',
		'  deskterm demo incoming --customer "Ada Lovelace" --email ada@example.com --subject "Refund?" --body "Where is my refund?"',
		'  echo "Any news?" | deskterm demo incoming --to 42 --body-file -',
	].join('\n'),
	options: {
		customer: {type: 'string', valueName: '<name>', description: 'who writes'},
		email: {type: 'string', valueName: '<address>', description: 'finds the customer; a new one is created if none has it'},
		subject: {type: 'string', valueName: '<text>', description: 'subject of the new conversation'},
		body: {type: 'string', valueName: '<text>', description: 'the message'},
		'body-file': {type: 'string', valueName: '<path|->', description: 'read the message from a file, or stdin with -'},
		to: {type: 'string', valueName: '<id>', complete: {kind: 'conversation'}, description: 'add to this conversation instead of starting one'},
		channel: {type: 'string', valueName: '<email|chat|social|phone>', description: 'where it comes from (default email, or the conversation\'s)'},
		...jsonOptions(),
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		const text = (name: string): string | undefined => {
			const value = input.values[name];
			return typeof value === 'string' ? value : undefined;
		};
		const channel = text('channel');
		if (channel !== undefined && !isChannel(channel)) {
			throw new DeskError('usage', `demo incoming: unknown channel "${channel}" (email, chat, social or phone)`);
		}
		const to = text('to');
		if (to === undefined && (text('customer') ?? '').trim() === '') throw new DeskError('usage', 'demo incoming: --customer NAME is required for a new conversation');
		if (to === undefined && (text('subject') ?? '').trim() === '') throw new DeskError('usage', 'demo incoming: --subject is required for a new conversation');
		const body = await readBody('demo incoming', input.values, io);
		const result = await receiveDemoIncoming(context, {
			customerName: text('customer') ?? '',
			...(text('email') === undefined ? {} : {email: text('email')}),
			...(text('subject') === undefined ? {} : {subject: text('subject')}),
			body,
			...(to === undefined ? {} : {conversationId: to}),
			...(channel === undefined ? {} : {channel}),
		});
		if (input.values['json'] === true) writeJson(io, result);
		else if (io.isStdoutTty) io.write(`${result.created ? 'New conversation' : 'New message in conversation'} #${result.conversationId}\n`);
		else io.write(`${result.conversationId}\n`);
		return exitCodes.ok;
	},
};
