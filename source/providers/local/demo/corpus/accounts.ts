// Logins, two-factor authentication and account security.
import {everyChannel, pressingPriorities, usualPriorities, type Topic} from './topic.js';

export const login: Topic = {
	id: 'login',
	team: 'security',
	weight: 9,
	tags: ['login', 'password-reset', '2fa'],
	channels: everyChannel,
	priorities: usualPriorities,
	subjects: ['Can\'t log in', 'Password reset email never arrives', 'Locked out after 2FA change', 'Lost my phone, can\'t get 2FA codes', 'Account locked', 'login loop on the app'],
	openings: [
		'I cannot log in. I reset my password twice and the reset email never arrives, not even in spam.',
		'I got a new phone and now I cannot get the two-factor codes. How do I get back into my account?',
		'The app keeps logging me out every few minutes since the update to {app}.',
		'It says my account is locked after too many attempts. I was typing the right password, I am sure.',
		'trying to log in on {browser} and it just goes back to the login page, no error',
		'I changed my email address last week and now neither the old nor the new one works to sign in.',
	],
	details: ['I am on {os}.', 'My email is the one I am writing from.', 'I have an order arriving tomorrow I need to change.', 'I do not have the backup codes, sorry.'],
	followUps: [
		'Still no email. Could it be blocked on your side?',
		'I did what you said and it still loops.',
		'Sent the photo of my ID, what now?',
		'I am in, thank you so much.',
	],
	replies: [
		'Hi {first}, sorry you are locked out. Before I can change anything on the account I need to verify it is you: please reply with the last four digits of the card on file and the date of your last order.',
		'Thanks. Our reset emails come from no-reply@example.com; some providers hold them for a while. I have resent it just now, the link is valid for 30 minutes.',
		'The login loop on {browser} comes from a blocked third-party cookie. Please allow cookies for example.com, or try a private window, and let me know if that works.',
		'To recover an account without the 2FA device we need to verify your identity. I have sent you a secure link to upload a photo ID; this usually takes a few hours.',
	],
	resolutions: [
		'Identity confirmed. I have removed the old two-factor device; you can log in with your password and set up the new phone under Account > Security.',
		'I have unlocked the account. Please change your password right after logging in.',
		'Glad it works! The fix for the logout issue ships in the next app update.',
	],
	botAnswers: [
		'You can reset your password at example.com/reset. If the email does not arrive within 10 minutes, check your spam folder, or ask for a human here and we will verify your identity.',
	],
	notes: [
		'Verified identity: card last4 + last order date match.',
		'Reset emails bounced: customer\'s provider blocks our sender. Whitelisting instructions sent.',
		'Did NOT change the email: verification failed (last order date wrong). Asked for ID.',
	],
	pages: ['https://example.com/login', 'https://example.com/account/security'],
	upset: 0.25,
};

export const compromised: Topic = {
	id: 'compromised',
	team: 'security',
	weight: 3,
	tags: ['security', 'fraud', 'account-takeover'],
	channels: [['email', 45], ['chat', 35], ['phone', 20]],
	priorities: pressingPriorities,
	subjects: ['Someone is using my account', 'Orders I did not place', 'Suspicious login alert', 'URGENT: account hacked', 'My email was changed without my permission'],
	openings: [
		'I just got an email that my password was changed, but I did not change it. Please lock my account.',
		'There are two orders on my account that I did not place, shipping to an address in another city.',
		'I received a login alert from a device in another country. I have never been there.',
		'Someone changed the email on my account and I can no longer sign in. My saved card is on there!',
	],
	details: ['The orders are {order} and one more from today.', 'I have already called my bank to block the card.', 'Please stop the orders before they ship.', 'I use the same password on other sites, I know, I know.'],
	followUps: ['Did you stop the orders?', 'My bank needs a letter from you confirming the fraud.', 'Thanks for acting so fast.'],
	replies: [
		'Hi {first}, I have locked the account and cancelled the open orders so nothing ships. To give you access back I need to verify your identity; I have sent a secure link to the email we had on file before the change.',
		'Thank you for telling us straight away. The account is frozen, all sessions are signed out and the saved card is removed. Our security team will review the logins within the hour.',
	],
	resolutions: [
		'Your account is restored with your own email. Both unauthorised orders were cancelled before shipping and fully refunded. Please turn on two-factor authentication under Account > Security.',
	],
	botAnswers: [],
	notes: ['Fraud pattern matches last week\'s credential-stuffing wave. Added to SEC-77.', 'Escalated to the security on-call. Orders cancelled, card removed.'],
	pages: ['https://example.com/account/security'],
	upset: 0.6,
};
