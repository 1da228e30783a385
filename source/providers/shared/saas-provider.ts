// What the token-authenticated adapters (Zendesk, Intercom, Chatwoot) share: how they are made and small rules.
import type {Agent} from '../../domain/conversation.js';
import {DeskError, isDeskError} from '../../domain/errors.js';
import type {HttpClient} from '../http/http-types.js';

export type SaasProviderOptions<Settings> = {
	settings: Settings;
	secrets?: Record<string, string>;
	http: HttpClient;
	clock: () => number;
	/** Frees the HTTP client's sockets when the provider closes. */
	onClose?: () => void;
};

/** The staff list for whoami's teams; a role that may not read it still knows who it is. */
export async function agentsIfAllowed(load: () => Promise<{agents: Agent[]}>): Promise<Agent[]> {
	try {
		return (await load()).agents;
	} catch (error) {
		if (isDeskError(error) && error.code === 'forbidden') return [];
		throw error;
	}
}

/** Ids these back ends take as numbers: anything else is the user's mistake, said before a request goes out. */
export function numericId(label: string, value: string, what: string): number {
	if (!/^\d+$/.test(value)) throw new DeskError('usage', `not a ${label} ${what} id: "${value}"`);
	return Number(value);
}
