//! Which rules run on a document: those the configuration enables, that the input can feed
//! (formatting needs a styled input), that apply to the document's regime and type. The check
//! skips the others, and DOC003 says how many ran and which could not.

use crate::config::{Config, InputFormat};
use crate::model::document::{Document, Regime};
use crate::rules::{Ctx, Needs, Rule, Scope, REGISTRY};

/// How many rules ran on this input, and which could not.
pub fn coverage(ctx: &Ctx<'_>) -> Coverage {
    let (doc, config, format) = (ctx.doc, ctx.config, ctx.format);
    // A Party text reprinted without its header is read as a text layer alone.
    let unstructured = doc.is_unstructured() || doc.is_party_without_header();
    let mut c = Coverage::default();
    for rule in REGISTRY {
        if !config.enabled(rule.code, rule.name, rule.default_on) || rule.scope == Scope::Document {
            continue;
        }
        // The Party pack is no part of another document's check: an administrative document is
        // not told of rules it was never meant to meet.
        if rule.scope == Scope::Party && doc.regime != Regime::Party {
            continue;
        }
        // Nor is the VBQPPL pack (QP) part of any other document's check.
        if rule.scope == Scope::Qppl && doc.regime != Regime::Qppl {
            continue;
        }
        c.applicable += 1;
        // Formatting needs a styled input; page rules also need its page setup (a .docx).
        let formatting_blind = match rule.needs {
            Needs::Text => false,
            Needs::Formatting => doc.styled.is_none(),
            Needs::Emphasis => {
                doc.styled.is_none() && !(format == InputFormat::Markdown && doc.marks_emphasis())
            }
            Needs::Page => doc.styled.as_ref().is_none_or(|s| s.sections.is_empty()),
        };
        // A rule that does not apply to the document is not one the .docx would let run: the
        // ND30 formatting rules on a Party document or an unrecognised text, an ND30 rule the
        // VBQPPL forms repeat on a VBQPPL those forms do not govern.
        if !rule.applies_to(doc.regime, unstructured) || outside_decree_78_forms(rule, ctx) {
            c.not_evaluated_regime.push(rule.code);
        } else if formatting_blind {
            c.not_evaluated_formatting.push(rule.code);
        } else if skipped_for_type(rule.code, doc) {
            c.not_evaluated_type.push(rule.code);
        } else if crate::rules::common::party::skipped_for_guide(rule.code, ctx) {
            c.not_evaluated_guide.push(rule.code);
        } else {
            c.evaluated += 1;
            if doc.regime == Regime::Qppl
                && matches!(rule.scope, Scope::Nd30AndQppl | Scope::Nd30PartyAndQppl)
            {
                c.shared_with_qppl.push(rule.code);
            }
        }
    }
    c
}

#[derive(Debug, Default, Clone)]
pub struct Coverage {
    /// Rules enabled by the configuration (the document-level ones aside).
    pub applicable: usize,
    /// Rules that ran.
    pub evaluated: usize,
    /// Rules that need formatting or page setup the input does not carry.
    pub not_evaluated_formatting: Vec<&'static str>,
    /// Rules of administrative documents, not run on a document of another regime.
    pub not_evaluated_regime: Vec<&'static str>,
    /// Rules of the 29 administrative types, not run on a document of another kind (a giấy
    /// phép, a phiếu trình).
    pub not_evaluated_type: Vec<&'static str>,
    /// Rules of Hướng dẫn 05-HD/VPTW alone, not run on a Party document dated before it.
    pub not_evaluated_guide: Vec<&'static str>,
    /// On a legal normative document: the ND30 rules that ran because the VBQPPL forms of
    /// Nghị định 78/2025/NĐ-CP repeat them.
    pub shared_with_qppl: Vec<&'static str>,
}

/// Whether the check runs a rule on this document: its regime, its type and its date allow it
/// (the configuration's `select` and `ignore` aside).
pub(crate) fn runs(rule: &Rule, ctx: &Ctx<'_>) -> bool {
    rule.applies_to(
        ctx.doc.regime,
        ctx.doc.is_unstructured() || ctx.doc.is_party_without_header(),
    ) && !outside_decree_78_forms(rule, ctx)
        && !skipped_for_type(rule.code, ctx.doc)
        && !crate::rules::common::party::skipped_for_guide(rule.code, ctx)
}

/// An ND30 rule that the VBQPPL forms repeat, on a VBQPPL those forms do not govern (an act of
/// the Quốc hội, a văn bản hợp nhất, a text dated before Nghị định 78/2025/NĐ-CP).
pub(crate) fn outside_decree_78_forms(rule: &Rule, ctx: &Ctx<'_>) -> bool {
    ctx.doc.regime == Regime::Qppl
        && matches!(rule.scope, Scope::Nd30AndQppl | Scope::Nd30PartyAndQppl)
        && !crate::rules::common::qppl::under_decree_78_forms(ctx)
}

