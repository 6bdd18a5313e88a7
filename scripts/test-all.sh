#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, lints, Rust unit tests, fixture and
# golden tests, CLI tests, the WASM build, the engine's tests in headless Chromium, and the widget's
# browser tests. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
# The disk this run writes to, in MB free, so that a full disk is told before cargo fails on it.
build_dir="${CARGO_TARGET_DIR:-$PWD/target}"
free_mb() { df -Pm "${build_dir}" | awk 'NR == 2 { print $4 }'; }
# One build each, never resumed: incremental caches would double what the run writes (about
# 0.9 GB), and CI machines have had little disk to spare.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' crates/thethuc-wasm/Cargo.toml)"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "need root to run: $*" >&2
    return 1
  fi
}

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is required (Rust toolchain); install it with rustup first" >&2
  exit 2
fi
# rust-src: the .wasm build compiles the standard library from source (web-widget/scripts/build.mjs).
for component in rustfmt clippy rust-src; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    step "installing rustup component ${component}"
    rustup component add "${component}"
  fi
done
# Never `rustup update` here: it would move the toolchain under CI's feet.
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  step "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ]; then
  step "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (same version as the crate; about 3 minutes)"
  # Not --locked: its lock file names a dependency version the registry lacks.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi
missing_packages=()
[ -x /usr/bin/chromium ] || missing_packages+=(chromium)
[ -x /usr/bin/chromedriver ] || missing_packages+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || missing_packages+=(npm)
# Fixed .docx files must open in LibreOffice (crates/thethuc-docx/tests/libreoffice.rs).
command -v soffice >/dev/null 2>&1 || missing_packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing_packages+=(poppler-utils)
# scripts/hostile-inputs.sh measures each run with /usr/bin/time and generates inputs with python3.
[ -x /usr/bin/time ] || missing_packages+=(time)
command -v python3 >/dev/null 2>&1 || missing_packages+=(python3)
if [ "${#missing_packages[@]}" -gt 0 ]; then
  step "installing ${missing_packages[*]} (Debian packages)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing_packages[@]}"
fi

mkdir -p "${build_dir}"
step "disk: $(free_mb) MB free where the build goes (the whole run writes about 4 GB from scratch)"
if [ "$(free_mb)" -lt 3000 ]; then
  echo "warning: less than 3 GB free; the build may fail with 'No space left on device'" >&2
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, native and wasm32, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p thethuc-wasm --all-targets --locked -- -D warnings
# The .docx reader must build for the browser too (pure Rust, no C).
cargo clippy --target wasm32-unknown-unknown -p thethuc-docx --lib --locked -- -D warnings

step "cargo test (unit, rule fixtures, golden corpus, CLI, .docx writer in LibreOffice)"
THETHUC_REQUIRE_LIBREOFFICE=1 cargo test --workspace --locked

step "packaging: the published crates build from their archives alone (cargo package)"
# What `cargo publish --dry-run` checks, short of asking the registry whether the version is
# already there: every file a crate compiles (grammars, data) is inside it, every path
# dependency names a version, and each archive builds. The crates are packaged together so that
# thethuc-docx and the CLI find the thethuc archive before it is on crates.io.
# Cargo unpacks the archives of its temporary local registry under CARGO_HOME and never unpacks the
# same name and version again: a run after a change would verify thethuc-docx against the thethuc of
# an earlier run. The local registries are the `registry/src/-<hash>` folders (crates.io's is named).
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/thethuc-*
cargo package --locked --allow-dirty -p thethuc -p thethuc-docx -p thethuc-cli

step "hostile inputs: each finishes in bounded time and memory (release CLI)"
bash scripts/hostile-inputs.sh

step "the WASM engine's tests in headless Chromium (wasm-bindgen-test)"
# No -q: the runner rejects --quiet.
CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown -p thethuc-wasm

step "fuzz smoke: 15 s per target (skipped where cargo-fuzz or nightly is missing)"
bash scripts/fuzz.sh 15

step "web widget: npm ci, build (two modules, SIMD and without: wasm-bindgen --target web, wasm-opt), browser tests"
cd web-widget
npm ci --no-audit --no-fund
npm run build
npm test

step "done: $(free_mb) MB left free where the build goes"
