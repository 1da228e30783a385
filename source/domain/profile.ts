// A named profile (which back end, its settings) and what logging in to a back end asks for.
// Plain data both config/ (which stores profiles) and providers/ (which open them) speak.

export type Profile = {
	name: string;
	provider: string;
	/** Provider-specific settings (base URL, account id, agent ...), validated by the adapter. */
	settings: Record<string, unknown>;
	readOnly?: boolean;
	/** A merged queue's desks (provider "merged"): each a plain profile, in the order given. */
	members?: Profile[];
};

/** The provider kind of a merged queue of several profiles. */
export const mergedProviderKind = 'merged';

/** One thing `deskterm login <provider>` asks for (or reads from a flag or the environment). */
export type LoginField = {
	name: string;
	label: string;
	description: string;
	required: boolean;
	/** Kept in the secrets file (0600), never printed. */
	secret: boolean;
	/** Environment variable that supplies it, e.g. DESKTERM_ZENDESK_TOKEN. */
	env?: string;
	default?: string;
};