/// Rules about the 29 administrative types themselves: their names, their abbreviations in
/// the ký hiệu, their trích yếu, the Quyết định's layout.
const TYPE_RULES: &str = "TL002|TL004|TL005|SO005|SO006|ND016|PL003";

/// Rules about a document's own header, title and closing, and about how its appendices
/// answer to it: not run on a file that holds only an appendix of another document.
fn frame_rule(code: &str) -> bool {
    ["QH", "CQ", "SO", "NG", "TL", "NN", "CK"]
        .iter()
        .any(|p| code.starts_with(p))
        || matches!(code, "ND014" | "ND016" | "ND017" | "PL003")
}

/// A rule of the 29 types, on a document issued under a sector law; a rule of a document's
/// frame, on a file that holds only an appendix.
pub(crate) fn skipped_for_type(code: &str, doc: &Document) -> bool {
    if doc.is_appendix_only() && frame_rule(code) {
        return true;
    }
    let sector = doc
        .title
        .as_ref()
        .and_then(|t| t.doc_type)
        .is_some_and(|t| t.family == crate::model::doctype::Family::Sector);
    sector && TYPE_RULES.split('|').any(|r| r == code)
}

impl Config {
    /// Checks every rule pattern names a known rule or family; returns the unknown ones.
    ///
    /// ```
    /// let config = thethuc::Config { ignore: vec!["SO004".into(), "XX999".into()], ..Default::default() };
    /// assert_eq!(config.unknown_rule_patterns(), ["XX999"]);
    /// ```
    pub fn unknown_rule_patterns(&self) -> Vec<String> {
        let known = |p: &str| {
            crate::rules::REGISTRY
                .iter()
                .any(|r| Self::matches(p, r.code, r.name))
        };
        self.select
            .iter()
            .chain(&self.ignore)
            .chain(self.severity.keys())
            .filter(|p| !known(p))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// A provincial VBQPPL decision as the forms of Nghị định 78/2025 lay it out, with the
    /// header, date and closing given (`{header}`, `{date}`, `{closing}` are replaced).
    const DECISION: &str = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{so}\n{date}\n\nQUYẾT ĐỊNH\nQuy định mức chi hỗ trợ hoạt động khuyến công\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nTheo đề nghị của Giám đốc Sở Công Thương;\nỦy ban nhân dân tỉnh ban hành Quyết định quy định mức chi hỗ trợ hoạt động khuyến công.\n\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định mức chi hỗ trợ hoạt động khuyến công.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 20 tháng 3 năm 2026./.\n\n{closing}";

    const CLOSING: &str = "Nơi nhận:\n- Bộ Công Thương;\n- Lưu: VT, KT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n";

    fn decision(so: &str, date: &str, closing: &str) -> String {
        DECISION
            .replace("{so}", so)
            .replace("{date}", date)
            .replace("{closing}", closing)
    }

    fn codes(text: &str) -> Vec<&'static str> {
        crate::check_str(text, &Config::default())
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| !c.starts_with("DOC"))
            .collect()
    }

    fn well_formed() -> String {
        decision(
            "Số: 28/2026/QĐ-UBND",
            "Lào Cai, ngày 05 tháng 3 năm 2026",
            CLOSING,
        )
    }

    #[test]
    fn a_well_formed_vbqppl_decision_gets_no_finding() {
        let text = well_formed();
        let report = crate::check_str(&text, &Config::default());
        assert_eq!(report.document.regime, crate::model::document::Regime::Qppl);
        assert!(codes(&text).is_empty(), "{:?}", codes(&text));
    }

    /// One ND30 defect of each family that the VBQPPL forms repeat: the rule that reads it runs
    /// on a VBQPPL as on an administrative document.
    #[test]
    fn the_rules_the_vbqppl_forms_repeat_run_on_a_vbqppl() {
        let good = well_formed();
        for (code, from, to) in [
            ("QH002", "CỘNG HÒA XÃ HỘI", "CỘNG HÕA XÃ HỘI"),
            ("QH004", "Độc lập - Tự do", "Độc lập – Tự do"),
            (
                "CQ002",
                "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
                "Ủy ban nhân dân tỉnh Lào Cai",
            ),
            ("SO003", "Số: 28/2026", "Số: 8/2026"),
            ("SO004", "Số: 28/2026", "Số 28/2026"),
            ("NG003", "ngày 05 tháng 3", "ngày 5 tháng 3"),
            ("NG005", "Lào Cai, ngày 05", "Lào Cai ngày 05"),
            ("TL003", "\nQUYẾT ĐỊNH\nQuy định", "\nQuyết định\nQuy định"),
            ("CK003", "KT. CHỦ TỊCH", "KT CHỦ TỊCH"),
            ("CK007", "Nguyễn Văn An", "NGUYỄN VĂN AN"),
            ("NN002", "Nơi nhận:", "nơi nhận:"),
            ("NN004", "- Bộ Công Thương;", "- Bộ Công Thương"),
            ("NN005", "- Lưu: VT, KT.", "- Lưu VT, KT."),
        ] {
            assert!(good.contains(from), "{code}: {from}");
            let bad = good.replacen(from, to, 1);
            assert_eq!(codes(&bad), [code], "{code}:\n{bad}");
        }
        let no_recipients = decision(
            "Số: 28/2026/QĐ-UBND",
            "Lào Cai, ngày 05 tháng 3 năm 2026",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n",
        );
        assert_eq!(codes(&no_recipients), ["NN001"]);
    }

    /// What the VBQPPL forms ask otherwise than Nghị định 30 is not read by its rules: the last
    /// căn cứ ends with `;` before the enacting sentence (ND001), a law is cited by number
    /// without its date (ND003, ND010), the Quyết định has its enacting sentence in place of
    /// `QUYẾT ĐỊNH:` (ND016), a resolution's name is in capitals (TL005).
    #[test]
    fn the_rules_left_out_stay_silent_on_a_vbqppl() {
        let text = well_formed().replace(
            "Theo đề nghị của Giám đốc Sở Công Thương;\n",
            "Căn cứ Nghị định số 40/2025/NĐ-CP;\nTheo đề nghị của Giám đốc Sở Công Thương;\n",
        );
        assert!(codes(&text).is_empty(), "{:?}", codes(&text));
        let resolution = "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/2026/NQ-HĐND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI HỖ TRỢ HOẠT ĐỘNG KHUYẾN CÔNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nXét Tờ trình số 15/TTr-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh;\nHội đồng nhân dân ban hành Nghị quyết quy định mức chi hỗ trợ hoạt động khuyến công.\n\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức chi.\nĐiều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày 20 tháng 3 năm 2026.\n\nNơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n";
        let found = codes(resolution);
        for code in [
            "ND001", "ND003", "ND010", "ND016", "TL005", "NN009", "SO005", "SO007",
        ] {
            assert!(!found.contains(&code), "{code} in {found:?}");
        }
    }

    /// The forms of Nghị định 78 govern neither a VBQPPL made before 01/4/2025 nor a law of
    /// the Quốc hội: the ND30 rules stay silent on both, and DOC003 counts them as not run.
    #[test]
    fn not_on_a_vbqppl_before_decree_78_nor_on_an_act_of_the_assembly() {
        let old = decision(
            "Số: 8/2024/QĐ-UBND",
            "Lào Cai, ngày 5 tháng 3 năm 2024",
            CLOSING,
        );
        assert!(codes(&old).is_empty(), "{:?}", codes(&old));
        let now = decision(
            "Số: 8/2026/QĐ-UBND",
            "Lào Cai, ngày 5 tháng 3 năm 2026",
            CLOSING,
        );
        assert_eq!(codes(&now), ["SO003", "NG003"]);
        // No date read: the number's year decides, and 2025 may be before 1 April.
        for (so, runs) in [
            ("Số: 8/2024/QĐ-UBND", false),
            ("Số: 8/2025/QĐ-UBND", false),
            ("Số: 8/2026/QĐ-UBND", true),
        ] {
            let undated = decision(so, "", CLOSING);
            assert_eq!(codes(&undated).contains(&"SO003"), runs, "{so}");
        }
        let law = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 140/2025/QH15\n\nLUẬT\nTHUẾ TIÊU THỤ ĐẶC BIỆT\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Thuế tiêu thụ đặc biệt.\n\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thuế tiêu thụ đặc biệt.\n\nLuật này được Quốc hội khóa XV, kỳ họp thứ 10 thông qua ngày 10 tháng 12 năm 2025.\n\nCHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn\n";
        let found = codes(law);
        for code in ["SO001", "NG001", "NN001"] {
            assert!(!found.contains(&code), "{code} in {found:?}");
        }
    }

    /// DOC003 names the ND30 rules that ran on a VBQPPL.
    #[test]
    fn coverage_names_the_nd30_rules_run_on_a_vbqppl() {
        let report = crate::check_str(&well_formed(), &Config::default());
        let doc003 = report
            .diagnostics
            .iter()
            .find(|d| d.code == "DOC003")
            .map(|d| d.message.vi.clone())
            .unwrap_or_default();
        assert!(
            doc003.contains("mẫu văn bản quy phạm pháp luật của Nghị định 78/2025/NĐ-CP"),
            "{doc003}"
        );
        for code in ["QH002", "SO003", "NG003", "CK003", "NN005"] {
            assert!(doc003.contains(code), "{code}: {doc003}");
        }
        assert!(!doc003.contains("ND001"), "{doc003}");
        // An administrative document's coverage says nothing of it.
        let admin = well_formed().replace("28/2026/QĐ-UBND", "28/QĐ-UBND");
        let report = crate::check_str(&admin, &Config::default());
        assert!(report
            .diagnostics
            .iter()
            .filter(|d| d.code == "DOC003")
            .all(|d| !d.message.vi.contains("Nghị định 78")));
    }
}
