// Business facts from the custom fields helpdesk admins define: read leniently, since any admin may type anything.
export type Attributes = Record<string, unknown>;

export function attributeText(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function attributeNumber(value: unknown): number | null {
	const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
	return Number.isFinite(parsed) ? parsed : null;
}

/** A date as ISO (or any Date.parse) text, in epoch ms. */
export function attributeDate(value: unknown): number | null {
	if (typeof value !== 'string') return null;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? null : parsed;
}

/** A multi-select field arrives as an array; a text field as "a, b". */
export function attributeList(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? value.split(',').map(item => item.trim()).filter(Boolean) : [];
}

/** The plain values, as text, for the customer's attribute list. */
export function scalarAttributes(attributes: Attributes): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(attributes)) {
		if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') result[name] = String(value);
	}
	return result;
}

/** Company, plan and VIP from custom fields named as admins usually name them ("Plan" or "plan"), for back ends with no customer record. */
export function customerFieldFacts(attributes: Readonly<Record<string, string>>): {company: string | null; plan: string | null; vip: boolean} {
	return {
		company: attributes['Company'] ?? attributes['company'] ?? null,
		plan: attributes['Plan'] ?? attributes['plan'] ?? null,
		vip: attributes['VIP'] === 'true' || attributes['vip'] === 'true',
	};
}
