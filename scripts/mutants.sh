#!/usr/bin/env bash
# A mutation-testing sample of the rules or the recogniser (docs/mutation-testing.md).
# Too slow for CI: a run of the whole of either area takes days on two cores, so this runs one
# round-robin shard of it, judged by the tests that pin behaviour.
#
#   scripts/mutants.sh rules 0/42        # every 42nd mutant of crates/thethuc/src/rules/
#   scripts/mutants.sh recognize 0/67    # every 67th of crates/thethuc/src/recognize/
#   scripts/mutants.sh rules 0/42 --list # what it would run
#
# Further arguments go to cargo-mutants (--list, --re REGEX, --iterate, -o DIR, --jobs N).
# The results land in ./mutants.out unless -o says otherwise; never commit them.
set -euo pipefail
area=${1:?usage: scripts/mutants.sh rules|recognize K/N [cargo-mutants args]}
shard=${2:?usage: scripts/mutants.sh rules|recognize K/N [cargo-mutants args]}
shift 2
case "$area" in
rules | recognize) ;;
*) echo "area must be rules or recognize" >&2; exit 2 ;;
esac

# The tests that judge a mutant: the library's unit tests, the rule fixtures (each finding's
# exact range), the golden corpus, the formatting rules on built .docx files (the state's and
# the Party's), the whole documents written to the decree, and the development set's floor
# (its figures, ~30 s in a debug build). Left out: the metamorphic layouts (~2 min each run),
# the doctests, and the integration tests that check limits, robustness, the architecture, the
# editing session (it compares the recogniser with itself), the map's dates and fix's round trip.
targets=(--cargo-arg=--lib --cargo-arg=--test=rule_fixtures --cargo-arg=--test=golden
    --cargo-arg=--test=formatting --cargo-arg=--test=party_formatting
    --cargo-arg=--test=documents --cargo-arg=--test=devset)
# Unit tests of the stages before the recogniser (text/, input/, layout/): no mutant in
# rules/ or recognize/ can reach them (tests/tests/architecture.rs keeps the stage order), and
# a few are exhaustive sweeps that take seconds. The rules' sample skips the recogniser's too.
skips=(text::normalization:: text::decimal:: text::marks:: text::sorting:: text::syllable::
    text::fold:: text::words:: text::phrases:: text::reading:: text::roman:: layout:: input::)
if [[ $area == rules ]]; then skips+=(recognize::); fi
test_args=(--cargo-test-arg=--)
for s in "${skips[@]}"; do test_args+=(--cargo-test-arg=--skip "--cargo-test-arg=$s"); done

# cargo-mutants 27 runs its baseline on the mutated package alone, where the targets above do
# not exist: skip it (run the same tests unmutated first) and give the timeouts by hand.
exec nice -n 10 cargo mutants --baseline skip --timeout 150 --build-timeout 1200 --package thethuc --test-package thethuc,thethuc-tests,thethuc-docx \
    --file "crates/thethuc/src/$area/**" --shard "$shard" --sharding round-robin --jobs 1 \
    "${targets[@]}" "${test_args[@]}" "$@"
