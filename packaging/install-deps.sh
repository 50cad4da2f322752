#!/usr/bin/env bash
# Installs what Whalestack needs on Debian 12, from Debian's archive only.
#   packaging/install-deps.sh          build + run dependencies
#   packaging/install-deps.sh --test   also the servers and tools the tests start
# Idempotent: packages already present are skipped by apt. Needs root (or sudo).
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libyaml-cpp-dev libtomlplusplus-dev libarchive-dev libgraphviz-dev graphviz
  libsecret-1-0 libdtl-dev
  busybox-static lld
)
test_pkgs=(
  clang-14 clang-format libclang-rt-14-dev libfuzzer-14-dev
  docker.io etcd-server etcd-client docker-registry openssl
  gnome-keyring dbus dbus-x11 libsecret-tools libglib2.0-bin
  xvfb xauth imagemagick
  appstream desktop-file-utils
  openssh-server openssh-client
  haproxy memcached mariadb-server rabbitmq-server pdns-server pdns-backend-sqlite3 sqlite3
  ceph-mon ceph-mgr
)

want=("${build_pkgs[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps the test servers from pulling in desktop stacks; policy-rc.d
# keeps Debian's postinst from starting system-wide daemons: the tests start their own.
if [[ $(id -u) -eq 0 && ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
