// Pieces every conversation uses: greetings, sign-offs, handovers, and the values that fill {slots}.
import type {Topic} from './topic.js';
import {doubleCharge, invoice, refund} from './billing.js';
import {damagedItem, lateDelivery, returns} from './orders.js';
import {compromised, login} from './accounts.js';
import {pythonSdk, rateLimits, webhooks} from './developers.js';
import {cancellation, includedService, upgrade} from './subscriptions.js';
import {appBug, pairingHowTo, remoteHowTo, setupHowTo} from './products.js';

export const topics: readonly Topic[] = [
	doubleCharge, refund, invoice, lateDelivery, damagedItem, returns, login, compromised,
	webhooks, rateLimits, pythonSdk, cancellation, upgrade, includedService, remoteHowTo, pairingHowTo, setupHowTo, appBug,
];

export const customerGreetings = ['Hi,', 'Hello,', 'Hi there,', 'Hello team,', 'Good morning,', 'Hey,', 'Dear Northwind support,', 'Hi support,'];
export const customerSignoffs = ['Thanks,\n{first}', 'Thank you,\n{name}', 'Regards,\n{name}', 'Cheers,\n{first}', 'Best,\n{first}', 'Thanks in advance!\n{first}'];
export const upsetLines = [
	'This is really frustrating.',
	'Honestly I expected better from you.',
	'I have been a customer for years and this is the worst experience I have had.',
	'Please do not send me another automated answer.',
	'I am very disappointed.',
];
export const customerThanks = ['Thanks, that did it!', 'Perfect, thank you.', 'ok great thanks', 'Thank you for the quick help!', 'Got it, appreciate it.', 'Thanks. Finally.'];
export const nudges = ['Hello? Is anyone there?', 'Any news?', 'Just following up on this.', 'Sorry to chase, but I still need an answer.', 'bump'];

export const agentGreetings = ['Hi {first},', 'Hello {first},', 'Hi {first}, thanks for reaching out.', 'Thanks for your message, {first}.'];
export const agentSignoffs = ['Best,\n{agent}', 'Kind regards,\n{agent}', 'Have a good day,\n{agent}', 'Thanks,\n{agent}, Northwind Support'];
export const agentQuestions = [
	'Let me know if anything is unclear.',
	'I will keep an eye on it and update you here.',
	'Can you let me know if that helps?',
	'I am here if you have any other questions.',
];

export const botIntro = ['Hi {first}! I am Deskbot, Northwind\'s assistant.', 'Hello {first}, Deskbot here.', 'Hi! I\'m Deskbot.'];
export const botQuestion = ['Did that answer your question?', 'Does this help?', 'Was this helpful?'];
export const handoverAsks = [
	'No, that does not help. Can I talk to a person please?',
	'human please',
	'I already read that. I need an actual person.',
	'agent',
	'That is not my question. Please connect me to someone.',
];
export const botHandovers = ['I am connecting you to a teammate now. Typical reply time: a few minutes.', 'Sure, I have passed this to our team; someone will reply here shortly.'];
export const handoverNotes = ['Handover from Deskbot: the customer asked for a person after the bot\'s answer.', 'Bot answer did not help, customer requested a human.'];
export const snoozeNotes = ['Snoozed until the carrier replies.', 'Waiting on engineering, snoozing.', 'Customer asked us to check back after the weekend.'];
export const pendingQuestions = [
	'Could you reply to confirm, so I can go ahead?',
	'Could you try that and let me know if it works?',
	'Let me know how you would like to proceed.',
	'Could you confirm which email address you used, so I can match your account?',
];

export const slotValues: Record<string, readonly string[]> = {
	product: [
		'Fire TV Stick 4K', 'MacBook Pro 14"', 'Pixel 8', 'Galaxy S24', 'iPhone 15', 'Sony WH-1000XM5 headphones', 'iPad Air', 'Kindle Paperwhite',
		'Bose Smart Soundbar', 'Dell XPS 13', 'Nintendo Switch OLED', 'Garmin Forerunner 265', 'Sonos Era 100', 'Logitech MX Master 3S',
		'Samsung 55" QLED TV', 'Ring Video Doorbell', 'AirPods Pro', 'Lenovo ThinkPad X1', 'Philips Hue starter kit', 'Anker power bank',
	],
	accessory: ['wireless keyboard', 'game controller', 'Bluetooth speaker', 'Bluetooth mouse', 'wireless earbuds', 'stylus', 'fitness tracker'],
	carrier: ['DHL', 'UPS', 'FedEx', 'USPS', 'DPD', 'Royal Mail'],
	weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
	os: ['Android 14', 'iOS 17.4', 'iOS 18', 'Android 13', 'Windows 11', 'macOS Sonoma'],
	browser: ['Chrome', 'Safari', 'Firefox', 'Edge'],
	app: ['4.12.0', '4.12.1', '4.13.0', '5.0.2'],
	sdk: ['2.4.0', '2.4.1', '2.5.0'],
	endpoint: ['/v2/orders', '/v2/orders/batch', '/v2/inventory', '/v2/customers'],
	webhook_event: ['order.created', 'order.shipped', 'refund.issued', 'inventory.low'],
	code: ['500', '502', '403', '422'],
};
