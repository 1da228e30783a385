// The triage flags as filters and a sort (gathering, scoring, filtering and sorting are in operations/triage-set.ts).
import {DeskError} from '../../domain/errors.js';
import {triageSorts, type TriageSort} from '../../operations/triage-set.js';
import {levels, type Level} from '../../triage/types.js';

export function parseLevels(flag: string, value: unknown): Level[] | undefined {
	if (value === undefined) return undefined;
	const words = String(value).split(',').map(word => word.trim().toLowerCase()).filter(Boolean);
	const expanded = words.map(word => ({l: 'low', m: 'medium', h: 'high'})[word] ?? word);
	const unknown = expanded.find(word => !(levels as readonly string[]).includes(word));
	if (words.length === 0 || unknown !== undefined) {
		throw new DeskError('usage', `triage: --${flag} takes low, medium, high (or L, M, H), comma-separated; not "${unknown ?? String(value)}"`);
	}
	return [...new Set(expanded)] as Level[];
}

export function parseSort(value: unknown): TriageSort {
	if (value === undefined) return 'priority';
	if (!(triageSorts as readonly string[]).includes(String(value))) {
		throw new DeskError('usage', `triage: unknown sort "${String(value)}" (valid: ${triageSorts.join(', ')})`);
	}
	return value as TriageSort;
}
