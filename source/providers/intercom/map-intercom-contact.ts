// An Intercom contact (and its first company) as deskterm's customer.
import type {Customer} from '../../domain/conversation.js';
import {attributeList, attributeText, scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {IntercomCompany, IntercomContact} from './intercom-schemas.js';

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
		companyType: attributeText(companyCustom['company_type']) ?? attributeText(custom['company_type']),
		plan: company?.plan?.name ?? attributeText(custom['plan']),
		monthlySpend: company?.monthly_spend ?? null,
		customerSince: since === null ? null : since * 1000,
		language: contact.language_override ?? contact.browser_language ?? fallbackLanguage,
		productsInUse: attributeList(custom['products'] ?? companyCustom['products']),
		vip: custom['vip'] === true || custom['vip'] === 'true',
		attributes: {...scalarAttributes(companyCustom), ...scalarAttributes(custom)},
	};
}
