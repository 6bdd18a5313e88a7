use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::input::legacy::{self, Encoding};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "MA002",
    name: "legacy-encoding",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I",
    default_on: true,
    summary_vi: docs!("Văn bản gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI bị đọc như Unicode (lỗi phông); \
sửa bằng cách chuyển sang Unicode."),
    summary_en: docs!("Text in TCVN3 (ABC) or VNI encoding read as Unicode (mojibake); fix converts to \
Unicode."),
    docs_vi: docs!("Nghị định 30/2020/NĐ-CP (Phụ lục I, mục I) yêu cầu văn bản dùng bộ mã ký tự chữ Việt \
Unicode theo TCVN 6909:2001. Văn bản cũ gõ bằng phông `.VnTime` (bảng mã TCVN3/ABC) hoặc `VNI-Times` \
(bảng mã VNI), khi mở như văn bản Unicode, hiện thành chuỗi ký tự vô nghĩa: `céng hoµ x· héi` \
(TCVN3), `COÄNG HOAØ XAÕ HOÄI` (VNI). Quy tắc nhận ra từng từ không phải âm tiết tiếng Việt nhưng \
chuyển mã thì thành âm tiết đúng, gom các từ đó thành đoạn, bỏ ra ngoài các từ đã là Unicode thật (ví \
dụ tên người ký gõ sau). Một văn bản Unicode có một hai từ lạ (`5 µm`, `§ 3`) không bị báo: cần ít nhất \
ba từ khác nhau có dấu hiệu bảng mã cũ. Mỗi khối dòng liền nhau bị lỗi báo một lần; sửa an toàn: chuyển \
đoạn đó sang Unicode. Chữ in hoa gõ bằng phông `.VnTimeH` đã mất trong bảng mã TCVN3 nên chuyển thành \
chữ thường; cần xem lại các dòng tiêu đề."),
    docs_en: docs!("Decree 30/2020/ND-CP (Appendix I, section I) requires the Unicode Vietnamese character \
set of TCVN 6909:2001. Old documents typed in `.VnTime` fonts (TCVN3/ABC encoding) or `VNI-Times` (VNI \
encoding), opened as Unicode text, show as mojibake: `céng hoµ x· héi` (TCVN3), `COÄNG HOAØ XAÕ HOÄI` \
(VNI). The rule finds words that are no Vietnamese syllable as they stand but become one when \
converted, groups them into runs, and leaves out words that are already real Unicode (a signer's name \
typed later, for example). A Unicode document with an odd word or two (`5 µm`, `§ 3`) is not reported: \
at least three distinct words with legacy evidence are needed. Each block of consecutive affected lines \
is reported once; safe fix: convert it to Unicode. Capitals typed in the `.VnTimeH` fonts are lost in \
TCVN3 and convert to small letters; review the heading lines."),
    bad: docs!("COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    check: crate::rules::Check::Document(check),
};

/// At most this many findings (blocks) per document.
const MAX_FINDINGS: usize = 50;
/// Longest quoted sample in a message, in characters.
const SAMPLE_CHARS: usize = 40;

/// Findings: one per block of legacy runs that follow each other with no real Unicode
/// Vietnamese between them (a whole legacy document gives one finding, or two around a name typed
/// in Unicode). The source layer has already converted the runs (`Source::legacy_runs`, spans of
/// the converted NFC text that rules see); the fix writes that conversion over the original bytes.
fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let text = ctx.text;
    let mut blocks: Vec<Vec<(Span, Encoding)>> = Vec::new();
    for &(span, enc) in ctx.source.legacy_runs() {
        if span.start >= span.end {
            continue;
        }
        let joins = blocks
            .last()
            .and_then(|b| b.last())
            .is_some_and(|&(prev, prev_enc)| {
                prev_enc == enc
                    && text
                        .get(prev.end as usize..span.start as usize)
                        .is_some_and(|gap| !gap.chars().any(legacy::is_unicode_vietnamese))
            });
        match blocks.last_mut() {
            Some(b) if joins => b.push((span, enc)),
            _ => blocks.push(vec![(span, enc)]),
        }
    }
    for block in blocks.iter().take(MAX_FINDINGS) {
        let (Some(&(first, enc)), Some(&(last, _))) = (block.first(), block.last()) else {
            continue;
        };
        let edits: Vec<Edit> = block
            .iter()
            .map(|&(span, _)| Edit::replace(span, ctx.s(span)))
            .collect();
        let o_start = ctx.source.to_original(first.start, false) as usize;
        let o_end = ctx.source.to_original(first.end, true) as usize;
        let sample_orig = sample(
            ctx.source
                .original()
                .get(o_start..o_end)
                .unwrap_or_default(),
        );
        let sample_conv = sample(ctx.s(first));
        let label = enc.label();
        let span = Span::new(first.start, last.end);
        let lines = ctx.s(span).matches('\n').count() + 1;
        let vi = format!(
            "Văn bản gõ bằng bảng mã {label}, không phải Unicode ({lines} dòng): \"{sample_orig}\" \
là \"{sample_conv}\"."
        );
        let en = format!(
            "Text in the {label} encoding, not Unicode ({lines} line(s)): \"{sample_orig}\" reads \
\"{sample_conv}\"."
        );
        out.push(RULE.diag(span, vi, en).with_fix(Fix::safe(
            Message::new(
                format!("Chuyển mã {label} sang Unicode"),
                format!("Convert from {label} to Unicode"),
            ),
            edits,
        )));
    }
}

/// The first line of `s`, spaces collapsed, cut to a few words.
fn sample(s: &str) -> String {
    let line = s
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if line.chars().count() <= SAMPLE_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(SAMPLE_CHARS).collect();
    if let Some(sp) = cut.rfind(' ') {
        cut.truncate(sp);
    }
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn findings(text: &str) -> crate::Report {
        let config = Config {
            select: vec!["MA002".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
    }

    #[test]
    fn examples() {
        let bad = findings(RULE.bad);
        assert_eq!(bad.diagnostics.len(), 1);
        assert!(bad.diagnostics.iter().all(|d| d.code == "MA002"));
        assert!(findings(RULE.good).diagnostics.is_empty());
    }

    #[test]
    fn corpus_files_convert_to_their_goldens() {
        // One finding each: everything above 15's Unicode signer name is one run.
        for &(_, src, golden, _) in crate::input::legacy::CORPUS_CASES {
            let report = findings(src);
            assert_eq!(report.diagnostics.len(), 1, "{:#?}", report.diagnostics);
            let (fixed, _) = crate::apply_fixes(&report, false);
            assert_eq!(fixed, golden);
            assert!(findings(&fixed).diagnostics.is_empty());
        }
    }
}
