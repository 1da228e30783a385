// The channel-map.yaml file: some or all of the 27 combinations, each [primary, secondary].
import * as z from '../../validation/zod.js';
import {channelKeys, defaultChannelMap, resolutionChannels, type ChannelMap, type ResolutionChannel} from './channel-map.js';

const channelIds = Object.keys(resolutionChannels) as [ResolutionChannel, ...ResolutionChannel[]];
const channel = z.enum(channelIds, {message: `a channel is one of ${channelIds.join(', ')}`});

const written = z.union([z.tuple([channel, channel]), z.strictObject({primary: channel, secondary: channel})], {
	message: 'give [primary, secondary], e.g. [article, chatbot]',
});

const pair = z
	.pipe(
		written,
		z.transform((value: z.infer<typeof written>) => (Array.isArray(value) ? {primary: value[0], secondary: value[1]} : value)),
	)
	.check(z.refine(value => value.primary !== value.secondary, {message: 'primary and secondary are the same channel'}));

/** Keys are level letters complexity-severity-effort (L, M, H), e.g. LHM. */
export const channelMapSchema = z.record(
	z.string().check(
		z.refine(key => channelKeys.includes(key.toUpperCase()), {
			message: 'keys are three level letters, complexity-severity-effort, each L, M or H (e.g. LHM)',
		}),
	),
	pair,
);

/** The shipped table with the file's combinations laid over it. */
export function mergeChannelMap(file: z.infer<typeof channelMapSchema>): ChannelMap {
	const merged: ChannelMap = {...defaultChannelMap};
	for (const [key, value] of Object.entries(file)) merged[key.toUpperCase()] = value;
	return merged;
}
