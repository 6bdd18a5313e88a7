//! The single-byte charsets a web page may declare when it is not UTF-8: windows-1252 (a
//! Western Word's "Save as Web Page", Vietnamese letters as character references) and
//! windows-1258 (a Vietnamese Word's, tone marks as combining bytes the NFC layer composes).

/// windows-1252 at 0x80–0x9F (0xA0–0xFF are Latin-1); the five unassigned bytes are the C1
/// controls, as the WHATWG index has them.
const CP1252_80: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039,
    0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC,
    0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
];

/// Where windows-1258 differs from windows-1252: Ă Đ Ơ Ư, ₫ and the five combining tone marks.
const CP1258_DIFF: [(u8, u16); 18] = [
    (0x8A, 0x8A),
    (0x8E, 0x8E),
    (0x9A, 0x9A),
    (0x9E, 0x9E),
    (0xC3, 0x102),
    (0xCC, 0x300),
    (0xD0, 0x110),
    (0xD2, 0x309),
    (0xD5, 0x1A0),
    (0xDD, 0x1AF),
    (0xDE, 0x303),
    (0xE3, 0x103),
    (0xEC, 0x301),
    (0xF0, 0x111),
    (0xF2, 0x323),
    (0xF5, 0x1A1),
    (0xFD, 0x1B0),
    (0xFE, 0x20AB),
];

/// A charset label the reader decodes (WHATWG labels; ISO-8859-1 and ASCII mean windows-1252).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Known {
    Utf8,
    Windows1252,
    Windows1258,
}

pub(crate) fn known(label: &[u8]) -> Option<Known> {
    let is = |names: &[&str]| {
        names
            .iter()
            .any(|n| label.eq_ignore_ascii_case(n.as_bytes()))
    };
    if is(&["utf-8", "utf8", "unicode-1-1-utf-8"]) {
        Some(Known::Utf8)
    } else if is(&["windows-1258", "cp1258", "x-cp1258"]) {
        Some(Known::Windows1258)
    } else if is(&[
        "windows-1252",
        "cp1252",
        "x-cp1252",
        "iso-8859-1",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "iso-ir-100",
        "latin1",
        "l1",
        "csisolatin1",
        "cp819",
        "ibm819",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
    ]) {
        Some(Known::Windows1252)
    } else {
        None
    }
}

/// The charset named by the first `<meta>` of the page's first 4 KB that names one:
/// `<meta charset=x>` or `<meta http-equiv=Content-Type content="text/html; charset=x">`.
pub(crate) fn declared(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&lower[at..], b"<meta") {
        let start = at + found + 5;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        at = end;
        let Some(c) = memchr::memmem::find(&lower[start..end], b"charset") else {
            continue;
        };
        let value = head[start + c + 7..end].trim_ascii_start();
        let Some(value) = value.strip_prefix(b"=") else {
            continue;
        };
        let value = value.trim_ascii_start();
        let value = value
            .strip_prefix(b"\"")
            .or_else(|| value.strip_prefix(b"'"))
            .unwrap_or(value);
        let len = value
            .iter()
            .take(40)
            .take_while(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(b))
            .count();
        if len > 0 {
            return Some(&value[..len]);
        }
    }
    None
}

/// Decodes windows-1252 (or windows-1258) bytes.
pub(crate) fn decode(bytes: &[u8], vietnamese: bool) -> String {
    let mut high: [u16; 128] = core::array::from_fn(|i| 0x80 + i as u16);
    high[..32].copy_from_slice(&CP1252_80);
    if vietnamese {
        for (b, c) in CP1258_DIFF {
            high[usize::from(b - 0x80)] = c;
        }
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    for &b in bytes {
        text.push(match b.checked_sub(0x80) {
            None => char::from(b),
            Some(h) => char::from_u32(u32::from(high[usize::from(h)])).unwrap_or('\u{FFFD}'),
        });
    }
    text
}
