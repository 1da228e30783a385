// deskterm show as text: metadata, the customer's context, then the thread (key/value lines in a pipe).
import type {Conversation} from '../../domain/conversation.js';
import {tenureText} from '../../presenters/customer.js';
import {isoTime, relativeTime} from '../../presenters/time.js';
import {formatMessage, type ViewOptions} from './message-view.js';
import {plainCell} from './plain.js';

export function formatConversation(conversation: Conversation, options: ViewOptions): string {
	const thread = conversation.messages.map(message => formatMessage(message, options));
	if (!options.tty) return [...plainFields(conversation).map(([key, value]) => `${key}:\t${plainCell(value)}\n`), ...thread.map(block => `--\n${block}`)].join('');
	const {style, now} = options;
	const c = conversation;
	const customer = c.customer;
	const dot = ' · ';
	const assignee = c.assigneeName || 'unassigned';
	const team = c.teamName ? ` (${c.teamName})` : '';
	const statusLine = [
		style.tone(c.status === 'open' ? 'accent' : 'normal', c.status === 'snoozed' && c.snoozedUntil !== null ? `snoozed, wakes ${relativeTime(c.snoozedUntil, now)}` : c.status),
		style.tone(c.priority === 'urgent' ? 'danger' : c.priority === 'high' ? 'warning' : 'normal', c.priority),
		c.channel,
		assignee + team,
		...(c.tags.length > 0 ? [`tags ${c.tags.join(', ')}`] : []),
	];
	const times = [
		`created ${relativeTime(c.createdAt, now)}`,
		`updated ${relativeTime(c.updatedAt, now)}`,
		c.waitingSince === null ? 'not waiting' : style.tone('warning', `waiting ${relativeTime(c.waitingSince, now).replace(/ ago$/, '')}`),
		c.firstResponseAt === null ? 'no reply yet' : `first reply ${relativeTime(c.firstResponseAt, now)}`,
	];
	const tenure = tenureText(customer.customerSince, now);
	const who = [
		customer.company ? `${customer.company}${customer.companyType ? ` (${customer.companyType})` : ''}` : null,
		customer.plan ? `plan ${customer.plan}` : null,
		tenure ? `customer for ${tenure}` : null,
		`language ${customer.language}`,
		customer.vip ? style.tone('warning', 'VIP') : null,
	].filter(part => part !== null);
	const extra = [
		customer.productsInUse.length > 0 ? `uses ${customer.productsInUse.join(', ')}` : null,
		c.pageUrl ? `from ${c.pageUrl}` : null,
		ratingsText(c),
	].filter(part => part !== null);
	const header = [
		style.bold(`#${c.id} ${c.subject}`),
		statusLine.join(dot),
		style.tone('muted', times.join(dot)),
		'',
		`${style.bold(customer.name)} <${customer.email}>`,
		who.join(dot),
		...(extra.length > 0 ? [extra.join(dot)] : []),
		'',
	];
	return `${header.join('\n')}\n${thread.join('\n')}`;
}

function ratingsText(conversation: Conversation): string | null {
	const {csat, nps, ces} = conversation.ratings;
	const parts = [csat === null ? null : `CSAT ${csat}/5`, nps === null ? null : `NPS ${nps}/10`, ces === null ? null : `effort ${ces}/5`];
	const given = parts.filter(part => part !== null);
	return given.length > 0 ? `rated ${given.join(', ')}` : null;
}

function plainFields(c: Conversation): Array<[string, string]> {
	const time = (at: number | null) => isoTime(at) ?? '';
	const count = (value: number | null) => (value === null ? '' : String(value));
	return [
		['id', c.id],
		['subject', c.subject],
		['status', c.status],
		['priority', c.priority],
		['channel', c.channel],
		['assignee', c.assigneeName ?? ''],
		['team', c.teamName ?? ''],
		['tags', c.tags.join(',')],
		['created', time(c.createdAt)],
		['updated', time(c.updatedAt)],
		['waiting since', time(c.waitingSince)],
		['first response', time(c.firstResponseAt)],
		['snoozed until', time(c.snoozedUntil)],
		['closed', time(c.closedAt)],
		['customer', c.customer.name],
		['email', c.customer.email],
		['company', c.customer.company ?? ''],
		['plan', c.customer.plan ?? ''],
		['customer since', time(c.customer.customerSince)],
		['language', c.customer.language],
		['vip', c.customer.vip ? 'yes' : 'no'],
		['page', c.pageUrl ?? ''],
		['csat', count(c.ratings.csat)],
		['nps', count(c.ratings.nps)],
		['ces', count(c.ratings.ces)],
	];
}
