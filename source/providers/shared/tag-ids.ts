// Back ends that tag by id (Intercom, Front): the company's tags by name, loaded once, created on first use.
import {cachedOnce} from './cached.js';

export type TagIds = {
	/** The id of a tag the back end has (names compare case-insensitively), else null. */
	find(name: string): Promise<string | null>;
	/** The id of a tag, creating it first when the back end has none of that name. */
	ensure(name: string): Promise<string>;
};

export function tagIds(load: () => Promise<ReadonlyArray<{id: string; name: string}>>, create: (name: string) => Promise<{id: string}>): TagIds {
	const byName = cachedOnce(async () => new Map((await load()).map(tag => [tag.name.toLowerCase(), tag.id])));
	async function find(name: string): Promise<string | null> {
		return (await byName()).get(name.toLowerCase()) ?? null;
	}
	return {
		find,
		async ensure(name) {
			const known = await find(name);
			if (known !== null) return known;
			const created = await create(name);
			(await byName()).set(name.toLowerCase(), created.id);
			return created.id;
		},
	};
}
