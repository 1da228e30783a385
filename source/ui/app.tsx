// The console's root: theme, terminal size, and the workspace once the desk is open (a frame before that).
import {Box, useApp, useStdout} from 'ink';
import {useMemo, useSyncExternalStore} from 'react';
import type {Context} from '../context.js';
import type {AssistSources} from './assist/use-assist.js';
import {StatusBar} from './components/status-bar.js';
import {Text} from './components/text.js';
import type {ConsoleExtensions} from './extensions.js';
import {useActions} from './keys/use-actions.js';
import {Workspace} from './screens/workspace/workspace.js';
import {defaultRefreshMs} from './session/refresh.js';
import {useDeskSession} from './session/use-desk-session.js';
import {watchTerminalSize, type TerminalSizeSource} from './terminal-size.js';
import type {Theme} from './theme/theme.js';
import {ThemeProvider, useTheme} from './theme/theme-context.js';

type Props = {
	context: Context;
	theme: Theme;
	extensions?: ConsoleExtensions;
	/** Where templates come from; triage, suggestions and templates stay off without it (tests of other things). */
	assist?: AssistSources | null;
	/** How often to ask the back end what changed (0 turns it off). */
	refreshEveryMs?: number;
	/** The size to lay out for; the console's wipes the screen on each resize (see terminal-size.ts). */
	terminal?: TerminalSizeSource;
};

export function App({context, theme, extensions = {}, assist = null, refreshEveryMs = defaultRefreshMs, terminal}: Props) {
	const {stdout} = useStdout();
	const source = useMemo(() => terminal ?? watchTerminalSize(stdout as NodeJS.WriteStream), [terminal, stdout]);
	const {columns, rows} = useSyncExternalStore(source.subscribe, source.current);
	const session = useDeskSession(context);
	return (
		<ThemeProvider value={theme}>
			{session.status === 'ready' ? (
				<Workspace session={session.session} extensions={extensions} assist={assist} columns={columns} rows={rows} refreshEveryMs={refreshEveryMs} />
			) : (
				<Opening columns={columns} rows={rows} readOnly={context.readOnly} error={session.status === 'error' ? session.message : null} />
			)}
		</ThemeProvider>
	);
}

/** The first frame, drawn before the desk answers: the bar, what is happening, and how to leave. */
function Opening({columns, rows, readOnly, error}: {columns: number; rows: number; readOnly: boolean; error: string | null}) {
	const theme = useTheme();
	const {exit} = useApp();
	// Until the desk is open only quitting makes sense; a failed open quits with the error as the exit reason.
	useActions({scopes: ['app'], handlers: {'app.quit': () => exit(error === null ? undefined : new Error(error))}}, {readOnly: true});
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<StatusBar width={columns} deskLabel="opening the desk…" agentName={null} counts={null} readOnly={readOnly} />
			<Box flexGrow={1}>
				{error === null ? (
					<Text {...theme.tone.muted}>Loading conversations…</Text>
				) : (
					<Text {...theme.tone.danger}>{`✗ Could not open the desk: ${error}`}</Text>
				)}
			</Box>
			<Text {...theme.tone.muted}>q quits</Text>
		</Box>
	);
}
