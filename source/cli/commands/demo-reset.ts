// deskterm demo reset: throw the local desk away and seed a fresh demo desk (any size, any seed).
import {createInterface} from 'node:readline';
import {DeskError} from '../../domain/errors.js';
import {checkDemoReset, demoDeskLimits, demoDeskPath, resetDemoDesk} from '../../operations/demo-desk.js';
import type {CommandDefinition} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';

const minimumConversations = 20;
const {defaultConversations: defaultConversationCount, defaultSeed, maxConversations: maxConversationCount} = demoDeskLimits;
/** Desks this large take seconds: show progress on stderr. */
const progressFrom = 20_000;

export const command: CommandDefinition = {
	name: 'demo reset',
	summary: 'Reseed the local demo desk',
	usage: 'deskterm demo reset [--conversations N] [--seed S] [--yes]',
	details: [
		'Replaces the local desk (<data dir>/desk.sqlite) with a new demo desk: every conversation,',
		'reply and note on it is lost. A terminal asks first (default No); a script must pass --yes.',
		'The same seed and size give the same desk, its times relative to now.',
		`Sizes from ${minimumConversations} to ${maxConversationCount.toLocaleString('en-US')}; 100,000 makes a benchmark desk in about half a minute.`,
		'Close the console before resetting: a console left open keeps the old desk until restarted.',
		'',
		'Examples:',
		'  deskterm demo reset --yes',
		'  deskterm demo reset --conversations 100000 --seed bench --yes',
	].join('\n'),
	options: {
		conversations: {type: 'string', valueName: '<n>', description: `how many conversations (default ${defaultConversationCount})`},
		seed: {type: 'string', valueName: '<text>', description: `any text; the same seed gives the same desk (default ${defaultSeed})`},
		yes: {type: 'boolean', short: 'y', description: 'do not ask: destroy the current local desk'},
	},
	positionals: {min: 0, max: 0},
	async run(input, io, context) {
		checkDemoReset(context);
		const conversations = parseCount(input.values['conversations']);
		const seedValue = input.values['seed'];
		const seed = typeof seedValue === 'string' ? seedValue.trim() : defaultSeed;
		if (seed === '') throw new DeskError('usage', 'demo reset: --seed needs some text');
		const path = demoDeskPath(context);
		if (input.values['yes'] !== true) {
			if (!io.canPrompt) {
				throw new DeskError('usage', `demo reset destroys the local desk at ${path}; add --yes to confirm (no terminal to ask)`);
			}
			const question = `Replace the local desk at ${path} with a new demo desk of ${conversations.toLocaleString('en-US')} conversations? Everything on it is lost. [y/N] `;
			if (!(await confirm(io, question))) {
				io.error('Cancelled: the local desk is unchanged.\n');
				return exitCodes.failure;
			}
		}
		const started = performance.now();
		let reported = 0;
		const summary = resetDemoDesk(context, {
			conversations,
			seed,
			onProgress: (done, total) => {
				if (total < progressFrom) return;
				if (done === total) io.error('demo reset: indexing for search\n');
				else if (done - reported >= total / 10) {
					reported = done;
					io.error(`demo reset: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} conversations\n`);
				}
			},
		});
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const megabytes = (summary.bytes / 1_000_000).toFixed(1);
		io.write(
			`Reset the local desk at ${path}: ${summary.conversations.toLocaleString('en-US')} conversations ` +
				`(${summary.notClosed.toLocaleString('en-US')} not closed), ${summary.customers.toLocaleString('en-US')} customers, ` +
				`${summary.messages.toLocaleString('en-US')} messages, seed "${seed}", ${megabytes} MB in ${seconds} s.\n`,
		);
		return exitCodes.ok;
	},
};

function parseCount(value: unknown): number {
	if (value === undefined) return defaultConversationCount;
	const text = String(value).replace(/[_,]/g, '');
	const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (!Number.isSafeInteger(count) || count < minimumConversations || count > maxConversationCount) {
		throw new DeskError('usage', `demo reset: --conversations must be a whole number from ${minimumConversations} to ${maxConversationCount.toLocaleString('en-US')}`);
	}
	return count;
}

/** Asks on stderr and reads one line; only "y" or "yes" means yes. */
async function confirm(io: Io, question: string): Promise<boolean> {
	io.error(question);
	const lines = createInterface({input: io.stdin, terminal: false});
	try {
		for await (const line of lines) return /^\s*y(es)?\s*$/i.test(line);
		return false;
	} finally {
		lines.close();
	}
}
