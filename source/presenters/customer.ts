// How long someone has been a customer: whole days for scripts, a short phrase for people.

const day = 86_400_000;

export function tenureDays(customerSince: number | null, now: number): number | null {
	return customerSince === null ? null : Math.max(0, Math.floor((now - customerSince) / day));
}

/** "new this week", "5 weeks", "8 months", "2 years 3 months". */
export function tenureText(customerSince: number | null, now: number): string | null {
	if (customerSince === null) return null;
	const days = Math.max(0, Math.floor((now - customerSince) / day));
	if (days < 7) return 'new this week';
	if (days < 60) return plural(Math.floor(days / 7), 'week');
	const months = calendarMonths(customerSince, now);
	if (months < 12) return plural(months, 'month');
	const years = Math.floor(months / 12);
	const rest = months % 12;
	return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

/** Whole calendar months from one day to another (UTC): 2025-03-02 to 2026-03-02 is 12. */
function calendarMonths(from: number, to: number): number {
	const start = new Date(from);
	const end = new Date(to);
	const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
	return end.getUTCDate() < start.getUTCDate() ? months - 1 : months;
}

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
