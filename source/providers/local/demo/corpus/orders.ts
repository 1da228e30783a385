// Orders: late deliveries, damaged or wrong items, returns.
import {everyChannel, usualPriorities, type Topic} from './topic.js';

export const lateDelivery: Topic = {
	id: 'late-delivery',
	team: 'orders',
	weight: 11,
	tags: ['shipping', 'delivery', 'where-is-my-order'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['Where is my order?', 'Order {order} not delivered', 'Package stuck in transit', 'Delivery late', 'tracking hasn\'t moved in {days} days', 'Order marked delivered but not here'],
	openings: [
		'My order {order} was supposed to arrive on {weekday} and it still is not here. The tracking has not moved in {days} days.',
		'Tracking says delivered but there is no package. I checked with the neighbours and the building reception.',
		'where is my {product}?? ordered it over a week ago',
		'The {carrier} tracking for {tracking} just says "exception". What does that mean and when will I get my {product}?',
		'I paid for express shipping for order {order} and it has been {days} days. I need the {product} for a trip on {weekday}.',
		'Hello, I ordered a {product} as a birthday present and the delivery date keeps getting pushed back. Can you tell me what is going on?',
	],
	details: [
		'Tracking number: {tracking}.',
		'The address is correct, I checked the confirmation email.',
		'I work from home so I would have heard the doorbell.',
		'If it cannot arrive by {weekday} I would rather cancel.',
		'I have ordered from you for years and never had this problem.',
	],
	followUps: [
		'Any news from {carrier}?',
		'Still not here. At this point I want a refund or a new one sent express.',
		'The tracking updated: it is back at the depot?!',
		'Got it this morning, thanks for chasing!',
		'Hello?? Its been {days} days since I wrote.',
	],
	replies: [
		'Hi {first}, I am sorry your {product} is late. I checked with {carrier}: the parcel is at their regional depot after a sorting delay and should go out for delivery within 2 business days.',
		'Thanks for letting us know. When a parcel shows as delivered but is not there, {carrier} needs 48 hours to investigate. I have opened a trace with them (case {digits}) and will update you as soon as I hear back.',
		'I am sorry about this. "Exception" usually means the label got damaged. I have asked {carrier} to re-label it; if it has not moved by {weekday} I will send a replacement by express at no cost.',
		'I can see the express upgrade on order {order}, so you should not have waited this long. I have refunded the express shipping fee and asked the warehouse to ship a replacement today.',
	],
	resolutions: [
		'Good news: {carrier} found the parcel and it was delivered this morning. I have refunded the shipping cost for the trouble.',
		'{carrier} confirmed the parcel is lost. A replacement {product} left our warehouse today, tracking {tracking}.',
		'I cancelled the late order and refunded {amount} in full, as you asked.',
	],
	botAnswers: [
		'You can follow your parcel at example.com/track. Parcels with {carrier} usually arrive within 3-5 business days; if yours is late, an agent can open a trace with the carrier.',
		'I found order {order}: it is with {carrier}, last scan two days ago. Delivery is expected within 2 business days.',
	],
	notes: [
		'Opened trace with {carrier}, case {digits}. Follow up in 48h.',
		'Depot backlog in the north region this week, several similar tickets.',
		'Customer needs it before {weekday}: sending replacement express now, recall the original.',
	],
	pages: ['https://example.com/track', 'https://example.com/account/orders/{order}'],
	upset: 0.3,
};

export const damagedItem: Topic = {
	id: 'damaged-item',
	team: 'orders',
	weight: 6,
	tags: ['damaged', 'wrong-item', 'replacement'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['Item arrived broken', 'Wrong item in my package', 'Cracked screen on delivery', 'Missing parts in order {order}', 'Received the wrong colour'],
	openings: [
		'The {product} arrived with a cracked screen. The box was crushed on one side.',
		'I ordered a {product} but the package contained a {accessory}. Order {order}.',
		'The box for order {order} was missing the charger and the cable.',
		'my {product} came in the wrong colour, I ordered black and got silver',
		'Opened the box today and the {product} will not turn on at all, it looks like it was dropped.',
	],
	details: ['I attached photos of the box and the device.', 'I have not used it, it is still in the packaging.', 'This was a gift so I need it sorted quickly.', 'The seal on the box was already broken.'],
	followUps: ['Do I need to send the broken one back first?', 'I did not get the return label yet.', 'Replacement arrived and works. Thanks!', 'Can you just refund instead? I bought one elsewhere.'],
	replies: [
		'Hi {first}, I am so sorry the {product} arrived damaged. I have sent you a prepaid return label and a replacement will ship as soon as {carrier} scans the return.',
		'Thanks for the photos. No need to wait for the return: I have shipped a replacement today and emailed you a return label for the damaged one.',
		'That is our mistake, sorry. Keep the {accessory}, no need to send it back, and the right {product} is on its way.',
	],
	resolutions: ['The replacement was delivered today according to {carrier}. Let me know if anything is off.', 'I have refunded {amount} instead of sending a replacement, as you asked.'],
	botAnswers: ['I am sorry your order arrived damaged. Please send a photo of the item and the box, and I will pass it to our team for a free replacement.'],
	notes: ['Third damaged {product} from the same warehouse batch this week. Flagged to logistics.', 'Replacement ships from stock, no recall needed.'],
	pages: ['https://example.com/account/orders/{order}'],
	upset: 0.35,
};

export const returns: Topic = {
	id: 'returns',
	team: 'orders',
	weight: 7,
	tags: ['returns', 'policy', 'pre-sales'],
	channels: [['email', 30], ['chat', 55], ['social', 15]],
	priorities: [['low', 20], ['normal', 55], ['high', 25]],
	subjects: ['Return policy question', 'Can I return an opened {product}?', 'Return window for gifts', 'How do I return my {product}?', 'Question before buying'],
	openings: [
		'What is your return policy for the {product}? I want to be sure before I buy it.',
		'If I order the {product} now for a Christmas gift, can it still be returned in January?',
		'Can I return the {product} even though I opened it and set it up?',
		'how do i start a return? the website just loops me back to the order page',
		'I am deciding between you and another shop for a {product}. Do you charge a restocking fee?',
	],
	details: ['It is for my son and he may prefer a different model.', 'I would be buying three of them for the office.', 'I am in Canada, not the US.', 'The other shop offers 60 days.'],
	followUps: ['And if it is faulty after 30 days?', 'Great, ordering now.', 'Does the return label cost anything?', 'The return page still loops, I tried two browsers.'],
	replies: [
		'Hi {first}! You can return the {product} within 30 days of delivery, opened or not, as long as nothing is damaged. Gifts bought from November on can be returned until January 31.',
		'There is no restocking fee and the return label is free. If a device develops a fault later, the 2-year warranty covers repair or replacement.',
		'To start a return, open Account > Orders, pick the order and choose "Return items". If the page loops, clear the site cookies; I have also started the return for you here.',
	],
	resolutions: ['I have created the return for you; the label is in your inbox. Drop the parcel at any {carrier} point.', 'Happy to help. Enjoy the {product}!'],
	botAnswers: ['You can return most items within 30 days of delivery, opened or not, with a free label. Start a return at example.com/returns or under Account > Orders.'],
	notes: ['Pre-sales question, potential order of 3 units. Sent the business purchase link too.', 'Return page loop reproduced in Safari, reported as BUG-812.'],
	pages: ['https://example.com/help/returns', 'https://example.com/store/{product_slug}'],
	upset: 0.05,
};
