// Every HTTP adapter kind with its faulty back end (fault-server.ts), opened the same way for the CLI and the
// console suites: the real adapter over the real HTTP client, against its desk on 127.0.0.1. Seeded.
import {createChatwootProvider} from '../../source/providers/chatwoot/chatwoot-provider.js';
import {parseChatwootSettings} from '../../source/providers/chatwoot/chatwoot-settings.js';
import {createFreshdeskProvider} from '../../source/providers/freshdesk/freshdesk-provider.js';
import {parseFreshdeskSettings} from '../../source/providers/freshdesk/freshdesk-settings.js';
import {createFrontProvider} from '../../source/providers/front/front-provider.js';
import {parseFrontSettings} from '../../source/providers/front/front-settings.js';
import {createHelpscoutProvider} from '../../source/providers/helpscout/helpscout-provider.js';
import {parseHelpscoutSettings} from '../../source/providers/helpscout/helpscout-settings.js';
import {createHttpClient, type DeskHttpClient} from '../../source/providers/http/http-client.js';
import {createIntercomProvider} from '../../source/providers/intercom/intercom-provider.js';
import {parseIntercomSettings} from '../../source/providers/intercom/intercom-settings.js';
import type {HelpdeskProvider} from '../../source/providers/provider.js';
import {openRtProvider} from '../../source/providers/rt/rt-provider.js';
import {createZammadProvider} from '../../source/providers/zammad/zammad-provider.js';
import {parseZammadSettings} from '../../source/providers/zammad/zammad-settings.js';
import {createZendeskProvider} from '../../source/providers/zendesk/zendesk-provider.js';
import {parseZendeskSettings} from '../../source/providers/zendesk/zendesk-settings.js';
import {secrets as chatwootSecrets} from '../providers/chatwoot/chatwoot-routes.js';
import {secrets as freshdeskSecrets, token as freshdeskToken} from '../providers/freshdesk/freshdesk-routes.js';
import {secrets as frontSecrets} from '../providers/front/front-routes.js';
import {appId as helpscoutAppId, secrets as helpscoutSecrets} from '../providers/helpscout/helpscout-routes.js';
import {secrets as intercomSecrets} from '../providers/intercom/intercom-routes.js';
import {secrets as zammadSecrets, token as zammadToken} from '../providers/zammad/zammad-routes.js';
import {secrets as zendeskSecrets, token as zendeskToken} from '../providers/zendesk/zendesk-routes.js';
import type {CountingDesk} from './fault-server.js';
import {faultyFreshdesk} from './faulty-freshdesk.js';
import {faultyHelpscout} from './faulty-helpscout.js';
import {faultyRt} from './faulty-rt.js';
import {faultyChatwoot, faultyFront, faultyIntercom} from './faulty-saas.js';
import {faultyZammad} from './faulty-zammad.js';
import {faultyZendesk} from './faulty-zendesk.js';
import {startLoopbackServer, type LoopbackServer} from './loopback-server.js';

type OpenAdapter = (url: string, http: DeskHttpClient, sleep: (ms: number) => Promise<void>, clock: () => number) => HelpdeskProvider;

export type FaultKind = {
	name: string;
	/** The one conversation the desk faults writes on. */
	conversationId: string;
	desk(random: () => number): CountingDesk;
	/** Where the API lives on the server. */
	basePath?: string;
	/** Secrets the HTTP client must keep out of its messages. */
	secrets?: string[];
	provider: OpenAdapter;
};

const rtToken = '1-14-0123456789abcdef0123456789abcdef';
const rtPaths = {dataDir: '/x', configDir: '/x', templatesDir: '/x'};

export const faultKinds: FaultKind[] = [
	{
		name: 'Zendesk',
		conversationId: '35436',
		desk: faultyZendesk,
		basePath: '/api/v2',
		secrets: [zendeskToken],
		provider: (url, http, _sleep, clock) => createZendeskProvider({settings: parseZendeskSettings({url, email: 'dana@example.com'}), secrets: zendeskSecrets, http, clock}),
	},
	{
		name: 'Request Tracker',
		conversationId: '1',
		desk: faultyRt,
		basePath: '/REST/2.0',
		secrets: [rtToken],
		provider: (url, http, _sleep, clock) => openRtProvider({profile: {name: 'rt', provider: 'rt', settings: {url}}, paths: rtPaths, env: {}, clock, secrets: {token: rtToken}}, http),
	},
	{
		name: 'Intercom',
		conversationId: '1001',
		desk: faultyIntercom,
		provider: (url, http, _sleep, clock) => createIntercomProvider({settings: parseIntercomSettings({url, adminId: '814860'}), secrets: intercomSecrets, http, clock}),
	},
	{
		name: 'Chatwoot',
		conversationId: '42',
		desk: faultyChatwoot,
		provider: (url, http, _sleep, clock) => createChatwootProvider({settings: parseChatwootSettings({url, accountId: '1', language: 'en'}), secrets: chatwootSecrets, http, clock}),
	},
	{
		name: 'Front',
		conversationId: 'cnv_yo1kg5q',
		desk: faultyFront,
		provider: (url, http, sleep, clock) => createFrontProvider({settings: parseFrontSettings({url, teammate: 'maya.okafor@northwind.example'}), secrets: frontSecrets, http, clock, sleep}),
	},
	{
		name: 'Freshdesk',
		conversationId: '20',
		desk: faultyFreshdesk,
		basePath: '/api/v2',
		secrets: [freshdeskToken],
		provider: (url, http, _sleep, clock) => createFreshdeskProvider({settings: parseFreshdeskSettings({url}), secrets: freshdeskSecrets, http, clock}),
	},
	{
		name: 'Help Scout',
		conversationId: '1201',
		desk: faultyHelpscout,
		secrets: [helpscoutSecrets.appSecret],
		provider: (url, http, _sleep, clock) => createHelpscoutProvider({settings: parseHelpscoutSettings({appId: helpscoutAppId, url}), secrets: helpscoutSecrets, http, clock}),
	},
	{
		name: 'Zammad',
		conversationId: '42',
		desk: faultyZammad,
		basePath: '/api/v1',
		secrets: [zammadToken],
		provider: (url, http, _sleep, clock) => createZammadProvider({settings: parseZammadSettings({url}), secrets: zammadSecrets, http, clock}),
	},
];

export type FaultyAdapter = {
	desk: CountingDesk;
	server: LoopbackServer;
	/** The adapter; closing it leaves the client open (a CLI run closes its provider, the test closes the rest). */
	provider: HelpdeskProvider;
	/** Every wait the client and the outbox asked for (none really waits). */
	waits: number[];
	sleep(ms: number): Promise<void>;
	close(): Promise<void>;
};

/** Starts the kind's faulty desk and its adapter; a body that never ends costs a real 250 ms timeout. */
export async function openFaultyAdapter(kind: FaultKind, random: () => number, clock: () => number = Date.now): Promise<FaultyAdapter> {
	const desk = kind.desk(random);
	const server = await startLoopbackServer((request, response) => desk.handle(request, response));
	const waits: number[] = [];
	const sleep = async (ms: number) => void waits.push(ms);
	const http = createHttpClient({baseUrl: `${server.url}${kind.basePath ?? ''}`, provider: kind.name, secrets: kind.secrets ?? [], timeoutMs: 250, sleep, random});
	const adapter = kind.provider(server.url, http, sleep, clock);
	const provider: HelpdeskProvider = {...adapter, close: async () => undefined};
	return {
		desk,
		server,
		provider,
		waits,
		sleep,
		async close() {
			http.close();
			await server.close();
		},
	};
}
