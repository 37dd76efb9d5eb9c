#!/usr/bin/env bash
# Install a built bundle for one user (or system-wide) with menu entry, icons and AppStream data.
#   packaging/install-linux.sh                       bundle from packaging/dist/annotator into ~/.local
#   PREFIX=/usr/local packaging/install-linux.sh      system-wide (run as root)
#   BUNDLE=/path/to/annotator PREFIX=... packaging/install-linux.sh
# Uninstall: remove $PREFIX/lib/annotator, $PREFIX/bin/annotator and the files listed at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
APP_ID=io.github.annotator.Annotator
PREFIX="${PREFIX:-$HOME/.local}"
BUNDLE="${BUNDLE:-$here/dist/annotator}"
[ -x "$BUNDLE/annotator" ] || { echo "no bundle at $BUNDLE; run make package first" >&2; exit 1; }

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$PREFIX/lib/annotator"
cp -a "$BUNDLE" "$PREFIX/lib/annotator"
ln -sfn "$PREFIX/lib/annotator/annotator" "$PREFIX/bin/annotator"

# Menus do not always search ~/.local/bin, so the entry names the program by its full path.
sed -e "s|^Exec=annotator|Exec=$PREFIX/bin/annotator|" -e "s|^TryExec=annotator|TryExec=$PREFIX/bin/annotator|" \
  "$here/annotator.desktop" >"$PREFIX/share/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"

icons="$here/../resources/icons"
for png in "$icons"/annotator-*.png; do
  size="$(basename "$png" .png)"; size="${size#annotator-}"
  mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp "$icons/annotator.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# Refresh the caches when the tools exist; the files work without them after the next login.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Installed Annotator into $PREFIX:"
echo "  $PREFIX/lib/annotator/ (the application), $PREFIX/bin/annotator"
echo "  $PREFIX/share/applications/$APP_ID.desktop, $PREFIX/share/metainfo/$APP_ID.metainfo.xml"
echo "  $PREFIX/share/icons/hicolor/*/apps/$APP_ID.{png,svg}"
