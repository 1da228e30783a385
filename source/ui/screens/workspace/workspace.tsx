// The console's one screen: queue and conversation panes, overlays, status bar, notice line and footer.
import {Box, useApp} from 'ink';
import {useEffect, useMemo} from 'react';
import {baselineOf} from '../../../domain/conversation-changes.js';
import type {AssistSources} from '../../assist/use-assist.js';
import {useWorkspaceAssist} from '../../assist/use-workspace-assist.js';
import {Footer} from '../../components/footer.js';
import {helpLines as buildHelpLines} from '../../components/help-lines.js';
import {NoticeLine} from '../../components/notice-line.js';
import {StatusBar} from '../../components/status-bar.js';
import type {ConsoleExtensions} from '../../extensions.js';
import {footerHints} from '../../keys/key-help.js';
import type {DeskSession} from '../../session/desk-session.js';
import {describeChanges} from '../../session/describe-changes.js';
import {draftStore} from '../../session/draft-store.js';
import {useDraftAutosave} from '../../session/use-draft-autosave.js';
import {useLiveUpdates} from '../../session/use-live-updates.js';
import {releaseDue} from '../../../operations/free-memory.js';
import {useMemoryRelease} from '../../session/use-memory-release.js';
import {useNow} from '../../session/use-now.js';
import {useTimeWorked} from '../../session/use-time-worked.js';
import {outboxCounts, outboxNotice} from '../../session/outbox-notice.js';
import {useOutbox} from '../../session/use-outbox.js';
import {useTheme} from '../../theme/theme-context.js';
import {Composer} from '../composer/composer.js';
import {ConversationPane} from '../conversation/conversation-pane.js';
import {threadOffset} from '../conversation/conversation-state.js';
import {outboxLines} from '../conversation/outbox-lines.js';
import {panelLines, threadLines} from '../conversation/thread-lines.js';
import {QueuePane} from '../queue/queue-pane.js';
import {selectedSummary, visibleSummaries} from '../queue/queue-state.js';
import {activeLayer, composerLayer, unsupportedActions} from './active-layer.js';
import {withSend} from './conversation-extras.js';
import {useWorkspaceKeys} from './input/use-workspace-keys.js';
import {composerHeight, computeLayout, queueRowsHeight, threadHeight, threadWidth} from './layout.js';
import {useConversationExtras} from './use-conversation-extras.js';
import {useIntents} from './use-intents.js';
import {useWorkspaceStore} from './use-workspace-store.js';
import {WorkspaceBody} from './workspace-body.js';

// The widest set of triage badges, so the queue's columns do not move as rows with shorter ones scroll by.
const triageBadgeRoom = 'C:H S:H E:H BREACHED 12h !'.length;

type Props = {session: DeskSession; extensions: ConsoleExtensions; assist: AssistSources | null; columns: number; rows: number; refreshEveryMs: number};

