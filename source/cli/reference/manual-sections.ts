// The man page's prose that no command definition holds: what deskterm is, exit codes, environment, files.

export type Entry = {term: string; text: string};

export const description = [
	'deskterm is a terminal console for helpdesk agents: the queue, conversations, replies and internal notes, canned-reply suggestions and triage, from the keyboard or from scripts.',
	'Run with no command in a terminal, it opens the console. Every screen of the console has a command twin below: each prints a readable table or view when stdout is a terminal, tab-separated lines with ISO-8601 times when it is a pipe or a file, and stable JSON with --json (--fields a,b picks fields and implies --json). Commands never prompt when stdin is not a terminal.',
	'Global options work before or after the command name. Every error is one line on stderr starting with "deskterm:", and stdout stays empty.',
];

export const exitStatus: Entry[] = [
	{term: '0', text: 'done'},
	{term: '1', text: 'the command ran and failed: conversation not found, refused by read-only mode, the back end cannot do it or said no, a version conflict, lint problems, a cancelled confirmation'},
	{term: '2', text: 'usage: unknown command, verb or flag (with a "did you mean" when one is close), missing or extra argument, invalid value, unknown agent or team, an empty reply or one with an unfilled field'},
	{term: '3', text: 'a reply or note is kept in the outbox, not delivered yet (its id on stderr): do not resend, deskterm outbox retry ID; for reply and note, 1 then means certainly not applied'},
	{term: '4', text: 'refused by --if-unchanged: the conversation changed since that version; nothing was sent'},
];

/** Variables deskterm reads itself; each provider's login fields are added from the provider registry. */
export const environment: Entry[] = [
	{term: 'DESKTERM_DATA_DIR', text: 'the data directory: the local desk, drafts, learned history (default $XDG_DATA_HOME/deskterm); --data-dir wins'},
	{term: 'DESKTERM_CONFIG_DIR', text: 'profiles, secrets, triage config (default $XDG_CONFIG_HOME/deskterm)'},
	{term: 'DESKTERM_TEMPLATES_DIR', text: 'your reply templates (default <config dir>/templates)'},
	{term: 'DESKTERM_PROFILE', text: 'the profile to use; --profile wins'},
	{term: 'DESKTERM_AGENT', text: 'who you are on the local desk: an agent id, email or name'},
	{term: 'DESKTERM_AI_URL, DESKTERM_AI_KEY, DESKTERM_AI_MODEL', text: 'the optional AI re-ranker for suggestions (off unless a URL is set)'},
	{term: 'DESKTERM_INTERCOM_URL', text: 'points an Intercom profile at another address (a proxy, a test server)'},
	{term: 'DESKTERM_REFRESH_SECONDS', text: 'how often the console asks the desk what changed (default 15; 0 turns it off)'},
	{term: 'DESKTERM_DEBUG', text: '1: HTTP log to stderr and stack traces of internal errors; file: log to <data dir>/debug.log; a path: log there'},
	{term: 'VISUAL, EDITOR', text: 'the editor for Ctrl+E, :editor, templates new and templates edit'},
	{term: 'XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME', text: 'the XDG base directories (the cache holds Node\'s compile cache for deskterm)'},
	{term: 'NODE_DISABLE_COMPILE_CACHE', text: '1: start without the compile cache'},
	{term: 'MALLOC_ARENA_MAX', text: 'glibc malloc arenas; the deskterm launcher sets 2 unless it is set (less memory held by threads)'},
	{term: 'NO_COLOR, TERM=dumb', text: 'no colour'},
	{term: 'COLUMNS', text: 'table width when the terminal does not report one'},
];

export const files: Entry[] = [
	{term: '<data dir>/desk.sqlite', text: 'the local desk'},
	{term: '<data dir>/drafts/<profile>/<id>.json', text: 'unsent replies and notes'},
	{term: '<data dir>/outbox.db', text: 'replies and notes until the back end has them once (deskterm outbox)'},
	{term: '<data dir>/ranking/template-uses.jsonl, learned-examples.jsonl', text: 'what the suggestions learn from'},
	{term: '<data dir>/debug.log', text: 'the HTTP log, with DESKTERM_DEBUG=file'},
	{term: '<config dir>/config.json', text: 'profiles and the default profile'},
	{term: '<config dir>/secrets.json', text: 'tokens (mode 0600)'},
	{term: '<config dir>/triage/routing.yaml, service-targets.yaml, channel-map.yaml', text: 'triage rules, targets and channels (deskterm triage config init writes the defaults)'},
	{term: '<config dir>/templates/', text: 'your templates'},
	{term: '$XDG_CACHE_HOME/deskterm/compile-cache', text: "Node's compiled code for deskterm (safe to delete)"},
];
