// Money: double charges, refunds, invoices and VAT.
import {everyChannel, pressingPriorities, usualPriorities, type Topic} from './topic.js';

export const doubleCharge: Topic = {
	id: 'double-charge',
	team: 'billing',
	weight: 7,
	tags: ['billing', 'double-charge', 'payments'],
	channels: everyChannel,
	priorities: pressingPriorities,
	subjects: ['Charged twice', 'Double charge on my card', 'Why was I billed two times?', 'Duplicate payment for order {order}', 'two charges of {amount}??', 'Billing error this month'],
	openings: [
		'I was charged twice for my {plan} membership this month, two payments of {amount} on the same day.',
		'My bank statement shows {amount} taken twice for order {order}. I only placed the order once.',
		'just checked my card and theres two identical charges from Northwind, {amount} each. please fix',
		'Your system billed my card ending {last4} two times. One of those needs to come back to me.',
		'I see a duplicate charge for {amount} from {weekday}. I did click "Pay" twice because the page froze, but only one order went through.',
		'We were invoiced twice for the same {seats} seats on our {plan} plan. Our finance team flagged it this morning.',
	],
	details: [
		'The card ends in {last4} if that helps.',
		'It is the second time this happens in three months.',
		'I have screenshots of both transactions if you need them.',
		'My bank says it is not pending, both have gone through.',
		'This leaves me short for rent this week, so I would really appreciate a quick answer.',
		'Order number is {order}.',
	],
	followUps: [
		'Any update? The second charge is still on my card.',
		'I sent the screenshot yesterday. When will the money be back?',
		'It has now been {days} days. Please just refund the duplicate.',
		'My bank says they can only dispute it if you do not respond, I would rather not go that way.',
		'ok thanks, how long does it usually take to show up?',
	],
	replies: [
		'Sorry about that, {first}. I can see two payments of {amount} from {weekday}; only one belongs to order {order}. I have started a refund for the second one.',
		'Thanks for flagging this. I checked your account and the second charge is a pre-authorisation that should drop off by itself within 3-5 business days. If it is still there after that, reply here and I will refund it manually.',
		'I am sorry for the trouble. Could you send me the last four digits of the card and the date of both charges? I only see one settled payment on our side.',
		'You are right, the payment page retried after a timeout and charged twice. I have refunded {amount} to the card ending {last4}.',
	],
	resolutions: [
		'The refund of {amount} is processed on our side. Depending on your bank it shows up within 5-10 business days. Sorry again for the hassle.',
		'I confirmed with our payments team that the duplicate was reversed today. You should see it within a few days.',
		'All sorted: the extra charge was voided, so it will not appear as a separate refund, it simply disappears from your statement.',
	],
	botAnswers: [
		'Duplicate charges are usually pre-authorisations that disappear within 3-5 business days. You can see your actual payments under Account > Billing history.',
	],
	notes: [
		'Checked Stripe: two captures, 14s apart. Payment page timeout again, linking to PAY-311.',
		'Second charge is an auth hold, not captured. Told the customer to wait 3-5 days.',
		'Refund issued for the duplicate, ref RF-{digits}.',
	],
	pages: ['https://example.com/account/billing', 'https://example.com/checkout'],
	upset: 0.3,
};

