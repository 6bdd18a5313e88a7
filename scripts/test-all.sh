#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, lints, Rust unit tests, fixture and
# golden tests, CLI tests. (The WASM build and browser tests join when the widget lands.)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is required (Rust toolchain); install it with rustup first" >&2
  exit 2
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    step "installing rustup component ${component}"
    rustup component add "${component}"
  fi
done

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (unit, rule fixtures, golden corpus, CLI)"
cargo test --workspace --locked
