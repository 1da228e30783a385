// What an agent should answer each demo topic with, and how urgent a lead would call it: the demo desk's labels.

/** Where a lead would put it in the queue, most pressing first. */
export const triageBands = ['critical', 'high', 'normal', 'low'] as const;
export type TriageBand = (typeof triageBands)[number];

export type TopicLabel = {
	/** Templates that answer it, the one an agent should send first. */
	templates: readonly string[];
	band: TriageBand;
	/** A first message matching the pattern changes the answer (one topic holds several questions). */
	byOpening?: ReadonlyArray<readonly [RegExp, readonly string[]]>;
};

const loginTemplates = ['password-reset-verify-identity', 'two-factor-lost-device', 'account-locked', 'email-change-verification'];

export const topicLabels: Readonly<Record<string, TopicLabel>> = {
	'double-charge': {templates: ['duplicate-charge'], band: 'high'},
	refund: {templates: ['refund-approved'], band: 'high'},
	invoice: {templates: ['invoice-copy'], band: 'normal'},
	'late-delivery': {templates: ['delayed-order', 'order-tracking'], band: 'normal'},
	'damaged-item': {
		templates: ['damaged-item', 'wrong-item'],
		band: 'normal',
		byOpening: [[/contained a|wrong colou?r|ordered black/i, ['wrong-item', 'damaged-item']]],
	},
	returns: {templates: ['return-policy'], band: 'normal'},
	login: {
		templates: loginTemplates,
		band: 'high',
		byOpening: [
			[/two-factor|zwei-faktor|new phone/i, ['two-factor-lost-device', ...loginTemplates]],
			[/locked after too many/i, ['account-locked', ...loginTemplates]],
			[/changed my email/i, ['email-change-verification', ...loginTemplates]],
			[/logging me out/i, ['bug-acknowledged', ...loginTemplates]],
		],
	},
	compromised: {templates: ['account-compromised'], band: 'critical'},
	webhooks: {templates: ['webhook-failures'], band: 'critical'},
	'rate-limits': {templates: ['api-rate-limits'], band: 'normal'},
	'python-sdk': {templates: ['sdk-errors'], band: 'high'},
	cancellation: {templates: ['cancellation-retention'], band: 'high'},
	upgrade: {templates: ['plan-upgrade'], band: 'normal'},
	'included-service': {templates: ['bundle-not-activated'], band: 'high'},
	'how-to-remote': {templates: ['device-setup-help'], band: 'low'},
	'how-to-pairing': {templates: ['device-setup-help'], band: 'low'},
	'how-to-setup': {templates: ['device-setup-help'], band: 'low'},
	'app-bug': {
		templates: ['bug-acknowledged'],
		band: 'normal',
		byOpening: [[/dashboard has been stuck/i, ['outage-status', 'bug-acknowledged']]],
	},
};

/** The hand-written showcase conversations, by subject. */
export const showcaseLabels: Readonly<Record<string, TopicLabel & {topic: string}>> = {
	'Webhooks stopped firing': {topic: 'webhooks', templates: ['webhook-failures'], band: 'critical'},
	'Webhooks down again': {topic: 'webhooks', templates: ['webhook-failures', 'escalation-engineering'], band: 'critical'},
	'Third time this month: webhooks stopped': {topic: 'webhooks', templates: ['escalation-engineering', 'webhook-failures'], band: 'critical'},
	'Help with my Fire Stick remote': {topic: 'how-to-remote', templates: ['device-setup-help'], band: 'low'},
	'Return policy question: MacBook Pro': {topic: 'returns', templates: ['return-policy'], band: 'normal'},
	'Free antivirus not activated': {topic: 'included-service', templates: ['bundle-not-activated'], band: 'high'},
	'CANCEL my membership': {topic: 'cancellation', templates: ['cancellation-retention', 'refund-approved'], band: 'high'},
	'Python SDK 2.5.0: KeyError on list_orders': {topic: 'python-sdk', templates: ['sdk-errors', 'bug-acknowledged'], band: 'high'},
	'Where is my order?': {topic: 'late-delivery', templates: ['order-tracking', 'delayed-order'], band: 'normal'},
	'Password reset': {topic: 'login', templates: ['password-reset-verify-identity'], band: 'normal'},
	'Pallet of 40 monitors delayed': {topic: 'late-delivery', templates: ['delayed-order', 'order-tracking'], band: 'high'},
	'Rückerstattung für Bestellung NW-3390021': {topic: 'refund', templates: ['refund-approved'], band: 'high'},
	'Pedido NW-8124470 no ha llegado': {topic: 'late-delivery', templates: ['delayed-order', 'order-tracking'], band: 'high'},
};
