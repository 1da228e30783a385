// The local demo desk, assembled once: reseeding it and playing the customer on it (`demo reset`, `demo incoming`).
import type {Context} from '../context.js';
import {DeskError} from '../domain/errors.js';
import {defaultConversationCount, defaultSeed, maxConversationCount} from '../providers/local/demo/generate-desk.js';
import {resetDesk, type ResetSummary} from '../providers/local/demo/seed-desk.js';
import {deskPath} from '../providers/local/desk-path.js';
import {isLocalProvider, type LocalProvider} from '../providers/local/local-provider.js';
import {refuseInReadOnly} from './guard-write.js';

export const demoDeskLimits = {defaultConversations: defaultConversationCount, defaultSeed, maxConversations: maxConversationCount};

/** Where the local desk lives for this context. */
export function demoDeskPath(context: Pick<Context, 'paths'>): string {
	return deskPath(context.paths);
}

/** Replaces the local desk with a fresh demo desk; refuses another back end and read-only mode. */
export function resetDemoDesk(
	context: Pick<Context, 'paths' | 'profile' | 'readOnly' | 'clock'>,
	options: {conversations: number; seed: string; onProgress?: (done: number, total: number) => void},
): ResetSummary & {path: string} {
	checkDemoReset(context);
	const path = demoDeskPath(context);
	const summary = resetDesk(path, {now: context.clock(), conversations: options.conversations, seed: options.seed, ...(options.onProgress ? {onProgress: options.onProgress} : {})});
	return {...summary, path};
}

/** Refuses before anything is asked or read: a reset belongs to the local desk and to a writable profile. */
export function checkDemoReset(context: Pick<Context, 'profile' | 'readOnly'>): void {
	if (context.profile.provider !== 'local') {
		throw new DeskError('usage', `demo reset works on the local desk only; profile "${context.profile.name}" uses the ${context.profile.provider} back end`);
	}
	refuseInReadOnly(context, 'reset the local desk');
}

export type IncomingMessage = Parameters<LocalProvider['receiveIncoming']>[0];

/** A customer writes to the local desk: a new conversation, or a new message in one. */
export async function receiveDemoIncoming(context: Pick<Context, 'provider' | 'profile' | 'readOnly'>, message: IncomingMessage): ReturnType<LocalProvider['receiveIncoming']> {
	refuseInReadOnly(context, 'add customer messages');
	const provider = await context.provider();
	if (!isLocalProvider(provider)) {
		throw new DeskError('usage', `demo incoming works on the local desk only; profile "${context.profile.name}" is ${provider.label}`);
	}
	return provider.receiveIncoming(message);
}
