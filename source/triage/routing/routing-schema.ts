// The routing.yaml file, checked rule by rule so that each bad rule gets its own message.
import * as z from '../../validation/zod.js';
import {channels} from '../../domain/conversation.js';
import type {RoutingRule} from './routing-rules.js';

/** A trimmed string that must not be empty. */
function named(message: string) {
	return z.string().check(z.trim(), z.minLength(1, {message}));
}

const words = z.array(named('empty value')).check(z.minLength(1, {message: 'give at least one value'}));
const range = z
	.strictObject({min: z.optional(z.number()), max: z.optional(z.number())})
	.check(
		z.refine(value => value.min !== undefined || value.max !== undefined, {message: 'give min, max or both'}),
		z.refine(value => value.min === undefined || value.max === undefined || value.min <= value.max, {message: 'min is larger than max'}),
	);

export const routingConditionsSchema = z.strictObject({
	keywords: z.optional(words),
	productsInUse: z.optional(words),
	companyType: z.optional(words),
	plan: z.optional(words),
	pageUrl: z.optional(words),
	channel: z.optional(z.array(z.enum(channels, {message: `a channel is one of ${channels.join(', ')}`})).check(z.minLength(1))),
	tags: z.optional(words),
	language: z.optional(words),
	tenureDays: z.optional(range),
	monthlySpend: z.optional(range),
	vip: z.optional(z.boolean()),
});

export const routingRuleSchema = z.strictObject({
	name: named('a rule needs a name'),
	team: named('a rule needs the team it routes to'),
	match: z._default(z.enum(['all', 'any'], {message: 'match is "all" (every condition) or "any" (one is enough)'}), 'all'),
	when: routingConditionsSchema.check(
		z.refine(conditions => Object.values(conditions).some(value => value !== undefined), {
			message: 'no conditions: this rule would take every conversation (leave it out; escalationTeam takes what no rule places)',
		}),
	),
}) satisfies z.ZodMiniType<RoutingRule, unknown>;

/** The file's outline; rules are checked one by one with routingRuleSchema. */
export const routingFileSchema = z.strictObject({
	escalationTeam: named('name the escalation team (where what no rule places goes)'),
	rules: z._default(z.array(z.unknown(), {message: 'rules is a list of rules'}), []),
});
