# Types a command line and Tab into an interactive zsh on a pseudo-terminal (zsh/zpty); the setup records the offers.
# zsh -f zsh-complete.zsh <setup file> <line>   (with DESKTERM_COMPLETION_DIR and DESKTERM_CAPTURE set)
zmodload zsh/zpty || exit 3
zpty shell zsh -f -i
zpty -w shell "source ${(q)1}"
zpty -r shell ignored '*SETUP-READY*' || exit 4
zpty -w -n shell "$2"$'\t'
zpty -r shell ignored '*CAPTURE-DONE*' || exit 5
zpty -d shell
