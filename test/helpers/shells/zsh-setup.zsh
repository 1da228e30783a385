# Sourced by the interactive zsh that zsh-complete.zsh drives: loads _deskterm and records what each compadd offers.
PS1='' RPS1=''
fpath=("$DESKTERM_COMPLETION_DIR" $fpath)
autoload -Uz compinit && compinit -u -D
# Calls that only ask (-O, -A, -D) pass through; the others offer matches: note them, then offer them.
compadd() {
	if (( ${@[(I)-[OAD]]} )); then
		builtin compadd "$@"
		return
	fi
	local -a offered
	builtin compadd -A offered "$@"
	(( $#offered )) && print -rl -- $offered >> "$DESKTERM_CAPTURE"
	builtin compadd "$@"
}
__deskterm_capture_done() { print -rn -- "CAPTURE""-DONE" > /dev/tty }
comppostfuncs=(__deskterm_capture_done)
print -r -- "SETUP""-READY"
