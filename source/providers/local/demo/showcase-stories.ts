// The showcase threads, word for word; times are minutes before the desk was seeded.
import type {Channel, ConversationStatus, MessageKind, Priority, Ratings} from '../../../domain/conversation.js';

export type StoryMessage = readonly [minutesAgo: number, kind: MessageKind, agentId: string | null, body: string, channel?: Channel];

export type Story = {
	/** 1-based position in the showcase customers. */
	customer: number;
	subject: string;
	channel: Channel;
	status: ConversationStatus;
	priority: Priority;
	team: string | null;
	assignee: string | null;
	tags: string[];
	pageUrl?: string;
	ratings?: Ratings;
	snoozeMinutes?: number;
	messages: StoryMessage[];
};

const hours = (count: number) => count * 60;
const days = (count: number) => count * 24 * 60;

export const showcaseStories: Story[] = [
	{
		customer: 5, subject: 'Webhooks stopped firing', channel: 'email', status: 'closed', priority: 'high', team: 'technical', assignee: 'priya',
		tags: ['webhooks', 'api'], pageUrl: 'https://example.com/developers/webhooks', ratings: {csat: 4, nps: null, ces: 3},
		messages: [
			[days(21), 'customer', null, 'Hi,\n\nOur webhook endpoint stopped receiving order.created events this morning. Orders are piling up in our warehouse system without being picked. Can you check?\n\nPriscilla Nakamura\nHarbor Logistics'],
			[days(21) - 90, 'agent', 'priya', 'Hi Priscilla,\n\nYour endpoint was disabled automatically after 50 failed deliveries overnight. I have re-enabled it and replayed the last 24 hours of events.\n\nBest,\nPriya'],
			[days(21) - 150, 'customer', null, 'Thanks, events are flowing again.'],
		],
	},
	{
		customer: 5, subject: 'Webhooks down again', channel: 'email', status: 'closed', priority: 'high', team: 'technical', assignee: 'jonas',
		tags: ['webhooks', 'api', 'repeat-contact'], pageUrl: 'https://example.com/developers/webhooks', ratings: {csat: 2, nps: 5, ces: 4},
		messages: [
			[days(9), 'customer', null, 'Hello again,\n\nSame problem as two weeks ago: no webhooks since last night, and the dashboard says the endpoint is disabled. Our server was up the whole time.\n\nPriscilla'],
			[days(9) - hours(5), 'agent', 'jonas', 'Hi Priscilla,\n\nSorry about this. I re-enabled the endpoint and replayed the missed events. Our logs show timeouts on your side around 02:00; could that be a backup job?\n\nKind regards,\nJonas'],
			[days(9) - hours(6), 'customer', null, 'There is no backup job at 02:00. Please look into it properly this time.'],
			[days(9) - hours(7), 'note', 'jonas', 'Timeouts all come from our EU delivery workers, not the customer. Raised ENG-1402.'],
		],
	},
	{
		customer: 5, subject: 'Third time this month: webhooks stopped', channel: 'email', status: 'open', priority: 'high', team: 'technical', assignee: 'maya',
		tags: ['webhooks', 'api', 'repeat-contact', 'churn-risk'], pageUrl: 'https://example.com/developers/webhooks',
		messages: [
			[hours(5), 'customer', null, 'Hi,\n\nThis is the third time this month that our webhooks have stopped. Each time we lose a night of orders and our staff has to re-enter them by hand. Last time we were told it might be our server; it was not.\n\nWe need a root cause and a fix, not another replay, or we will have to look at other providers.\n\nPriscilla Nakamura\nOperations, Harbor Logistics'],
		],
	},
	{
		customer: 1, subject: 'Help with my Fire Stick remote', channel: 'chat', status: 'open', priority: 'low', team: 'technical', assignee: null,
		tags: ['how-to', 'setup'], pageUrl: 'https://example.com/help/fire-tv-stick-4k',
		messages: [[25, 'customer', null, 'hi, I need help programming my Fire Stick remote. the volume buttons dont do anything on my TV, only the Fire Stick menu works. its the Fire TV Stick 4K I bought from you last month']],
	},
	{
		customer: 2, subject: 'Return policy question: MacBook Pro', channel: 'chat', status: 'open', priority: 'high', team: 'orders', assignee: 'diego',
		tags: ['returns', 'pre-sales'], pageUrl: 'https://example.com/store/macbook-pro-14',
		messages: [[12, 'customer', null, 'What is your return policy for the MacBook Pro? I am about to order the 14" one for my daughter who starts university in two weeks, but if the keyboard layout is wrong for her I need to be able to send it back. Can it still be returned once we have opened it and set it up?']],
	},
	{
		customer: 3, subject: 'Free antivirus not activated', channel: 'email', status: 'open', priority: 'normal', team: 'success', assignee: 'tom',
		tags: ['device-protection', 'activation'],
		messages: [[days(2), 'customer', null, 'Hello,\n\nTwo days after purchase my phone still has no free antivirus. The Galaxy S24 listing said 12 months of Device Protection are included, but the code on the card in the box is rejected as invalid and my account shows no services at all. Order NW-5512093.\n\nI did everything the leaflet says. What else can I do?\n\nThanks,\nAisha']],
	},
	{
		customer: 4, subject: 'CANCEL my membership', channel: 'email', status: 'open', priority: 'urgent', team: 'escalations', assignee: 'ruth',
		tags: ['cancellation', 'churn-risk', 'escalated', 'refund'],
		messages: [
			[days(4), 'customer', null, 'Please cancel my Plus membership.\n\nGary Whitmore'],
			[days(4) - hours(3), 'agent', 'sofia', 'Hi Gary,\n\nI am sorry to see you go. Before I cancel, may I ask what made you decide to leave? If it is the price, I can offer you three months at half price.\n\nBest,\nSofia'],
			[days(1), 'customer', null, 'I told you to CANCEL. Instead you sent me a sales pitch and then charged me $14.99 AGAIN this morning. This is the third time I have asked.\n\nCancel it today and refund that charge or I am disputing it with my bank and writing a review everywhere I can. I have been a customer for four years and this is how you treat me?'],
			[days(1) - 20, 'note', 'sofia', 'Escalating: cancellation asked on the 1st, not processed, charged again today. Needs refund approval and an apology. Customer is furious.'],
		],
	},
	{
		customer: 6, subject: 'Python SDK 2.5.0: KeyError on list_orders', channel: 'email', status: 'open', priority: 'high', team: 'technical', assignee: 'jonas',
		tags: ['api', 'python', 'sdk', 'bug', 'vip'], pageUrl: 'https://example.com/developers/python-sdk',
		messages: [[hours(3), 'customer', null, 'Hi team,\n\nSince we upgraded northwind-python to 2.5.0 this morning our nightly order sync fails on the last page:\n\nTraceback (most recent call last):\n  File "/srv/sync/orders.py", line 48, in sync_orders\n    page = client.orders.list(status="paid", cursor=cursor)\n  File "/usr/lib/python3.12/site-packages/northwind/resources/orders.py", line 131, in list\n    return Page(items=data["orders"], next_cursor=data["next_cursor"])\nKeyError: \'next_cursor\'\n\nPinning 2.4.1 works. We have 180 seats depending on this sync, so a fix or a workaround soon would be great.\n\nTomasz Kowalski\nLead engineer, Quartz Analytics']],
	},
	{
		customer: 7, subject: 'Where is my order?', channel: 'chat', status: 'open', priority: 'normal', team: 'orders', assignee: null,
		tags: ['shipping', 'where-is-my-order', 'bot-handover'], pageUrl: 'https://example.com/track',
		messages: [
			[14, 'customer', null, 'wheres my order NW-6620318? it says delivered yesterday but nothing came'],
			[14, 'bot', 'deskbot', 'Hi Olivia! I am Deskbot, Northwind\'s assistant. I found order NW-6620318: UPS marked it as delivered yesterday at 14:02. Parcels are sometimes left with a neighbour or at a pickup point. Did that answer your question?'],
			[12, 'customer', null, 'no. I was home all day. I want to talk to a real person'],
			[12, 'bot', 'deskbot', 'Sure, I have passed this to our team; someone will reply here shortly.'],
			[12, 'note', 'deskbot', 'Handover from Deskbot: the customer asked for a person after the bot\'s answer.'],
		],
	},
	{
		customer: 8, subject: 'Password reset', channel: 'chat', status: 'closed', priority: 'low', team: 'security', assignee: 'deskbot',
		tags: ['login', 'password-reset'], ratings: {csat: 5, nps: 9, ces: 1},
		messages: [
			[hours(30), 'customer', null, 'how do I reset my password'],
			[hours(30), 'bot', 'deskbot', 'Hi Liam! I am Deskbot. You can reset your password at example.com/reset; the email arrives within a few minutes, check your spam folder too. Did that answer your question?'],
			[hours(30) - 4, 'customer', null, 'worked, thanks!'],
		],
	},
	{
		customer: 9, subject: 'Pallet of 40 monitors delayed', channel: 'email', status: 'snoozed', priority: 'high', team: 'orders', assignee: 'hannah',
		tags: ['shipping', 'delivery'], snoozeMinutes: hours(20),
		messages: [
			[days(2), 'customer', null, 'Hello,\n\nOur order NW-7301554 (40 monitors for our new office) was due yesterday and the freight tracking shows nothing since Monday. We open on the 1st.\n\nKwame Boateng\nEmber Media'],
			[days(2) - hours(2), 'agent', 'hannah', 'Hi Kwame,\n\nThe pallet is held at the freight hub for a missing customs document, which we have now sent. The carrier will confirm a new delivery slot tomorrow morning; I will update you then.\n\nBest,\nHannah'],
			[days(2) - hours(2) - 1, 'note', 'hannah', 'Snoozed until the freight carrier confirms the slot. Escalate if no slot by tomorrow noon.'],
		],
	},
	{
		customer: 10, subject: 'Rückerstattung für Bestellung NW-3390021', channel: 'email', status: 'pending', priority: 'normal', team: 'billing', assignee: 'lena',
		tags: ['refund', 'billing'],
		messages: [
			[days(3), 'customer', null, 'Hallo,\n\nich habe die Kopfhörer vor zwölf Tagen zurückgeschickt, laut DHL sind sie seit Freitag bei Ihnen. Eine Erstattung habe ich bis heute nicht erhalten.\n\nViele Grüße\nKatharina Wolf'],
			[days(2), 'agent', 'lena', 'Hallo Frau Wolf,\n\ndie Rücksendung ist eingegangen. Damit ich die Erstattung auslösen kann: Haben Sie damals mit PayPal oder mit Karte bezahlt?\n\nViele Grüße\nLena'],
		],
	},
	{
		customer: 11, subject: 'Pedido NW-8124470 no ha llegado', channel: 'chat', status: 'open', priority: 'high', team: 'orders', assignee: null,
		tags: ['shipping', 'where-is-my-order'],
		messages: [
			[hours(26), 'customer', null, 'Hola, mi pedido NW-8124470 (10 tablets para la tienda) tenía que llegar el lunes y el seguimiento no se mueve desde hace cuatro días. ¿Qué pasa?'],
			[hours(25), 'agent', 'diego', 'Hola Lucía: lo siento mucho. He abierto una investigación con DHL y te escribo en cuanto tenga respuesta.'],
			[hours(2), 'customer', null, 'Sigo sin noticias y el sábado abrimos la tienda nueva. Necesito una solución hoy, por favor.'],
		],
	},
];
