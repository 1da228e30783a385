#!/usr/bin/env node
// Queue listing through the Zendesk, Intercom, Chatwoot, Front, Zammad, Help Scout and Freshdesk adapters and the real
// HTTP client, against a loopback server that generates 2,000 conversations in each back end's page size. It measures what
// deskterm adds (HTTP client, validation, mapping, paging), not the helpdesks' own latency.
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleSource, loadLine, requireBanner} from './bench-kit.mjs';

const count = Number(process.env.SAAS_BENCH_COUNT ?? 2_000);
/** Per 1,000 conversations, for the adapter's own work over loopback. */
const budgetMs = 1_500;
const now = Date.parse('2026-11-26T09:00:00Z');

const out = mkdtempSync(join(tmpdir(), 'deskterm-bench-'));
const saas = await bundleSource(
	out,
	'saas',
	{
		'source/providers/http/http-client.ts': 'createHttpClient',
		'source/providers/zendesk/zendesk-provider.ts': 'createZendeskProvider',
		'source/providers/zendesk/zendesk-settings.ts': 'parseZendeskSettings',
		'source/providers/intercom/intercom-provider.ts': 'createIntercomProvider',
		'source/providers/intercom/intercom-settings.ts': 'parseIntercomSettings',
		'source/providers/chatwoot/chatwoot-provider.ts': 'createChatwootProvider',
		'source/providers/chatwoot/chatwoot-settings.ts': 'parseChatwootSettings',
		'source/providers/front/front-provider.ts': 'createFrontProvider',
		'source/providers/front/front-settings.ts': 'parseFrontSettings',
		'source/providers/zammad/zammad-provider.ts': 'createZammadProvider',
		'source/providers/zammad/zammad-settings.ts': 'parseZammadSettings',
		'source/providers/helpscout/helpscout-provider.ts': 'createHelpscoutProvider',
		'source/providers/helpscout/helpscout-settings.ts': 'parseHelpscoutSettings',
		'source/providers/freshdesk/freshdesk-provider.ts': 'createFreshdeskProvider',
		'source/providers/freshdesk/freshdesk-settings.ts': 'parseFreshdeskSettings',
	},
	{banner: requireBanner},
);
rmSync(out, {recursive: true, force: true});

const iso = seconds => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const base = Math.floor(now / 1000) - 86_400;
const statuses = ['new', 'open', 'pending', 'hold'];

const zendeskTicket = index => ({
	id: 100_000 + index,
	subject: `Invoice question ${index}`,
	description: 'I was charged twice for November, can you refund one of them?',
	status: statuses[index % 4],
	priority: ['low', 'normal', 'high', 'urgent', null][index % 5],
	requester_id: 500_000 + (index % 300),
	assignee_id: index % 3 === 0 ? null : 361_001,
	group_id: 2001,
	tags: ['billing', `t${index % 7}`],
	via: {channel: ['email', 'web', 'chat', 'whatsapp'][index % 4]},
	created_at: iso(base + index),
	updated_at: iso(base + index * 2),
});

const intercomConversation = index => ({
	type: 'conversation',
	id: String(200_000 + index),
	created_at: base + index,
	updated_at: base + index * 2,
	waiting_since: index % 2 ? base + index : null,
	state: index % 5 === 0 ? 'snoozed' : 'open',
	priority: 'none',
	admin_assignee_id: index % 3 === 0 ? 0 : 814_860,
	team_assignee_id: 5001,
	tags: {type: 'tag.list', tags: [{type: 'tag', id: '71', name: 'billing'}]},
	source: {type: 'conversation', body: '<p>I was charged twice for November.</p>', author: {type: 'user', id: `c${index}`, name: `Customer ${index}`}},
	contacts: {type: 'contact.list', contacts: [{type: 'contact', id: `c${index}`}]},
	statistics: {first_admin_reply_at: base + index + 60, count_conversation_parts: 4},
});

const chatwootConversation = index => ({
	id: 300_000 + index,
	status: ['open', 'pending', 'snoozed'][index % 3],
	priority: index % 4 === 0 ? 'high' : null,
	labels: ['billing'],
	created_at: base + index,
	updated_at: base + index * 2,
	waiting_since: base + index,
	first_reply_created_at: null,
	snoozed_until: null,
	additional_attributes: {},
	messages: [],
	last_non_activity_message: {id: index, content: 'I was charged twice for November.', message_type: 0, created_at: base + index, private: false, sender_type: 'Contact'},
	meta: {sender: {id: 700_000 + index, name: `Customer ${index}`, email: null}, channel: 'Channel::WebWidget', assignee: null},
});

