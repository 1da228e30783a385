// Users and queues, fetched once per session: names for owners and queues, agents, teams, whoami.
import type {Agent, Team} from '../../domain/conversation.js';
import {DeskError, isDeskError} from '../../domain/errors.js';
import {cachedOnce} from '../shared/cached.js';
import {agentFromRt, teamFromRt} from './map-user.js';
import type {RtApi} from './rt-api.js';
import {rtInfoSchema, rtQueueSchema, rtUserSchema, type RtQueue, type RtUser} from './rt-schemas.js';
import * as z from '../../validation/zod.js';

/** Parallel requests at most: RT's test server runs two workers. */
const concurrency = 4;

/** RT's own accounts: never agents a conversation can be assigned to. */
const systemUsers = new Set(['Nobody', 'RT_System']);

const listedUserSchema = z.looseObject({id: z.union([z.string(), z.number()]), Name: z.optional(z.string()), Disabled: z.optional(z.union([z.number(), z.string()]))});

/** RT sends Disabled as 1, "1", 0, "0" or "" (a collection's empty field). */
function isDisabled(value: number | string | undefined): boolean {
	return String(value ?? '0') === '1';
}

export type RtDirectory = ReturnType<typeof createRtDirectory>;

export function createRtDirectory(api: RtApi, meName: string) {
	const users = new Map<string, Promise<RtUser | undefined>>();
	const queues = new Map<string, Promise<RtQueue | undefined>>();

	/** A record asked for once, or undefined when RT will not show it (no right to see it, or none by that name). */
	function visible<T>(known: Map<string, Promise<T | undefined>>, path: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
		let found = known.get(path);
		if (!found) {
			found = api.get(path, schema).then(
				result => result.data,
				(error: unknown) => {
					if (isDeskError(error) && (error.code === 'forbidden' || error.code === 'not_found')) return undefined;
					throw error;
				},
			);
			known.set(path, found);
		}
		return found;
	}

	const user = (nameOrId: string): Promise<RtUser | undefined> => visible(users, `/user/${encodeURIComponent(nameOrId)}`, rtUserSchema);
	const queue = (id: string): Promise<RtQueue | undefined> => visible(queues, `/queue/${encodeURIComponent(id)}`, rtQueueSchema);

	const whoami = cachedOnce(async (): Promise<Agent> => {
		await api.get('/rt', rtInfoSchema);
		const record = await user(meName);
		if (!record) throw new DeskError('auth', `Request Tracker accepted the token but will not show user "${meName}": check the profile's user`);
		return agentFromRt(record);
	});

	/**
	 * Agents are RT's privileged users. REST2 in RT 5.0 will not load the SystemInternal
	 * "Privileged" group (groups search and /group/:id are limited to user-defined groups), and a
	 * user collection does not carry the Privileged flag, so every enabled user is read once.
	 * The reads fill the same cache as owner and requester names, so later lookups are free.
	 */
	const listAgents = cachedOnce(async (): Promise<Agent[]> => {
		const listed = await api.all('/users', listedUserSchema, {fields: 'Name,Disabled'});
		const candidates = listed.filter(item => !isDisabled(item.Disabled) && !systemUsers.has(item.Name ?? String(item.id)));
		const records = await mapLimited(candidates.map(item => String(item.id)), user);
		return records
			.filter((record): record is RtUser => record !== undefined && !isDisabled(record.Disabled) && String(record.Privileged ?? '0') === '1')
			.map(agentFromRt)
			.sort((a, b) => a.name.localeCompare(b.name));
	});

	const listTeams = cachedOnce(async (): Promise<Team[]> => {
		const items = await api.all('/queues/all', rtQueueSchema, {fields: 'Name,Disabled'});
		return items.filter(item => String(item.Disabled ?? '0') !== '1').map(teamFromRt);
	});

	return {user, queue, whoami, listAgents, listTeams};
}

async function mapLimited<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const runners = Array.from({length: Math.min(concurrency, items.length)}, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]!);
		}
	});
	await Promise.all(runners);
	return results;
}
