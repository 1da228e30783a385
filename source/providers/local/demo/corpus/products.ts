// Using the things people bought: how-to questions and bugs.
import {everyChannel, usualPriorities, type Topic} from './topic.js';

export const howTo: Topic = {
	id: 'how-to',
	team: 'technical',
	weight: 10,
	tags: ['how-to', 'setup'],
	channels: [['email', 25], ['chat', 55], ['social', 10], ['phone', 10]],
	priorities: [['low', 45], ['normal', 50], ['high', 5]],
	subjects: ['How do I set up my {product}?', 'Pairing {accessory} with {product}', 'Help with setup', 'Quick question about my {product}', 'Transfer data to new {product}'],
	openings: [
		'I need help programming my remote for the {product}. The TV volume buttons do nothing.',
		'How do I pair the {accessory} with my {product}? It does not show up in the Bluetooth list.',
		'Is there a way to move my photos and apps from my old phone to the new {product}?',
		'just got the {product}, how do i connect it to the hotel wifi with the login page?',
		'Can I use the {product} with two accounts, one for me and one for my kids?',
		'How do I turn off the automatic updates on the {product}? It updated during a presentation.',
	],
	details: ['I am not very technical, so step by step would be great.', 'I already tried turning it off and on.', 'The manual in the box is very short.', 'It is the model from this year.'],
	followUps: ['Step 3 does not show that option for me.', 'That worked, thank you!', 'And how do I undo it if I change my mind?'],
	replies: [
		'Hi {first}! Hold the Home button for 10 seconds until the light blinks, then go to Settings > Equipment control > Manage equipment > TV and follow the steps; it tests the volume buttons at the end.',
		'Happy to help. Put the {accessory} in pairing mode (hold the power button until the light flashes blue), then on the {product} open Settings > Bluetooth > Add device. It should appear within a few seconds.',
		'Yes, you can. Our step-by-step guide with pictures is at example.com/help/{product_slug}; the transfer takes about 20 minutes over Wi-Fi.',
	],
	resolutions: ['Great to hear it works! The same menu lets you undo it any time.', 'In that case your model uses the older menu: Settings > Controllers > TV remote. Let me know if it still refuses.'],
	botAnswers: [
		'Here is our step-by-step guide: example.com/help/{product_slug}. It covers setup, pairing and remote programming with pictures.',
		'To pair an accessory, put it in pairing mode and open Settings > Bluetooth > Add device on your {product}.',
	],
	notes: ['Answer exists in help article HC-204; suggest it to the bot team as a quick win.'],
	pages: ['https://example.com/help/{product_slug}'],
	upset: 0.05,
};

export const appBug: Topic = {
	id: 'app-bug',
	team: 'technical',
	weight: 6,
	tags: ['bug', 'mobile-app', 'crash'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['App crashes on start', 'Checkout button does nothing', 'Bug: order history empty', 'Dashboard not loading', 'Error {code} when saving'],
	openings: [
		'The Northwind app {app} crashes right after the splash screen on my {os} phone.',
		'When I press "Place order" on {browser} nothing happens. No error, the button just does nothing.',
		'My order history in the app is empty, but I have placed at least ten orders.',
		'The Business Dashboard has been stuck on the loading spinner all morning. Colleagues see the same.',
		'I get "Error {code}" every time I try to save my shipping address.',
	],
	details: ['I reinstalled the app already.', 'It worked fine last week.', 'Console shows a CORS error, if that helps.', 'Screenshot attached.'],
	followUps: ['Same problem after the update.', 'Any ETA for a fix?', 'Works again since this morning, thanks.'],
	replies: [
		'Hi {first}, thanks for the report and sorry for the trouble. We found a crash in {app} on some {os} devices; a fix is in review and should reach the store within two days.',
		'Could you send me the time it happened and a screenshot of the error? With those our engineers can find the request in the logs.',
		'Thanks. Our engineers confirmed a problem with the dashboard this morning and are deploying a fix now; you can follow it on status.example.com.',
	],
	resolutions: ['The fixed version is out; please update the app and let me know if it still happens.', 'The fix is deployed and your order history is back.'],
	botAnswers: ['Sorry about that! Please update the app to the latest version and restart your phone. If it still happens, I can pass the details to our technical team.'],
	notes: ['Known issue, tracked in APP-{digits}. Linked the ticket.', 'Could not reproduce on staging; asked for a HAR file.'],
	pages: ['https://example.com/app', 'https://example.com/dashboard'],
	upset: 0.3,
};
