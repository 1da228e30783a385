// What every key route needs: the store, the intents, the session and the sizes of the moment.
import type {WorkspaceAssist} from '../../../assist/use-workspace-assist.js';
import type {ConsoleExtensions} from '../../../extensions.js';
import type {DeskSession} from '../../../session/desk-session.js';
import type {Intents} from '../use-intents.js';
import type {WorkspaceStore} from '../use-workspace-store.js';

export type RouteContext = {
	store: WorkspaceStore;
	intents: Intents;
	session: DeskSession;
	extensions: ConsoleExtensions;
	assist: WorkspaceAssist;
	readOnly: boolean;
	queueHeight: number;
	threadHeight: number;
	threadLines: number;
	helpLines: number;
	helpHeight: number;
};
