// What the agent asked for, as data: keys, pickers and the `:` command line all end in one of these.
import type {ConversationStatus, Priority} from '../../domain/conversation.js';
import type {TemplateToken} from '../../templates/template-popup.js';
import type {QueueFilters} from '../screens/queue/queue-filters.js';

export type Intent =
	| {type: 'quit'}
	| {type: 'help'}
	| {type: 'refresh'}
	| {type: 'compose'; kind: 'reply' | 'note'; editor?: boolean}
	| {type: 'insert-template'; id: string; token?: TemplateToken}
	| {type: 'reply-with-suggestion'; index: number}
	| {type: 'next-best'}
	| {type: 'triage-details'}
	| {type: 'assign'; target: string}
	| {type: 'status'; status: ConversationStatus; until?: string}
	| {type: 'priority'; priority: Priority}
	| {type: 'tags'; words: string[]}
	| {type: 'filter'; filters: Partial<QueueFilters>}
	| {type: 'team-filter'; name: string}
	| {type: 'open'; id: string};