const frontConversation = index => ({
	id: `cnv_${400_000 + index}`,
	type: 'conversation',
	subject: `Invoice question ${index}`,
	status: index % 3 === 0 ? 'unassigned' : 'assigned',
	ticket_ids: [],
	assignee: index % 3 === 0 ? null : {id: 'tea_6r55a', email: 'maya@example.com', first_name: 'Maya', last_name: 'Okafor', type: 'user'},
	recipient: {name: `Customer ${index}`, handle: `customer${index}@example.com`, role: 'from'},
	tags: [{id: 'tag_2oxhvy', name: 'billing'}],
	links: [],
	custom_fields: {},
	created_at: base + index,
	updated_at: base + index * 2,
	waiting_since: base + index,
	is_private: false,
	scheduled_reminders: [],
	metadata: {},
});

const zammadTicket = index => ({
	id: 500_000 + index,
	number: String(31_000 + index),
	title: `Invoice question ${index}`,
	group_id: 2,
	group: 'Billing',
	state_id: index % 2 === 0 ? 1 : 2,
	state: index % 2 === 0 ? 'new' : 'open',
	priority_id: 2,
	priority: '2 normal',
	owner_id: index % 3 === 0 ? 1 : 5,
	owner: index % 3 === 0 ? '-' : 'maya@example.com',
	customer_id: 700_000 + index,
	customer: `customer${index}@example.com`,
	create_article_type: 'email',
	article_count: 2,
	first_response_at: null,
	close_at: null,
	last_contact_customer_at: iso(base + index),
	created_at: iso(base + index),
	updated_at: iso(base + index * 2),
});

const helpscoutConversation = index => ({
	id: 300_000 + index,
	number: 1000 + index,
	threads: 3,
	type: ['email', 'chat', 'phone'][index % 3],
	status: index % 4 === 0 ? 'pending' : 'active',
	state: 'published',
	subject: `Invoice question ${index}`,
	preview: 'I was charged twice for November, can you refund one of them?',
	mailboxId: 85,
	...(index % 3 === 0 ? {} : {assignee: {id: 901, type: 'user', first: 'Dana', last: 'Fischer', email: 'dana@northwind.example'}}),
	createdAt: iso(base + index),
	userUpdatedAt: iso(base + index * 2),
	customerWaitingSince: {time: iso(base + index)},
	tags: [{id: 1, tag: 'billing'}, {id: 2, tag: `t${index % 7}`}],
	primaryCustomer: {id: 500_000 + (index % 300), type: 'customer', first: 'Requester', last: String(index % 300), email: `r${index % 300}@example.com`},
	customFields: [],
});

const freshdeskTicket = index => ({
	id: 600_000 + index,
	subject: `Invoice question ${index}`,
	status: [2, 3, 2, 6][index % 4],
	priority: (index % 4) + 1,
	source: [1, 2, 3, 7][index % 4],
	requester_id: 800_000 + (index % 300),
	responder_id: index % 3 === 0 ? null : 19_000_001_001,
	group_id: 19_000_002_001,
	company_id: null,
	tags: ['billing', `t${index % 7}`],
	custom_fields: {},
	created_at: iso(base + index),
	updated_at: iso(base + 86_000 - index * 2),
	requester: {id: 800_000 + (index % 300), name: `Requester ${index % 300}`, email: `r${index % 300}@example.com`, mobile: null, phone: null},
});

const helpscoutPage = (key, items, number, totalPages, total) => ({_embedded: {[key]: items}, page: {size: 25, totalElements: total, totalPages, number}, _links: {}});

function json(response, body) {
	response.writeHead(200, {'content-type': 'application/json'});
	response.end(JSON.stringify(body));
}

