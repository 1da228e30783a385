// Who is who in a Zendesk account: agents with their groups, groups, and requesters looked up on demand.
import type {Agent, Team} from '../../domain/conversation.js';
import type {HttpRequest} from '../http/http-types.js';
import {cachedFor, directoryTtlMs} from '../shared/cached.js';
import type {Send} from '../shared/schema-send.js';
import {zendeskRequests as requests} from './zendesk-requests.js';
import {zendeskGroupSchema, zendeskPageSchema, zendeskUserSchema, type ZendeskUser} from './zendesk-schemas.js';
import {mapZendeskAgent} from './map-zendesk-user.js';
import type {ZendeskNames} from './map-zendesk-ticket.js';
import * as z from '../../validation/zod.js';

const showManyLimit = 100;

type Staff = {agents: Agent[]; teams: Team[]};

export function zendeskDirectory(send: Send, clock: () => number) {
	const people = new Map<number, ZendeskUser>();
	const groupNames = new Map<number, string>();

	/** Every page of a cursor-paginated list. */
	async function all<T extends z.ZodMiniType>(request: (after?: string) => HttpRequest, key: string, item: T, what: string): Promise<z.infer<T>[]> {
		const items: z.infer<T>[] = [];
		let after: string | undefined;
		do {
			const page = await send(request(after), zendeskPageSchema(key, item), what);
			items.push(...page.items);
			after = page.after ?? undefined;
		} while (after !== undefined);
		return items;
	}

	async function readStaff(): Promise<Staff> {
		const [users, groups, memberships] = await Promise.all([
			all(requests.agents, 'users', zendeskUserSchema, 'the agent list'),
			all(requests.groups, 'groups', zendeskGroupSchema, 'the group list'),
			all(requests.memberships, 'group_memberships', z.object({user_id: z.number(), group_id: z.number()}), 'the group memberships'),
		]);
		for (const user of users) people.set(user.id, user);
		const live = groups.filter(group => !group.deleted);
		for (const group of live) groupNames.set(group.id, group.name);
		return {
			agents: users.map(user => mapZendeskAgent(user, memberships.filter(each => each.user_id === user.id).map(each => String(each.group_id)))),
			teams: live.map(group => ({id: String(group.id), name: group.name})),
		};
	}

	const loadStaff = cachedFor(directoryTtlMs, clock, readStaff);

	/** Names for rows: the staff, plus the given people read a hundred at a time when not yet known. */
	async function names(userIds: ReadonlyArray<number | null | undefined>): Promise<ZendeskNames> {
		await loadStaff();
		const missing = [...new Set(userIds.filter((id): id is number => typeof id === 'number' && id > 0 && !people.has(id)))];
		for (let start = 0; start < missing.length; start += showManyLimit) {
			const {users} = await send(requests.users(missing.slice(start, start + showManyLimit)), z.object({users: z.array(zendeskUserSchema)}), 'a user list');
			for (const user of users) people.set(user.id, user);
		}
		return {users: people, groups: groupNames};
	}

	/** Side-loaded people from a ticket or its comments, so names need no extra call. */
	function remember(users: readonly ZendeskUser[] | null | undefined, groups?: ReadonlyArray<{id: number; name: string}> | null): void {
		for (const user of users ?? []) people.set(user.id, user);
		for (const group of groups ?? []) groupNames.set(group.id, group.name);
	}

	return {loadStaff, names, remember, all};
}
