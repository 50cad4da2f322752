#!/usr/bin/env bash
# The README's second command (and CI's): install what the tests need, build with warnings as
# errors and run every test against real servers; then build again under AddressSanitizer +
# UndefinedBehaviorSanitizer and run them once more; last, build the .deb and run its binary.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
phase() { echo "== $1 (at ${SECONDS}s)"; }

packaging/install-deps.sh --test

phase "format (clang-format, .clang-format at the root)"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror

phase "build (warnings as errors; the ci preset is the default one without benchmarks)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
phase "tests: unit, integration, gui, fuzz"
ctest --preset ci -j "$jobs"

phase "build (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
phase "tests under ASan + UBSan"
ctest --preset asan -j "$jobs"

phase "package"
(cd build/ci && cpack -G DEB >/dev/null)
deb=$(ls -t build/ci/whalestack_*.deb | head -n1)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/whalestack-cli" --version
"$root/usr/bin/whalestack-cli" workspace "$root/usr/share/whalestack/workspaces/demo" >/dev/null
echo "packaged binary ran: $deb"
phase "done"
