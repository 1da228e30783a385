// A Chatwoot contact as deskterm's customer: company, plan, tenure and language from its attributes.
import type {Customer} from '../../domain/conversation.js';
import {attributeDate, attributeList, attributeNumber, attributeText, scalarAttributes, type Attributes} from '../shared/custom-attributes.js';
import type {ChatwootContact} from './chatwoot-schemas.js';

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
		company: attributeText(additional['company_name']) ?? attributeText(custom['company']),
		companyType: attributeText(custom['company_type']),
		plan: attributeText(custom['plan']),
		monthlySpend: attributeNumber(custom['monthly_spend']),
		customerSince: time(custom['customer_since']) ?? (contact.created_at == null ? null : contact.created_at * 1000),
		language: attributeText(custom['language']) ?? fallbackLanguage,
		productsInUse: attributeList(custom['products']),
		vip: custom['vip'] === true || custom['vip'] === 'true',
		attributes: scalarAttributes(custom),
	};
}

/** A date attribute arrives as ISO text or unix seconds. */
function time(value: unknown): number | null {
	return typeof value === 'number' ? value * 1000 : attributeDate(value);
}
