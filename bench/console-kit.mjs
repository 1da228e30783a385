// The console in a terminal stand-in, shared by the console benches: the bundled app, a 120x40 terminal
// that reports each frame, a keyboard, and key presses timed from stdin write to frame write.
import {EventEmitter} from 'node:events';
import {join} from 'node:path';
import {bundleSource, requireBanner, root} from './bench-kit.mjs';

/** The console's App and what it needs, bundled from source with production React (`inkFrames: false`: Ink's own Output). */
export function bundleConsole(work, {name = 'console', inkFrames = true} = {}) {
	return bundleSource(
		work,
		name,
		{
			'source/ui/app.tsx': 'App',
			'source/context.ts': 'createContext',
			'source/ui/theme/theme.ts': 'plainTheme',
			'source/providers/provider.ts': 'noCapabilities',
			'source/operations/free-memory.ts': 'releaseRecord',
			ink: 'render',
			react: 'createElement',
		},
		{
			jsx: 'automatic',
			define: {'process.env.NODE_ENV': '"production"'},
			alias: {'react-devtools-core': join(root, 'scripts/empty-module.mjs')},
			banner: requireBanner,
			inkFrames,
		},
	);
}

export class Terminal extends EventEmitter {
	isTTY = true;
	columns = 120;
	rows = 40;
	last = '';
	write = (data, ...rest) => {
		if (typeof data === 'string' && data.length > 40) {
			this.last = data;
			this.emit('frame', data);
		}
		rest.find(argument => typeof argument === 'function')?.();
		return true;
	};
}

export class Keyboard extends EventEmitter {
	isTTY = true;
	data = null;
	write = data => { this.data = data; this.emit('readable'); };
	read = () => { const data = this.data; this.data = null; return data; };
	setEncoding() {} setRawMode() {} resume() {} pause() {} ref() {} unref() {}
}

/** The next frame that passes the check; with `now`, the screen as it is counts too. */
export const nextFrame = (terminal, check = () => true, now = false) => new Promise(resolve => {
	if (now && check(terminal.last)) return resolve(terminal.last);
	const onFrame = frame => { if (check(frame)) { terminal.off('frame', onFrame); resolve(frame); } };
	terminal.on('frame', onFrame);
});

const pause = milliseconds => new Promise(resolve => setTimeout(resolve, milliseconds));

/** Presses j then k in runs of ten, up to `count` times or until `until()`; each press's key→frame time. */
export async function pressKeys(terminal, keyboard, count, until = () => false) {
	const samples = [];
	for (let index = 0; index < count && !until(); index++) {
		// Spaced past Ink's 33 ms render throttle, as a person's key presses are, so each frame is drawn at once.
		await pause(40);
		const drawn = nextFrame(terminal);
		const started = performance.now();
		keyboard.write(index % 20 < 10 ? 'j' : 'k');
		await drawn;
		samples.push(performance.now() - started);
	}
	return samples;
}
