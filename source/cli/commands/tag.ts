// deskterm tag <id> +a -b: add and remove tags in one write.
import {updateConversationTags} from '../../operations/conversation-actions.js';
import {summaryJsonFields} from '../../presenters/conversation-json.js';
import type {CommandDefinition} from '../command.js';
import {jsonOptions, readJsonRequest} from '../output/json-output.js';
import {printWriteResult} from '../output/write-result.js';

export const command: CommandDefinition = {
	name: 'tag',
	summary: 'Add and remove tags: +billing -spam',
	usage: 'deskterm tag <id> [+]tag... [-tag...] [--json]',
	details: [
		'+name (or a bare name) adds a tag, -name removes one. Tags are lower-cased.',
		'With --json: the updated conversation summary (the queue fields).',
		'',
		'Examples:',
		'  deskterm tag 45 +refund +vip -spam',
		'  deskterm tag 45 billing',
	].join('\n'),
	options: jsonOptions(summaryJsonFields),
	positionals: {min: 2, max: Number.POSITIVE_INFINITY},
	dashPositionals: true,
	async run(input, io, context) {
		const request = readJsonRequest(input.values, summaryJsonFields);
		const [id, ...words] = input.positionals as [string, ...string[]];
		const {add, remove} = await updateConversationTags(context, id, words);
		const changes = [...add.map(tag => `+${tag}`), ...remove.map(tag => `-${tag}`)].join(' ');
		return printWriteResult(io, context, id, request, what => `Tagged ${what}: ${changes}.`);
	},
};
