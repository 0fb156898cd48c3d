# Shared by the scripts: where tools live and how to find them. Source it; do not run it.
# Tools are installed once per machine into $SKILLMATCH_TOOLS (outside the checkout, so a
# fresh clone in CI reuses them) and found there before anything else on PATH.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SKILLMATCH_TOOLS="${SKILLMATCH_TOOLS:-$HOME/.cache/skillmatch/tools}"
TRUNK_VERSION=0.21.14
export PATH="$ROOT/node_modules/.bin:$SKILLMATCH_TOOLS/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# wasm-bindgen-test-runner gives ChromeDriver 5 s to bind its port and then kills it (signal 9,
# "driver failed to bind port during startup"): CI on 2026-12-03 failed that way on a loaded
# 2-core machine before any test ran. A minute lets it start; a test's own limit is unchanged.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
# Trunk never downloads tools: it uses the wasm-bindgen and wasm-opt installed above.
export TRUNK_OFFLINE=true

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The benchmarks' own Node packages (Lighthouse, the peer search libraries), pinned in
# bench/package-lock.json and kept out of the root package so CI's npm ci never installs
# them. Installed on first use; skipped while bench/node_modules matches the lock file.
bench_packages() {
    local lock="$ROOT/bench/package-lock.json" stamp="$ROOT/bench/node_modules/.skillmatch-lock-sha"
    if [ ! -f "$stamp" ] || ! cmp -s <(sha1sum < "$lock") "$stamp"; then
        say "installing the benchmarks' Node packages (npm ci in bench/)"
        npm ci --prefix "$ROOT/bench" --no-audit --no-fund --loglevel=error
        sha1sum < "$lock" > "$stamp"
    fi
}
