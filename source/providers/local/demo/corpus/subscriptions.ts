// The Plus membership: cancellations, upgrades, and services included with a purchase.
import {everyChannel, pressingPriorities, usualPriorities, type Topic} from './topic.js';

export const cancellation: Topic = {
	id: 'cancellation',
	team: 'success',
	weight: 7,
	tags: ['cancellation', 'churn-risk', 'subscription'],
	channels: everyChannel,
	priorities: pressingPriorities,
	subjects: ['Cancel my subscription', 'Cancel my account NOW', 'Please cancel Plus membership', 'How do I cancel?', 'Stop charging me'],
	openings: [
		'Please cancel my {plan} membership effective immediately. I have asked twice already.',
		'I want to cancel. The app has been broken for weeks and nobody answers my emails.',
		'How do I cancel my subscription? I cannot find the button anywhere in the app.',
		'We are moving to another provider at the end of the month. Please cancel our {plan} plan for {company} and confirm in writing.',
		'This is ridiculous. You charged me AGAIN after I cancelled in {weekday}\'s chat. Cancel everything and refund me.',
		'Hi, I would like to end my membership. Money is tight at the moment, nothing against you.',
	],
	details: ['I want confirmation in writing.', 'Do not try to sell me a discount, I have made up my mind.', 'If this is not done today I will dispute the charge with my bank.', 'Our contract number is {account}.'],
	followUps: [
		'So is it cancelled or not??',
		'I still have not received the confirmation email.',
		'ok, thank you for sorting it out.',
		'Why do I need to answer a survey to cancel? Just do it.',
	],
	replies: [
		'Hi {first}, I am sorry we let you down. I have cancelled your {plan} membership; you will keep access until the end of the billing period and will not be charged again. Confirmation is on its way to your email.',
		'I completely understand. I have cancelled the subscription and refunded the last charge of {amount}, since it was taken after your earlier request. That should never have happened.',
		'You can cancel under Account > Membership > Cancel, but I am happy to do it for you right now. Before I do: you have {days} days left that you already paid for, would you like the cancellation to apply at the end of them?',
	],
	resolutions: ['Cancellation confirmed, reference CX-{digits}. You will not be charged again.', 'Done. Your data export is attached, and your account stays readable for 30 days.'],
	botAnswers: ['You can cancel your membership under Account > Membership > Cancel. If you would like, I can connect you to a person who can do it for you.'],
	notes: [
		'Customer cancelled in chat on {weekday} but the agent never processed it. Refunded the extra charge. Coaching.',
		'Churn reason: price. Offered nothing per customer\'s request.',
		'Enterprise account, loop in their account manager before confirming.',
	],
	pages: ['https://example.com/account/membership'],
	upset: 0.55,
};

export const upgrade: Topic = {
	id: 'upgrade',
	team: 'success',
	weight: 5,
	tags: ['upgrade', 'sales', 'plan-change'],
	channels: [['email', 50], ['chat', 45], ['phone', 5]],
	priorities: [['low', 10], ['normal', 60], ['high', 30]],
	subjects: ['Upgrade to Pro', 'Questions about the Enterprise plan', 'Add more seats', 'Switch to annual billing', 'Trial ends soon, which plan?'],
	openings: [
		'Our trial ends on {weekday}. We are {seats} people; what is the difference between Pro and Enterprise for us?',
		'We would like to upgrade from {plan} to {next_plan}. Is the price difference prorated for this month?',
		'Can we add {seats} more seats to our account without changing plans?',
		'Is there a discount for annual billing? We would switch today.',
		'We need SSO and an invoice-based payment. Which plan includes that?',
	],
	details: ['Our budget is approved until the end of the quarter.', 'We are a non-profit if that matters.', 'Our company is {company}.'],
	followUps: ['Sounds good, please go ahead.', 'Could you send a quote as PDF for our procurement?', 'Do we keep our data when we switch?'],
	replies: [
		'Hi {first}, great to hear! Upgrading from {plan} to {next_plan} is prorated: you only pay the difference for the rest of this month. I can switch you right now if you confirm.',
		'For {seats} people, Enterprise adds SSO, invoice billing and a named account manager. I have attached a quote; annual billing saves two months.',
	],
	resolutions: ['You are on {next_plan} now, and the first prorated invoice is in your inbox. Welcome aboard!', 'The quote is attached as PDF, valid for 30 days.'],
	botAnswers: ['You can compare plans at example.com/pricing. Upgrades are prorated, and you keep all your data. Would you like to talk to our team about Enterprise?'],
	notes: ['Warm lead: {seats} seats, wants SSO. Looped in sales (Enterprise).', 'Non-profit discount applies, 30%.'],
	pages: ['https://example.com/pricing', 'https://example.com/account/membership'],
	upset: 0,
};

export const includedService: Topic = {
	id: 'included-service',
	team: 'success',
	weight: 4,
	tags: ['device-protection', 'activation', 'bundle'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['Free antivirus not activated', 'Device Protection missing', 'Where is my free subscription?', 'Bundle offer not applied'],
	openings: [
		'{days} days after purchase my phone still has no free antivirus. The listing said one year of protection included.',
		'The {product} came with Device Protection according to the product page, but my account does not show it.',
		'I bought the {product} bundle with 6 months of Plus included, but I am being charged for Plus.',
		'The activation code for the included antivirus says "already used". I have never used it.',
	],
	details: ['Order number {order}.', 'I followed the leaflet in the box step by step.', 'The code is on the card that came with the {product}.'],
	followUps: ['The code you sent also says already used.', 'Works now, thanks.', 'Still charged this month even though it was supposed to be free.'],
	replies: [
		'Hi {first}, sorry about that: the free protection for order {order} was not activated because of a delay on our partner\'s side. I have activated it manually; you should get a confirmation email within the hour.',
		'I can see the bundle on order {order}. The Plus months were not linked to your account, which is why you were charged. I have linked them and refunded {amount}.',
	],
	resolutions: ['I generated a fresh activation code and checked it works. It is in your inbox.', 'Your Device Protection is active until next year; you will find it under Account > Services.'],
	botAnswers: [],
	notes: ['Partner activation queue stuck since {weekday}; 30+ customers affected. Raised with the partner manager.'],
	pages: ['https://example.com/account/services'],
	upset: 0.3,
};
