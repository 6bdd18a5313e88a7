//! A web page as the checker reads it: what a browser never shows (`<head>`, scripts, styles,
//! inline pictures, comments) is left out, and character references (`&#7897;`, `&nbsp;`,
//! `&agrave;`) are decoded in the text between tags. The tags themselves stay: the reader
//! reads the page's paragraphs and tables from them (`reader::html`). Every offset of the
//! cleaned text maps back to the page's own bytes.

/// The cleaned page and its map back to the page.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub text: String,
    /// Stretches of the cleaned text: (cleaned start, page start, copied as is). In a copied
    /// stretch offsets map one to one; a decoded reference maps its ends to its ends.
    segments: Vec<(u32, u32, bool)>,
    page_len: u32,
}

impl Cleaned {
    /// Maps a cleaned offset to the page: exactly inside copied text; a decoded reference maps to
    /// its start (or, for `is_end`, past its end).
    pub fn to_page(&self, offset: u32, is_end: bool) -> u32 {
        let k = self.segments.partition_point(|s| s.0 <= offset);
        let Some(i) = k.checked_sub(1) else {
            return 0;
        };
        let (out, inp, copied) = self.segments[i];
        if copied || offset == out {
            return inp + (offset - out);
        }
        if is_end {
            self.segments.get(i + 1).map_or(self.page_len, |s| s.1)
        } else {
            inp
        }
    }
}

/// Elements whose content is never shown.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "svg", "noscript", "template", "iframe", "object",
];

/// Cleans a page.
pub fn clean(page: &str) -> Cleaned {
    let bytes = page.as_bytes();
    let mut text = String::with_capacity(page.len());
    let mut segments: Vec<(u32, u32, bool)> = Vec::new();
    let mut copy_from: Option<usize> = None;
    // Where each hidden element's closing tag was last looked for, and found (if at all): a page
    // of many `<script>`s, closed or not, is read in one pass.
    let mut closings: [Option<(usize, Option<usize>)>; HIDDEN.len()] = [None; HIDDEN.len()];
    // Opens a copied stretch at `i` (if none is open).
    let mut i = 0;
    macro_rules! close_copy {
        () => {
            if let Some(from) = copy_from.take() {
                if from < i {
                    segments.push((text.len() as u32, from as u32, true));
                    text.push_str(&page[from..i]);
                }
            }
        };
    }
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                // A comment, a declaration, or a hidden element: left out whole.
                if page[i..].starts_with("<!--") {
                    close_copy!();
                    i = page[i + 4..]
                        .find("-->")
                        .map_or(page.len(), |e| i + 4 + e + 3);
                    continue;
                }
                if page[i..].starts_with("<!") || page[i..].starts_with("<?") {
                    close_copy!();
                    i = page[i..].find('>').map_or(page.len(), |e| i + e + 1);
                    continue;
                }
                let name = tag_name(&page[i + 1..]);
                if let Some(k) = HIDDEN.iter().position(|h| name.eq_ignore_ascii_case(h)) {
                    close_copy!();
                    i = skip_element(page, i, HIDDEN[k], &mut closings[k]);
                    continue;
                }
                // A tag: copied as it is (the reader reads it).
                let end = tag_end(page, i);
                if copy_from.is_none() {
                    copy_from = Some(i);
                }
                i = end;
            }
            b'&' => match decode_reference(&page[i..]) {
                Some((c, len)) => {
                    close_copy!();
                    segments.push((text.len() as u32, i as u32, false));
                    text.push(c);
                    i += len;
                }
                None => {
                    if copy_from.is_none() {
                        copy_from = Some(i);
                    }
                    i += 1;
                }
            },
            _ => {
                if copy_from.is_none() {
                    copy_from = Some(i);
                }
                i += 1;
            }
        }
    }
    close_copy!();
    // The end maps to the end.
    segments.push((text.len() as u32, page.len() as u32, true));
    Cleaned {
        text,
        segments,
        page_len: page.len() as u32,
    }
}

/// The element name after `<` (or `</`).
pub fn tag_name(s: &str) -> &str {
    let s = s.strip_prefix('/').unwrap_or(s);
    let n = s
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    &s[..n]
}

/// Where the tag that opens at `i` ends (past its `>`), quotes in attributes respected.
pub fn tag_end(page: &str, i: usize) -> usize {
    let bytes = page.as_bytes();
    let mut k = i + 1;
    let mut quote: Option<u8> = None;
    while k < bytes.len() {
        let b = bytes[k];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return k + 1,
            None => {}
        }
        k += 1;
    }
    bytes.len()
}

/// Past the end of the element opening at `i` (its closing tag, or the opening tag alone when
/// it closes itself or never closes). `last` remembers the previous search for this element's
/// closing tag (where it started, what it found), so that no stretch of the page is searched
/// twice: the elements of a page are skipped in order.
fn skip_element(
    page: &str,
    i: usize,
    name: &str,
    last: &mut Option<(usize, Option<usize>)>,
) -> usize {
    let open_end = tag_end(page, i);
    if page[i..open_end].ends_with("/>") {
        return open_end;
    }
    let found = match *last {
        // The last search started before this element and found nothing, or a closing tag after it.
        Some((from, found)) if from <= open_end && found.is_none_or(|at| at >= open_end) => found,
        _ => {
            let found = find_closing(page, open_end, name);
            *last = Some((open_end, found));
            found
        }
    };
    match found {
        Some(at) => tag_end(page, at),
        None => open_end,
    }
}

