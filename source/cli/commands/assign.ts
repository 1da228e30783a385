// deskterm assign <id> --to <agent|team|me|none>
import {assignConversation} from '../../operations/conversation-actions.js';
import {summaryJsonFields} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {jsonOptions, readJsonRequest} from '../output/json-output.js';
import {printWriteResult} from '../output/write-result.js';
import {usageError} from '../usage-error.js';

export const command: CommandDefinition = {
	name: 'assign',
	summary: 'Assign to an agent, a team, yourself or nobody',
	usage: 'deskterm assign <id> --to <agent|team|me|none> [--json]',
	details: [
		'--to takes an agent or team by name, email or id, a unique first-name prefix ("dana"),',
		'"me", or "none" to unassign. Prefix team: or agent: when a name is both.',
		'With --json: the updated conversation summary (the queue fields).',
		'',
		'Examples:',
		'  deskterm assign 45 --to me',
		'  deskterm assign 45 --to team:Billing',
		'  deskterm assign 45 --to none',
	].join('\n'),
	options: {
		to: {type: 'string', valueName: '<agent|team|me|none>', complete: {kind: 'choice', values: ['me', 'none']}, description: 'who gets the conversation'},
		...jsonOptions(summaryJsonFields),
	},
	positionals: {min: 1, max: 1},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, summaryJsonFields);
		const to = input.values['to'];
		if (typeof to !== 'string' || to.trim() === '') throw usageError('assign: --to is missing (an agent, a team, me or none)');
		const id = input.positionals[0]!;
		const target = await assignConversation(context, id, to);
		return printWriteResult(io, context, id, request, what => (target.agentId === null ? `Unassigned ${what}.` : `Assigned ${what} to ${target.label}.`));
	},
};
