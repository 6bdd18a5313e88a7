//! The decree's fixed phrases found tolerantly: whatever the tone marks, the case, the dashes
//! between the words, and a few slips of OCR or typing (`CONG HOA`, `Độc lập ~ Tự do`,
//! `Noi nhận`). The reader uses them to cut a line where a phrase starts inside it and to join
//! a phrase wrapped over two lines; the grammar falls back on them for a line it cannot read
//! exactly, so that a near miss is reported as a wording fault, not as a missing component.

/// A fixed phrase: its skeleton (lower case, no marks, `đ` as `d`, one space between words)
/// and how many letter edits a written form may be from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub skeleton: &'static str,
    pub max_edits: u32,
}

pub const QUOC_HIEU: Phrase = Phrase {
    skeleton: "cong hoa xa hoi chu nghia viet nam",
    max_edits: 4,
};
pub const TIEU_NGU: Phrase = Phrase {
    skeleton: "doc lap tu do hanh phuc",
    max_edits: 3,
};
pub const PARTY_HEADING: Phrase = Phrase {
    skeleton: "dang cong san viet nam",
    max_edits: 2,
};
/// The Ho Chi Minh Communist Youth Union's heading, which its documents put where a Party
/// document puts `ĐẢNG CỘNG SẢN VIỆT NAM` (Hướng dẫn 29-HD/TWĐTN-VP of 2013 on the format of
/// the Union's documents): short and in full.
pub const YOUTH_UNION_HEADING: Phrase = Phrase {
    skeleton: "doan tncs ho chi minh",
    max_edits: 1,
};
pub const YOUTH_UNION_HEADING_FULL: Phrase = Phrase {
    skeleton: "doan thanh nien cong san ho chi minh",
    max_edits: 3,
};
/// The headings that stand in place of the Quốc hiệu in a Party-style document.
pub const PARTY_STYLE_HEADINGS: [Phrase; 3] =
    [PARTY_HEADING, YOUTH_UNION_HEADING, YOUTH_UNION_HEADING_FULL];

/// True when `text` is, tolerantly, one of the Party-style headings and nothing more.
pub fn is_party_style_heading(text: &str) -> bool {
    PARTY_STYLE_HEADINGS.iter().any(|&p| is_whole(text, p))
}

pub const NOI_NHAN: Phrase = Phrase {
    skeleton: "noi nhan",
    max_edits: 1,
};
pub const KINH_GUI: Phrase = Phrase {
    skeleton: "kinh gui",
    max_edits: 1,
};

/// The letter a character is written on: lower case, without tone marks or vowel modifiers,
/// `đ` as `d` (and the Latin eth `Ð`, which converted texts use for it; MA009 reports it).
/// `None` for what is not a letter or a digit.
pub fn base_letter(c: char) -> Option<char> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase());
    }
    if !crate::text::fold::is_letter_or_digit(c) {
        return None;
    }
    crate::text::fold::base_char(c)
}

/// A text reduced to its skeleton, each skeleton character with the byte range it comes from.
/// Runs of anything but letters and digits become one space.
#[derive(Debug, Default)]
pub struct Skeleton {
    pub chars: Vec<char>,
    /// Byte range in the text of each skeleton character (a space: the run it stands for).
    pub ranges: Vec<(u32, u32)>,
}

impl Skeleton {
    pub fn of(text: &str) -> Self {
        let mut s = Skeleton::default();
        let mut gap: Option<(u32, u32)> = None;
        for (i, c) in text.char_indices() {
            let end = (i + c.len_utf8()) as u32;
            match base_letter(c) {
                Some(b) => {
                    if let Some(g) = gap.take() {
                        if !s.chars.is_empty() {
                            s.chars.push(' ');
                            s.ranges.push(g);
                        }
                    }
                    s.chars.push(b);
                    s.ranges.push((i as u32, end));
                }
                // A combining mark left over (NFD input) belongs to its letter.
                None if crate::text::marks::is_combining_mark(c) && gap.is_none() => {
                    if let Some(r) = s.ranges.last_mut() {
                        r.1 = end;
                    }
                }
                None => {
                    gap = Some(gap.map_or((i as u32, end), |(a, _)| (a, end)));
                }
            }
        }
        s
    }

    fn is_word_start(&self, k: usize) -> bool {
        k == 0 || self.chars[k - 1] == ' '
    }

    fn is_word_end(&self, k: usize) -> bool {
        k == self.chars.len() || self.chars[k] == ' '
    }
}

