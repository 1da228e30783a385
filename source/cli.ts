#!/usr/bin/env node
// Entry: a command runs without Ink; with no command in a terminal, the console is loaded lazily.
import {enableCompileCache} from 'node:module';
import {compileCacheDir} from './paths.js';

// First, before the rest loads: V8 then takes every later chunk's compiled code from the user's cache.
enableCompileCache?.(compileCacheDir(process.env));

const {main} = await import('./cli/run-cli.js');
process.exitCode = await main(process.argv.slice(2), process.env, async () => (await import('./ui/run-console.js')).runConsole);
