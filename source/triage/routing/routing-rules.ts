// Assignment rules: which team a conversation belongs to, from its words and its customer's context.
import type {Channel} from '../../domain/conversation.js';

export type Range = {min?: number | undefined; max?: number | undefined};

/** Each listed condition holds when any of its values matches; the rule's `match` combines conditions. */
export type RoutingConditions = {
	/** Words or phrases in the customer's messages or the subject. */
	keywords?: string[] | undefined;
	/** Products the customer uses (exact names, case-insensitive). */
	productsInUse?: string[] | undefined;
	companyType?: string[] | undefined;
	plan?: string[] | undefined;
	/** Parts of the page URL the conversation started from, e.g. "developers." or "/docs/api". */
	pageUrl?: string[] | undefined;
	channel?: Channel[] | undefined;
	tags?: string[] | undefined;
	language?: string[] | undefined;
	/** Days since the customer signed up. */
	tenureDays?: Range | undefined;
	monthlySpend?: Range | undefined;
	vip?: boolean | undefined;
};

export type RoutingRule = {
	name: string;
	team: string;
	/** all: every condition must hold (default); any: one is enough. */
	match: 'all' | 'any';
	when: RoutingConditions;
};

export type RoutingRules = {
	/** Where what no rule places goes, for a human to review: nothing stays unassigned. */
	escalationTeam: string;
	/** Tried in order; the first rule that matches wins. */
	rules: RoutingRule[];
};
