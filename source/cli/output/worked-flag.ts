// `--worked 5m` on the write commands: read and checked before the write, recorded once the write stands.
import type {Context} from '../../context.js';
import {toDeskError} from '../../domain/errors.js';
import {parseWorked} from '../../domain/metrics/time-worked.js';
import {checkTimeWorked, recordTimeWorked} from '../../operations/time-worked.js';
import {sanitizeForTerminal} from '../../presenters/sanitize.js';
import type {OptionSpec, ParsedInput} from '../command.js';
import {exitCodes} from '../exit-codes.js';
import type {Io} from '../io.js';

export const workedOption: Record<'worked', OptionSpec> = {
	worked: {type: 'string', valueName: '<duration>', description: 'record time worked on it too, e.g. 90s, 5m or 1h30m (stats: AHT)'},
};

export const workedDetails = [
	'--worked DURATION records the time you worked on it (90s, 5m, 1h30m) with the back end, once the',
	'write stands (delivered, or kept in the outbox): stats counts it in AHT. Refused in read-only mode and',
	'on back ends that keep no time worked; if the write is refused, nothing is recorded.',
];

/** The seconds given with --worked, checked (format, read-only, back end) before anything is written. */
export async function readWorked(values: ParsedInput['values'], context: Context): Promise<number | undefined> {
	const given = values['worked'];
	if (given === undefined) return undefined;
	const seconds = parseWorked(typeof given === 'string' ? given : '');
	await checkTimeWorked(context);
	return seconds;
}

/** Records the time after a write that stands (exit 0 or 3); a failure is a warning, never a new exit code. */
export async function recordWorkedAfter(io: Io, context: Context, id: string, seconds: number | undefined, code: number): Promise<number> {
	if (seconds === undefined || (code !== exitCodes.ok && code !== exitCodes.queued)) return code;
	try {
		await recordTimeWorked(context, id, seconds);
	} catch (error) {
		io.error(`deskterm: warning: the time worked was not recorded: ${sanitizeForTerminal(toDeskError(error).message)}\n`);
	}
	return code;
}
