// The shipped rules, for the demo desk's teams; a team replaces them with <configDir>/triage/routing.yaml.
import type {RoutingRules} from './routing-rules.js';

export const defaultRoutingRules: RoutingRules = {
	escalationTeam: 'Escalations',
	rules: [
		{
			name: 'Account access and security',
			team: 'Accounts & Security',
			match: 'any',
			when: {
				keywords: ['hacked', 'password', 'passcode', '2fa', 'two-factor', 'two factor', 'locked out', 'account locked', 'verify my identity', 'identity verification', 'unauthorized access', 'someone else logged in', 'security', 'phishing'],
			},
		},
		{
			name: 'Developers and integrations',
			team: 'Technical Support',
			match: 'any',
			when: {
				keywords: ['python', 'api', 'webhook', 'webhooks', 'sdk', 'integration', 'endpoint', 'stack trace', 'traceback', 'javascript', 'oauth', 'error code'],
				pageUrl: ['developer', '/docs/api'],
			},
		},
		{
			name: 'Technical problems',
			team: 'Technical Support',
			match: 'any',
			when: {keywords: ['error', 'bug', 'crash', 'crashes', 'not working', "doesn't work", 'broken', 'install', 'sync']},
		},
		{
			name: 'Payments and invoices',
			team: 'Billing',
			match: 'any',
			when: {keywords: ['refund', 'invoice', 'charged', 'charge', 'billing', 'payment', 'receipt', 'vat', 'credit card', 'overcharged', 'chargeback', 'price', 'pricing', 'fee']},
		},
		{
			name: 'Orders and deliveries',
			team: 'Shipping & Orders',
			match: 'any',
			when: {keywords: ['order', 'delivery', 'shipping', 'tracking', 'package', 'parcel', 'courier', 'return', 'exchange', 'shipment', 'arrived', 'delivered']},
		},
		{
			name: 'Plans, renewals and key accounts',
			team: 'Customer Success',
			match: 'any',
			when: {
				keywords: ['cancel', 'cancellation', 'upgrade', 'downgrade', 'renewal', 'renew', 'onboarding', 'training', 'seats', 'subscription', 'plan'],
				companyType: ['enterprise'],
			},
		},
	],
};
