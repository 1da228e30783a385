// An Intercom contact (and its first company) as deskterm's customer.
import type {Customer} from '../../domain/conversation.js';
import type {IntercomCompany, IntercomContact} from './intercom-schemas.js';

type Attributes = Record<string, unknown>;

/** Plan and spend are the company's; tenure is when the contact signed up with the business. */
export function mapIntercomContact(contact: IntercomContact, company: IntercomCompany | null, fallbackLanguage: string): Customer {
	const custom: Attributes = contact.custom_attributes ?? {};
	const companyCustom: Attributes = company?.custom_attributes ?? {};
	const since = contact.signed_up_at ?? company?.remote_created_at ?? contact.created_at ?? null;
	return {
		id: contact.id,
		name: contact.name ?? contact.email ?? `contact ${contact.id}`,
		email: contact.email ?? '',
		company: company?.name ?? null,
		companyType: text(companyCustom['company_type']) ?? text(custom['company_type']),
		plan: company?.plan?.name ?? text(custom['plan']),
		monthlySpend: company?.monthly_spend ?? null,
		customerSince: since === null ? null : since * 1000,
		language: contact.language_override ?? contact.browser_language ?? fallbackLanguage,
		productsInUse: list(custom['products'] ?? companyCustom['products']),
		vip: custom['vip'] === true || custom['vip'] === 'true',
		attributes: {...scalars(companyCustom), ...scalars(custom)},
	};
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
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
