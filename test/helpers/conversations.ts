// Small, readable conversations for tests, built from a few fields.
import type {Agent, Conversation, Customer, Message, Team} from '../../source/domain/conversation.js';

export const testNow = Date.parse('2026-03-02T10:00:00Z');
const minute = 60_000;

export const testTeams: Team[] = [
	{id: 'billing', name: 'Billing'},
	{id: 'tech', name: 'Technical Support'},
];

export const testAgents: Agent[] = [
	{id: 'a1', name: 'Dana Whitfield', email: 'dana@desk.test', teamIds: ['billing'], role: 'agent'},
	{id: 'a2', name: 'Omar Haddad', email: 'omar@desk.test', teamIds: ['tech'], role: 'agent'},
	{id: 'bot', name: 'Helper Bot', email: 'bot@desk.test', teamIds: [], role: 'bot'},
];

export function makeCustomer(overrides: Partial<Customer> = {}): Customer {
	return {
		id: 'c1',
		name: 'Ada Lovelace',
		email: 'ada@example.com',
		company: 'Analytical Ltd',
		companyType: 'startup',
		plan: 'pro',
		monthlySpend: 99,
		customerSince: testNow - 400 * 24 * 60 * minute,
		language: 'en',
		productsInUse: ['web app'],
		vip: false,
		attributes: {},
		...overrides,
	};
}

type MessageSketch = Pick<Message, 'kind' | 'body'> & Partial<Message>;

export function makeConversation(
	overrides: Partial<Omit<Conversation, 'messages'>> & {id: string; messages?: MessageSketch[]},
): Conversation {
	const customer = overrides.customer ?? makeCustomer();
	const sketches = overrides.messages ?? [{kind: 'customer', body: 'Hello, I need help.'}];
	const createdAt = overrides.createdAt ?? testNow - 90 * minute;
	const messages: Message[] = sketches.map((sketch, index) => ({
		id: `${overrides.id}-m${index + 1}`,
		conversationId: overrides.id,
		authorId: sketch.kind === 'customer' ? customer.id : 'a1',
		authorName: sketch.kind === 'customer' ? customer.name : 'Dana Whitfield',
		createdAt: createdAt + index * 10 * minute,
		channel: overrides.channel ?? 'email',
		...sketch,
	}));
	const last = messages.at(-1);
	const lastCustomer = [...messages].reverse().find(message => message.kind === 'customer');
	return {
		subject: 'Help needed',
		customerId: customer.id,
		customerName: customer.name,
		channel: 'email',
		status: 'open',
		priority: 'normal',
		assigneeId: null,
		assigneeName: null,
		teamId: null,
		teamName: null,
		tags: [],
		createdAt,
		updatedAt: last?.createdAt ?? createdAt,
		waitingSince: last?.kind === 'customer' ? last.createdAt : null,
		firstResponseAt: messages.find(message => message.kind === 'agent' || message.kind === 'bot')?.createdAt ?? null,
		closedAt: null,
		snoozedUntil: null,
		messageCount: messages.length,
		preview: lastCustomer?.body.slice(0, 160) ?? '',
		version: '1',
		ratings: {csat: null, nps: null, ces: null},
		pageUrl: null,
		...overrides,
		customer,
		messages,
	};
}
