#!/usr/bin/env bash
# What the browser tests need from Debian, installed without downloading a browser:
#   - Chromium (/usr/bin/chromium), driven by playwright-core;
#   - WordPress's own wp-embed.js (the script that sizes oEmbed frames in WordPress posts),
#     extracted from Debian's wordpress package into .cache/wordpress (not installed: no PHP,
#     no web server). Skipped when WordPress is installed system-wide.
# Run as root (CI runs it from .ci/run); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

target=.cache/wordpress
if [ ! -f /usr/share/wordpress/wp-includes/js/wp-embed.js ] && [ ! -f "$target/usr/share/wordpress/wp-includes/js/wp-embed.js" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  chmod 755 "$tmp" # apt's download user must be able to write there
  (cd "$tmp" && apt-get download wordpress 2>/dev/null || { apt-get update -qq && apt-get download wordpress; })
  mkdir -p "$target"
  dpkg-deb -x "$tmp"/wordpress_*.deb "$tmp/x"
  mkdir -p "$target/usr/share/wordpress/wp-includes/js"
  cp "$tmp/x/usr/share/wordpress/wp-includes/js/wp-embed.js" "$target/usr/share/wordpress/wp-includes/js/"
  cp "$tmp/x/usr/share/wordpress/wp-includes/version.php" "$target/usr/share/wordpress/wp-includes/"
fi
echo "setup-test-deps: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), wp-embed.js from WordPress $(grep -ho "wp_version = '[^']*'" /usr/share/wordpress/wp-includes/version.php $target/usr/share/wordpress/wp-includes/version.php 2>/dev/null | head -1 | cut -d"'" -f2)"
