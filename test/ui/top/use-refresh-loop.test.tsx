// The refresh loop behind `deskterm top`: reads on a timer without committing anything itself (each commit opens
// Ink's render throttle, where a key press waits), one read at a time, "read now" queued behind a read in flight.
import {useState} from 'react';
import {describe, expect, it} from 'vitest';
import {Text} from '../../../source/ui/components/text.js';
import {useRefreshLoop} from '../../../source/ui/top/use-refresh-loop.js';
import {renderInk} from '../../helpers/render.js';

type Probe = {renders: number; reads: number; inFlight: number; most: number; onRead: Array<() => void>; now?: () => void; hold?: Promise<void>};

function Loop({probe, intervalMs, show}: {probe: Probe; intervalMs: number; show: boolean}) {
	probe.renders++;
	const [shown, setShown] = useState(0);
	probe.now = useRefreshLoop(
		async () => {
			probe.reads++;
			probe.inFlight++;
			probe.most = Math.max(probe.most, probe.inFlight);
			await probe.hold;
			probe.inFlight--;
			if (show) setShown(probe.reads);
			for (const listener of probe.onRead.splice(0)) listener();
		},
		intervalMs,
		[],
	);
	return <Text>read {shown}</Text>;
}

const readsReach = (probe: Probe, count: number) =>
	new Promise<void>(resolve => {
		const check = () => (probe.reads >= count && probe.inFlight === 0 ? resolve() : probe.onRead.push(check));
		check();
	});

const newProbe = (): Probe => ({renders: 0, reads: 0, inFlight: 0, most: 0, onRead: []});

describe('useRefreshLoop', () => {
	it('reads again every interval without a commit of its own', async () => {
		const probe = newProbe();
		const view = renderInk(<Loop probe={probe} intervalMs={5} show={false} />);
		try {
			await readsReach(probe, 6);
			expect(probe.renders).toBe(1);
			expect(probe.most).toBe(1);
		} finally {
			view.unmount();
		}
	});

	it('draws what a read sets, and a "read now" during a read runs one more read right after it', async () => {
		const probe = newProbe();
		let release!: () => void;
		probe.hold = new Promise<void>(resolve => (release = resolve));
		const view = renderInk(<Loop probe={probe} intervalMs={3_600_000} show={true} />);
		try {
			expect(probe.reads).toBe(1);
			probe.now!();
			probe.now!();
			expect(probe.reads).toBe(1);
			release();
			await readsReach(probe, 2);
			await view.waitFor('read 2');
			expect(probe.most).toBe(1);
			// The hour-long interval is running now: a "read now" starts a read at once.
			probe.now!();
			await readsReach(probe, 3);
			await view.waitFor('read 3');
			expect(probe.reads).toBe(3);
		} finally {
			view.unmount();
		}
	});
});
