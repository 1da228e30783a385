// The single choke point every write passes: read-only mode and the back end's capabilities.
import type {Context} from '../context.js';
import {DeskError} from '../domain/errors.js';
import type {Capabilities, HelpdeskProvider} from '../providers/provider.js';

/** Opens the provider for a write, or refuses: read-only first, then what the back end can do. */
export async function providerForWrite(
	context: Context,
	action: string,
	can: (capabilities: Capabilities) => boolean,
): Promise<HelpdeskProvider> {
	if (context.readOnly) {
		throw new DeskError('read_only', `read-only mode: cannot ${action} (started with --read-only or a read-only profile)`);
	}
	const provider = await context.provider();
	if (!can(provider.capabilities)) {
		throw new DeskError('unsupported', `${provider.label} cannot ${action}`, {provider: provider.kind});
	}
	return provider;
}
