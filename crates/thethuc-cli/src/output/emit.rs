//! Writes one report a file at a time: the head, each file's piece in path order as it is
//! handed over, the tail from the totals. A head that needs the whole batch (SARIF) waits while
//! the pieces are kept aside in a temporary file.

use super::{Facts, Head, Reporter, Totals};
use std::io::{Read as _, Seek as _, Write};
use thethuc::Lang;

/// Where pieces go while a head waits for the whole batch.
enum Aside {
    File(std::io::BufWriter<std::fs::File>),
    /// No temporary file could be made: memory, as before streaming.
    Memory(Vec<u8>),
}

/// Writes one report a file at a time to `out`: the head first (or, for a late head, the
/// pieces into a temporary file), each piece as it is handed over, the tail at the end.
/// Writing to `out` stops quietly at the first error (a closed pipe, `| head`); the files are
/// still all checked and counted.
pub struct Emitter<'a, W: Write> {
    reporter: &'a dyn Reporter,
    lang: Lang,
    out: W,
    out_ok: bool,
    aside: Option<Aside>,
    totals: Totals,
}

impl<'a, W: Write> Emitter<'a, W> {
    pub fn new(reporter: &'a dyn Reporter, lang: Lang, out: W) -> Self {
        let mut e = Emitter {
            reporter,
            lang,
            out,
            out_ok: true,
            aside: None,
            totals: Totals::default(),
        };
        match reporter.head(lang) {
            Head::Now(text) => e.write_out(text.as_bytes()),
            Head::AfterAll => {
                e.totals.outcomes = Some(Vec::new());
                e.aside = Some(match tempfile::tempfile() {
                    Ok(f) => Aside::File(std::io::BufWriter::new(f)),
                    Err(_) => Aside::Memory(Vec::new()),
                });
            }
        }
        e
    }

    fn write_out(&mut self, bytes: &[u8]) {
        if self.out_ok && self.out.write_all(bytes).is_err() {
            self.out_ok = false;
        }
    }

    fn write_piece(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        match &mut self.aside {
            None => self.write_out(bytes),
            Some(Aside::File(f)) => f.write_all(bytes).map_err(|e| {
                anyhow::anyhow!("không ghi được tệp tạm (cannot write a temporary file): {e}")
            })?,
            Some(Aside::Memory(v)) => v.extend_from_slice(bytes),
        }
        Ok(())
    }

    /// One file's piece (from [`Reporter::file`]) and facts, in path order.
    pub fn file(&mut self, piece: &str, facts: Facts) -> anyhow::Result<()> {
        if !piece.is_empty() {
            if self.totals.pieces > 0 {
                self.write_piece(self.reporter.separator().as_bytes())?;
            }
            self.write_piece(piece.as_bytes())?;
            self.totals.pieces += 1;
        }
        self.totals.add(facts, self.lang);
        Ok(())
    }

    /// Writes what remains and hands back the totals.
    pub fn finish(mut self) -> anyhow::Result<Totals> {
        if let Some(aside) = self.aside.take() {
            let head = self.reporter.late_head(&self.totals, self.lang)?;
            self.write_out(head.as_bytes());
            match aside {
                Aside::Memory(v) => self.write_out(&v),
                Aside::File(f) => {
                    let tmp_err = |e: std::io::Error| {
                        anyhow::anyhow!(
                            "không đọc lại được tệp tạm (cannot read a temporary file back): {e}"
                        )
                    };
                    let mut f = f.into_inner().map_err(|e| tmp_err(e.into_error()))?;
                    f.seek(std::io::SeekFrom::Start(0)).map_err(tmp_err)?;
                    let mut buf = vec![0u8; 1 << 16];
                    loop {
                        let n = f.read(&mut buf).map_err(tmp_err)?;
                        if n == 0 {
                            break;
                        }
                        self.write_out(&buf[..n]);
                    }
                }
            }
        }
        let tail = self.reporter.tail(&self.totals, self.lang)?;
        self.write_out(tail.as_bytes());
        if self.out_ok && self.out.flush().is_err() {
            self.out_ok = false;
        }
        Ok(self.totals)
    }
}