/// Whether `needed` of the distinct `words` stand whole in `sk` within a span of `width`
/// skeleton characters.
fn words_close_enough(sk: &Skeleton, words: &[&str], needed: usize, width: usize) -> bool {
    // (start, end, word) of each whole occurrence, in text order.
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let n = sk.chars.len();
    let mut s = 0;
    while s < n {
        if sk.chars[s] == ' ' {
            s += 1;
            continue;
        }
        let e = sk.chars[s..]
            .iter()
            .position(|&c| c == ' ')
            .map_or(n, |k| s + k);
        let word = &sk.chars[s..e];
        if let Some(w) = words
            .iter()
            // Phrase skeletons are ASCII: a byte is a character.
            .position(|w| w.len() == word.len() && w.chars().eq(word.iter().copied()))
        {
            found.push((s, e, w));
        }
        s = e;
    }
    let mut seen = vec![false; words.len()];
    (0..found.len()).any(|a| {
        seen.iter_mut().for_each(|x| *x = false);
        let mut distinct = 0;
        for &(_, _, w) in found[a..].iter().take_while(|f| f.1 - found[a].0 <= width) {
            if !seen[w] {
                seen[w] = true;
                distinct += 1;
            }
        }
        distinct >= needed
    })
}

/// Where a phrase was found: byte range in the text, and how many edits it is from the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: u32,
    pub end: u32,
    pub edits: u32,
}

/// The closest occurrence of `phrase` in `text` starting and ending at word boundaries, within
/// the phrase's edit budget (Sellers' approximate matching on skeletons); the leftmost of the
/// closest.
pub fn find(text: &str, phrase: Phrase) -> Option<Found> {
    find_in(&Skeleton::of(text), phrase)
}

pub fn find_in(sk: &Skeleton, phrase: Phrase) -> Option<Found> {
    const FAR: u32 = u32::MAX / 4;
    let p: Vec<char> = phrase.skeleton.chars().collect();
    let (m, n) = (p.len(), sk.chars.len());
    if n == 0 || m == 0 || n + (phrase.max_edits as usize) < m {
        return None;
    }
    // Each edit spoils at most one word: the text must hold all but `max_edits` of the
    // phrase's words whole, and within as many characters as a match can span. Most lines hold
    // none, or hold a common one (`do`, `tu`, `so`) far from the others, and are done here.
    let words: Vec<&str> = phrase.skeleton.split(' ').collect();
    let needed = words.len().saturating_sub(phrase.max_edits as usize);
    if needed > 0 && !words_close_enough(sk, &words, needed, m + phrase.max_edits as usize) {
        return None;
    }
    // col[i]: the fewest edits of p[..i] against text ending at the current position, a match
    // starting at a word start only; from[i]: where that match starts (skeleton index).
    let mut col: Vec<u32> = (0..=m as u32).collect();
    let mut from: Vec<usize> = vec![0; m + 1];
    let mut next = vec![0u32; m + 1];
    let mut next_from = vec![0usize; m + 1];
    let mut best: Option<(u32, usize, usize)> = None;
    for j in 1..=n {
        let c = sk.chars[j - 1];
        if sk.is_word_start(j) {
            next[0] = 0;
        } else {
            next[0] = FAR;
        }
        next_from[0] = j;
        for i in 1..=m {
            let diag = col[i - 1] + u32::from(p[i - 1] != c);
            let skip_text = col[i] + 1;
            let skip_phrase = next[i - 1] + 1;
            let (v, f) = if diag <= skip_text && diag <= skip_phrase {
                (diag, from[i - 1])
            } else if skip_text <= skip_phrase {
                (skip_text, from[i])
            } else {
                (skip_phrase, next_from[i - 1])
            };
            next[i] = v.min(FAR);
            next_from[i] = f;
        }
        std::mem::swap(&mut col, &mut next);
        std::mem::swap(&mut from, &mut next_from);
        if col[m] <= phrase.max_edits && sk.is_word_end(j) {
            let cand = (col[m], from[m], j);
            if best.is_none_or(|b| cand.0 < b.0) {
                best = Some(cand);
            }
        }
    }
    let (edits, mut s, mut e) = best?;
    // Spaces a match took at its ends are not part of it.
    while s < e && sk.chars[s] == ' ' {
        s += 1;
    }
    while e > s && sk.chars[e - 1] == ' ' {
        e -= 1;
    }
    if s >= e {
        return None;
    }
    Some(Found {
        start: sk.ranges[s].0,
        end: sk.ranges[e - 1].1,
        edits,
    })
}

/// True when `text` is, tolerantly, the phrase and nothing more than punctuation around it.
pub fn is_whole(text: &str, phrase: Phrase) -> bool {
    find(text, phrase).is_some_and(|f| {
        let around = |s: &str| s.chars().all(|c| !crate::text::fold::is_letter_or_digit(c));
        around(&text[..f.start as usize]) && around(&text[f.end as usize..])
    })
}

