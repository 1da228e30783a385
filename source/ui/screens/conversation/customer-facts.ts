// What the agent should know about the customer and the conversation, as label/value pairs for the side panel.
import type {Conversation} from '../../../domain/conversation.js';
import type {Tone} from '../../../presenters/queue-columns.js';
import {sanitizeForTerminal} from '../../../presenters/sanitize.js';
import {relativeTime} from '../../../presenters/time.js';

export type Fact = {label: string; value: string; tone?: Tone};

const day = 86_400_000;

/** "2 years 3 months", "5 months", "3 weeks", "4 days": how long they have been a customer. */
export function tenure(since: number, now: number): string {
	const days = Math.max(0, Math.floor((now - since) / day));
	const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
	if (days < 14) return plural(days, 'day');
	if (days < 60) return plural(Math.floor(days / 7), 'week');
	if (days < 365) return plural(Math.floor(days / 30.42), 'month');
	const years = Math.floor(days / 365);
	const rest = Math.floor((days % 365) / 30.42);
	return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

export function languageName(tag: string): string {
	try {
		const name = new Intl.DisplayNames(['en'], {type: 'language'}).of(tag);
		return name && name !== tag ? `${name} (${tag})` : tag;
	} catch {
		return tag;
	}
}

const clean = (text: string) => sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();

export function customerFacts(conversation: Pick<Conversation, 'customer' | 'pageUrl'>, now: number): Fact[] {
	const {customer} = conversation;
	const facts: Fact[] = [{label: 'Name', value: clean(customer.name) + (customer.vip ? ' ★ VIP' : ''), tone: customer.vip ? 'warning' : 'normal'}];
	facts.push({label: 'Email', value: clean(customer.email)});
	if (customer.company) {
		facts.push({label: 'Company', value: clean(customer.company) + (customer.companyType ? ` (${clean(customer.companyType)})` : '')});
	}
	if (customer.plan) {
		const spend = customer.monthlySpend === null ? '' : `, ${customer.monthlySpend.toLocaleString('en')}/month`;
		facts.push({label: 'Plan', value: clean(customer.plan) + spend});
	}
	if (customer.customerSince !== null) {
		const years = tenure(customer.customerSince, now);
		const fresh = now - customer.customerSince < 30 * day;
		facts.push({label: 'Customer for', value: fresh ? `${years} (new)` : years, tone: fresh ? 'warning' : 'normal'});
	}
	facts.push({label: 'Language', value: languageName(customer.language)});
	if (customer.productsInUse.length > 0) facts.push({label: 'Uses', value: customer.productsInUse.map(clean).join(', ')});
	for (const [name, value] of Object.entries(customer.attributes)) facts.push({label: clean(name), value: clean(value), tone: 'muted'});
	if (conversation.pageUrl) facts.push({label: 'Wrote from', value: clean(conversation.pageUrl), tone: 'muted'});
	return facts;
}

export function conversationFacts(conversation: Conversation, now: number): Fact[] {
	const facts: Fact[] = [];
	const snooze = conversation.status === 'snoozed' && conversation.snoozedUntil !== null ? `, wakes ${relativeTime(conversation.snoozedUntil, now)}` : '';
	facts.push({label: 'Status', value: conversation.status + snooze, tone: conversation.status === 'open' ? 'accent' : 'normal'});
	facts.push({label: 'Priority', value: conversation.priority, tone: conversation.priority === 'urgent' ? 'danger' : conversation.priority === 'high' ? 'warning' : 'normal'});
	facts.push({label: 'Assignee', value: conversation.assigneeName ? clean(conversation.assigneeName) : 'nobody', tone: conversation.assigneeName ? 'normal' : 'muted'});
	facts.push({label: 'Team', value: conversation.teamName ? clean(conversation.teamName) : 'none', tone: conversation.teamName ? 'normal' : 'muted'});
	facts.push({label: 'Channel', value: conversation.channel});
	if (conversation.tags.length > 0) facts.push({label: 'Tags', value: conversation.tags.map(tag => `#${clean(tag)}`).join(' ')});
	if (conversation.waitingSince !== null) facts.push({label: 'Waiting', value: relativeTime(conversation.waitingSince, now).replace(/ ago$/, ''), tone: 'warning'});
	facts.push({label: 'Opened', value: relativeTime(conversation.createdAt, now)});
	facts.push({label: 'First reply', value: conversation.firstResponseAt === null ? 'not yet' : relativeTime(conversation.firstResponseAt, now), tone: conversation.firstResponseAt === null ? 'warning' : 'normal'});
	const {csat, nps, ces} = conversation.ratings;
	const ratings = [csat === null ? '' : `CSAT ${csat}/5`, nps === null ? '' : `NPS ${nps}/10`, ces === null ? '' : `effort ${ces}/5`].filter(Boolean);
	if (ratings.length > 0) facts.push({label: 'Rated', value: ratings.join(', ')});
	return facts;
}

/** One line for narrow terminals: "Ada Lovelace <ada@…> · Analytical Ltd · pro · 1 year · English (en)". */
export function customerLine(conversation: Pick<Conversation, 'customer'>, now: number): string {
	const {customer} = conversation;
	const parts = [`${clean(customer.name)}${customer.vip ? ' ★VIP' : ''} <${clean(customer.email)}>`];
	if (customer.company) parts.push(clean(customer.company));
	if (customer.plan) parts.push(clean(customer.plan));
	if (customer.customerSince !== null) parts.push(`customer ${tenure(customer.customerSince, now)}`);
	parts.push(languageName(customer.language));
	return parts.join(' · ');
}

/** One line for narrow terminals: "open · high · Dana Whitfield · team Billing · #vip · email · waiting 3h". */
export function conversationLine(conversation: Conversation, now: number): string {
	const facts = new Map(conversationFacts(conversation, now).map(fact => [fact.label, fact.value]));
	const parts = [facts.get('Status'), facts.get('Priority'), facts.get('Assignee') === 'nobody' ? 'unassigned' : facts.get('Assignee')];
	if (conversation.teamName) parts.push(`team ${facts.get('Team')}`);
	if (facts.has('Tags')) parts.push(facts.get('Tags'));
	parts.push(conversation.channel);
	if (facts.has('Waiting')) parts.push(`waiting ${facts.get('Waiting')}`);
	return parts.filter(Boolean).join(' · ');
}
