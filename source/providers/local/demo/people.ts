// Customers of the demo company (Northwind, an electronics shop with a subscription and a developer API).
import type {Rng} from './prng.js';
import type {SeedCustomer} from './seed-types.js';

const day = 86_400_000;

const firstNames: Record<string, readonly string[]> = {
	en: [
		'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'James', 'Sophia', 'Lucas', 'Mia', 'Ethan', 'Amelia', 'Mason', 'Harper', 'Logan',
		'Ella', 'Aiden', 'Chloe', 'Jackson', 'Zoe', 'Caleb', 'Nora', 'Owen', 'Aaliyah', 'Wyatt', 'Priscilla', 'Dev', 'Ananya',
		'Kwame', 'Fatima', 'Mateo', 'Grace', 'Hiroshi', 'Mei', 'Tariq', 'Rosa', 'Samuel', 'Bridget', 'Connor', 'Imani', 'Rahul',
		'Siobhan', 'Marcus', 'Leila', 'Victor', 'Hannah', 'Yusuf', 'Carmen', 'Declan', 'Nkechi', 'Trevor', 'Lucy', 'Andre',
	],
	de: ['Lukas', 'Anna', 'Felix', 'Marie', 'Jonas', 'Lea', 'Maximilian', 'Katharina', 'Tobias', 'Sabine', 'Jürgen', 'Ute'],
	fr: ['Camille', 'Louis', 'Manon', 'Hugo', 'Léa', 'Théo', 'Inès', 'Julien', 'Élodie', 'Mathieu', 'Océane', 'Bastien'],
	es: ['Lucía', 'Javier', 'Sofía', 'Alejandro', 'Valentina', 'Pablo', 'Martina', 'Sergio', 'Paula', 'Andrés', 'Nuria', 'Iker'],
};

const lastNames: Record<string, readonly string[]> = {
	en: [
		'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Jackson',
		'Lee', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Nguyen', 'Patel', 'Kim', 'Okonkwo', "O'Brien",
		'Murphy', 'Kowalski', 'Chen', 'Singh', 'Mensah', 'Reyes', 'Foster', 'Hughes', 'Ito', 'Sato', 'Ahmed', 'Rossi', 'Novak',
		'Fitzgerald', 'Bennett', 'Campbell', 'Ramirez', 'Coleman', 'Baker', 'Silva', 'Hoang', 'Abara', 'Lindqvist', 'Murray',
	],
	de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Krüger'],
	fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Fournier', 'Girard', 'Lefèvre'],
	es: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Navarro', 'Torres'],
};

const companyWords = [
	'Blue', 'Harbor', 'Pine', 'Summit', 'Copper', 'Lumen', 'Atlas', 'North', 'Bright', 'Cedar', 'Orbit', 'Maple', 'Falcon',
	'Quartz', 'River', 'Signal', 'Tidal', 'Vertex', 'Willow', 'Zephyr', 'Amber', 'Beacon', 'Crescent', 'Delta', 'Ember',
];
const companySuffixes = ['Labs', 'Studio', 'Logistics', 'Health', 'Retail', 'Analytics', 'Media', 'Foods', 'Systems', 'Works', 'Collective', 'GmbH', 'Partners', 'Digital'];
const companyTypes = [['startup', 30], ['smb', 30], ['agency', 12], ['enterprise', 12], ['non-profit', 6], ['education', 10]] as const;

const plans = [['free', 30], ['trial', 10], ['starter', 25], ['pro', 25], ['enterprise', 10]] as const;
const spendByPlan: Record<string, readonly [number, number]> = {free: [0, 0], trial: [0, 0], starter: [9, 29], pro: [49, 199], enterprise: [900, 12000]};
const languages = [['en', 82], ['de', 7], ['fr', 6], ['es', 5]] as const;

export const products = ['Northwind Store', 'Plus membership', 'Device Protection', 'Order API', 'Webhooks', 'Python SDK', 'Business Dashboard', 'Mobile app'] as const;

export function slug(text: string): string {
	return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

/** A plausible customer; `index` keeps every email unique. */
export function makeCustomer(rng: Rng, index: number, now: number): SeedCustomer {
	const language = rng.weighted(languages);
	const first = rng.pick(firstNames[language]!);
	const last = rng.pick(lastNames[language]!);
	const business = rng.chance(0.55);
	const company = business ? `${rng.pick(companyWords)}${rng.chance(0.5) ? rng.pick(companyWords).toLowerCase() : ''} ${rng.pick(companySuffixes)}` : null;
	const plan = rng.weighted(plans);
	const [low, high] = spendByPlan[plan]!;
	const tenureDays = plan === 'trial' ? rng.int(1, 13) : Math.round(rng.logUniform(20, 2400));
	const used = new Set<string>(['Northwind Store']);
	if (plan !== 'free') used.add('Plus membership');
	if (rng.chance(0.3)) used.add('Device Protection');
	if (business && rng.chance(0.6)) {
		used.add('Business Dashboard');
		if (rng.chance(0.6)) used.add('Order API');
		if (rng.chance(0.5)) used.add('Webhooks');
		if (rng.chance(0.35)) used.add('Python SDK');
	}
	if (rng.chance(0.5)) used.add('Mobile app');
	const domain = company ? `${slug(company.replace(/ (GmbH|Partners)$/, '')).replace(/\./g, '')}.example` : rng.pick(['example.com', 'example.net', 'example.org']);
	const attributes: Record<string, string> = {account_id: `acc_${(index * 7919 + 104729).toString(36)}`};
	if (rng.chance(0.7)) attributes['order_number'] = orderNumber(rng);
	if (business) attributes['seats'] = String(rng.int(2, plan === 'enterprise' ? 400 : 25));
	return {
		name: `${first} ${last}`,
		email: `${slug(first)}.${slug(last)}${index}@${domain}`,
		company,
		companyType: business ? rng.weighted(companyTypes) : 'individual',
		plan,
		monthlySpend: low === high ? low : Math.round(rng.logUniform(low, high) * 100) / 100,
		customerSince: now - tenureDays * day,
		language,
		productsInUse: [...used],
		vip: plan === 'enterprise' ? rng.chance(0.5) : rng.chance(0.02),
		attributes,
	};
}

export function orderNumber(rng: Rng): string {
	return `NW-${rng.int(1_000_000, 9_999_999)}`;
}
