// deskterm status <id> <open|pending|snoozed|closed> [--until TIME]
import {setConversationStatus} from '../../operations/conversation-actions.js';
import {summaryJsonFields} from '../../presenters/conversation-json.js';
import {isoTime} from '../../presenters/time.js';
import type {CommandDefinition} from '../command.js';
import {jsonOptions, readJsonRequest} from '../output/json-output.js';
import {printWriteResult} from '../output/write-result.js';

export const command: CommandDefinition = {
	name: 'status',
	summary: 'Set the status: open, pending, snoozed (--until) or closed',
	usage: 'deskterm status <id> <open|pending|snoozed|closed> [--until TIME] [--json]',
	details: [
		'snoozed needs --until: 30m, 4h, 3d, 1w, tomorrow (9:00) or an ISO time (2026-12-01T09:00).',
		'With --json: the updated conversation summary (the queue fields).',
		'',
		'Examples:',
		'  deskterm status 45 pending',
		'  deskterm status 45 snoozed --until tomorrow',
		'  deskterm status 45 closed --json --fields id,status,closedAt',
	].join('\n'),
	options: {
		until: {type: 'string', valueName: '<time>', description: 'when a snoozed conversation wakes up'},
		...jsonOptions(summaryJsonFields),
	},
	positionals: {min: 2, max: 2},
	async run(input, io, context) {
		const request = readJsonRequest(input.values, summaryJsonFields);
		const [id, status] = input.positionals as [string, string];
		const until = typeof input.values['until'] === 'string' ? input.values['until'] : undefined;
		const result = await setConversationStatus(context, id, status.toLowerCase(), until);
		const wakes = result.until === null ? '' : ` until ${isoTime(result.until)}`;
		return printWriteResult(io, context, id, request, what => `Set ${what} to ${result.status}${wakes}.`);
	},
};
