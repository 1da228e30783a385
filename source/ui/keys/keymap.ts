// Every key of the console in one table: the input hooks, the footer hints and the `?` overlay read it.

/** Where a key means something; scopes that are active together form a layer (see keyLayers). */
export type KeyScope = 'app' | 'queue' | 'ticket' | 'conversation' | 'composer' | 'templates' | 'fill' | 'prompt' | 'picker' | 'confirm' | 'help';

export type KeyAction = {
	id: string;
	/** Key patterns, e.g. 'j', 'G', 'ctrl+s', 'enter', 'shift+tab' (see key-pattern.ts). */
	keys: readonly string[];
	description: string;
	scope: KeyScope;
	/** Changes the desk (writes): hidden and refused in read-only mode. */
	dangerous: boolean;
	/** A one-word label for the footer; actions without one stay out of the footer. */
	hint?: string;
};

const action = (
	id: string,
	scope: KeyScope,
	keys: readonly string[],
	description: string,
	extra: {dangerous?: boolean; hint?: string} = {},
): KeyAction => ({id, scope, keys, description, dangerous: extra.dangerous ?? false, ...(extra.hint ? {hint: extra.hint} : {})});

export const keymap: readonly KeyAction[] = [
	action('app.help', 'app', ['?'], 'show every key (this list)', {hint: 'help'}),
	action('app.commandLine', 'app', [':'], 'command line (:assign me, :status pending, :tag +vip, :q ...)', {hint: 'command'}),
	action('app.switchPane', 'app', ['tab', 'shift+tab'], 'switch between the queue and the conversation'),
	action('app.refresh', 'app', ['R', 'ctrl+r'], 'refresh the queue, the counts and the open conversation'),
	action('app.nextBest', 'app', ['n'], 'open the next-best conversation: the highest triage priority you can take', {hint: 'next'}),
	action('app.triageDetails', 'app', ['e'], 'show or hide the triage details (every signal) above the thread'),
	action('app.quit', 'app', ['q', 'ctrl+c'], 'quit deskterm (an unsent draft stays on disk for next time)', {hint: 'quit'}),

	action('queue.down', 'queue', ['j', 'down'], 'next conversation'),
	action('queue.up', 'queue', ['k', 'up'], 'previous conversation'),
	action('queue.pageDown', 'queue', ['pagedown', 'ctrl+d', 'space'], 'one page down'),
	action('queue.pageUp', 'queue', ['pageup', 'ctrl+u'], 'one page up'),
	action('queue.top', 'queue', ['g', 'home'], 'first conversation'),
	action('queue.bottom', 'queue', ['G', 'end'], 'last conversation'),
	action('queue.open', 'queue', ['enter', 'l', 'right'], 'open the selected conversation', {hint: 'open'}),
	action('queue.search', 'queue', ['/'], 'search subjects, customers and messages', {hint: 'search'}),
	action('queue.clearSearch', 'queue', ['escape'], 'clear the search'),
	action('queue.viewMine', 'queue', ['1'], 'show conversations assigned to me'),
	action('queue.viewUnassigned', 'queue', ['2'], 'show unassigned conversations'),
	action('queue.viewAll', 'queue', ['3'], 'show everyone\'s conversations'),
	action('queue.sort', 'queue', ['o'], 'change the order: waiting longest, priority, recently updated, newest', {hint: 'sort'}),
	action('queue.statusFilter', 'queue', ['S'], 'filter by status (active, open, pending, snoozed, closed, all)'),
	action('queue.teamFilter', 'queue', ['T'], 'filter by team'),
	action('queue.triageFilter', 'queue', ['F'], 'filter by triage: target at risk, human only, high severity, priority 70+'),

	action('ticket.reply', 'ticket', ['r'], 'write a reply to the customer', {dangerous: true, hint: 'reply'}),
	action('ticket.note', 'ticket', ['i'], 'write an internal note (agents only)', {dangerous: true, hint: 'note'}),
	action('ticket.assign', 'ticket', ['a'], 'assign to me, an agent, a team or nobody', {dangerous: true, hint: 'assign'}),
	action('ticket.status', 'ticket', ['s'], 'set the status: open, pending, snoozed until ..., closed', {dangerous: true, hint: 'status'}),
	action('ticket.priority', 'ticket', ['p'], 'set the priority: urgent, high, normal, low', {dangerous: true}),
	action('ticket.tags', 'ticket', ['t'], 'add or remove tags (+billing -spam)', {dangerous: true, hint: 'tags'}),

	action('conversation.down', 'conversation', ['j', 'down'], 'scroll the thread down'),
	action('conversation.up', 'conversation', ['k', 'up'], 'scroll the thread up'),
	action('conversation.pageDown', 'conversation', ['pagedown', 'ctrl+d', 'space'], 'scroll one page down'),
	action('conversation.pageUp', 'conversation', ['pageup', 'ctrl+u'], 'scroll one page up'),
	action('conversation.top', 'conversation', ['g', 'home'], 'first message'),
	action('conversation.bottom', 'conversation', ['G', 'end'], 'latest message'),
	action('conversation.next', 'conversation', ['J'], 'open the next conversation in the queue'),
	action('conversation.previous', 'conversation', ['K'], 'open the previous conversation in the queue'),
	action('conversation.back', 'conversation', ['escape', 'h', 'left'], 'back to the queue', {hint: 'back'}),
	action('conversation.suggestion1', 'conversation', ['1'], 'reply with suggested template 1', {dangerous: true}),
	action('conversation.suggestion2', 'conversation', ['2'], 'reply with suggested template 2', {dangerous: true}),
	action('conversation.suggestion3', 'conversation', ['3'], 'reply with suggested template 3', {dangerous: true}),

	action('composer.send', 'composer', ['ctrl+s'], 'send the reply or save the note', {dangerous: true, hint: 'send'}),
	action('composer.cancel', 'composer', ['escape', 'ctrl+c'], 'cancel (asks first if text would be lost)', {hint: 'cancel'}),
	action('composer.editor', 'composer', ['ctrl+e'], 'continue in $VISUAL / $EDITOR', {hint: 'editor'}),
	action('composer.toggleKind', 'composer', ['ctrl+t'], 'switch between reply and internal note', {hint: 'reply/note'}),
	action('composer.newline', 'composer', ['enter'], 'new line'),
	action('composer.left', 'composer', ['left'], 'cursor left'),
	action('composer.right', 'composer', ['right'], 'cursor right'),
	action('composer.up', 'composer', ['up'], 'cursor up a line'),
	action('composer.down', 'composer', ['down'], 'cursor down a line'),
	action('composer.lineStart', 'composer', ['home', 'ctrl+a'], 'start of the line'),
	action('composer.lineEnd', 'composer', ['end'], 'end of the line'),
	action('composer.deleteBack', 'composer', ['backspace'], 'delete the character before the cursor'),
	action('composer.deleteForward', 'composer', ['delete', 'ctrl+d'], 'delete the character under the cursor'),
	action('composer.deleteWord', 'composer', ['ctrl+w'], 'delete the word before the cursor'),
	action('composer.deleteToStart', 'composer', ['ctrl+u'], 'delete to the start of the line'),
	action('composer.fillFields', 'composer', ['tab'], 'fill the next template field ({{order_number}}) one by one', {hint: 'fill'}),
	action('composer.suggestion1', 'composer', ['alt+1'], 'insert suggested template 1 at the cursor (/ lists them too)'),
	action('composer.suggestion2', 'composer', ['alt+2'], 'insert suggested template 2 at the cursor'),
	action('composer.suggestion3', 'composer', ['alt+3'], 'insert suggested template 3 at the cursor'),

	action('templates.insert', 'templates', ['enter'], 'insert the chosen template at the cursor, filled for this customer', {hint: 'insert'}),
	action('templates.down', 'templates', ['down', 'ctrl+n'], 'next template'),
	action('templates.up', 'templates', ['up', 'ctrl+p'], 'previous template'),
	action('templates.close', 'templates', ['escape'], 'close the list and keep the typed text', {hint: 'close'}),

	action('fill.accept', 'fill', ['enter'], 'accept the value and go to the next empty field', {hint: 'accept'}),
	action('fill.next', 'fill', ['tab'], 'next field', {hint: 'next field'}),
	action('fill.previous', 'fill', ['shift+tab'], 'previous field'),
	action('fill.deleteBack', 'fill', ['backspace'], 'delete the last character of the value'),
	action('fill.clear', 'fill', ['ctrl+u'], 'clear the value (the field shows its {{name}} again)'),
	action('fill.stop', 'fill', ['escape'], 'stop filling and edit the text freely', {hint: 'stop'}),

	action('prompt.submit', 'prompt', ['enter'], 'run / apply', {hint: 'apply'}),
	action('prompt.cancel', 'prompt', ['escape', 'ctrl+c'], 'cancel', {hint: 'cancel'}),
	action('prompt.complete', 'prompt', ['tab'], 'complete the command or value'),
	action('prompt.historyBack', 'prompt', ['up'], 'previous entry from history'),
	action('prompt.historyForward', 'prompt', ['down'], 'next entry from history'),
	action('prompt.left', 'prompt', ['left'], 'cursor left'),
	action('prompt.right', 'prompt', ['right'], 'cursor right'),
	action('prompt.start', 'prompt', ['home', 'ctrl+a'], 'start of the line'),
	action('prompt.end', 'prompt', ['end', 'ctrl+e'], 'end of the line'),
	action('prompt.deleteBack', 'prompt', ['backspace'], 'delete the character before the cursor'),
	action('prompt.deleteForward', 'prompt', ['delete'], 'delete the character under the cursor'),
	action('prompt.deleteWord', 'prompt', ['ctrl+w'], 'delete the word before the cursor'),
	action('prompt.clear', 'prompt', ['ctrl+u'], 'clear the line'),

	action('picker.down', 'picker', ['down', 'ctrl+n'], 'next choice'),
	action('picker.up', 'picker', ['up', 'ctrl+p'], 'previous choice'),
	action('picker.choose', 'picker', ['enter'], 'choose (or press a choice\'s letter; type to filter long lists)', {hint: 'choose'}),
	action('picker.cancel', 'picker', ['escape', 'ctrl+c'], 'cancel', {hint: 'cancel'}),
	action('picker.deleteBack', 'picker', ['backspace'], 'delete a letter of the filter'),

	action('confirm.yes', 'confirm', ['y'], 'yes, go ahead'),
	action('confirm.no', 'confirm', ['n', 'enter', 'escape', 'ctrl+c'], 'no (the default)'),

	action('help.down', 'help', ['j', 'down'], 'scroll the key list down'),
	action('help.up', 'help', ['k', 'up'], 'scroll the key list up'),
	action('help.pageDown', 'help', ['pagedown', 'space', 'ctrl+d'], 'scroll one page down'),
	action('help.pageUp', 'help', ['pageup', 'ctrl+u'], 'scroll one page up'),
	action('help.close', 'help', ['escape', '?', 'q', 'ctrl+c'], 'close this list', {hint: 'close'}),
];

