// What the console says about the outbox: the status bar's count and the notice after a background delivery.
import type {OutboxItem} from '../../operations/outbox/outbox-item.js';
import type {OutboxReport} from './use-outbox.js';

export type OutboxCounts = {unsent: number; failed: number};

export function outboxCounts(items: readonly OutboxItem[]): OutboxCounts {
	const failed = items.filter(item => item.state === 'failed').length;
	return {unsent: items.length - failed, failed};
}

export function outboxNotice(report: OutboxReport, nameOf: (id: string) => string): string {
	const parts: string[] = [];
	const delivered = report.delivered.length;
	if (delivered === 1) parts.push(`Delivered your queued ${report.delivered[0]!.item.kind} to ${nameOf(report.delivered[0]!.item.conversationId)}`);
	else if (delivered > 1) parts.push(`Delivered ${delivered} queued replies and notes`);
	for (const failure of report.failed) {
		parts.push(`${failure.item.kind} to ${nameOf(failure.item.conversationId)} refused: ${failure.error?.message ?? failure.item.lastError ?? 'refused'} (deskterm outbox)`);
	}
	if (report.error !== null) parts.push(`the outbox could not deliver: ${report.error}`);
	return parts.join(' · ');
}