/// The names a letter goes by in the type name's place (`THƯ MỜI`, `THƯ NGỎ`, `THƯ CẢM ƠN`),
/// as skeletons: none is one of Điều 7's types (the decree's is `GIẤY MỜI`; TL002 reports
/// them), yet the line is the document's type line all the same.
const LETTER_TYPE_NAMES: &[&str] = &[
    "thu moi",
    "thu ngo",
    "thu cam on",
    "thu chuc mung",
    "thu keu goi",
    "thu tham hoi",
    "thu khen",
];

/// True when `text`, in capitals, names a letter in the type name's place (`THƯ MỜI`, a scan's
/// `THƯ MƠI`, `THƯ NGỎ`): whatever its marks, and nothing else on the line.
pub fn is_letter_type_name(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '.']).trim_end();
    crate::text::fold::is_upper(t)
        && LETTER_TYPE_NAMES.contains(&crate::text::fold::skeleton(t).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letters_name_in_the_type_names_place() {
        for name in ["THƯ MỜI", "THƯ MƠI", "THƯ NGỎ", "THƯ CẢM ƠN:"] {
            assert!(is_letter_type_name(name), "{name}");
        }
        for other in ["Thư mời", "THƯ VIỆN TỈNH", "THƯ MỜI HỌP BAN", "GIẤY MỜI"] {
            assert!(!is_letter_type_name(other), "{other}");
        }
    }

    #[test]
    fn skeletons_drop_marks_case_and_punctuation() {
        let sk = Skeleton::of("CỘNG HÕA – xã  hội");
        let s: String = sk.chars.iter().collect();
        assert_eq!(s, "cong hoa xa hoi");
    }

    #[test]
    fn the_quoc_hieu_is_found_whatever_its_marks_and_a_few_slips() {
        for written in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CONG HOA XA HOI CHU NGHIA VIET NAM",
            "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "CỘNG HÒA XÄ HỘI CHỦ NGHỈA VIẸT NAM",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM",
            "CÕNG HOÀ XA HỐI CHU NGHIA VIET NAM",
        ] {
            assert!(is_whole(written, QUOC_HIEU), "{written}");
        }
        let line = "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        let f = find(line, QUOC_HIEU).unwrap();
        assert_eq!(
            &line[f.start as usize..f.end as usize],
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        );
        assert_eq!(f.edits, 0);
        assert!(find("Căn cứ Luật Tổ chức Chính phủ", QUOC_HIEU).is_none());
        assert!(find("XÃ HỘI", QUOC_HIEU).is_none());
    }

    #[test]
    fn the_motto_is_found_with_any_separator() {
        for written in [
            "Độc lập - Tự do - Hạnh phúc",
            "Độc lập ~ Tự do ~ Hạnh phúc",
            "Độc lập – Tự do – Hạnh phúc",
            "Độc lập-Tự do-Hạnh phúc",
            "Doc lap - Tu do - Hanh phuc",
            "Độc lập - Tự do - Hạnh phục",
            "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
        ] {
            assert!(is_whole(written, TIEU_NGU), "{written}");
        }
        let line = "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc";
        let f = find(line, TIEU_NGU).unwrap();
        assert_eq!(&line[f.start as usize..], "Độc lập - Tự do - Hạnh phúc");
        // Words must match whole: "độc lập" in prose is not the motto.
        assert!(find("giữ vững độc lập chủ quyền", TIEU_NGU).is_none());
    }

    #[test]
    fn the_youth_union_heading_stands_with_the_party_heading() {
        for written in [
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "ĐOÀN TNCS HỒ CHÍ MINH",
            "ĐOÀN TNCS HÒ CHÍ MINH",
            "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
            "ĐOÀN THANH NIÊN CỘNG SÁN HỎ CHÍ MINH",
        ] {
            assert!(is_party_style_heading(written), "{written}");
        }
        for other in [
            "BCH ĐOÀN TỈNH LÂM ĐỒNG",
            "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;",
            "ĐOÀN VIÊN HỒ CHÍ MINH",
            "THÀNH PHỐ HỒ CHÍ MINH",
        ] {
            assert!(!is_party_style_heading(other), "{other}");
        }
    }

    #[test]
    fn short_labels_allow_one_slip() {
        assert!(is_whole("Noi nhận:", NOI_NHAN));
        assert!(is_whole("Nơi nhân", NOI_NHAN));
        assert!(!is_whole("Nơi ở", NOI_NHAN));
        assert!(is_whole("Kinh gửi:", KINH_GUI));
        assert!(!is_whole("Kính thưa", KINH_GUI));
    }
}
