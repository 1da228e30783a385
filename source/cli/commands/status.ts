// deskterm status <id> <open|pending|snoozed|closed> [--until TIME], and its shorthand deskterm close <id>.
import type {Context} from '../../context.js';
import {setConversationStatus} from '../../operations/conversation-actions.js';
import {summaryJsonFields} from '../../presenters/conversation-json.js';
import {isoTime} from '../../presenters/time.js';
import type {CommandDefinition, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';
import {jsonOptions, readJsonRequest} from '../output/json-output.js';
import {readWorked, recordWorkedAfter, workedDetails, workedOption} from '../output/worked-flag.js';
import {printWriteResult} from '../output/write-result.js';

export const command: CommandDefinition = {
	name: 'status',
	summary: 'Set the status: open, pending, snoozed (--until) or closed',
	usage: 'deskterm status <id> <open|pending|snoozed|closed> [--until TIME] [--worked DURATION] [--json]',
	details: [
		'snoozed needs --until: 30m, 4h, 3d, 1w, tomorrow (9:00) or an ISO time (2026-12-01T09:00).',
		'With --json: the updated conversation summary (the queue fields).',
		...workedDetails,
		'',
		'Examples:',
		'  deskterm status 45 pending',
		'  deskterm status 45 snoozed --until tomorrow',
		'  deskterm status 45 closed --json --fields id,status,closedAt',
	].join('\n'),
	options: {
		until: {type: 'string', valueName: '<time>', description: 'when a snoozed conversation wakes up'},
		...workedOption,
		...jsonOptions(summaryJsonFields),
	},
	positionals: {min: 2, max: 2},
	async run(input, io, context) {
		const [id, status] = input.positionals as [string, string];
		return setAndPrint(input, io, context, id, status.toLowerCase());
	},
};

export const closeCommand: CommandDefinition = {
	name: 'close',
	summary: 'Close a conversation (status closed), optionally with --worked',
	usage: 'deskterm close <id> [--worked DURATION] [--json]',
	details: [
		'The same as deskterm status <id> closed.',
		'With --json: the updated conversation summary (the queue fields).',
		...workedDetails,
		'',
		'Examples:',
		'  deskterm close 45',
		'  deskterm close 45 --worked 12m',
	].join('\n'),
	options: {...workedOption, ...jsonOptions(summaryJsonFields)},
	positionals: {min: 1, max: 1},
	async run(input, io, context) {
		return setAndPrint(input, io, context, input.positionals[0]!, 'closed');
	},
};

async function setAndPrint(input: ParsedInput, io: Io, context: Context, id: string, status: string): Promise<number> {
	const request = readJsonRequest(input.values, summaryJsonFields);
	const until = typeof input.values['until'] === 'string' ? input.values['until'] : undefined;
	const worked = await readWorked(input.values, context);
	const result = await setConversationStatus(context, id, status, until);
	// Recorded as soon as the status stands: a failed read-back below must not lose it.
	await recordWorkedAfter(io, context, id, worked, exitCodes.ok);
	const wakes = result.until === null ? '' : ` until ${isoTime(result.until)}`;
	return printWriteResult(io, context, id, request, what => `Set ${what} to ${result.status}${wakes}.`);
}
