// deskterm show <id>: the thread with who wrote what, the customer's context and the metadata.
import {conversationJsonFields, conversationToJson} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {formatConversation} from '../output/conversation-view.js';
import {jsonOptions, pickFields, readJsonRequest, writeJson} from '../output/json-output.js';
import {createStyle} from '../output/style.js';

export const command: CommandDefinition = {
	name: 'show',
	summary: 'Show one conversation with its thread and customer',
	usage: 'deskterm show <id> [--json] [--fields a,b]',
	details: [
		'On a terminal: subject, status, priority, assignee and times, the customer (company, plan,',
		'tenure, language), then every message marked customer, agent, bot or internal note.',
		'In a pipe: "key:<tab>value" lines, then each message after a "--" line as',
		'"kind<tab>author<tab>ISO time<tab>channel<tab>message id" and its body.',
		'',
		'Examples:',
		'  deskterm show 45',
		'  deskterm show 45 --json --fields id,customer,messages',
	].join('\n'),
	options: jsonOptions(conversationJsonFields),
	positionals: {min: 1, max: 1},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, conversationJsonFields);
		const conversation = await (await context.provider()).getConversation(input.positionals[0]!);
		const now = context.clock();
		if (request) {
			writeJson(io, pickFields(conversationToJson(conversation, now), request));
			return exitCodes.ok;
		}
		io.write(formatConversation(conversation, {tty: io.isStdoutTty, style: createStyle(io.color), now, width: io.columns}));
		return exitCodes.ok;
	},
};
