#!/bin/sh
# A linker for cargo that keeps what rustc hands it: each object file (rustc
# deletes them after the link) and the arguments, in $LONGMODE_LINK_RECORD, then
# links with longmode-ld. Tests link the same inputs with GNU ld to compare.
set -e
record="${LONGMODE_LINK_RECORD:?}"
mkdir -p "$record"
: > "$record/args"
for argument in "$@"; do
    case "$argument" in
        *.o) cp "$argument" "$record/" && printf '%s\n' "$record/$(basename "$argument")" >> "$record/args" ;;
        *) printf '%s\n' "$argument" >> "$record/args" ;;
    esac
done
exec "${LONGMODE_LD:?}" "$@"
