// One value for a tab-separated line: no tab or newline that would break the row (the Io shows controls visibly).

export function plainCell(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ');
}
