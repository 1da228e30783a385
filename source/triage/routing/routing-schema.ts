// The routing.yaml file, checked rule by rule so that each bad rule gets its own message.
import {z} from 'zod';
import {channels} from '../../domain/conversation.js';
import type {RoutingRule} from './routing-rules.js';

const words = z.array(z.string().trim().min(1, {message: 'empty value'})).min(1, {message: 'give at least one value'});
const range = z
	.strictObject({min: z.number().optional(), max: z.number().optional()})
	.refine(value => value.min !== undefined || value.max !== undefined, {message: 'give min, max or both'})
	.refine(value => value.min === undefined || value.max === undefined || value.min <= value.max, {message: 'min is larger than max'});

export const routingConditionsSchema = z.strictObject({
	keywords: words.optional(),
	productsInUse: words.optional(),
	companyType: words.optional(),
	plan: words.optional(),
	pageUrl: words.optional(),
	channel: z.array(z.enum(channels, {message: `a channel is one of ${channels.join(', ')}`})).min(1).optional(),
	tags: words.optional(),
	language: words.optional(),
	tenureDays: range.optional(),
	monthlySpend: range.optional(),
	vip: z.boolean().optional(),
});

export const routingRuleSchema = z.strictObject({
	name: z.string().trim().min(1, {message: 'a rule needs a name'}),
	team: z.string().trim().min(1, {message: 'a rule needs the team it routes to'}),
	match: z.enum(['all', 'any'], {message: 'match is "all" (every condition) or "any" (one is enough)'}).default('all'),
	when: routingConditionsSchema.refine(conditions => Object.values(conditions).some(value => value !== undefined), {
		message: 'no conditions: this rule would take every conversation (leave it out; escalationTeam takes what no rule places)',
	}),
}) satisfies z.ZodType<RoutingRule, unknown>;

/** The file's outline; rules are checked one by one with routingRuleSchema. */
export const routingFileSchema = z.strictObject({
	escalationTeam: z.string().trim().min(1, {message: 'name the escalation team (where what no rule places goes)'}),
	rules: z.array(z.unknown(), {message: 'rules is a list of rules'}).default([]),
});
