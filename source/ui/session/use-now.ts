// The clock for waiting times, ticking so "12m" becomes "13m" without a key press.
import {useEffect, useState} from 'react';

export function useNow(clock: () => number, everyMilliseconds = 30_000): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		const timer = setInterval(() => setNow(clock()), everyMilliseconds);
		timer.unref?.();
		return () => clearInterval(timer);
	}, [clock, everyMilliseconds]);
	return now;
}
