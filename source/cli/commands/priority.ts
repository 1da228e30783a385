// deskterm priority <id> <low|normal|high|urgent>
import {setConversationPriority} from '../../operations/conversation-actions.js';
import {summaryJsonFields} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {jsonOptions, readJsonRequest} from '../output/json-output.js';
import {printWriteResult} from '../output/write-result.js';

export const command: CommandDefinition = {
	name: 'priority',
	summary: 'Set the priority: low, normal, high or urgent',
	usage: 'deskterm priority <id> <low|normal|high|urgent> [--json]',
	details: ['With --json: the updated conversation summary (the queue fields).', '', 'Example:', '  deskterm priority 45 urgent'].join('\n'),
	options: jsonOptions(summaryJsonFields),
	positionals: {min: 2, max: 2},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, summaryJsonFields);
		const [id, level] = input.positionals as [string, string];
		const priority = await setConversationPriority(context, id, level.toLowerCase());
		return printWriteResult(io, context, id, request, what => `Set the priority of ${what} to ${priority}.`);
	},
};
