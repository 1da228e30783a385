// The whole console with triage, suggestions and templates on, over an in-memory desk, templates and config in a temp folder.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {createContext} from '../../../source/context.js';
import type {Conversation} from '../../../source/domain/conversation.js';
import {App} from '../../../source/ui/app.js';
import {colourTheme, plainTheme} from '../../../source/ui/theme/theme.js';
import {testNow} from '../../helpers/conversations.js';
import {createMemoryProvider, type MemoryProvider} from '../../helpers/memory-provider.js';
import {renderInk, type Rendered} from '../../helpers/render.js';
import {templateFiles} from './fixtures.js';
import type {Encode} from '../../../source/ranking/sentence-model.js';

export type AssistView = Rendered & {provider: MemoryProvider; dataDir: string; configDir: string};

export type AssistOptions = {
	conversations: Conversation[];
	columns?: number;
	rows?: number;
	color?: boolean;
	/** Extra files under the config folder, e.g. {'triage/routing.yaml': '...'}. */
	config?: Record<string, string>;
	readOnly?: boolean;
	env?: NodeJS.ProcessEnv;
	/** The template files (default: the fixtures'); {} gives a console without templates. */
	templates?: Record<string, string>;
	/** A folder shared by several renders (a console started again on the same desk); a fresh one otherwise. */
	root?: string;
	/** Sees (and may wrap) the in-memory desk before the console opens it. */
	withProvider?: (provider: MemoryProvider) => void;
	/** A sentence encoder for the console (the fake of test/ranking/sentence-fixtures.ts); none: words alone. */
	encoder?: Encode;
};

export async function renderAssistConsole(options: AssistOptions): Promise<AssistView> {
	const root = options.root ?? mkdtempSync(join(tmpdir(), 'deskterm-assist-test-'));
	const write = (base: string, files: Record<string, string>) => {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(base, path)), {recursive: true});
			writeFileSync(join(base, path), text);
		}
	};
	const templatesDir = join(root, 'templates');
	const configDir = join(root, 'config');
	const dataDir = join(root, 'data');
	write(templatesDir, options.templates ?? templateFiles);
	write(configDir, options.config ?? {});
	const provider = createMemoryProvider(options.conversations);
	options.withProvider?.(provider);
	const ownRoot = options.root === undefined;
	const context = await createContext({env: options.env ?? {}, dataDir, configDir, provider, clock: () => testNow, readOnly: options.readOnly ?? false});
	const rendered = renderInk(
		<App context={context} theme={options.color === false ? plainTheme : colourTheme} assist={{templateSources: [templatesDir], ...(options.encoder ? {encoder: async () => options.encoder!} : {})}} refreshEveryMs={0} />,
		{columns: options.columns ?? 100, rows: options.rows ?? 30},
	);
	return {
		...rendered,
		provider,
		dataDir,
		configDir,
		unmount() {
			rendered.unmount();
			if (ownRoot) rmSync(root, {recursive: true, force: true});
		},
	};
}
