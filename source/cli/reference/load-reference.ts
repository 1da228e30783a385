// Loads every visible command's definition (help, completion and the man page read all of them) into one reference.
import {providerDefinition, providerKinds} from '../../providers/registry.js';
import {version} from '../../version.js';
import {commands} from '../commands.js';
import {globalOptions} from '../run-cli.js';
import {buildReference, type CliReference} from './cli-reference.js';

export async function loadReference(): Promise<CliReference> {
	const definitions = await Promise.all(commands.filter(entry => !entry.hidden).map(entry => entry.load()));
	const providers = providerKinds().filter(kind => providerDefinition(kind).loginFields.length > 0);
	return buildReference(definitions, globalOptions, {version, providers});
}