/// Where the first `</name` (any case) at or after `from` starts.
fn find_closing(page: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = page.as_bytes();
    let name = name.as_bytes();
    let mut at = from;
    while let Some(k) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + k;
        let rest = &bytes[lt + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name)
        {
            return Some(lt);
        }
        at = lt + 1;
    }
    None
}

/// A character reference at the start of `s`: the character and the reference's length.
pub fn decode_reference(s: &str) -> Option<(char, usize)> {
    // Byte-wise: the 12 bytes after `&` may end inside a character.
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = s.get(1..semi)?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|&c| c != '\0')?
    } else {
        named(body)?
    };
    Some((c, semi + 1))
}

fn named(name: &str) -> Option<char> {
    const LATIN: &[(&str, char)] = &[
        ("Agrave", 'À'),
        ("Aacute", 'Á'),
        ("Acirc", 'Â'),
        ("Atilde", 'Ã'),
        ("Egrave", 'È'),
        ("Eacute", 'É'),
        ("Ecirc", 'Ê'),
        ("Igrave", 'Ì'),
        ("Iacute", 'Í'),
        ("Ograve", 'Ò'),
        ("Oacute", 'Ó'),
        ("Ocirc", 'Ô'),
        ("Otilde", 'Õ'),
        ("Ugrave", 'Ù'),
        ("Uacute", 'Ú'),
        ("Yacute", 'Ý'),
        ("agrave", 'à'),
        ("aacute", 'á'),
        ("acirc", 'â'),
        ("atilde", 'ã'),
        ("egrave", 'è'),
        ("eacute", 'é'),
        ("ecirc", 'ê'),
        ("igrave", 'ì'),
        ("iacute", 'í'),
        ("ograve", 'ò'),
        ("oacute", 'ó'),
        ("ocirc", 'ô'),
        ("otilde", 'õ'),
        ("ugrave", 'ù'),
        ("uacute", 'ú'),
        ("yacute", 'ý'),
        ("Dstrok", 'Đ'),
        ("dstrok", 'đ'),
        ("nbsp", '\u{a0}'),
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("ndash", '–'),
        ("mdash", '—'),
        ("hellip", '…'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("copy", '©'),
        ("reg", '®'),
        ("deg", '°'),
        ("middot", '·'),
        ("bull", '•'),
        ("times", '×'),
        ("shy", '\u{ad}'),
        ("ensp", '\u{2002}'),
        ("emsp", '\u{2003}'),
        ("thinsp", '\u{2009}'),
    ];
    LATIN.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_parts_go_references_are_decoded_and_offsets_map_back() {
        let page = "<html><head><title>x</title></head><body><!-- menu --><script>var a='<p>';</script><p>C&#7896;NG H&Ograve;A&nbsp;X&Atilde; H&#7896;I</p><svg><text>logo</text></svg><p>Số: 12</p></body></html>";
        let c = clean(page);
        assert_eq!(
            c.text,
            "<html><body><p>CỘNG HÒA\u{a0}XÃ HỘI</p><p>Số: 12</p></body></html>"
        );
        // "Số" maps back to "Số" in the page.
        let at = c.text.find("Số").unwrap() as u32;
        let p = c.to_page(at, false) as usize;
        assert!(page[p..].starts_with("Số: 12"));
        // "Ộ" (a decoded reference) maps to the whole reference.
        let o = c.text.find('Ộ').unwrap() as u32;
        let (a, b) = (
            c.to_page(o, false) as usize,
            c.to_page(o + 3, true) as usize,
        );
        assert_eq!(&page[a..b], "&#7896;");
    }

    /// Any text at all: no panic, and every offset maps into the page, in order.
    #[test]
    fn any_text_cleans_and_maps_back_in_order() {
        let pieces = [
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "&#160;",
            "&#x1EA1;",
            "&amp",
            "&",
            ";",
            "<",
            ">",
            "<!--",
            "-->",
            "ô",
            "Độc lập",
            "\"",
            "'",
            "<td a='>'>",
            "&agrave;",
            "\n",
            " ",
            "<svg>",
            "</svg>",
            "<br/>",
            "&#99999999;",
            "&#0;",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut page = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                page.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let c = clean(&page);
            let mut last = 0;
            for (o, _) in c
                .text
                .char_indices()
                .chain(std::iter::once((c.text.len(), ' ')))
            {
                let p = c.to_page(o as u32, false);
                assert!(p as usize <= page.len() && p >= last, "{page:?} at {o}");
                last = p;
            }
        }
    }

    /// Hidden elements are skipped in one pass: a page of 100,000 `<script>`s, closed or not,
    /// cleans at once (each used to search the rest of the page again).
    #[test]
    fn many_hidden_elements_clean_in_one_pass() {
        let unclosed = "<script>".repeat(100_000);
        let closed = "<script>a</script><p>b</p>".repeat(50_000);
        assert_eq!(clean(&unclosed).text, "");
        assert_eq!(clean(&closed).text, "<p>b</p>".repeat(50_000));
        // Closed in another case, or not at all after the last one.
        let mixed = "<STYLE>x</Style>y<style>z";
        assert_eq!(clean(mixed).text, "yz");
    }

    #[test]
    fn references() {
        assert_eq!(decode_reference("&#x1EA1;x"), Some(('ạ', 8)));
        assert_eq!(decode_reference("&agrave;"), Some(('à', 8)));
        assert_eq!(decode_reference("& nbsp"), None);
        assert_eq!(decode_reference("&#0;"), None);
    }
}
