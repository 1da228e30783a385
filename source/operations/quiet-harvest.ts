// The console's harvest on start: what `learn --from-desk` does, in slices between key presses, with one line at most.
import type {HelpdeskProvider} from '../providers/provider.js';
import {learnFromDesk, type DeskLearning, type HarvestTemplate} from './learn-from-desk.js';

export type QuietHarvest = {
	provider: HelpdeskProvider;
	dataDir: string;
	templates: readonly HarvestTemplate[];
	/** It writes learned-examples.jsonl: a read-only console never harvests. */
	readOnly: boolean;
	signal?: AbortSignal;
};

// setImmediate runs after pending I/O: a key press or a frame waiting goes first.
const idleTurn = () => new Promise<void>(resolve => setImmediate(resolve));

/** The learning done (null when read-only, or no template exists to label with). */
export async function harvestQuietly({provider, dataDir, templates, readOnly, signal}: QuietHarvest): Promise<DeskLearning | null> {
	if (readOnly || templates.length === 0) return null;
	return learnFromDesk(provider, dataDir, templates, {pause: idleTurn, sliceSize: 20, ...(signal ? {signal} : {})});
}

/** The status line for what was learned, or null when nothing new was (a second start stays silent). */
export function harvestLine(learning: DeskLearning | null): string | null {
	if (!learning || learning.learned === 0) return null;
	const templates = learning.perTemplate.length;
	return `Learned ${learning.learned} example${learning.learned === 1 ? '' : 's'} for ${templates} template${templates === 1 ? '' : 's'} from closed conversations`;
}
