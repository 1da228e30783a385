// How long someone has been a customer: whole days for scripts, a short phrase for people.

const day = 86_400_000;

export function tenureDays(customerSince: number | null, now: number): number | null {
	return customerSince === null ? null : Math.max(0, Math.floor((now - customerSince) / day));
}

/** "new this week", "5 weeks", "8 months", "2 years 3 months". */
export function tenureText(customerSince: number | null, now: number): string | null {
	const days = tenureDays(customerSince, now);
	if (days === null) return null;
	if (days < 7) return 'new this week';
	if (days < 60) return plural(Math.floor(days / 7), 'week');
	const months = Math.floor(days / 30.44);
	if (months < 12) return plural(months, 'month');
	const years = Math.floor(months / 12);
	const rest = months % 12;
	return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(rest, 'month')}`;
}

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
