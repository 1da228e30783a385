// The 27 level combinations (complexity, severity, effort) and the channel that resolves each best.
import type {Level} from '../types.js';

export const resolutionChannels = {
	article: 'self-service article',
	chatbot: 'chatbot',
	'chat-agent': 'live chat agent',
	'email-agent': 'email agent',
	phone: 'phone',
	specialist: 'specialist',
} as const;
export type ResolutionChannel = keyof typeof resolutionChannels;

export type ChannelPair = {primary: ResolutionChannel; secondary: ResolutionChannel};
/** Keyed by level letters complexity-severity-effort, e.g. "LHM". */
export type ChannelMap = Record<string, ChannelPair>;

const letters: Record<Level, string> = {low: 'L', medium: 'M', high: 'H'};

export function channelKey(complexity: Level, severity: Level, effort: Level): string {
	return letters[complexity] + letters[severity] + letters[effort];
}

export const channelKeys: readonly string[] = (['L', 'M', 'H'] as const).flatMap(c =>
	(['L', 'M', 'H'] as const).flatMap(s => (['L', 'M', 'H'] as const).map(e => c + s + e)),
);

/** Simple and calm goes to self-service; hard goes to specialists; severe goes to a live voice. */
export const defaultChannelMap: ChannelMap = {
	LLL: {primary: 'article', secondary: 'chatbot'},
	LLM: {primary: 'chatbot', secondary: 'article'},
	LLH: {primary: 'chatbot', secondary: 'chat-agent'},
	LML: {primary: 'chatbot', secondary: 'chat-agent'},
	LMM: {primary: 'chatbot', secondary: 'chat-agent'},
	LMH: {primary: 'chat-agent', secondary: 'chatbot'},
	LHL: {primary: 'chat-agent', secondary: 'phone'},
	LHM: {primary: 'chat-agent', secondary: 'phone'},
	LHH: {primary: 'phone', secondary: 'chat-agent'},
	MLL: {primary: 'email-agent', secondary: 'chatbot'},
	MLM: {primary: 'email-agent', secondary: 'chatbot'},
	MLH: {primary: 'email-agent', secondary: 'chat-agent'},
	MML: {primary: 'chat-agent', secondary: 'email-agent'},
	MMM: {primary: 'chat-agent', secondary: 'email-agent'},
	MMH: {primary: 'chat-agent', secondary: 'phone'},
	MHL: {primary: 'chat-agent', secondary: 'phone'},
	MHM: {primary: 'phone', secondary: 'chat-agent'},
	MHH: {primary: 'phone', secondary: 'specialist'},
	HLL: {primary: 'email-agent', secondary: 'specialist'},
	HLM: {primary: 'email-agent', secondary: 'specialist'},
	HLH: {primary: 'specialist', secondary: 'email-agent'},
	HML: {primary: 'specialist', secondary: 'email-agent'},
	HMM: {primary: 'specialist', secondary: 'chat-agent'},
	HMH: {primary: 'specialist', secondary: 'phone'},
	HHL: {primary: 'specialist', secondary: 'phone'},
	HHM: {primary: 'specialist', secondary: 'phone'},
	HHH: {primary: 'phone', secondary: 'specialist'},
};
