// One value for a tab-separated line: no terminal escapes, and no tab or newline that would break the row.
import {sanitizeForTerminal} from '../../presenters/sanitize.js';

export function plainCell(text: string): string {
	return sanitizeForTerminal(text).replace(/[\t\r\n]+/g, ' ');
}
