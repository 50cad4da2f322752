#!/bin/bash
# Checks tests/fixtures/with-keyring.sh itself: a keyring that cannot start makes it fail with
# the daemon's reason (a keychain test must fail, never skip or pass); otherwise it passes the
# command's exit status through, gives the command a private home, and removes it afterwards.
#   usage: tst_with-keyring.sh PATH/TO/with-keyring.sh
set -u
script="$1"
failures=0
check() { # check DESCRIPTION CONDITION-STATUS [DETAIL]
    if [ "$2" -eq 0 ]; then
        echo "PASS   : $1"
    else
        echo "FAIL!  : $1 ${3:-}"
        failures=$((failures + 1))
    fi
}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
printf '#!/bin/sh\necho "simulated: the keyring cannot start" >&2\nexit 1\n' >"$tmp/bin/gnome-keyring-daemon"
chmod +x "$tmp/bin/gnome-keyring-daemon"

out=$(PATH="$tmp/bin:$PATH" "$script" true 2>&1)
status=$?
[ $status -ne 0 ]; check "a keyring daemon that exits fails the run" $? "(exit status $status)"
grep -q "simulated: the keyring cannot start" <<<"$out"; check "the failure says why" $? "($out)"

out=$("$script" 2>&1)
[ $? -ne 0 ]; check "no command is a usage error" $?

"$script" sh -c 'exit 7' 2>/dev/null
status=$?
[ $status -eq 7 ]; check "the command's exit status comes through" $? "(got $status)"

"$script" sh -c '
    [ -n "$WHALESTACK_KEYRING_HOME" ] && [ -d "$WHALESTACK_KEYRING_HOME" ] || exit 1
    [ "$HOME" = "$WHALESTACK_KEYRING_HOME" ] || exit 2
    for dir in "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; do
        case "$dir" in "$WHALESTACK_KEYRING_HOME"/*) [ -d "$dir" ] || exit 3 ;; *) exit 4 ;; esac
    done
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets | grep -q true || exit 5
' 2>/dev/null
status=$?
[ $status -eq 0 ]; check "the command gets a private home and a running Secret Service" $status "(step $status failed)"

home=$("$script" sh -c 'echo "$WHALESTACK_KEYRING_HOME"' 2>/dev/null)
[ -n "$home" ] && [ ! -e "$home" ]; check "the private home is removed afterwards" $? "($home)"

echo "Totals: $failures failed"
[ $failures -eq 0 ]
