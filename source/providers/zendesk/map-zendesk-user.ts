// Zendesk users as agents and as customers (with their organization's fields).
import type {Agent, Customer} from '../../domain/conversation.js';
import {attributeDate, attributeList, attributeNumber, attributeText, scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {ZendeskOrganization, ZendeskUser} from './zendesk-schemas.js';

export function mapZendeskAgent(user: ZendeskUser, teamIds: string[]): Agent {
	return {id: String(user.id), name: user.name, email: user.email ?? '', teamIds, role: user.role === 'admin' ? 'lead' : 'agent'};
}

/**
 * Business facts live in user and organization fields an admin defines; deskterm reads the usual keys
 * (plan, company_type, monthly_spend, products, customer_since, vip), the user's own before the organization's.
 */
export function mapZendeskCustomer(user: ZendeskUser, organization: ZendeskOrganization | null, fallbackLanguage: string): Customer {
	const own: Attributes = user.user_fields ?? {};
	const company: Attributes = organization?.organization_fields ?? {};
	const field = (key: string) => own[key] ?? company[key];
	const tags = [...(user.tags ?? []), ...(organization?.tags ?? [])];
	const since = attributeDate(field('customer_since')) ?? (user.created_at ? Date.parse(user.created_at) : null);
	return {
		id: String(user.id),
		name: user.name,
		email: user.email ?? '',
		company: organization?.name ?? null,
		companyType: attributeText(field('company_type')),
		plan: attributeText(field('plan')),
		monthlySpend: attributeNumber(field('monthly_spend')),
		customerSince: since,
		language: user.locale ?? fallbackLanguage,
		productsInUse: attributeList(field('products')),
		vip: tags.includes('vip') || field('vip') === true,
		attributes: {...scalarAttributes(company), ...scalarAttributes(own)},
	};
}
