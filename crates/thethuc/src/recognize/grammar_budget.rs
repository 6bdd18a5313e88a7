//! The grammars' step budget (`Limits::max_grammar_calls`), kept per check rather than per
//! process.
//!
//! pest has one process-wide call limit (`pest::set_call_limit`), read when a parse starts. So
//! every parse of ours goes through [`parse`]: it takes the budget of the check running on this
//! thread (set for the check's duration with [`Budget::enter`]) and starts only while no parse
//! under another budget is running, the process-wide limit set to its own. Parses under the same
//! budget run side by side; a parse under another budget waits for them (a parse is short, and
//! a newcomer lets a waiting budget go first, so no budget starves).

use std::cell::Cell;
use std::num::NonZeroUsize;
use std::sync::{Condvar, Mutex, PoisonError};

use pest::error::Error;
use pest::iterators::Pairs;
use pest::{Parser, RuleType};

thread_local! {
    /// The budget of the check running on this thread; outside a check, the default one.
    static BUDGET: Cell<Option<NonZeroUsize>> =
        const { Cell::new(NonZeroUsize::new(crate::config::DEFAULT_MAX_GRAMMAR_CALLS)) };
}

/// The budget of the checks running on this thread until it is dropped (then the one before).
#[must_use = "the budget holds only while this value lives"]
pub(crate) struct Budget {
    previous: Option<NonZeroUsize>,
}

impl Budget {
    /// Gives this thread's parses at most `max_grammar_calls` steps each (0: no limit).
    pub(crate) fn enter(max_grammar_calls: usize) -> Budget {
        let previous = BUDGET.with(|b| b.replace(NonZeroUsize::new(max_grammar_calls)));
        Budget { previous }
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        BUDGET.with(|b| b.set(self.previous));
    }
}

/// Parses `input` from `rule` of the grammar `P` within this thread's budget. A parse that runs
/// out of steps fails with pest's `CustomError`.
pub(crate) fn parse<P: Parser<R>, R: RuleType>(
    rule: R,
    input: &str,
) -> Result<Pairs<'_, R>, Error<R>> {
    let _turn = Turn::take(BUDGET.with(Cell::get));
    P::parse(rule, input)
}

/// Whose budget pest's process-wide limit holds, and how many parses run under it.
struct Gate {
    budget: Option<NonZeroUsize>,
    running: usize,
    waiting: usize,
}

static GATE: Mutex<Gate> = Mutex::new(Gate {
    budget: None,
    running: 0,
    waiting: 0,
});
static GATE_FREED: Condvar = Condvar::new();

/// A parse running under the gate's budget; dropping it ends the parse.
struct Turn;

impl Turn {
    fn take(budget: Option<NonZeroUsize>) -> Turn {
        let mut gate = GATE.lock().unwrap_or_else(PoisonError::into_inner);
        if !(gate.running == 0 || (gate.budget == budget && gate.waiting == 0)) {
            gate.waiting += 1;
            while !(gate.running == 0 || gate.budget == budget) {
                gate = GATE_FREED
                    .wait(gate)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            gate.waiting -= 1;
        }
        // Set even when it should hold already: a program may call pest itself.
        pest::set_call_limit(budget);
        gate.budget = budget;
        gate.running += 1;
        Turn
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let mut gate = GATE.lock().unwrap_or_else(PoisonError::into_inner);
        gate.running -= 1;
        if gate.running == 0 && gate.waiting > 0 {
            GATE_FREED.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_holds_on_its_thread_until_dropped_then_the_one_before_is_back() {
        let default = NonZeroUsize::new(crate::config::DEFAULT_MAX_GRAMMAR_CALLS);
        assert_eq!(BUDGET.with(Cell::get), default);
        {
            let _outer = Budget::enter(5);
            assert_eq!(BUDGET.with(Cell::get), NonZeroUsize::new(5));
            {
                let _inner = Budget::enter(0);
                assert_eq!(BUDGET.with(Cell::get), None);
                std::thread::spawn(move || assert_eq!(BUDGET.with(Cell::get), default))
                    .join()
                    .unwrap();
            }
            assert_eq!(BUDGET.with(Cell::get), NonZeroUsize::new(5));
        }
        assert_eq!(BUDGET.with(Cell::get), default);
    }
}
