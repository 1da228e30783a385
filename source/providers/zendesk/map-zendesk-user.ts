// Zendesk users as agents and as customers (with their organization's fields).
import type {Agent, Customer} from '../../domain/conversation.js';
import type {ZendeskOrganization, ZendeskUser} from './zendesk-schemas.js';

type Fields = Record<string, unknown>;

export function mapZendeskAgent(user: ZendeskUser, teamIds: string[]): Agent {
	return {id: String(user.id), name: user.name, email: user.email ?? '', teamIds, role: user.role === 'admin' ? 'lead' : 'agent'};
}

/**
 * Business facts live in user and organization fields an admin defines; deskterm reads the usual keys
 * (plan, company_type, monthly_spend, products, customer_since, vip), the user's own before the organization's.
 */
export function mapZendeskCustomer(user: ZendeskUser, organization: ZendeskOrganization | null, fallbackLanguage: string): Customer {
	const own: Fields = user.user_fields ?? {};
	const company: Fields = organization?.organization_fields ?? {};
	const field = (key: string) => own[key] ?? company[key];
	const tags = [...(user.tags ?? []), ...(organization?.tags ?? [])];
	const since = time(field('customer_since')) ?? (user.created_at ? Date.parse(user.created_at) : null);
	return {
		id: String(user.id),
		name: user.name,
		email: user.email ?? '',
		company: organization?.name ?? null,
		companyType: text(field('company_type')),
		plan: text(field('plan')),
		monthlySpend: number(field('monthly_spend')),
		customerSince: since,
		language: user.locale ?? fallbackLanguage,
		productsInUse: list(field('products')),
		vip: tags.includes('vip') || field('vip') === true,
		attributes: {...scalars(company), ...scalars(own)},
	};
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function number(value: unknown): number | null {
	const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
	return Number.isFinite(parsed) ? parsed : null;
}

function time(value: unknown): number | null {
	if (typeof value !== 'string') return null;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? null : parsed;
}

/** A multi-select field arrives as an array; a text field as "a, b". */
function list(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? value.split(',').map(item => item.trim()).filter(Boolean) : [];
}

function scalars(fields: Fields): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(fields)) {
		if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = String(value);
	}
	return result;
}
