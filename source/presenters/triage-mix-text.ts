// Exports triageMixLine: the live triage mix (high/medium/low per axis) in one line of a width, for `top` and
// `summary`; counts when they fit, else each axis as percentages of the scored conversations (JSON has the counts).
import type {LiveOverview} from '../domain/metrics/live-overview.js';

type Mix = NonNullable<LiveOverview['triageMix']>;
const axes = ['severity', 'complexity', 'effort'] as const;

export function triageMixLine(mix: Mix, width: number): string {
	const counts = `Triage high/med/low: ${axes.map(axis => `${axis} ${mix[axis].high}/${mix[axis].medium}/${mix[axis].low}`).join(' · ')}`;
	if ([...counts].length <= width) return counts;
	const percent = (axis: (typeof axes)[number]) => {
		const {high, medium, low} = mix[axis];
		const total = high + medium + low;
		return total === 0 ? '0/0/0' : [high, medium, low].map(count => Math.round((count / total) * 100)).join('/');
	};
	return `Triage % high/med/low: ${axes.map(axis => `${axis} ${percent(axis)}`).join(' · ')}`;
}
