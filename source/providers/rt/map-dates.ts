// RT dates are ISO strings in UTC; "not set" is the epoch, not null.

export function timeFromRt(value: string | undefined): number | null {
	if (!value) return null;
	const time = Date.parse(value);
	return Number.isNaN(time) || time <= 0 ? null : time;
}

/** TicketSQL's date form, in UTC: 'YYYY-MM-DD HH:MM:SS'. */
export function timeToTicketSql(time: number): string {
	return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
