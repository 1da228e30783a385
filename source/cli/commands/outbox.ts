// deskterm outbox [list] | outbox retry [ID...|--all] | outbox drop ID: the replies and notes not delivered yet.
import {didYouMean} from '../../domain/edit-distance.js';
import {DeskError} from '../../domain/errors.js';
import type {Delivery} from '../../operations/outbox/deliver.js';
import {dropOutboxItem, listOutbox, retryOutbox} from '../../operations/outbox/outbox-actions.js';
import {firstLine, type OutboxItem} from '../../operations/outbox/outbox-item.js';
import {sendStatus} from '../../operations/outbox/send-message.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import {isoTime, shortDuration} from '../../presenters/time.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import {jsonOptions, writeJson} from '../output/json-output.js';
import {outboxItemToJson} from '../output/send-report.js';
import {createStyle} from '../output/style.js';
import {printTable, type TableColumn} from '../output/table.js';

const stateTones = {queued: 'warning', sending: 'accent', unknown: 'warning', failed: 'danger', delivered: 'ok'} as const;

const columns: Array<TableColumn<OutboxItem>> = [
	{id: 'id', header: 'ID', width: 11, dropOrder: 0, text: item => item.id, plain: item => item.id},
	{id: 'conversation', header: 'CONV', width: 8, dropOrder: 0, text: item => `#${item.conversationId}`, plain: item => item.conversationId},
	{id: 'kind', header: 'KIND', width: 5, dropOrder: 2, text: item => item.kind, plain: item => item.kind},
	{id: 'state', header: 'STATE', width: 8, dropOrder: 0, text: item => item.state, plain: item => item.state, tone: item => stateTones[item.state]},
	{id: 'attempts', header: 'TRIES', width: 5, dropOrder: 3, text: item => String(item.attempts), plain: item => String(item.attempts)},
	{id: 'age', header: 'AGE', width: 4, dropOrder: 1, text: (item, now) => shortDuration(now - item.queuedAt), plain: item => isoTime(item.queuedAt) ?? ''},
	{id: 'text', header: 'FIRST LINE', width: 24, flexible: true, dropOrder: 0, text: item => firstLine(item.body), plain: item => firstLine(item.body, 200)},
	{id: 'error', header: 'LAST ERROR', width: 30, dropOrder: 1, text: item => item.lastError ?? '-', plain: item => item.lastError ?? '', tone: () => 'muted'},
];

const jsonFields = 'id, profile, conversationId, kind, state (queued, sending, unknown, failed), firstLine, attempts, lastError, queuedAt, nextAttemptAt';

export const listCommand: CommandDefinition = {
	name: 'outbox',
	summary: 'List the replies and notes not delivered yet; retry or drop them',
	usage: 'deskterm outbox [list] [--json]',
	details: [
		'Every reply and note is written to the outbox (<data dir>/outbox.db) before it is sent, and stays',
		'there until the back end has it once. Listed: the ones not delivered yet, for this profile, oldest first:',
		'queued (waiting for its next try), sending (being sent right now), unknown (the last try may have',
		'landed: the conversation is read back before any resend) and failed (the back end refused it).',
		'On a terminal: a table; in a pipe: one tab-separated line per item (id, conversation, kind, state,',
		'tries, queued at, first line, last error). With --json: an array of {' + jsonFields + '}.',
		'',
		'  deskterm outbox retry ID...   try these now (a failed one too); deskterm outbox retry --all',
		'  deskterm outbox drop ID       forget one for good (the customer never gets it)',
		'The console delivers what is queued in the background, at start and on every refresh.',
	].join('\n'),
	options: jsonOptions(),
	positionals: {min: 0, max: 1},
	async run(input, io, context) {
		const verb = input.positionals[0];
		if (verb !== undefined && verb !== 'list') throw new DeskError('usage', `outbox: unknown verb "${verb}"${didYouMean(verb, ['list', 'retry', 'drop'], name => `outbox ${name}`)} (list, retry, drop)`);
		const {items, otherProfiles} = await listOutbox(context);
		const others = Object.entries(otherProfiles).map(([profile, count]) => `${count} on profile ${profile}`);
		if (input.values['json'] === true) writeJson(io, items.map(outboxItemToJson));
		else if (items.length === 0 && io.isStdoutTty) io.write(`The outbox of profile ${context.profile.name} is empty: everything was delivered.\n`);
		else printTable(io, columns, items, context.clock());
		if (others.length > 0) io.error(`deskterm: the outbox also holds ${others.join(', ')} (use --profile)\n`);
		return exitCodes.ok;
	},
};

