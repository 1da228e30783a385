// A Chatwoot contact as deskterm's customer: company, plan, tenure and language from its attributes.
import type {Customer} from '../../domain/conversation.js';
import type {ChatwootContact} from './chatwoot-schemas.js';

type Attributes = Record<string, unknown>;

/**
 * Chatwoot keeps business facts in custom attributes an admin defines; deskterm reads the usual
 * keys (plan, company_type, monthly_spend, products, language, vip, customer_since).
 */
export function mapChatwootContact(contact: ChatwootContact, fallbackLanguage: string): Customer {
	const custom: Attributes = contact.custom_attributes ?? {};
	const additional: Attributes = contact.additional_attributes ?? {};
	return {
		id: String(contact.id),
		name: contact.name ?? contact.email ?? contact.phone_number ?? `contact ${contact.id}`,
		email: contact.email ?? '',
		company: text(additional['company_name']) ?? text(custom['company']),
		companyType: text(custom['company_type']),
		plan: text(custom['plan']),
		monthlySpend: number(custom['monthly_spend']),
		customerSince: time(custom['customer_since']) ?? (contact.created_at == null ? null : contact.created_at * 1000),
		language: text(custom['language']) ?? fallbackLanguage,
		productsInUse: list(custom['products']),
		vip: custom['vip'] === true || custom['vip'] === 'true',
		attributes: scalars(custom),
	};
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function number(value: unknown): number | null {
	const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
	return Number.isFinite(parsed) ? parsed : null;
}

/** A date attribute arrives as ISO text or unix seconds. */
function time(value: unknown): number | null {
	if (typeof value === 'number') return value * 1000;
	if (typeof value !== 'string') return null;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? null : parsed;
}

function list(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? value.split(',').map(item => item.trim()).filter(Boolean) : [];
}

function scalars(attributes: Attributes): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(attributes)) {
		if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = String(value);
	}
	return result;
}
