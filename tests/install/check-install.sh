#!/usr/bin/env bash
# Installs the build into a throw-away prefix and validates what a desktop
# needs: the binary, the desktop entry with its keylink:// scheme handler,
# the AppStream metadata and the icon.
set -euo pipefail
build="$1"
prefix="$(mktemp -d -t keylink-install.XXXXXX)"
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
desktop="$prefix/share/applications/io.keylink.Keylink.desktop"
metainfo="$prefix/share/metainfo/io.keylink.Keylink.metainfo.xml"
window="$prefix/libexec/keylink/keylink-window"
for f in "$prefix/bin/keylink" "$window" "$desktop" "$metainfo" "$prefix/share/icons/hicolor/scalable/apps/io.keylink.Keylink.svg"; do
  [ -e "$f" ] || { echo "missing after install: $f"; exit 1; }
done
grep -qx 'MimeType=x-scheme-handler/keylink;' "$desktop" || { echo "the desktop entry does not handle keylink://"; exit 1; }
grep -qx 'Exec=keylink %u' "$desktop" || { echo "the desktop entry does not pass the link to keylink"; exit 1; }
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
"$prefix/bin/keylink" --version
# The command line loads no GUI library; the window program is the one that does.
if ldd "$prefix/bin/keylink" | grep -qE 'libQt6(Gui|Widgets)'; then
  echo "keylink links Qt Gui or Widgets: $(ldd "$prefix/bin/keylink" | grep -E 'libQt6(Gui|Widgets)')"
  exit 1
fi
ldd "$window" | grep -q libQt6Widgets || { echo "keylink-window does not link Qt Widgets"; exit 1; }
# No RUNPATH: an empty entry (as CMake pads them) would load libraries from
# the current directory.
for binary in "$prefix/bin/keylink" "$window" "$build/bin/keylink" "$build/bin/keylink-window"; do
  if readelf -d "$binary" | grep -qE 'R(UN)?PATH'; then
    echo "$binary has a RUNPATH: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
    exit 1
  fi
done
echo "install: 1 passed, 0 failed"