export const retryCommand: CommandDefinition = {
	name: 'outbox retry',
	summary: 'Deliver outbox items now, read back first where one may have landed',
	usage: 'deskterm outbox retry (ID... | --all) [--json]',
	details: [
		'Tries the named items now (an id or a unique start of it), or --all of the profile, failed ones too.',
		'An item whose last try had an unknown outcome is first looked for in the conversation: found, it is',
		'delivered without sending it again. One line per item: delivered, still queued (why), or failed (why).',
		'Exit 0 when every item was delivered, 3 when some are still queued, 1 when one failed.',
		`With --json: an array of {${jsonFields}, messageId}.`,
		'',
		'Examples:',
		'  deskterm outbox retry ob-3f2a9c1d',
		'  deskterm outbox retry --all --json | jq -r \'.[] | select(.state != "delivered") | .id\'',
	].join('\n'),
	options: {all: {type: 'boolean', description: 'every item of the profile'}, ...jsonOptions()},
	positionals: {min: 0, max: 50},
	async run(input, io, context) {
		const all = input.values['all'] === true;
		if (all === (input.positionals.length > 0)) throw new DeskError('usage', 'outbox retry: give item ids or --all, not both and not neither');
		const deliveries = await retryOutbox(context, all ? 'all' : {ids: input.positionals});
		if (input.values['json'] === true) writeJson(io, deliveries.map(each => ({...outboxItemToJson(each.item), messageId: each.item.messageId})));
		else if (deliveries.length === 0) io.write(`Nothing to retry: the outbox of profile ${context.profile.name} is empty.\n`);
		else for (const delivery of deliveries) io.write(`${retryLine(delivery, io.color)}\n`);
		const statuses = deliveries.map(sendStatus);
		if (statuses.some(status => status === 'failed' || status === 'changed')) return exitCodes.failure;
		return statuses.some(status => status === 'queued') ? exitCodes.queued : exitCodes.ok;
	},
};

function retryLine(delivery: Delivery, color: boolean): string {
	const style = createStyle(color);
	const {item} = delivery;
	const what = sanitizeForTerminal(`${item.id} ${item.kind} to #${item.conversationId} "${firstLine(item.body, 40)}"`);
	const why = sanitizeForTerminal(delivery.error?.message ?? item.lastError ?? (item.state === 'sending' ? 'another deskterm is sending it' : 'not due yet'));
	switch (sendStatus(delivery)) {
		case 'delivered':
			return style.tone('ok', `✓ ${what}: delivered`);
		case 'queued':
			return style.tone('warning', `⧗ ${what}: still queued (${why})`);
		default:
			return style.tone('danger', `✗ ${what}: failed (${why})`);
	}
}

export const dropCommand: CommandDefinition = {
	name: 'outbox drop',
	summary: 'Forget an outbox item for good (it is never delivered)',
	usage: 'deskterm outbox drop ID [--json]',
	details: [
		'Removes one item (an id or a unique start of it) from the outbox: it is not sent again, and if it',
		'was never delivered the customer never gets it. One being sent right now is refused (exit 1).',
		'A write to local state: refused in read-only mode. Prints one confirming line; --json prints the item.',
		'',
		'Example:',
		'  deskterm outbox drop ob-3f2a9c1d',
	].join('\n'),
	options: jsonOptions(),
	positionals: {min: 1, max: 1},
	async run(input, io, context) {
		const item = await dropOutboxItem(context, input.positionals[0]!);
		if (input.values['json'] === true) writeJson(io, outboxItemToJson(item));
		else io.write(`${createStyle(io.color).tone('ok', sanitizeForTerminal(`Dropped ${item.id}: the ${item.kind} to #${item.conversationId} "${firstLine(item.body, 40)}" will not be sent.`))}\n`);
		return exitCodes.ok;
	},
};
