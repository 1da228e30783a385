// The single choke point every write passes: read-only mode and the back end's capabilities.
import type {Context} from '../context.js';
import {DeskError} from '../domain/errors.js';
import type {Capabilities, HelpdeskProvider} from '../providers/provider.js';

/**
 * Refuses a write in read-only mode: the helpdesk's, and deskterm's own files a lead peeking must not
 * change (templates, learned history, profiles and credentials, triage config, drafts, the demo desk).
 * docs/safety.md lists what counts as a write and what does not.
 */
export function refuseInReadOnly(context: Pick<Context, 'readOnly'>, action: string): void {
	if (context.readOnly) {
		throw new DeskError('read_only', `read-only mode: cannot ${action} (started with --read-only or a read-only profile)`);
	}
}

/** Opens the provider for a write, or refuses: read-only first, then what the back end can do. */
export async function providerForWrite(
	context: Context,
	action: string,
	can: (capabilities: Capabilities) => boolean,
): Promise<HelpdeskProvider> {
	refuseInReadOnly(context, action);
	const provider = await context.provider();
	if (!can(provider.capabilities)) {
		throw new DeskError('unsupported', `${provider.label} cannot ${action}`, {provider: provider.kind});
	}
	return provider;
}