export const refund: Topic = {
	id: 'refund',
	team: 'billing',
	weight: 9,
	tags: ['refund', 'billing'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['Refund request', 'Where is my refund?', 'Refund for order {order}', 'Still waiting on refund', 'I want my money back', 'Refund not received after return'],
	openings: [
		'I returned my {product} {days} days ago and still have not received my refund.',
		'Could you refund order {order}? The {product} arrived after the date I needed it and I sent it straight back.',
		'I cancelled order {order} an hour after placing it but the money was still taken. I would like a refund please.',
		'hi, the tracking says you received my return on {weekday} but no refund yet. how long does it take?',
		'I was promised a refund of {amount} by one of your colleagues on the phone and nothing has arrived.',
		'My {product} stopped working after two weeks. I do not want a replacement, I want a refund.',
	],
	details: [
		'The return tracking number is {tracking}.',
		'I paid with PayPal, not with a card.',
		'It was a gift so the receipt is in my sister\'s name, but the order is {order}.',
		'I already asked in chat last week and was told it would be done in 48 hours.',
		'Honestly I am starting to lose patience.',
	],
	followUps: [
		'Still nothing on my account. Can you check again please?',
		'You said 5 days. It has been {days}.',
		'I got an email saying the refund was processed, but it is less than I paid?',
		'ok, I can see it now, thank you!',
		'Is there a reference number I can give my bank?',
	],
	replies: [
		'Hi {first}, thanks for your patience. Your return for order {order} arrived at our warehouse on {weekday}; refunds are issued once the item is checked, which takes up to 3 business days. I have asked the warehouse to prioritise yours.',
		'I have checked order {order} and I can see the return was received. I have issued the refund of {amount} just now; it should reach your account within 5-10 business days.',
		'I am sorry the refund is taking this long. The return has not been scanned in yet by {carrier}. Could you send me a photo of the drop-off receipt so I can chase it?',
		'Thanks for reaching out. Since the {product} developed a fault within 30 days, you are entitled to a full refund. I have created a prepaid return label and sent it to your email.',
	],
	resolutions: [
		'The refund of {amount} has been issued, reference RF-{digits}. You can give that number to your bank if it does not show up within 10 business days.',
		'I corrected the amount: the missing {amount} was the original shipping cost, which we refund too when the item was faulty. It is on its way.',
		'Your refund is complete. Thanks for bearing with us, and sorry it took longer than it should have.',
	],
	botAnswers: [
		'Refunds are issued within 3 business days after your return reaches our warehouse, and your bank may take 5-10 more days. You can follow the status of a return at example.com/returns.',
	],
	notes: [
		'Warehouse confirms the return scanned on {weekday}, item OK. Refund released.',
		'Customer has had 3 refunds in 60 days, checked: all legit (faulty batch).',
		'Agent on the phone promised the refund but never logged it. Coaching point for the team.',
	],
	pages: ['https://example.com/returns', 'https://example.com/account/orders/{order}'],
	upset: 0.35,
};

export const invoice: Topic = {
	id: 'invoice',
	team: 'billing',
	weight: 5,
	tags: ['invoice', 'billing', 'vat'],
	channels: [['email', 80], ['chat', 20]],
	priorities: [['low', 35], ['normal', 60], ['high', 5]],
	subjects: ['Invoice with VAT number', 'Need a copy of my invoice', 'Company name on invoice is wrong', 'Invoice for {company}', 'Billing address change'],
	openings: [
		'Could you send me an invoice for order {order} with our VAT number on it? Our accountant needs it for the quarter.',
		'The invoice {invoice} shows my personal name instead of {company}. Can you reissue it?',
		'Where do I download invoices for the {plan} plan? I can only find receipts.',
		'We need all invoices since January in one PDF for our audit. Is that possible?',
		'Our billing address changed, how do I update it so the next invoice is correct?',
	],
	details: ['Our VAT ID is DE{digits}.', 'The company is {company}, registered in Berlin.', 'We need it by Friday if possible.', 'I am the finance admin on the account.'],
	followUps: ['Thanks, could you also add the PO number PO-{digits}?', 'The new PDF still has the old address.', 'Perfect, that is exactly what we needed.'],
	replies: [
		'Hi {first}, I have reissued invoice {invoice} with {company} and your VAT number. You will find it under Account > Billing > Invoices.',
		'Invoices for the {plan} plan are under Account > Billing > Invoices; receipts are only for card payments in the store. I have also emailed you the last three.',
		'I can update the billing address for you. Please confirm the new address exactly as it should appear and I will regenerate this month\'s invoice.',
	],
	resolutions: ['Done: the invoice now carries the PO number. Future invoices will include it automatically.', 'I have merged the invoices into one PDF and attached it here.'],
	botAnswers: ['You can download every invoice under Account > Billing > Invoices. To add a VAT number, open Account > Company details before the invoice is issued.'],
	notes: ['Reissued {invoice}. Finance reminded that VAT IDs must be validated in VIES first.'],
	pages: ['https://example.com/account/billing/invoices'],
	upset: 0.05,
};
