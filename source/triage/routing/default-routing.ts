// The shipped rules, for the demo desk's teams; a team replaces them with <configDir>/triage/routing.yaml.
// Keywords cover English, German, French and Spanish, since rules match words, not a language.
import type {RoutingRules} from './routing-rules.js';

export const defaultRoutingRules: RoutingRules = {
	escalationTeam: 'Escalations',
	rules: [
		{
			name: 'Account access and security',
			team: 'Accounts & Security',
			match: 'any',
			when: {
				keywords: [
					'hacked', 'password', 'passcode', '2fa', 'two-factor', 'two factor', 'locked out', 'account locked', 'log in', 'login', 'sign in',
					'verify my identity', 'identity verification', 'unauthorized access', 'someone else logged in', 'login alert', 'suspicious',
					'fraud', 'did not place', 'security', 'phishing', 'passwort', 'anmelden', 'mot de passe', 'connexion', 'contraseña', 'iniciar sesión',
				],
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
			when: {
				keywords: [
					'error', 'bug', 'crash', 'crashes', 'not working', "doesn't work", 'does nothing', 'not loading', 'broken', 'install', 'sync',
					'set up', 'setup', 'pair', 'pairing', 'connect', 'bluetooth', 'wifi', 'firmware', 'transfer data', 'remote', 'activate', 'activated',
					'quick question about my', 'fehler', 'einrichten', 'erreur', 'configurer', 'configurar',
				],
			},
		},
		{
			name: 'Payments and invoices',
			team: 'Billing',
			match: 'any',
			when: {
				keywords: [
					'refund', 'invoice', 'charged', 'charge', 'billing', 'billed', 'payment', 'receipt', 'vat', 'credit card', 'overcharged', 'chargeback',
					'price', 'pricing', 'fee', 'discount', 'offer', 'promo', 'coupon', 'voucher', 'rückerstattung', 'erstattung', 'rechnung', 'abgebucht',
					'geld', 'remboursement', 'facture', 'débité', 'reembolso', 'factura', 'cobro', 'cobrado',
				],
			},
		},
		{
			name: 'Orders and deliveries',
			team: 'Shipping & Orders',
			match: 'any',
			when: {
				keywords: [
					'order', 'delivery', 'shipping', 'tracking', 'package', 'parcel', 'courier', 'return', 'exchange', 'shipment', 'arrived', 'delivered',
					'wrong item', 'wrong colour', 'wrong color', 'wrong size', 'bestellung', 'lieferung', 'paket', 'commande', 'colis', 'livraison',
					'pedido', 'entrega', 'envío', 'paquete',
				],
			},
		},
		{
			name: 'Plans, renewals and key accounts',
			team: 'Customer Success',
			match: 'any',
			when: {
				keywords: [
					'cancel', 'cancellation', 'upgrade', 'downgrade', 'renewal', 'renew', 'onboarding', 'training', 'seats', 'subscription', 'membership',
					'plan', 'kündigen', 'kündigung', 'abonnement', 'annuler', 'résiliation', 'résilier', 'cancelar', 'suscripción',
				],
				companyType: ['enterprise'],
			},
		},
	],
};
