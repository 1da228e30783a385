// Builds dist/ once before any test file runs, so files that spawn the binary never race to rebuild it.
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';

export default function setup(): void {
	execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs'), '--if-stale'], {stdio: 'inherit'});
}
