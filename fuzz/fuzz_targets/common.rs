// Invariants every report must keep, whatever the input.
use thethuc::Report;

pub fn assert_report_is_sound(report: &Report) {
    let text = report.source.text();
    let original = report.source.original();
    let mut previous = None;
    for d in &report.diagnostics {
        let (s, e) = (d.span.start as usize, d.span.end as usize);
        assert!(s <= e && e <= text.len(), "{}: span {s}..{e} outside {}", d.code, text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{}: span off a char boundary", d.code);
        let (os, oe) = (
            report.source.to_original(d.span.start, false) as usize,
            report.source.to_original(d.span.end, true) as usize,
        );
        assert!(os <= oe && oe <= original.len(), "{}: original span {os}..{oe}", d.code);
        assert!(original.is_char_boundary(os) && original.is_char_boundary(oe));
        for f in &d.fixes {
            assert!(f.is_well_formed(), "{}: malformed fix", d.code);
            for edit in &f.edits {
                assert!(edit.span.end as usize <= text.len());
            }
        }
        if d.code != "DOC003" {
            let key = (d.span.start, d.span.end);
            if let Some(p) = previous {
                assert!(p <= key, "findings not sorted");
            }
            previous = Some(key);
        }
    }
}