export function Workspace({session, extensions, assist: sources, columns, rows, refreshEveryMs}: Props) {
	const theme = useTheme();
	const {exit, suspendTerminal} = useApp();
	const store = useWorkspaceStore(session);
	const {queue, conversation, composer, ui} = store;
	const layout = computeLayout(columns, rows, ui.focus);
	const now = useNow(session.context.clock);
	const readOnly = session.context.readOnly;
	const drafts = useMemo(() => draftStore(session.context.paths.dataDir, session.context.profile.name, session.context), [session]);
	const open = conversation.conversation;
	const visible = visibleSummaries(queue, queueRowsHeight(layout)).map(row => row.id);
	const notifyWarning = (text: string) => store.uiDispatch({type: 'notice', notice: {text, tone: 'warning'}});
	const notifyQuietly = (text: string) => store.uiDispatch({type: 'notice', notice: {text, tone: 'muted'}});
	const assist = useWorkspaceAssist({session, sources, queue, queueDispatch: store.queueDispatch, visible, conversation: open, now, warn: notifyWarning, inform: notifyQuietly});
	// The load and the pass both run on this thread; a big pass waits for the release of a big load's pages before it
	// starts, so it does not hold that release back.
	const passRunning = assist.progress?.running === true;
	useMemoryRelease(!queue.complete || (passRunning && !releaseDue()), queue.loaded.length);
	const popup = assist.popup(composer, open);
	const layer = activeLayer(ui, composerLayer(composer, popup !== null));
	// The agent is on a conversation while its pane shows it: side by side, or full screen until back to the queue.
	const workTarget = open && (layout.split || ui.focus !== 'queue' || composer !== null) ? open.id : null;
	const worked = useTimeWorked({context: session.context, provider: session.provider, target: workTarget, warn: notifyWarning});
	const suspend = async (run: () => void | Promise<void>) => {
		worked.hold();
		try {
			await suspendTerminal(run);
		} finally {
			worked.release();
		}
	};
	const quit = () => void worked.flush().finally(() => exit());
	const intents = useIntents({session, store, assist, drafts, suspend, quit, onSent: worked.sent, queueHeight: queueRowsHeight(layout)});
	useDraftAutosave(drafts, composer, session.context.clock, message => intents.notify(message, 'warning'));
	const outbox = useOutbox(session.context, store.countsVersion, report => {
		intents.notify(outboxNotice(report, intents.nameOf), report.failed.length > 0 || report.error !== null ? 'warning' : 'ok');
		for (const id of new Set([...report.delivered, ...report.failed].map(each => each.item.conversationId))) intents.afterWrite(id, true);
	});
	// The collision guard compares with the conversation as the agent first saw it with the composer open.
	useEffect(() => {
		if (composer && composer.baseline === null && open?.id === composer.conversationId) store.composerDispatch({type: 'baseline', baseline: baselineOf(open)});
	}, [composer?.conversationId, composer?.baseline, open, store.composerDispatch]);

	const {extras, badges} = useConversationExtras({
		open,
		assist: assist.open,
		badges: assist.badges,
		extensions,
		now,
		wide: layout.sidebarWidth > 0,
		composing: composer !== null,
		focus: ui.focus,
		details: ui.triageDetails,
		conversationDispatch: store.conversationDispatch,
	});
	const width = threadWidth(layout);
	const lines = useMemo(
		() => (open ? [...panelLines(extras.above, width), ...threadLines(open, width, now, theme.message), ...outboxLines(outbox, open.id, now)] : []),
		[open, width, now, theme, extras.above, outbox],
	);
	const visibleThread = threadHeight(layout, composer !== null, extras.strip.length);
	const help = useMemo(() => buildHelpLines(readOnly, layout.columns - 4), [readOnly, layout.columns]);

	useWorkspaceKeys({
		store,
		intents,
		session,
		extensions,
		assist,
		readOnly,
		queueHeight: queueRowsHeight(layout),
		threadHeight: visibleThread,
		threadLines: lines.length,
		helpLines: help.length,
		helpHeight: layout.bodyHeight - 1,
	});

	useLiveUpdates(session.provider, refreshEveryMs, changes => {
		const latest = store.latest();
		const news = describeChanges(changes, latest.queue.items);
		if (news !== null) intents.notify(news, 'accent');
		// A queue still loading will see the change anyway; reloading it again would only start over.
		if (latest.queue.complete) store.queueDispatch({type: 'reload'});
		store.refreshCounts();
		const openId = latest.conversation.id;
		if (openId !== null && [...changes.changed.map(change => change.id), ...changes.removed].includes(openId)) {
			store.conversationDispatch({type: 'reload'});
		}
	});

	// Side by side, the conversation pane follows the queue's selection (after a short pause, for key repeat).
	const selectedId = selectedSummary(queue)?.id ?? null;
	useEffect(() => {
		if (!layout.split || ui.focus !== 'queue' || selectedId === null || composer !== null) return;
		const timer = setTimeout(() => store.conversationDispatch({type: 'open', id: selectedId}), 120);
		return () => clearTimeout(timer);
	}, [layout.split, ui.focus, selectedId, composer, store.conversationDispatch]);

	const progress = assist.progress;
	const scoring = progress?.running ? `triage ${progress.scored}/${progress.total}` : null;
	return (
		<Box flexDirection="column" width={layout.columns} height={layout.rows}>
			<StatusBar width={layout.columns} deskLabel={session.provider.label} agentName={session.me.name} counts={store.counts} readOnly={readOnly} outbox={outboxCounts(outbox)} workedMs={worked.shownMs()} />
			<WorkspaceBody
				layout={layout}
				overlay={ui.overlay}
				helpLines={help}
				queue={
					<QueuePane
						state={queue}
						width={layout.queueWidth}
						height={layout.bodyHeight}
						focused={ui.focus === 'queue'}
						now={now}
						badges={badges}
						note={scoring}
						badgeRoom={assist.kit?.triage ? triageBadgeRoom : 0}
					/>
				}
				conversation={
					<ConversationPane
						state={conversation}
						lines={lines}
						offset={threadOffset(conversation.scroll, visibleThread, lines.length)}
						width={layout.conversationWidth}
						height={layout.bodyHeight}
						threadWidth={width}
						threadHeight={visibleThread}
						sidebarWidth={layout.sidebarWidth}
						focused={ui.focus === 'conversation'}
						now={now}
						panels={extras.sidebar}
						strip={extras.strip}
						composer={
							composer && open ? (
								<Composer
									state={composer}
									width={layout.conversationWidth}
									height={composerHeight(layout)}
									recipient={open.customer.name}
									channel={open.channel}
									popup={popup}
									withSend={withSend(composer, session.provider.capabilities)}
									templates={(assist.kit?.library.templates.length ?? 0) > 0}
								/>
							) : null
						}
					/>
				}
			/>
			<NoticeLine overlay={ui.overlay} busy={ui.busy} notice={ui.notice} width={layout.columns} />
			<Footer hints={footerHints(layer, readOnly, unsupportedActions(session.provider.capabilities))} width={layout.columns} />
		</Box>
	);
}

