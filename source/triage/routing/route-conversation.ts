// Picks the team: the first rule whose conditions hold, else the escalation team. Explains either way.
import type {Conversation} from '../../domain/conversation.js';
import type {RoutingResult} from '../types.js';
import type {Range, RoutingRule, RoutingRules} from './routing-rules.js';

const day = 86_400_000;

/** keywordHits[i] is the phrase of rule i that matched, from the shared keyword scan. */
export function routeConversation(
	conversation: Conversation,
	rules: RoutingRules,
	keywordHits: ReadonlyArray<string | undefined>,
	now: number,
): RoutingResult {
	for (const [index, rule] of rules.rules.entries()) {
		const reasons = matchRule(rule, conversation, keywordHits[index], now);
		if (reasons) return {team: rule.team, rule: {index, name: rule.name}, reasons};
	}
	return {
		team: rules.escalationTeam,
		rule: null,
		reasons: [rules.rules.length === 0 ? 'no routing rules are set up' : `none of the ${rules.rules.length} routing rules matched: a person should place it`],
	};
}

function matchRule(rule: RoutingRule, conversation: Conversation, keyword: string | undefined, now: number): string[] | null {
	const {when} = rule;
	const customer = conversation.customer;
	const checks: Array<string | null> = [];
	if (when.keywords) checks.push(keyword === undefined ? null : `mentions "${keyword}"`);
	if (when.productsInUse) {
		const product = customer.productsInUse.find(used => includesIgnoringCase(when.productsInUse!, used));
		checks.push(product === undefined ? null : `uses ${product}`);
	}
	if (when.companyType) checks.push(customer.companyType && includesIgnoringCase(when.companyType, customer.companyType) ? `company type ${customer.companyType}` : null);
	if (when.plan) checks.push(customer.plan && includesIgnoringCase(when.plan, customer.plan) ? `plan ${customer.plan}` : null);
	if (when.pageUrl) {
		const url = conversation.pageUrl?.toLowerCase();
		const part = url === undefined ? undefined : when.pageUrl.find(piece => url.includes(piece.toLowerCase()));
		checks.push(part === undefined ? null : `started on ${conversation.pageUrl} (contains "${part}")`);
	}
	if (when.channel) checks.push(when.channel.includes(conversation.channel) ? `came by ${conversation.channel}` : null);
	if (when.tags) {
		const tag = conversation.tags.find(each => includesIgnoringCase(when.tags!, each));
		checks.push(tag === undefined ? null : `tagged ${tag}`);
	}
	if (when.language) {
		// "de" covers "de-AT" and "de-CH"; "de-AT" only itself.
		const tag = customer.language.toLowerCase();
		const spoken = when.language.some(language => tag === language.toLowerCase() || tag.startsWith(`${language.toLowerCase()}-`));
		checks.push(spoken ? `writes in ${customer.language}` : null);
	}
	if (when.tenureDays) {
		const tenure = customer.customerSince === null ? null : Math.floor((now - customer.customerSince) / day);
		checks.push(tenure !== null && inRange(tenure, when.tenureDays) ? `customer for ${tenure} days` : null);
	}
	if (when.monthlySpend) {
		const spend = customer.monthlySpend;
		checks.push(spend !== null && inRange(spend, when.monthlySpend) ? `spends ${spend} a month` : null);
	}
	if (when.vip !== undefined) checks.push(customer.vip === when.vip ? (customer.vip ? 'VIP customer' : 'not a VIP') : null);
	const held = checks.filter((check): check is string => check !== null);
	const matched = rule.match === 'any' ? held.length > 0 : held.length === checks.length && checks.length > 0;
	return matched ? held : null;
}

function includesIgnoringCase(list: readonly string[], value: string): boolean {
	const lower = value.toLowerCase();
	return list.some(item => item.toLowerCase() === lower);
}

function inRange(value: number, range: Range): boolean {
	return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}
