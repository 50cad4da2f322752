#!/usr/bin/env bash
# The README's first command: install what is missing, build the application, start it.
# Arguments go to whalestack (a workspace folder, for example); with none it opens the last
# workspace, or the bundled demo.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset app >/dev/null
cmake --build --preset app
exec build/app/gui/whalestack "$@"
