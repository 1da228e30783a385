import {describe, expect, it} from 'vitest';
import {tagIds} from '../../../source/providers/shared/tag-ids.js';

describe('tag ids by name', () => {
	it('loads once, matches names case-insensitively and creates a missing tag only once', async () => {
		let loads = 0;
		const created: string[] = [];
		const tags = tagIds(
			async () => {
				loads++;
				return [{id: 't1', name: 'Billing'}];
			},
			async name => {
				created.push(name);
				return {id: `new-${name}`};
			},
		);
		expect(await tags.find('billing')).toBe('t1');
		expect(await tags.find('vip')).toBeNull();
		expect(await tags.ensure('VIP')).toBe('new-VIP');
		expect(await tags.ensure('vip')).toBe('new-VIP');
		expect(created).toEqual(['VIP']);
		expect(loads).toBe(1);
	});
});
