// Fills {slots} in phrase pieces, the same value every time within one conversation.
import {firstName} from '../../../domain/conversation.js';
import {slotValues} from './corpus/common.js';
import {orderNumber, slug} from './people.js';
import type {Rng} from './prng.js';
import type {SeedCustomer} from './seed-types.js';

/** Free and trial customers know the membership as Plus; paying ones by their plan's name. */
const planNames: Record<string, string> = {free: 'Plus', trial: 'Plus', starter: 'Starter', pro: 'Pro', enterprise: 'Enterprise'};
const nextPlans: Record<string, string> = {free: 'Starter', trial: 'Pro', starter: 'Pro', pro: 'Enterprise', enterprise: 'a larger Enterprise contract'};

export type Filler = {
	fill(template: string, agentName?: string): string;
};

export function createFiller(rng: Rng, customer: SeedCustomer, products?: readonly string[]): Filler {
	const chosen = new Map<string, string>();
	const computed: Record<string, () => string> = {
		first: () => firstName(customer.name),
		name: () => customer.name,
		company: () => customer.company ?? `${firstName(customer.name)}'s shop`,
		company_domain: () => `${slug(customer.company ?? 'example').replace(/\./g, '')}.example`,
		plan: () => planNames[customer.plan ?? 'free'] ?? 'Plus',
		next_plan: () => nextPlans[customer.plan ?? 'free'] ?? 'Pro',
		order: () => customer.attributes['order_number'] ?? orderNumber(rng),
		account: () => customer.attributes['account_id'] ?? `acc_${rng.int(100_000, 999_999)}`,
		seats: () => customer.attributes['seats'] ?? String(rng.int(3, 40)),
		amount: () => `$${(rng.int(999, 49_999) / 100).toFixed(2)}`,
		days: () => String(rng.int(2, 14)),
		digits: () => String(rng.int(10_000, 99_999_999)),
		last4: () => String(rng.int(1000, 9999)),
		invoice: () => `INV-2026-${String(rng.int(1, 99_999)).padStart(5, '0')}`,
		tracking: () => `1Z${rng.int(100_000_000, 999_999_999)}${rng.int(10, 99)}`,
		product: () => rng.pick(products ?? slotValues['product']!),
		product_slug: () => slug(value('product')).replace(/\./g, '-'),
	};
	function value(slot: string): string {
		const existing = chosen.get(slot);
		if (existing !== undefined) return existing;
		const make = computed[slot];
		const list = slotValues[slot];
		const result = make ? make() : list ? rng.pick(list) : `{${slot}}`;
		chosen.set(slot, result);
		return result;
	}
	return {
		fill(template, agentName) {
			if (!template.includes('{')) return template;
			return template.replace(/\{(\w+)\}/g, (_match, slot: string) => (slot === 'agent' ? firstName(agentName ?? 'Support') : value(slot)));
		},
	};
}
