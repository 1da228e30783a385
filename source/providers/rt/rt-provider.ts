// The Request Tracker 5 back end: REST2 through the shared HTTP client, translated by the map-* files.
import {noCapabilities, type Capabilities, type HelpdeskProvider} from '../provider.js';
import {createDebugLog} from '../http/debug-log.js';
import {createHttpClient, type DeskHttpClient} from '../http/http-client.js';
import type {OpenProviderOptions} from '../provider-definition.js';
import {loginCommand} from '../shared/open-http.js';
import {rtArticleSchema, savedReplyFromArticle} from './map-article.js';
import {rtWritableStatuses} from './map-status.js';
import {createRtActivity} from './rt-activity.js';
import {createRtApi} from './rt-api.js';
import {createRtDirectory} from './rt-directory.js';
import {createRtMetrics} from './rt-metrics.js';
import {createRtReads} from './rt-reads.js';
import {rtSettings, type RtSettings} from './rt-settings.js';
import {createRtWrites} from './rt-writes.js';

export function rtCapabilities(settings: Pick<RtSettings, 'tagsField'>): Capabilities {
	return {
		...noCapabilities,
		reply: true,
		note: true,
		assignAgent: true,
		assignTeam: true,
		statuses: rtWritableStatuses,
		priority: true,
		tags: settings.tagsField !== undefined,
		changes: true,
		versionedWrites: true,
		savedReplies: true,
	};
}

/** Opens without a network call: the first request (or whoami) tells whether the token works. */
export function openRtProvider(options: OpenProviderOptions, http?: DeskHttpClient): HelpdeskProvider {
	const settings = rtSettings(options.profile.name, options.profile.settings, options.secrets ?? {});
	const log = createDebugLog(options.env, options.paths);
	const client =
		http ??
		createHttpClient({
			baseUrl: settings.restUrl,
			provider: 'Request Tracker',
			loginCommand: loginCommand('rt', options.profile.name),
			auth: () => ({Authorization: `token ${settings.token}`}),
			secrets: [settings.token],
			clock: options.clock,
			...(log ? {log} : {}),
		});
	const api = createRtApi(client);
	const directory = createRtDirectory(api, settings.user);
	const mapOptions = {
		...(settings.tagsField ? {tagsField: settings.tagsField} : {}),
		...(settings.priorities ? {priorities: settings.priorities} : {}),
	};
	const reads = createRtReads(api, directory, mapOptions, options.clock);
	const writes = createRtWrites(api, directory, mapOptions, options.clock);
	return {
		kind: 'rt',
		label: `RT ${new URL(settings.restUrl).host}`,
		capabilities: rtCapabilities(settings),
		whoami: directory.whoami,
		listAgents: directory.listAgents,
		listTeams: directory.listTeams,
		...reads,
		...writes,
		...createRtActivity(api),
		...createRtMetrics(api, mapOptions),
		async listSavedReplies() {
			// Articles are searched with a JSON query; "id > 0" is every article the user may see.
			const articles = await api.all('/articles', rtArticleSchema, {
				query: JSON.stringify([{field: 'id', operator: '>', value: 0}]),
				fields: 'Name,Summary,Class,CustomFields,Disabled',
				'fields[Class]': 'Name',
			});
			return articles.map(savedReplyFromArticle).filter(reply => reply !== null);
		},
		async close() {
			client.close();
		},
	};
}
