// Whole numbers with thousands separators ("100,000") without Intl, whose first use costs ~10 ms at start-up.
export function formatCount(value: number): string {
	const sign = value < 0 ? '-' : '';
	return sign + String(Math.trunc(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
