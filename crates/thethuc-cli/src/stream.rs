//! Checking in parallel, printing in order: each file's piece goes out as soon as it and every
//! file before it are done, and only a bounded window of files is in flight.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Condvar, Mutex, MutexGuard, PoisonError};

/// Runs `work` on every item on `pool`'s threads and hands the results to `emit` (on the
/// calling thread) in the items' order. No item starts `window` or more places after the first
/// one not yet emitted, so at most `window` results are held at once, whatever the thread
/// count. An error from `emit` stops the work (items not started are not started) and is
/// returned; a panic in `work` or `emit` stops it too and goes on here.
pub fn ordered<T, R, E>(
    pool: &rayon::ThreadPool,
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let window = window.max(1);
    let gate = Gate {
        state: Mutex::new(State {
            next: 0,
            emitted: 0,
            stop: false,
        }),
        turn: Condvar::new(),
    };
    let workers = pool.current_num_threads().clamp(1, items.len().max(1));
    let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    let (gate, work) = (&gate, &work);
    pool.in_place_scope(move |scope| {
        // However this ends (done, an error, a panic), waiting workers wake and leave, so the
        // scope can end.
        let _stop = StopOnDrop(gate);
        for _ in 0..workers {
            let tx = tx.clone();
            scope.spawn(move |_| {
                while let Some(i) = gate.take(items.len(), window) {
                    let result = catch_unwind(AssertUnwindSafe(|| work(&items[i])));
                    let panicked = result.is_err();
                    if tx.send((i, result)).is_err() || panicked {
                        return;
                    }
                }
            });
        }
        drop(tx);
        // Results that came before their turn, by index: fewer than `window`.
        let mut early: BTreeMap<usize, R> = BTreeMap::new();
        let mut emitted = 0;
        // Ends when every worker has left (and so dropped its sender).
        for (i, result) in rx {
            match result {
                Ok(r) => {
                    early.insert(i, r);
                }
                Err(panic) => resume_unwind(panic),
            }
            let before = emitted;
            while let Some(r) = early.remove(&emitted) {
                emitted += 1;
                emit(r)?;
            }
            if emitted > before {
                gate.lock().emitted = emitted;
                gate.turn.notify_all();
            }
        }
        Ok(())
    })
}

struct State {
    /// The next item to start.
    next: usize,
    /// How many items have been emitted.
    emitted: usize,
    stop: bool,
}

struct Gate {
    state: Mutex<State>,
    turn: Condvar,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next item to work on, once it is inside the window; `None` when there is none left
    /// or the work stops.
    fn take(&self, len: usize, window: usize) -> Option<usize> {
        let mut st = self.lock();
        loop {
            if st.stop || st.next >= len {
                return None;
            }
            if st.next < st.emitted + window {
                st.next += 1;
                return Some(st.next - 1);
            }
            st = self.turn.wait(st).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

struct StopOnDrop<'a>(&'a Gate);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.lock().stop = true;
        self.0.turn.notify_all();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    /// Early items are the slowest, so later ones finish first: they still come out in order,
    /// and no item starts while `window` items before it are not yet emitted.
    #[test]
    fn emits_in_order_within_the_window() {
        for threads in [1, 2, 4, 8] {
            let items: Vec<usize> = (0..200).collect();
            let window = 5;
            let emitted = AtomicUsize::new(0);
            let widest = AtomicUsize::new(0);
            let mut out = Vec::new();
            ordered(
                &pool(threads),
                &items,
                window,
                |&i| {
                    let ahead = i - emitted.load(Ordering::SeqCst);
                    widest.fetch_max(ahead, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_micros(((200 - i) % 7) as u64 * 300));
                    i * 10
                },
                |r| {
                    out.push(r);
                    emitted.fetch_add(1, Ordering::SeqCst);
                    Ok::<_, ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..200).map(|i| i * 10).collect::<Vec<_>>());
            assert!(
                widest.load(Ordering::SeqCst) < window,
                "{threads} threads: an item started {} places ahead",
                widest.load(Ordering::SeqCst)
            );
        }
    }

    #[test]
    fn an_error_from_emit_stops_the_work() {
        let items: Vec<usize> = (0..1000).collect();
        let started = AtomicUsize::new(0);
        let got = ordered(
            &pool(4),
            &items,
            8,
            |&i| {
                started.fetch_add(1, Ordering::SeqCst);
                i
            },
            |r| if r == 10 { Err(r) } else { Ok(()) },
        );
        assert_eq!(got, Err(10));
        assert!(started.load(Ordering::SeqCst) < 10 + 8 + 1);
    }

    #[test]
    fn a_panic_in_work_reaches_the_caller() {
        let items: Vec<usize> = (0..100).collect();
        let got = catch_unwind(AssertUnwindSafe(|| {
            ordered(
                &pool(4),
                &items,
                8,
                |&i| {
                    assert!(i != 30, "item 30");
                    i
                },
                |_| Ok::<_, ()>(()),
            )
        }));
        assert!(got.is_err());
    }

    #[test]
    fn no_items() {
        let items: Vec<usize> = Vec::new();
        let mut n = 0;
        ordered(
            &pool(2),
            &items,
            4,
            |&i| i,
            |_| {
                n += 1;
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert_eq!(n, 0);
    }
}
