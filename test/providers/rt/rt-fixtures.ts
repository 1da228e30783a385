// REST2 payloads written from the RT 5 notes (services/rt5/README.md) and checked against RT 5.0.3.
const base = 'http://127.0.0.1:8089/REST/2.0';
const user = (id: string, extra: Record<string, unknown> = {}) => ({type: 'user', id, _url: `${base}/user/${id}`, ...extra});

/** GET /ticket/1: single records carry numeric ids and bare references. */
export const ticketOne = {
	id: 1,
	Subject: 'Printer on fire',
	Status: 'open',
	Type: 'ticket',
	Queue: {type: 'queue', id: '1', _url: `${base}/queue/1`},
	Owner: user('root'),
	Requestor: [user('alice@example.com')],
	Cc: [],
	AdminCc: [],
	Creator: user('root'),
	LastUpdatedBy: user('root'),
	Created: '2026-11-22T14:28:23Z',
	LastUpdated: '2026-11-22T14:40:00Z',
	Told: '2026-11-22T14:35:00Z',
	Started: '2026-11-22T14:35:00Z',
	Resolved: '1970-01-01T00:00:00Z',
	Due: '1970-01-01T00:00:00Z',
	Priority: '50',
	InitialPriority: '0',
	FinalPriority: '0',
	EffectiveId: {type: 'ticket', id: '1', _url: `${base}/ticket/1`},
	CustomFields: [{type: 'customfield', id: '2', _url: `${base}/customfield/2`, name: 'Tags', values: ['billing', 'vip']}],
	_hyperlinks: [{ref: 'self', type: 'ticket', id: 1, _url: `${base}/ticket/1`}],
};

/** One item of GET /tickets with fields= and nested fields[...]: string ids, names filled in. */
export function listedTicket(id: string, overrides: Record<string, unknown> = {}) {
	return {
		type: 'ticket',
		id,
		_url: `${base}/ticket/${id}`,
		Subject: `Ticket ${id}`,
		Status: 'new',
		Queue: {type: 'queue', id: '1', _url: `${base}/queue/1`, Name: 'General'},
		Owner: user('Nobody', {Name: 'Nobody', RealName: 'Nobody in particular', EmailAddress: ''}),
		Requestor: [user('alice@example.com', {Name: 'alice@example.com', RealName: 'Alice Jones', EmailAddress: 'alice@example.com'})],
		Priority: '0',
		Created: '2026-11-22T14:00:00Z',
		LastUpdated: '2026-11-22T14:00:00Z',
		LastUpdatedBy: user('root', {Name: 'root'}),
		Told: '1970-01-01T00:00:00Z',
		Started: '1970-01-01T00:00:00Z',
		Resolved: '1970-01-01T00:00:00Z',
		CustomFields: [],
		...overrides,
	};
}

export function collection(items: unknown[], extra: Record<string, unknown> = {}) {
	return {total: items.length, count: items.length, page: 1, pages: 1, per_page: 20, items, ...extra};
}

const creator = (id: string, realName: string, email: string) => user(id, {Name: id, RealName: realName, EmailAddress: email});

/** GET /ticket/1/history?fields=...&fields[Creator]=Name,RealName,EmailAddress */
export const historyOne = collection([
	{id: '33', type: 'transaction', Type: 'Create', Field: '', OldValue: '', NewValue: '', Creator: creator('alice@example.com', 'Alice Jones', 'alice@example.com'), Created: '2026-11-22T14:28:23Z'},
	{id: '34', type: 'transaction', Type: 'EmailRecord', Field: '', OldValue: '', NewValue: '', Creator: creator('RT_System', 'The RT System itself', ''), Created: '2026-11-22T14:28:23Z'},
	{id: '56', type: 'transaction', Type: 'Correspond', Field: '', OldValue: '', NewValue: '', Creator: creator('root', 'Enoch Root', 'root@localhost'), Created: '2026-11-22T14:35:00Z'},
	{id: '58', type: 'transaction', Type: 'Status', Field: 'Status', OldValue: 'new', NewValue: 'open', Creator: creator('RT_System', 'The RT System itself', ''), Created: '2026-11-22T14:35:00Z'},
	{id: '59', type: 'transaction', Type: 'Comment', Field: '', OldValue: '', NewValue: '', Creator: creator('root', 'Enoch Root', 'root@localhost'), Created: '2026-11-22T14:36:00Z'},
	{id: '60', type: 'transaction', Type: 'Set', Field: 'Owner', OldValue: '6', NewValue: '14', Creator: creator('root', 'Enoch Root', 'root@localhost'), Created: '2026-11-22T14:37:00Z'},
	{id: '64', type: 'transaction', Type: 'Correspond', Field: '', OldValue: '', NewValue: '', Creator: creator('alice@example.com', 'Alice Jones', 'alice@example.com'), Created: '2026-11-22T14:40:00Z'},
]);

/** GET /ticket/1/attachments?fields=ContentType,Content,TransactionId,Subject,Filename: plain text, not base64. */
export const attachmentsOne = collection([
	{id: '1', type: 'attachment', TransactionId: '33', ContentType: 'text/plain', Content: 'The printer on floor 2 is on fire.\nPlease help.', Subject: 'Printer on fire', Filename: ''},
	{id: '2', type: 'attachment', TransactionId: '34', ContentType: 'multipart/alternative', Content: '', Subject: 'AutoReply', Filename: ''},
	{id: '3', type: 'attachment', TransactionId: '34', ContentType: 'text/plain', Content: 'Greetings, this message has been automatically generated', Subject: '', Filename: ''},
	{id: '17', type: 'attachment', TransactionId: '56', ContentType: 'text/plain', Content: 'We are sending the fire brigade.', Subject: '', Filename: ''},
	{id: '18', type: 'attachment', TransactionId: '59', ContentType: 'text/html', Content: '<p>Internal: 3rd fire <b>this month</b>.</p>', Subject: '', Filename: ''},
	{id: '20', type: 'attachment', TransactionId: '64', ContentType: 'text/plain', Content: 'It is still smoking!', Subject: '', Filename: ''},
	{id: '21', type: 'attachment', TransactionId: '64', ContentType: 'image/png', Content: '', Subject: '', Filename: 'smoke.png'},
]);

/** GET /user/alice@example.com */
export const alice = {
	id: 31,
	Name: 'alice@example.com',
	RealName: 'Alice Jones',
	EmailAddress: 'alice@example.com',
	Organization: 'Acme Corp',
	Lang: 'de',
	Created: '2026-01-15T09:00:00Z',
	Privileged: 0,
	Disabled: '0',
	CustomFields: [{type: 'customfield', id: '4', name: 'Plan', values: ['Enterprise']}],
};

/** GET /user/root (or /user/14) */
export const root = {id: 14, Name: 'root', RealName: 'Enoch Root', EmailAddress: 'root@localhost', Privileged: 1, Disabled: '0', CustomFields: []};

export const generalQueue = {id: 1, Name: 'General', Description: 'The default queue', Lifecycle: 'default', Disabled: '0'};

/** GET /articles?query=[...]&fields=Name,Summary,Class,CustomFields,Disabled&fields[Class]=Name */
export const refundArticle = {
	id: '1',
	type: 'article',
	Name: 'Refund policy',
	Summary: 'How refunds work',
	Class: {type: 'class', id: '1', Name: 'General'},
	Disabled: '0',
	CustomFields: [{type: 'customfield', id: '1', name: 'Content', values: ['Hi {{customer.firstName}},\nRefunds take 5 days.']}],
};
