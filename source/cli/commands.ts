// Every command, by name, loaded only when run: help lists them without paying for their code.
import type {CommandEntry} from './command.js';

export const commands: CommandEntry[] = [
	{name: 'queue', summary: 'List the queue, with filters', load: async () => (await import('./commands/queue.js')).command},
	{name: 'show', summary: 'Show one conversation with its thread and customer', load: async () => (await import('./commands/show.js')).command},
	{name: 'reply', summary: 'Reply to the customer', load: async () => (await import('./commands/reply.js')).replyCommand},
	{name: 'note', summary: 'Add an internal note (the customer never sees it)', load: async () => (await import('./commands/reply.js')).noteCommand},
	{name: 'assign', summary: 'Assign to an agent, a team, yourself or nobody', load: async () => (await import('./commands/assign.js')).command},
	{name: 'status', summary: 'Set the status: open, pending, snoozed (--until) or closed', load: async () => (await import('./commands/status.js')).command},
	{name: 'close', summary: 'Close a conversation (status closed), optionally with --worked', load: async () => (await import('./commands/status.js')).closeCommand},
	{name: 'priority', summary: 'Set the priority: low, normal, high or urgent', load: async () => (await import('./commands/priority.js')).command},
	{name: 'tag', summary: 'Add and remove tags: +billing -spam', load: async () => (await import('./commands/tag.js')).command},
	{name: 'outbox', summary: 'List the replies and notes not delivered yet', load: async () => (await import('./commands/outbox.js')).listCommand},
	{name: 'outbox retry', summary: 'Deliver outbox items now (ID... or --all)', load: async () => (await import('./commands/outbox.js')).retryCommand},
	{name: 'outbox drop', summary: 'Forget an outbox item for good', load: async () => (await import('./commands/outbox.js')).dropCommand},
	{name: 'agents', summary: 'List the agents and teams of the desk', load: async () => (await import('./commands/agents.js')).command},
	{name: 'stats', summary: 'Team-lead metrics for a period: FRT, AHT, TTR, CSAT, NPS, bot share ... (--json, --csv)', load: async () => (await import('./commands/stats.js')).command},
	{name: 'summary', summary: 'One screen of the live queue: backlog, breached targets, load per agent (fits 80x24)', load: async () => (await import('./commands/summary.js')).command},
	{name: 'top', summary: 'The live dashboard for team leads: backlog, breached targets, load, volume, figures (read-only)', load: async () => (await import('./commands/top.js')).command},
	{name: 'serve', summary: 'Serve the read-only lead dashboard (deskterm top) over SSH to authorised public keys', load: async () => (await import('./commands/serve.js')).command},
	{name: 'triage', summary: 'Triage scores with their signals, for one conversation or --all', load: async () => (await import('./commands/triage.js')).command},
	{name: 'triage config', summary: 'Check (lint) or create (init) the triage config files', load: async () => (await import('./commands/triage.js')).configCommand},
	{name: 'templates list', summary: 'List the canned-reply templates', load: async () => (await import('./commands/templates-list.js')).command},
	{name: 'templates show', summary: 'Show one template: settings, actions and body', load: async () => (await import('./commands/templates-show.js')).command},
	{name: 'templates new', summary: 'Create a template in your templates folder and open it in $EDITOR', load: async () => (await import('./commands/templates-new.js')).command},
	{name: 'templates edit', summary: 'Open a template file in $EDITOR', load: async () => (await import('./commands/templates-edit.js')).command},
	{name: 'templates lint', summary: 'Check template files: file:line: reason for every problem', load: async () => (await import('./commands/templates-lint.js')).command},
	{name: 'templates stats', summary: 'How each template is used: uses, sent unedited, last use, never used', load: async () => (await import('./commands/templates-stats.js')).command},
	{name: 'templates export', summary: 'Export templates as JSON or as files into a folder', load: async () => (await import('./commands/templates-export.js')).command},
	{name: 'templates import', summary: "Import template files, a JSON export, or the back end's saved replies", load: async () => (await import('./commands/templates-import.js')).command},
	{name: 'suggest', summary: 'Suggest templates for a conversation, or for messages on stdin (--batch -)', load: async () => (await import('./commands/suggest.js')).command},
	{name: 'learn', summary: 'Teach the suggestions from past conversations labelled with their template', load: async () => (await import('./commands/learn.js')).command},
	{name: 'demo reset', summary: 'Reseed the local demo desk', load: async () => (await import('./commands/demo-reset.js')).command},
	{name: 'demo incoming', summary: "Play the customer's side: a new conversation or message", load: async () => (await import('./commands/demo-incoming.js')).command},
	{name: 'login', summary: 'Connect to a helpdesk: check the credentials and save a profile', load: async () => (await import('./commands/login.js')).command},
	{name: 'logout', summary: "Forget a profile's saved token (--remove deletes the profile)", load: async () => (await import('./commands/logout.js')).command},
	{name: 'profiles', summary: 'List the helpdesk profiles, or choose the default one', load: async () => (await import('./commands/profiles.js')).command},
	{name: 'info', summary: 'Show paths, the active profile, read-only mode and capabilities', load: async () => (await import('./commands/info.js')).command},
	{name: 'completion', summary: 'Print the shell completion script for bash, zsh or fish', load: async () => (await import('./commands/completion.js')).command},
	{name: 'man', summary: 'Print the manual page (roff): deskterm man | man -l -', load: async () => (await import('./commands/man.js')).command},
	{name: '__complete', summary: 'Candidates for the shell completion scripts', hidden: true, load: async () => (await import('./commands/complete-helper.js')).command},
];

/** Finds the command named by the first words of argv ('demo reset' takes two). */
export function findCommand(argv: readonly string[]): {entry: CommandEntry; rest: string[]} | undefined {
	for (const words of [2, 1]) {
		const name = argv.slice(0, words).join(' ');
		const entry = commands.find(command => command.name === name);
		if (entry) return {entry, rest: argv.slice(words)};
	}
	return undefined;
}
