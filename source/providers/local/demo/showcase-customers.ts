// The customers of the showcase conversations (ids 1.. on every demo desk).
import type {SeedCustomer} from './seed-types.js';

const day = 86_400_000;

/** Tenure is stored as an offset and turned into customerSince when the desk is seeded. */
type Sketch = Omit<SeedCustomer, 'customerSince'> & {tenureDays: number};

const sketches: Sketch[] = [
	{name: 'Rosa Delgado', email: 'rosa.delgado@example.com', company: null, companyType: 'individual', plan: 'free', monthlySpend: 0, tenureDays: 41, language: 'en', productsInUse: ['Northwind Store'], vip: false, attributes: {account_id: 'acc_r0sa41', order_number: 'NW-4471902'}},
	{name: 'Daniel Mensah', email: 'daniel.mensah@example.net', company: null, companyType: 'individual', plan: 'starter', monthlySpend: 9.99, tenureDays: 730, language: 'en', productsInUse: ['Northwind Store', 'Plus membership'], vip: false, attributes: {account_id: 'acc_dm2207'}},
	{name: 'Aisha Rahman', email: 'aisha.rahman@example.org', company: null, companyType: 'individual', plan: 'trial', monthlySpend: 0, tenureDays: 4, language: 'en', productsInUse: ['Northwind Store', 'Device Protection'], vip: false, attributes: {account_id: 'acc_ar0004', order_number: 'NW-5512093'}},
	{name: 'Gary Whitmore', email: 'gary.whitmore@example.com', company: null, companyType: 'individual', plan: 'starter', monthlySpend: 14.99, tenureDays: 1500, language: 'en', productsInUse: ['Northwind Store', 'Plus membership', 'Mobile app'], vip: false, attributes: {account_id: 'acc_gw1500'}},
	{name: 'Priscilla Nakamura', email: 'priscilla@harborlogistics.example', company: 'Harbor Logistics', companyType: 'smb', plan: 'pro', monthlySpend: 149, tenureDays: 610, language: 'en', productsInUse: ['Northwind Store', 'Order API', 'Webhooks', 'Business Dashboard'], vip: false, attributes: {account_id: 'acc_harbor7', seats: '12'}},
	{name: 'Tomasz Kowalski', email: 'tomasz.kowalski@quartzanalytics.example', company: 'Quartz Analytics', companyType: 'enterprise', plan: 'enterprise', monthlySpend: 4200, tenureDays: 1100, language: 'en', productsInUse: ['Order API', 'Webhooks', 'Python SDK', 'Business Dashboard'], vip: true, attributes: {account_id: 'acc_quartz1', seats: '180'}},
	{name: 'Olivia Chen', email: 'olivia.chen@example.com', company: null, companyType: 'individual', plan: 'free', monthlySpend: 0, tenureDays: 220, language: 'en', productsInUse: ['Northwind Store', 'Mobile app'], vip: false, attributes: {account_id: 'acc_oc0220', order_number: 'NW-6620318'}},
	{name: 'Liam Walsh', email: 'liam.walsh@example.net', company: null, companyType: 'individual', plan: 'pro', monthlySpend: 49, tenureDays: 95, language: 'en', productsInUse: ['Northwind Store', 'Plus membership'], vip: false, attributes: {account_id: 'acc_lw0095'}},
	{name: 'Kwame Boateng', email: 'kwame.boateng@example.org', company: 'Ember Media', companyType: 'agency', plan: 'pro', monthlySpend: 99, tenureDays: 400, language: 'en', productsInUse: ['Northwind Store', 'Business Dashboard'], vip: false, attributes: {account_id: 'acc_ember4', order_number: 'NW-7301554'}},
	{name: 'Katharina Wolf', email: 'k.wolf@example.de', company: null, companyType: 'individual', plan: 'starter', monthlySpend: 9.99, tenureDays: 300, language: 'de', productsInUse: ['Northwind Store', 'Plus membership'], vip: false, attributes: {account_id: 'acc_kw0300', order_number: 'NW-3390021'}},
	{name: 'Lucía Navarro', email: 'lucia.navarro@example.es', company: 'Delta Retail', companyType: 'smb', plan: 'pro', monthlySpend: 79, tenureDays: 880, language: 'es', productsInUse: ['Northwind Store', 'Plus membership', 'Business Dashboard'], vip: false, attributes: {account_id: 'acc_delta8', order_number: 'NW-8124470'}},
];

export function showcaseCustomersAt(now: number): SeedCustomer[] {
	return sketches.map(({tenureDays, ...customer}) => ({...customer, customerSince: now - tenureDays * day}));
}
