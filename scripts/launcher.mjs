// How the `deskterm` bin starts Node: dist/cli.js begins with these two lines, which sh reads as a script (set the
// environment below, then run the same file with node) and Node reads as a hashbang and a comment.
// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (V8's compiler and collector helpers, libuv's pool) an
// arena of its own, and each keeps the pages it grew; with two, the console on a 100,000-conversation desk holds
// 13-20 MB less at every moment (docs/performance.md). glibc reads it only as a process starts, hence the launcher.
// A value the user set wins; musl and macOS ignore it.

/** What the launcher sets, unless already set. The memory bench runs the console with it too, as the bin does. */
export const launchEnv = {MALLOC_ARENA_MAX: '2'};

const exports = Object.entries(launchEnv).map(([name, value]) => `${name}="\${${name}:-${value}}"`);

/** The first two lines of dist/cli.js: for sh, a no-op, the environment, and exec node on this file. */
export const launcherHead = `#!/bin/sh\n":" //; export ${exports.join(' ')}; exec node "$0" "$@"\n`;

/** The file with its hashbang line (the source's `#!/usr/bin/env node`) replaced by the launcher's two lines. */
export function withLauncher(text) {
	if (!text.startsWith('#!')) throw new Error('dist/cli.js must start with a #! line');
	return launcherHead + text.slice(text.indexOf('\n') + 1);
}
