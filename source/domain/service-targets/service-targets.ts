// First-response and resolution targets per channel and priority, with the coverage they are counted in.
import type {Channel, Priority} from '../conversation.js';
import {alwaysOnCoverage, type Coverage} from './business-clock.js';

export type TargetKind = 'firstResponse' | 'resolution';
export const targetKinds: readonly TargetKind[] = ['firstResponse', 'resolution'];

export type TargetPair = Record<TargetKind, number>;
export type TargetTable = Record<Channel, Record<Priority, TargetPair>>;

export type ServiceTargets = {
	coverage: Coverage;
	table: TargetTable;
	/** A running target is at risk once this share of it has elapsed ... */
	riskShare: number;
	/** ... or when less than this is left (only for targets longer than this window). */
	riskWithin: number;
};

const minute = 60_000;
const hour = 60 * minute;

/** Normal-priority targets; other priorities scale them (see priorityFactors). */
export const baseTargets: Record<Channel, TargetPair> = {
	email: {firstResponse: 24 * hour, resolution: 72 * hour},
	social: {firstResponse: 60 * minute, resolution: 24 * hour},
	chat: {firstResponse: 5 * minute, resolution: 4 * hour},
	// A call is answered live: "immediate" means within the minute it rings.
	phone: {firstResponse: 1 * minute, resolution: 8 * hour},
};

export const priorityFactors: Record<Priority, number> = {low: 2, normal: 1, high: 0.5, urgent: 0.25};

export function defaultTargetTable(): TargetTable {
	const table = {} as TargetTable;
	for (const [channel, pair] of Object.entries(baseTargets) as Array<[Channel, TargetPair]>) {
		table[channel] = {} as Record<Priority, TargetPair>;
		for (const [priority, factor] of Object.entries(priorityFactors) as Array<[Priority, number]>) {
			table[channel][priority] = {
				firstResponse: Math.round(pair.firstResponse * factor),
				resolution: Math.round(pair.resolution * factor),
			};
		}
	}
	return table;
}

export function defaultServiceTargets(): ServiceTargets {
	return {coverage: alwaysOnCoverage, table: defaultTargetTable(), riskShare: 0.75, riskWithin: hour};
}
