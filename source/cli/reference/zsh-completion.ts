// `deskterm completion zsh`: a #compdef function for zsh's completion system, written from the command table (pure).
import type {CliReference} from './cli-reference.js';
import {completionTable, flagSpellings, flagsOf, shellQuoted, valueFunctions, type Word} from './completion-table.js';

const described = (words: readonly Word[]) => words.map(word => shellQuoted(`${word.word.replace(/:/g, '\\:')}:${word.description}`)).join(' ');

export function zshCompletion(reference: CliReference): string {
	const table = completionTable(reference);
	const caseOf = (rows: string[]) => rows.map(row => `\t\t${row}`).join('\n');
	const flagWords = (flags: ReturnType<typeof flagsOf>) =>
		described(flags.flatMap(flag => flagSpellings(flag).map(spelling => ({word: spelling, description: flag.description}))));
	const verbRows = [...table.verbs].map(([noun, verbs]) => `${shellQuoted(noun)}) reply=(${described(verbs)}) ;;`);
	const flagRows = table.commands.map(command => `${shellQuoted(command.name)}) reply=(${flagWords(flagsOf(command, table.globals))}) ;;`);
	return `#compdef deskterm
# zsh completion for deskterm ${reference.version}, written by \`deskterm completion zsh\` from its command table.
# Always: deskterm completion zsh > "\${fpath[1]}/_deskterm" (any folder in $fpath), then start a new zsh.
# Now:    source <(deskterm completion zsh)   (after compinit)

__deskterm_verbs() {
	case $1 in
${caseOf(verbRows)}
		*) reply=() ;;
	esac
}

__deskterm_flags() {
	case $1 in
${caseOf(flagRows)}
		*) reply=(${flagWords(table.globals)}) ;;
	esac
}

${valueFunctions(table)}

# Conversation ids, profiles or templates from the desk itself; quiet and empty when it cannot answer.
__deskterm_ask() {
	local line tab=$'\\t'
	local -a items
	for line in \${(f)"$(command deskterm __complete $1 "$PREFIX" $scope 2>/dev/null)"}; do
		[[ -n $line ]] && items+=("\${\${line%%$tab*}//:/\\\\:}:\${line#*$tab}")
	done
	(( $#items )) && _describe -t $2 $2 items
}

__deskterm_offer() {
	case $1 in
		choice:*) compadd -- \${=1#choice:} ;;
		list:*) compset -P '*,'; compadd -q -S , -- \${=1#list:} ;;
		conversation) __deskterm_ask ids conversation ;;
		profile) __deskterm_ask profiles profile ;;
		template) __deskterm_ask templates template ;;
		file) _files ;;
		dir) _files -/ ;;
		*) return 1 ;;
	esac
}

_deskterm() {
	local cur=\${words[CURRENT]} command='' word expect='' REPLY
	local -i i arguments=0 found=1
	local -a scope reply
	for (( i = 2; i < CURRENT; i++ )); do
		word=\${words[i]}
		if [[ -n $expect ]]; then
			[[ $expect == (--profile|--data-dir) ]] && scope+=("$expect" "$word")
			expect=''
		elif [[ $word == -?* ]]; then
			if [[ $word == *=* ]]; then
				[[ $word == (--profile|--data-dir)=* ]] && scope+=("$word")
				continue
			fi
			__deskterm_flag_value "$command" "$word"
			[[ -n $REPLY ]] && expect=$word
		elif [[ -z $command ]]; then
			command=$word
		elif (( arguments == 0 )) && __deskterm_verbs "$command" && (( \${reply[(I)\${(b)word}:*]} )); then
			command="$command $word"
		else
			(( arguments++ ))
		fi
	done
	if [[ -z $expect && $cur == --*=* ]]; then
		expect=\${cur%%=*}
		compset -P '*='
	fi
	if [[ -n $expect ]]; then
		__deskterm_flag_value "$command" "$expect"
		__deskterm_offer "$REPLY"
		return
	fi
	if [[ $cur == -* ]]; then
		__deskterm_flags "$command"
		_describe -t options option reply
		return
	fi
	if [[ -z $command ]]; then
		reply=(${described(table.firstWords)})
		_describe -t commands 'deskterm command' reply
		return
	fi
	if (( arguments == 0 )); then
		__deskterm_verbs "$command"
		(( $#reply )) && _describe -t commands verb reply && found=0
	fi
	__deskterm_argument "$command" $(( arguments + 1 ))
	__deskterm_offer "$REPLY" && found=0
	return found
}

if [[ $funcstack[1] == _deskterm ]]; then
	_deskterm "$@"
else
	compdef _deskterm deskterm
fi
`;
}
