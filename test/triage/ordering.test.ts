// Issue 11: an order a lead would sign. The labels (what is at stake in each message) were written from
// DOMAIN.md section 4 and the demo desk's topics before the weights were tuned; the order of the bands is pinned.
import {describe, expect, it} from 'vitest';
import {scoreConversation} from '../../source/triage/score-conversation.js';
import {defaultTriageConfig} from '../../source/triage/triage-config.js';
import {makeConversation, makeCustomer, testNow} from '../helpers/conversations.js';

/** Highest stakes first: a lead works band 1 before band 2, and so on. */
const bands = ['safety or security', 'outage', 'money taken', 'reputation or legal', 'upset or urgent', 'money involved', 'a sale waits', 'routine'] as const;
type Band = (typeof bands)[number];

const examples: Array<{band: Band; subject: string; body: string; language?: string}> = [
	{band: 'safety or security', subject: 'URGENT: account hacked', body: 'Someone changed the email on my account and I cannot log in any more. I think I was hacked.'},
	{band: 'safety or security', subject: 'Charger caught fire', body: 'The charger I bought from you caught fire last night next to my sofa. Is this model safe?'},
	{band: 'safety or security', subject: 'Login from another country', body: 'I got a login alert from a country I have never been to. It was not me. Please lock my account.'},
	{band: 'safety or security', subject: 'Order I did not place', body: 'There is an order on my account that I did not place, shipped to an address I do not know.'},
	{band: 'safety or security', subject: 'Phishing email in your name', body: 'I received a phishing email that looks exactly like your invoices and asks for my card number.'},
	{band: 'safety or security', subject: 'Battery swelling', body: 'The battery is swollen and the case got very hot, my son burned his hand on it.'},
	{band: 'safety or security', subject: 'Konto gehackt', body: 'Mein Konto wurde gehackt, jemand hat mein Passwort geändert.', language: 'de'},
	{band: 'outage', subject: 'Dashboard is down', body: 'Your dashboard is down for our whole team since 9:00, nobody can log in.'},
	{band: 'outage', subject: 'API outage?', body: 'Every call to the API returns 503 since this morning. Is there an outage? Our checkout depends on it.'},
	{band: 'outage', subject: 'App not loading', body: 'The app is stuck loading for all of our stores, the spinner never goes away.'},
	{band: 'outage', subject: 'Webhooks went down', body: 'Webhooks went down an hour ago and our orders stopped syncing.'},
	{band: 'outage', subject: 'Panne du service', body: 'Le service est en panne depuis ce matin, nous ne pouvons plus travailler.', language: 'fr'},
	{band: 'money taken', subject: 'Charged twice', body: 'I was charged twice for the same order this month, please fix it.'},
	{band: 'money taken', subject: 'Wrong amount on my invoice', body: 'My invoice shows the wrong amount: I was billed for ten seats, we have four.'},
	{band: 'money taken', subject: 'Duplicate payment', body: 'The bank shows a duplicate payment for my subscription.'},
	{band: 'money taken', subject: 'Large overcharge', body: 'You overcharged me $1,200 on the annual renewal.'},
	{band: 'money taken', subject: 'Doppelt abgebucht', body: 'Sie haben den Betrag doppelt abgebucht.', language: 'de'},
	{band: 'reputation or legal', subject: 'Talking to my lawyer', body: 'If this is not sorted out this week I will talk to my lawyer.'},
	{band: 'reputation or legal', subject: 'Posting a review', body: 'I am about to post a review on Trustpilot about how this was handled.'},
	{band: 'reputation or legal', subject: 'Contacting the press', body: 'A journalist friend is interested in how you treat your customers.'},
	{band: 'upset or urgent', subject: 'Still broken', body: 'This is unacceptable, I am so frustrated with the export feature.'},
	{band: 'upset or urgent', subject: 'Need the report by today', body: 'I need the monthly report export by today for my board meeting, please help asap.'},
	{band: 'upset or urgent', subject: 'Fed up', body: 'I am fed up with the sync dropping my contacts every week.'},
	{band: 'upset or urgent', subject: 'Deadline tomorrow', body: 'We have a deadline tomorrow and the import keeps failing. Urgent please.'},
	{band: 'money involved', subject: 'Refund status', body: 'When will my refund arrive? I returned the item last week.'},
	{band: 'money involved', subject: 'Invoice copy', body: 'Could you send me a copy of the invoice for March?'},
	{band: 'money involved', subject: 'Payment methods', body: 'Can I change the credit card my payments come from?'},
	{band: 'money involved', subject: 'Bank transfer', body: 'Do you accept payment by bank transfer for the yearly plan?'},
	{band: 'a sale waits', subject: 'Return policy question', body: 'What is your return policy for the MacBook Pro?'},
	{band: 'a sale waits', subject: 'Before I buy', body: 'Before I buy the family plan, does it come with offline mode?'},
	{band: 'a sale waits', subject: 'Is it compatible?', body: 'Thinking of buying the dock: is it compatible with a 2019 laptop?'},
	{band: 'a sale waits', subject: 'Pre-order', body: 'Can I pre-order the new model in blue?'},
	{band: 'routine', subject: 'Fire Stick remote', body: 'I need help programming my Fire Stick remote'},
	{band: 'routine', subject: 'Change my address', body: 'How do I change my address in my profile?'},
	{band: 'routine', subject: 'Dark mode', body: 'Where can I find the dark mode setting?'},
	{band: 'routine', subject: 'Export to CSV', body: 'How can I export my contacts to CSV?'},
];

