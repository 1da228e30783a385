import {describe, expect, it} from 'vitest';
import {createContext} from '../../source/context.js';
import {DeskError} from '../../source/domain/errors.js';
import {providerForWrite} from '../../source/operations/guard-write.js';
import {createMemoryProvider} from '../helpers/memory-provider.js';

async function attempt(readOnly: boolean, reply: boolean): Promise<unknown> {
	const provider = createMemoryProvider([], {capabilities: {reply}});
	let opened = false;
	const context = await createContext({env: {}, readOnly, provider});
	const original = context.provider;
	context.provider = async () => {
		opened = true;
		return original();
	};
	try {
		return await providerForWrite(context, 'send replies', can => can.reply);
	} catch (error) {
		return {error, opened};
	}
}

describe('providerForWrite', () => {
	it('hands out the provider when writes are allowed and the back end can do it', async () => {
		const result = await attempt(false, true);
		expect((result as {kind: string}).kind).toBe('memory');
	});

	it('refuses in read-only mode before even opening the back end', async () => {
		const {error, opened} = (await attempt(true, true)) as {error: DeskError; opened: boolean};
		expect(error).toBeInstanceOf(DeskError);
		expect(error.code).toBe('read_only');
		expect(error.message).toBe('read-only mode: cannot send replies (started with --read-only or a read-only profile)');
		expect(opened).toBe(false);
	});

	it('refuses what the back end cannot do, naming it', async () => {
		const {error} = (await attempt(false, false)) as {error: DeskError};
		expect(error.code).toBe('unsupported');
		expect(error.message).toBe('test desk cannot send replies');
		expect(error.provider).toBe('memory');
	});

	it('takes read-only from the profile when no flag says otherwise', async () => {
		const context = await createContext({env: {}, provider: createMemoryProvider([]), profileName: 'watch', loadProfile: async name => ({name: name ?? 'watch', provider: 'local', settings: {}, readOnly: true})});
		expect(context.readOnly).toBe(true);
		await expect(providerForWrite(context, 'assign conversations', () => true)).rejects.toMatchObject({code: 'read_only'});
	});
});
