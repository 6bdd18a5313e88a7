#![no_main]
//! The citation grammar on anything inside a căn cứ: citations stay inside the text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|inner: &str| {
    let text = format!("Căn cứ {inner};\nCăn cứ Quyết định số {inner} ngày {inner} của {inner};\n");
    let doc = thethuc::parse(&text);
    // The tree's spans point into the reading text (`Parsed::text`), which differs from the
    // input where the reader joined lines (a wrapped `Số:` line, a header phrase).
    let text = doc.text();
    for c in &doc.citations {
        let (s, e) = (c.span.start as usize, c.span.end as usize);
        assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
    }
});