/** Scopes that listen at the same time; a key must mean one thing within a layer. */
export const keyLayers = {
	queue: ['queue', 'ticket', 'app'],
	conversation: ['conversation', 'ticket', 'app'],
	composer: ['composer'],
	templates: ['templates'],
	fill: ['fill'],
	prompt: ['prompt'],
	picker: ['picker'],
	confirm: ['confirm'],
	help: ['help'],
} as const satisfies Record<string, readonly KeyScope[]>;

export type KeyLayer = keyof typeof keyLayers;

export const scopeTitles: Record<KeyScope, string> = {
	app: 'Everywhere',
	queue: 'Queue',
	ticket: 'The selected conversation (queue or conversation pane)',
	conversation: 'Conversation pane',
	composer: 'Reply and note composer (Enter is a new line; / plus letters finds a template)',
	templates: 'Template list in the composer (after / and a few letters; typing goes on into the text)',
	fill: "Template fields (typing goes into the field; send stays refused while one is empty)",
	prompt: 'Search, command line and other one-line prompts',
	picker: 'Pickers (assign, status, priority, filters)',
	confirm: 'Questions (y/N, No is the default)',
	help: 'This key list',
};

const byId = new Map(keymap.map(entry => [entry.id, entry]));

export function keyAction(id: string): KeyAction {
	const found = byId.get(id);
	if (!found) throw new Error(`unknown key action ${id}`);
	return found;
}

/** The actions a person can use: in read-only mode the dangerous ones are gone. */
export function availableActions(readOnly: boolean): KeyAction[] {
	return keymap.filter(entry => !(readOnly && entry.dangerous));
}
