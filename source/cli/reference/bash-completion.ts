// `deskterm completion bash`: a completion function for bash, its tables written out from the command table (pure).
import type {CliReference} from './cli-reference.js';
import {completionTable, flagSpellings, flagsOf, shellQuoted, valueFunctions} from './completion-table.js';

export function bashCompletion(reference: CliReference): string {
	const table = completionTable(reference);
	const caseOf = (rows: string[]) => rows.map(row => `\t\t${row}`).join('\n');
	const verbRows = [...table.verbs].map(([noun, verbs]) => `${shellQuoted(noun)}) REPLY=${shellQuoted(verbs.map(verb => verb.word).join(' '))} ;;`);
	const flagRows = table.commands.map(
		command => `${shellQuoted(command.name)}) REPLY=${shellQuoted(flagsOf(command, table.globals).flatMap(flagSpellings).join(' '))} ;;`,
	);
	return `# bash completion for deskterm ${reference.version}, written by \`deskterm completion bash\` from its command table.
# Now:    source <(deskterm completion bash)
# Always: deskterm completion bash > "\${BASH_COMPLETION_USER_DIR:-\${XDG_DATA_HOME:-$HOME/.local/share}/bash-completion}/completions/deskterm"

__deskterm_first_words=${shellQuoted(table.firstWords.map(word => word.word).join(' '))}

__deskterm_verbs() {
	case $1 in
${caseOf(verbRows)}
		*) REPLY='' ;;
	esac
}

__deskterm_flags() {
	case $1 in
${caseOf(flagRows)}
		*) REPLY=${shellQuoted(table.globals.flatMap(flagSpellings).join(' '))} ;;
	esac
}

${valueFunctions(table)}

# Conversation ids, profiles or templates from the desk itself; quiet and empty when it cannot answer.
__deskterm_ask() {
	local line tab=$'\\t'
	while IFS= read -r line; do
		[[ -n $line ]] && COMPREPLY+=("\${line%%"$tab"*}")
	done < <(command deskterm __complete "$1" "$cur" "\${scope[@]}" 2>/dev/null)
}

__deskterm_offer() {
	local head=''
	case $1 in
		choice:*) mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -W "\${1#choice:}" -- "$cur") ;;
		list:*)
			[[ $cur == *,* ]] && head="\${cur%,*},"
			mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -P "$head" -W "\${1#list:}" -- "\${cur##*,}")
			compopt -o nospace 2>/dev/null
			;;
		conversation) __deskterm_ask ids ;;
		profile) __deskterm_ask profiles ;;
		template) __deskterm_ask templates ;;
		file) mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur"); compopt -o filenames 2>/dev/null ;;
		dir) mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur"); compopt -o filenames 2>/dev/null ;;
	esac
}

_deskterm() {
	local cur=\${COMP_WORDS[COMP_CWORD]} command='' word expect='' verbs='' i arguments=0 REPLY
	local -a scope=()
	COMPREPLY=()
	for ((i = 1; i < COMP_CWORD; i++)); do
		word=\${COMP_WORDS[i]}
		if [[ -n $expect ]]; then
			[[ $word == = ]] && continue
			[[ $expect == --profile || $expect == --data-dir ]] && scope+=("$expect" "$word")
			expect=''
		elif [[ $word == -?* ]]; then
			if [[ $word == *=* ]]; then
				[[ $word == --profile=* || $word == --data-dir=* ]] && scope+=("$word")
				continue
			fi
			__deskterm_flag_value "$command" "$word"
			[[ -n $REPLY ]] && expect=$word
		elif [[ -z $command ]]; then
			command=$word
		elif ((arguments == 0)) && __deskterm_verbs "$command" && [[ " $REPLY " == *" $word "* ]]; then
			command="$command $word"
		else
			((arguments++))
		fi
	done
	[[ $cur == = ]] && return 0
	if [[ -n $expect ]]; then
		__deskterm_flag_value "$command" "$expect"
		__deskterm_offer "$REPLY"
		return 0
	fi
	if [[ $cur == -* ]]; then
		__deskterm_flags "$command"
		mapfile -t COMPREPLY < <(compgen -W "$REPLY" -- "$cur")
		return 0
	fi
	if [[ -z $command ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$__deskterm_first_words" -- "$cur")
		return 0
	fi
	if ((arguments == 0)); then
		__deskterm_verbs "$command"
		verbs=$REPLY
		[[ -n $verbs ]] && mapfile -t COMPREPLY < <(compgen -W "$verbs" -- "$cur")
	fi
	__deskterm_argument "$command" $((arguments + 1))
	__deskterm_offer "$REPLY"
	return 0
}

complete -F _deskterm deskterm
`;
}
