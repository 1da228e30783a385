// The flags every command takes, apart from run-cli.ts so that help, completion and the man page can read them.
import type {OptionSpec} from './command.js';

export const globalOptions: Record<string, OptionSpec> = {
	'data-dir': {type: 'string', valueName: '<dir>', description: 'where the local desk lives (or DESKTERM_DATA_DIR)'},
	profile: {type: 'string', valueName: '<name>', complete: {kind: 'profile'}, description: 'which helpdesk profile to use (or DESKTERM_PROFILE; default local)'},
	'read-only': {type: 'boolean', description: 'refuse every write (replies, notes, assignments ...)'},
	'no-color': {type: 'boolean', description: 'no colour (also NO_COLOR=1)'},
	debug: {type: 'boolean', description: 'log HTTP requests, secrets redacted, to stderr (or DESKTERM_DEBUG=1|file|<path>)'},
	help: {type: 'boolean', short: 'h', description: 'show help'},
};
