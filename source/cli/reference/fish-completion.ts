// `deskterm completion fish`: complete rules for fish, written from the command table (pure).
import type {ValueSource} from '../command.js';
import type {CliReference, FlagReference} from './cli-reference.js';
import {completionTable, fishQuoted, flagSpellings, sourceCode} from './completion-table.js';

/** The -a/-F part of a complete rule that offers this kind of value. */
function offer(source: ValueSource): string {
	switch (source.kind) {
		case 'choice':
			return source.list ? `-a ${fishQuoted(`(__deskterm_list ${source.values.join(' ')})`)}` : `-a ${fishQuoted(source.values.join(' '))}`;
		case 'conversation':
			return `-a '(__deskterm_ask ids)'`;
		case 'profile':
			return `-a '(__deskterm_ask profiles)'`;
		case 'template':
			return `-a '(__deskterm_ask templates)'`;
		case 'file':
			return '-F';
		case 'dir':
			return `-a '(__fish_complete_directories (commandline -ct))'`;
		default:
			return '';
	}
}

function flagRule(flag: FlagReference, condition: string): string {
	const names = `-l ${flag.name}${flag.short ? ` -s ${flag.short}` : ''}`;
	// -x: a value, never a file name unless the value is one (-F).
	const value = flag.takesValue ? ` ${flag.value.kind === 'file' ? '-r' : '-x'} ${offer(flag.value)}`.trimEnd() : '';
	return `complete -c deskterm${condition} ${names}${value} -d ${fishQuoted(flag.description)}`;
}

export function fishCompletion(reference: CliReference): string {
	const table = completionTable(reference);
	const valueCases = [
		...table.commands.flatMap(command => command.flags.filter(flag => flag.takesValue).map(flag => [flagSpellings(flag).map(spelling => fishQuoted(`${command.name} ${spelling}`)).join(' '), flag] as const)),
		...table.globals.filter(flag => flag.takesValue).map(flag => [flagSpellings(flag).map(spelling => fishQuoted(`* ${spelling}`)).join(' '), flag] as const),
	].map(([patterns, flag]) => `\t\tcase ${patterns}\n\t\t\techo ${fishQuoted(sourceCode(flag.value))}`);
	const verbCases = [...table.verbs].map(([noun, verbs]) => `\t\tcase ${fishQuoted(noun)}\n\t\t\tprintf '%s\\n' ${verbs.map(verb => fishQuoted(verb.word)).join(' ')}`);
	const rules = [
		...table.firstWords.map(word => `complete -c deskterm -n __deskterm_at_first -a ${fishQuoted(word.word)} -d ${fishQuoted(word.description)}`),
		...[...table.verbs].flatMap(([noun, verbs]) => verbs.map(verb => `complete -c deskterm -n ${fishQuoted(`__deskterm_at_verb ${noun}`)} -a ${fishQuoted(verb.word)} -d ${fishQuoted(verb.description)}`)),
		...table.commands.flatMap(command =>
			command.arguments.flatMap((source, index) => {
				const what = offer(source);
				return what === '' ? [] : [`complete -c deskterm -n ${fishQuoted(`__deskterm_at_argument ${fishQuoted(command.name)} ${index + 1}`)} ${what}`];
			}),
		),
		...table.commands.flatMap(command => command.flags.map(flag => flagRule(flag, ` -n ${fishQuoted(`__deskterm_in ${fishQuoted(command.name)}`)}`))),
		...table.globals.map(flag => flagRule(flag, '')),
	];
	return `# fish completion for deskterm ${reference.version}, written by \`deskterm completion fish\` from its command table.
# Always: deskterm completion fish > ~/.config/fish/completions/deskterm.fish
# Now:    deskterm completion fish | source

# A flag's value: choice:WORDS, list:WORDS (comma-separated), conversation, profile, template, file, dir or none; nothing: takes none.
function __deskterm_flag_value
	switch "$argv[1] $argv[2]"
${valueCases.join('\n')}
	end
end

function __deskterm_verbs
	switch "$argv[1]"
${verbCases.join('\n')}
	end
end

# The command so far (or "."), how many arguments it has, then any --profile/--data-dir given.
function __deskterm_state
	set -l command ''
	set -l arguments 0
	set -l expect ''
	set -l scope
	set -l tokens (commandline -opc)
	set -e tokens[1]
	for token in $tokens
		if test -n "$expect"
			contains -- $expect --profile --data-dir; and set -a scope $expect $token
			set expect ''
		else if string match -q -- '-?*' $token
			if string match -q -- '*=*' $token
				string match -qr -- '^--(profile|data-dir)=' $token; and set -a scope $token
				continue
			end
			set -l value (__deskterm_flag_value "$command" $token)
			test -n "$value"; and set expect $token
		else if test -z "$command"
			set command $token
		else if test $arguments = 0; and contains -- $token (__deskterm_verbs $command)
			set command "$command $token"
		else
			set arguments (math $arguments + 1)
		end
	end
	test -n "$command"; or set command .
	printf '%s\\n' $command $arguments $scope
end

function __deskterm_at_first
	set -l state (__deskterm_state)
	test "$state[1]" = .
end

function __deskterm_at_verb
	set -l state (__deskterm_state)
	test "$state[1]" = "$argv[1]"; and test "$state[2]" = 0
end

function __deskterm_at_argument
	set -l state (__deskterm_state)
	test "$state[1]" = "$argv[1]"; and test "$state[2]" = (math $argv[2] - 1)
end

function __deskterm_in
	set -l state (__deskterm_state)
	test "$state[1]" = "$argv[1]"
end

# Comma lists (--status open,pending): offer each value after what the token already holds.
function __deskterm_list
	set -l head (string replace -r -- '[^,]*$' '' (string replace -r -- '^-[^=]*=' '' (commandline -ct)))
	for value in $argv
		echo $head$value
	end
end

# Conversation ids, profiles or templates from the desk itself; quiet and empty when it cannot answer.
function __deskterm_ask
	set -l scope (__deskterm_state)
	set -e scope[1..2]
	command deskterm __complete $argv[1] (string replace -r -- '^-[^=]*=' '' (commandline -ct)) $scope 2>/dev/null
end

complete -c deskterm -f
${rules.join('\n')}
`;
}