const config = defaultTriageConfig();
const hour = 3_600_000;

/** The same customer, channel and wait for every example, so only what the message says can order them. */
function priorityOf(example: {subject: string; body: string; language?: string}, waitedHours = 1) {
	const conversation = makeConversation({
		id: example.subject,
		subject: example.subject,
		createdAt: testNow - waitedHours * hour,
		customer: makeCustomer({language: example.language ?? 'en'}),
		messages: [{kind: 'customer', body: example.body}],
	});
	return scoreConversation(conversation, {now: testNow, config}).priority;
}

const scored = examples.map(example => ({...example, rank: bands.indexOf(example.band), priority: priorityOf(example)}));

describe('triage ordering a lead would sign', () => {
	it('has 30+ labelled examples covering every band', () => {
		expect(examples.length).toBeGreaterThanOrEqual(30);
		for (const band of bands) expect(examples.filter(example => example.band === band).length, band).toBeGreaterThanOrEqual(3);
	});

	it('puts every example above every example of a lower band, at the same wait', () => {
		const inversions: string[] = [];
		for (const higher of scored) {
			for (const lower of scored) {
				if (higher.rank < lower.rank && higher.priority.score <= lower.priority.score) {
					inversions.push(`"${higher.subject}" (${higher.band}, ${higher.priority.score}) <= "${lower.subject}" (${lower.band}, ${lower.priority.score})`);
				}
			}
		}
		expect(inversions).toEqual([]);
	});

	it('keeps harm, outages and money taken above a pre-sale question even when that one has breached its target', () => {
		const breachedSales = examples.filter(example => example.band === 'a sale waits').map(example => ({example, priority: priorityOf(example, 72)}));
		for (const {example, priority} of breachedSales) expect(priority.parts.find(part => part.id === 'targetRisk')!.value, example.subject).toBe(100);
		const worstSale = Math.max(...breachedSales.map(sale => sale.priority.score));
		for (const urgent of scored.filter(example => example.rank <= bands.indexOf('money taken'))) {
			expect(urgent.priority.score, `${urgent.subject} just arrived vs a breached pre-sale question`).toBeGreaterThan(worstSale);
		}
	});

	it('still lets the wait order a band: a breached question outranks the same question just asked', () => {
		for (const example of examples) expect(priorityOf(example, 72).score, example.subject).toBeGreaterThan(priorityOf(example, 0.1).score);
	});

	it('explains itself: the stakes part names the band and the words that decided it', () => {
		const hacked = scored.find(example => example.subject === 'URGENT: account hacked')!;
		const stakes = hacked.priority.parts.find(part => part.id === 'stakes')!;
		expect(stakes.evidence).toMatch(/safety or security/);
		expect(stakes.evidence).toMatch(/"(hacked|changed the email)"/);
		const routine = scored.find(example => example.subject === 'Dark mode')!;
		expect(routine.priority.parts.find(part => part.id === 'stakes')!.value).toBe(0);
		const price = priorityOf({subject: 'Restocking', body: 'Thinking of buying two: is there a restocking charge if I return one?'});
		expect(price.parts.find(part => part.id === 'stakes')!.evidence).toMatch(/^a sale waits on the answer/);
		const weights = hacked.priority.parts.reduce((sum, part) => sum + part.weight, 0);
		expect(weights).toBeCloseTo(1, 5);
	});
});