/** One server for every back end, paging the way each one does. */
const server = createServer((request, response) => {
	const url = new URL(request.url, 'http://127.0.0.1');
	const path = url.pathname;
	if (path === '/api/v2/search/export') {
		const start = Number(url.searchParams.get('page[after]') ?? 0);
		const size = Number(url.searchParams.get('page[size]'));
		const end = Math.min(count, start + size);
		const results = Array.from({length: end - start}, (_unused, index) => zendeskTicket(start + index));
		return json(response, {results, meta: {has_more: end < count, after_cursor: end < count ? String(end) : null}});
	}
	if (path === '/api/v2/users/show_many') {
		const ids = (url.searchParams.get('ids') ?? '').split(',').map(Number);
		return json(response, {users: ids.map(id => ({id, name: `Requester ${id}`, role: 'end-user'}))});
	}
	if (path === '/api/v2/users') return json(response, {users: [{id: 361_001, name: 'Dana Fischer', role: 'agent'}], meta: {has_more: false}});
	if (path === '/api/v2/groups') return json(response, {groups: [{id: 2001, name: 'Billing'}], meta: {has_more: false}});
	if (path === '/api/v2/group_memberships') return json(response, {group_memberships: [], meta: {has_more: false}});
	if (path === '/conversations/search' || path === '/admins' || path === '/teams') {
		let body = '';
		request.on('data', chunk => (body += chunk));
		request.on('end', () => {
			if (path === '/admins') return json(response, {type: 'admin.list', admins: [{id: '814860', name: 'Dana Fischer'}]});
			if (path === '/teams') return json(response, {type: 'team.list', teams: [{id: '5001', name: 'Billing'}]});
			const {pagination} = JSON.parse(body);
			const start = Number(pagination.starting_after ?? 0);
			const end = Math.min(count, start + pagination.per_page);
			const conversations = Array.from({length: end - start}, (_unused, index) => intercomConversation(start + index));
			json(response, {type: 'conversation.list', conversations, total_count: count, pages: end < count ? {next: {starting_after: String(end)}} : {}});
		});
		return;
	}
	if (path === '/api/v1/accounts/1/conversations/filter') {
		request.resume();
		const page = Number(url.searchParams.get('page'));
		const start = (page - 1) * 25;
		const end = Math.min(count, start + 25);
		return json(response, {data: {meta: {}, payload: Array.from({length: Math.max(0, end - start)}, (_unused, index) => chatwootConversation(start + index))}});
	}
	if (path === '/hs/v2/oauth2/token') {
		request.resume();
		return json(response, {token_type: 'bearer', access_token: 'bench-token', expires_in: 172_800});
	}
	if (path === '/hs/v2/users') return json(response, helpscoutPage('users', [{id: 901, firstName: 'Dana', lastName: 'Fischer', email: 'dana@northwind.example', role: 'user'}], 1, 1, 1));
	if (path === '/hs/v2/mailboxes') return json(response, helpscoutPage('mailboxes', [{id: 85, name: 'Billing'}], 1, 1, 1));
	if (path === '/hs/v2/conversations') {
		// Help Scout's page size is its own: 25.
		const number = Number(url.searchParams.get('page') ?? 1);
		const start = (number - 1) * 25;
		const end = Math.min(count, start + 25);
		const items = Array.from({length: Math.max(0, end - start)}, (_unused, index) => helpscoutConversation(start + index));
		return json(response, helpscoutPage('conversations', items, number, Math.ceil(count / 25), count));
	}
	if (path.startsWith('/conversations/search/')) {
		// The default queue searches is:open, then is:snoozed (empty here).
		const open = decodeURIComponent(path).endsWith('is:open');
		const start = Number(url.searchParams.get('page_token') ?? 0);
		const end = open ? Math.min(count, start + Number(url.searchParams.get('limit'))) : start;
		const results = Array.from({length: end - start}, (_unused, index) => frontConversation(start + index));
		return json(response, {_results: results, _total: open ? count : 0, _pagination: {next: end < count && open ? `${origin}${path}?page_token=${end}` : null}});
	}
	if (path === '/fd/api/v2/agents') return json(response, [{id: 19_000_001_001, type: 'support_agent', group_ids: [19_000_002_001], contact: {name: 'Dana Fischer', email: 'dana@northwind.example'}}]);
	if (path === '/fd/api/v2/groups') return json(response, [{id: 19_000_002_001, name: 'Billing', agent_ids: [19_000_001_001]}]);
	if (path === '/fd/api/v2/tickets') {
		// Freshdesk pages by number (per_page up to 100) and says more follow with a Link header.
		const perPage = Number(url.searchParams.get('per_page'));
		const number = Number(url.searchParams.get('page'));
		const start = (number - 1) * perPage;
		const end = Math.min(count, start + perPage);
		const headers = {'content-type': 'application/json', ...(end < count ? {link: `<${origin}${path}?page=${number + 1}>; rel="next"`} : {})};
		response.writeHead(200, headers);
		return response.end(JSON.stringify(Array.from({length: Math.max(0, end - start)}, (_unused, index) => freshdeskTicket(start + index))));
	}
	if (path === '/zammad/api/v1/ticket_states') return json(response, [{id: 1, name: 'new', state_type_id: 1, state_type: 'new'}, {id: 2, name: 'open', state_type_id: 2, state_type: 'open'}, {id: 4, name: 'closed', state_type_id: 5, state_type: 'closed'}]);
	if (path === '/zammad/api/v1/tickets/search') {
		const perPage = Number(url.searchParams.get('per_page'));
		const start = (Number(url.searchParams.get('page')) - 1) * perPage;
		const end = Math.min(count, start + perPage);
		return json(response, Array.from({length: Math.max(0, end - start)}, (_unused, index) => zammadTicket(start + index)));
	}
	response.writeHead(404, {'content-type': 'application/json'});
	response.end(JSON.stringify({error: `no bench route for ${path}`}));
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

function adapters() {
	const clock = () => now;
	const client = (baseUrl, provider) => saas.createHttpClient({baseUrl, provider, clock});
	const zendeskHttp = client(`${origin}/api/v2`, 'Zendesk');
	const intercomHttp = client(origin, 'Intercom');
	const chatwootHttp = client(origin, 'Chatwoot');
	const frontHttp = client(origin, 'Front');
	const zammadHttp = client(`${origin}/zammad/api/v1`, 'Zammad');
	const helpscoutHttp = client(`${origin}/hs/v2`, 'Help Scout');
	// Zendesk has /api/v2 at the root already; the settings name a helpdesk's root, the client its API.
	const freshdeskHttp = client(`${origin}/fd/api/v2`, 'Freshdesk');
	return {
		clients: [zendeskHttp, intercomHttp, chatwootHttp, frontHttp, zammadHttp, helpscoutHttp, freshdeskHttp],
		list: [
			['Zendesk (export search, 100 a page)', saas.createZendeskProvider({settings: saas.parseZendeskSettings({url: origin}), secrets: {token: 'bench'}, http: zendeskHttp, clock})],
			['Intercom (conversation search, 150 a page)', saas.createIntercomProvider({settings: saas.parseIntercomSettings({url: origin, adminId: '814860'}), secrets: {token: 'bench'}, http: intercomHttp, clock})],
			['Chatwoot (filter, 25 a page)', saas.createChatwootProvider({settings: saas.parseChatwootSettings({url: origin, accountId: 1}), secrets: {token: 'bench'}, http: chatwootHttp, clock})],
			['Front (conversation search, 100 a page)', saas.createFrontProvider({settings: saas.parseFrontSettings({url: origin, teammate: 'tea_6r55a'}), secrets: {token: 'bench'}, http: frontHttp, clock})],
			['Zammad (ticket search with expand, 100 a page)', saas.createZammadProvider({settings: saas.parseZammadSettings({url: `${origin}/zammad`}), secrets: {token: 'bench'}, http: zammadHttp, clock})],
			['Help Scout (conversation list, 25 a page)', saas.createHelpscoutProvider({settings: saas.parseHelpscoutSettings({url: `${origin}/hs/v2`, appId: 'bench'}), secrets: {appSecret: 'bench'}, http: helpscoutHttp, clock})],
			['Freshdesk (ticket list, 100 a page)', saas.createFreshdeskProvider({settings: saas.parseFreshdeskSettings({url: origin}), secrets: {token: 'bench'}, http: freshdeskHttp, clock})],
		],
	};
}

async function listAll(provider) {
	let rows = 0;
	let pages = 0;
	let cursor;
	do {
		const page = await provider.listQueue({limit: 150, ...(cursor === undefined ? {} : {cursor})});
		rows += page.conversations.length;
		pages += 1;
		cursor = page.nextCursor ?? undefined;
	} while (cursor !== undefined);
	return {rows, pages};
}

console.log(`listing ${count} conversations per back end over 127.0.0.1 (node ${process.version})`);
let ok = true;
const probe = adapters();
const adapterCount = probe.list.length;
for (const each of probe.clients) each.close();
for (let index = 0; index < adapterCount; index++) {
	const runs = [];
	let result;
	for (let run = 0; run < 5; run++) {
		const {clients, list} = adapters();
		const [label, provider] = list[index];
		const started = performance.now();
		result = await listAll(provider);
		runs.push({label, wall: performance.now() - started});
		for (const each of clients) each.close();
	}
	runs.sort((a, b) => a.wall - b.wall);
	const median = runs[2];
	if (result.rows !== count) throw new Error(`${median.label}: listed ${result.rows} of ${count}`);
	const perThousand = (median.wall * 1000) / count;
	ok &&= perThousand < budgetMs;
	console.log(`${median.label}: ${result.rows} rows in ${result.pages} pages, median of 5 runs ${median.wall.toFixed(0)} ms (${perThousand.toFixed(0)} ms per 1,000)`);
}
server.close();
console.log(loadLine());
console.log(`${ok ? 'PASS' : 'FAIL'}: budget ${budgetMs} ms per 1,000 conversations listed`);
process.exitCode = ok ? 0 : 1;
