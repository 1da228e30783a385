// Using the things people bought: how-to questions and bugs.
import {everyChannel, usualPriorities, type Topic} from './topic.js';

const howToChannels = [['email', 25], ['chat', 55], ['social', 10], ['phone', 10]] as const;
const howToPriorities = [['low', 45], ['normal', 50], ['high', 5]] as const;

export const remoteHowTo: Topic = {
	id: 'how-to-remote',
	team: 'technical',
	weight: 4,
	tags: ['how-to', 'setup', 'remote'],
	channels: howToChannels,
	priorities: howToPriorities,
	products: ['Fire TV Stick 4K', 'Fire TV Stick Lite', 'Fire TV Cube'],
	subjects: ['Help programming my remote', '{product} remote won\'t control the TV', 'Remote volume buttons not working', 'How do I set up the {product} remote?'],
	openings: [
		'I need help programming my {product} remote. The volume buttons do nothing on the TV, only the menu works.',
		'How do I get the {product} remote to turn my TV on and off? It only controls the stick.',
		'the remote of my {product} stopped controlling the soundbar volume after the update',
		'Can I program the {product} remote to work with my Samsung TV? Step by step please, I am not very technical.',
	],
	details: ['I already changed the batteries.', 'The TV is a few years old, a Samsung I think.', 'The manual in the box is very short.'],
	followUps: ['Step 3 does not show that option for me.', 'That worked, thank you!', 'The volume works now but the power button still does nothing.'],
	replies: [
		'Hi {first}! On the {product}, go to Settings > Equipment Control > Manage Equipment > TV > Change TV, and follow the steps; at the end it tests the volume and power buttons with you.',
		'Happy to help. Hold the Home button for 10 seconds to wake the remote, then open Settings > Equipment Control > Manage Equipment and choose your TV brand. It takes about two minutes.',
	],
	resolutions: ['Great to hear it works! If the power button still refuses, turn on HDMI-CEC in your TV\'s settings (Samsung calls it Anynet+).', 'Glad it works now. The same menu lets you add a soundbar later.'],
	botAnswers: ['To control your TV with the {product} remote, open Settings > Equipment Control > Manage Equipment > TV and follow the steps. Our guide with pictures: example.com/help/{product_slug}.'],
	notes: ['Answer exists in help article HC-204 (remote programming); a good one for the bot.'],
	pages: ['https://example.com/help/{product_slug}'],
	upset: 0.05,
};

export const pairingHowTo: Topic = {
	id: 'how-to-pairing',
	team: 'technical',
	weight: 3,
	tags: ['how-to', 'setup', 'bluetooth'],
	channels: howToChannels,
	priorities: howToPriorities,
	products: ['iPad Air', 'Pixel 8', 'Galaxy S24', 'Dell XPS 13', 'MacBook Pro 14"', 'Nintendo Switch OLED'],
	subjects: ['Pairing {accessory} with {product}', 'Bluetooth pairing question', 'How do I connect my {accessory}?'],
	openings: [
		'How do I pair the {accessory} with my {product}? It does not show up in the Bluetooth list.',
		'My {accessory} was paired with my {product} and now it will not reconnect after the update.',
		'can i use the {accessory} with two devices at once? my {product} and my laptop',
	],
	details: ['I already tried turning both off and on.', 'It is the model from this year.', 'The light on it blinks red.'],
	followUps: ['It shows up now but says "connection failed".', 'That worked, thank you!'],
	replies: [
		'Hi {first}! Put the {accessory} in pairing mode (hold the power button until the light flashes blue), then on the {product} open Settings > Bluetooth > Add device. It should appear within a few seconds.',
		'After that update, the {product} sometimes keeps a stale pairing. Remove the {accessory} under Settings > Bluetooth > Forget device, then pair it again from scratch.',
	],
	resolutions: ['Great to hear it works!', 'A red blink means the battery is low; after charging it for an hour pairing should work. Let me know if not.'],
	botAnswers: ['To pair an accessory, put it in pairing mode and open Settings > Bluetooth > Add device on your {product}. If it was paired before, choose "Forget device" first.'],
	notes: ['Known pairing regression after the latest OS update; linking to the known-issues page.'],
	pages: ['https://example.com/help/bluetooth-pairing'],
	upset: 0.05,
};

export const setupHowTo: Topic = {
	id: 'how-to-setup',
	team: 'technical',
	weight: 3,
	tags: ['how-to', 'setup'],
	channels: howToChannels,
	priorities: howToPriorities,
	products: ['Pixel 8', 'Galaxy S24', 'iPhone 15', 'iPad Air', 'Kindle Paperwhite', 'Sonos Era 100'],
	subjects: ['How do I set up my {product}?', 'Transfer data to new {product}', 'Quick question about my {product}', 'Help with setup'],
	openings: [
		'Is there a way to move my photos and apps from my old phone to the new {product}?',
		'just got the {product}, how do i connect it to the hotel wifi with the login page?',
		'Can I use the {product} with two accounts, one for me and one for my kids?',
		'How do I turn off the automatic updates on the {product}? It updated in the middle of a presentation.',
	],
	details: ['I am not very technical, so step by step would be great.', 'The quick start guide does not mention it.'],
	followUps: ['And how do I undo it if I change my mind?', 'That worked, thank you!'],
	replies: [
		'Hi {first}! Yes: our step-by-step guide with pictures is at example.com/help/{product_slug}. The transfer runs over Wi-Fi and takes about 20 minutes.',
		'Happy to help. Open Settings on the {product}; the option is under System > Updates (for updates) or Users & accounts (for a second profile). Our guide at example.com/help/{product_slug} has screenshots.',
	],
	resolutions: ['Great to hear it works! The same menu lets you undo it any time.'],
	botAnswers: ['Here is our step-by-step guide: example.com/help/{product_slug}. It covers setup, data transfer, accounts and updates with pictures.'],
	notes: ['Setup questions like this one are answered by help article HC-118; suggest it to the bot team.'],
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
