//! The regime a document is read under: state (ND30), Party, or legal normative (VBQPPL).

use crate::model::document::*;

/// Party documents (`ĐẢNG CỘNG SẢN VIỆT NAM`, `Số 12-KH/TU`) and VBQPPL (`Số:
/// 28/2025/QĐ-UBND`, a Thông tư, a Luật).
pub(super) fn detect_regime(text: &str, doc: &Document) -> Regime {
    if let Some(i) = doc.header.party_heading {
        // The Youth Union's heading stands where the Party's does; its format is its own.
        let heading = crate::text::fold::skeleton(doc.lines[i].span.of(text));
        if heading.trim_start().starts_with("doan") {
            return Regime::YouthUnion;
        }
        return Regime::Party;
    }
    // A Kết luận or a Thông tri alone does not make a Party document: a state body that heads
    // one so is told (TL002).
    if doc
        .title
        .as_ref()
        .and_then(|t| t.doc_type)
        .map(|t| t.family)
        == Some(crate::model::doctype::Family::Legal)
    {
        return Regime::Qppl;
    }
    if let Some(i) = doc.header.so {
        if let LineKind::So(p) = &doc.lines[i].kind {
            if p.party {
                return Regime::Party;
            }
            let year_part = p
                .parts
                .first()
                .is_some_and(|s| s.len() == 4 && s.of(text).bytes().all(|b| b.is_ascii_digit()));
            let parts: Vec<&str> = p.parts.iter().map(|s| s.of(text)).collect();
            // An act of the Quốc hội or its Standing Committee is read under the Assembly's
            // forms whatever its number's shape: a law's `248/2025/QH15`, a resolution's
            // `80/2025/UBTVQH15`, and one numbered without a year (`1673/NQ-UBTVQH15`, the
            // 2025 rearrangements of communes). A letter or a report of the Committee
            // (`1234/UBTVQH15-CTĐB`, `45/BC-UBTVQH15`) is none: it names no act before the body.
            let assembly = p.names_the_assembly(text)
                && (year_part || parts.first().is_some_and(|t| assembly_act_type(t)));
            // `28/2025/QĐ-UBND`.
            let by_year = year_part && p.parts.len() >= 3 && vbqppl_code(&parts);
            if (assembly || by_year)
                // A chỉ thị (a VBQPPL of the UBND until 2016) directs without articles.
                && (doc.body.is_empty() || parts.get(1) == Some(&"CT") || enacts(doc))
            {
                return Regime::Qppl;
            }
        }
    }
    if party_reprint_without_header(text, doc) {
        return Regime::Party;
    }
    Regime::Nd30
}

/// A Party text reprinted without its header: a newspaper or a department's website gives the
/// type name, the trích yếu and the body of a Party document and says in its lead whose it is
/// (`Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU …`, `Tỉnh ủy … đã ban hành
/// Chương trình số 27-CTr/TU …`). Nothing of the header was read (no heading, issuer, number
/// or date), and the lines above the type name cite a document of the same type under a
/// Party number (`10-NQ/TU`: hyphen, then slash), not a state one (`12/KH-UBND`). Such a
/// text is no administrative document missing its Quốc hiệu; the check runs no format rule
/// on it (`Document::is_party_without_header`).
fn party_reprint_without_header(text: &str, doc: &Document) -> bool {
    let h = &doc.header;
    if h.quoc_hieu.is_some()
        || h.tieu_ngu.is_some()
        || !h.issuer.is_empty()
        || h.so.is_some()
        || h.place_date.is_some()
    {
        return false;
    }
    let Some(title) = &doc.title else {
        return false;
    };
    let Some(kind) = title.doc_type else {
        return false;
    };
    let Some(first) = doc.lines.get(title.type_line) else {
        return false;
    };
    let lead = crate::text::fold::fold_case(&text[..first.span.start as usize]);
    let cited = format!("{} số ", crate::text::fold::fold_case(kind.name));
    lead.match_indices(&cited)
        .any(|(at, m)| party_number(&lead[at + m.len()..]))
}

/// Whether `s` starts with a Party document's number, case-folded: digits, a hyphen, the type's
/// letters, a slash, the issuer's letters (`10-nq/tu`, `27-ctr/tu`, `05-hd/vptw`).
fn party_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = s[digits..].strip_prefix('-').filter(|_| digits > 0) else {
        return false;
    };
    let letters = |t: &str| {
        t.chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let kind = letters(rest);
    let Some(issuer) = rest[kind..].strip_prefix('/').filter(|_| kind > 0) else {
        return false;
    };
    letters(issuer) > 0
}

/// Whether a ký hiệu after its year (`QĐ`, `UBND` of `28/2025/QĐ-UBND`) names a type of legal
/// normative document and a body that may issue one (Luật 64/2025/QH15 Đ4; `CT`, the chỉ thị,
/// was one until 2016): a contract's `01/2025/HĐ-DV`, a company's `12/2025/QĐ-HĐQT` or a sở's
/// `05/2025/QĐ-SYT` carry a year but are no VBQPPL.
fn vbqppl_code(parts: &[&str]) -> bool {
    const TYPES: &str = "QĐ|NQ|TT|TTLT|NĐ|NQLT|PL|L|CT|LCTN";
    const BODIES: &str = "UBND|HĐND|TTg|CP|CTN|TANDTC|VKSNDTC|KTNN|NHNN|TTCP|HĐTP|UBDT";
    let Some(kind) = parts.get(1) else {
        return false;
    };
    TYPES.split('|').any(|t| t == *kind)
        && parts[2..].iter().any(|b| {
            BODIES.split('|').any(|k| k == *b)
                // A ministry: `BCT`, `BTC`, `BGDĐT`, `BNNMT`.
                || (b.len() >= 3
                    && b.starts_with('B')
                    && b.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ'))
        })
}

/// Whether the type group of a ký hiệu without a year names an act the Quốc hội or its Standing
/// Committee passes: a resolution (`NQ`, a joint one `NQLT`), a law (`L`), an ordinance (`PL`).
fn assembly_act_type(kind: &str) -> bool {
    ["NQ", "NQLT", "L", "PL"].contains(&kind)
}

/// Whether the document has an enacting form: căn cứ, an enacting line (`QUYẾT ĐỊNH:`) or
/// articles. A body of prose alone under a year-numbered ký hiệu is not enough to call the
/// document a VBQPPL.
fn enacts(doc: &Document) -> bool {
    doc.lines.iter().any(|l| {
        matches!(
            l.kind,
            LineKind::CanCu | LineKind::Enacting | LineKind::Dieu { .. }
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::assemble::test_support::*;

    /// A VBQPPL is told by a year in its number, a type and a body that may issue one, and an
    /// enacting form (căn cứ, `QUYẾT ĐỊNH:`, articles); the heads are those of real documents
    /// (QĐ 07/2025/QĐ-UBND of Thái Nguyên, NĐ 285/2025/NĐ-CP, TT 51/2025/TT-BYT, the dev set).
    #[test]
    fn a_vbqppl_is_told_by_its_number_its_issuer_and_its_enacting_form() {
        let regime = |text: &str| doc(text).regime;
        let body = "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\n";
        for head in [
            "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 07/2025/QĐ-UBND\nThái Nguyên, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy định quản lý nhà nước về giá\n",
            "CHÍNH PHỦ\nSố: 285/2025/NĐ-CP\nHà Nội, ngày 03 tháng 11 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết\n",
            "BỘ Y TẾ\nSố: 51/2025/TT-BYT\nHà Nội, ngày 31 tháng 12 năm 2025\nTHÔNG TƯ\nBan hành Quy chuẩn kỹ thuật\n",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/2025/NQ-HĐND\nLào Cai, ngày 10 tháng 12 năm 2025\nNGHỊ QUYẾT\nQuy định mức chi\n",
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 22/2025/TT-BGDĐT\nHà Nội, ngày 30 tháng 9 năm 2025\nTHÔNG TƯ\nQuy định về thi\n",
        ] {
            assert_eq!(regime(&format!("{head}{body}")), Regime::Qppl, "{head}");
        }
        // A chỉ thị of the UBND, a VBQPPL until 2016 (CT 09/2009/CT-UBND of Bình Dương), directs
        // without căn cứ or articles.
        let chi_thi = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 09/2009/CT-UBND\nThủ Dầu Một, ngày 15 tháng 4 năm 2009\nCHỈ THỊ\nVề việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở\n\nTrong những năm qua, hoạt động khoa học và công nghệ đã có bước phát triển.\nỦy ban nhân dân tỉnh chỉ thị các sở, ngành thực hiện tốt các nội dung sau.\n";
        assert_eq!(regime(chi_thi), Regime::Qppl);
        // A year in the number alone is not enough: a contract, a company's or a sở's decision,
        // a plan, and a decision of the UBND with a year but no enacting form.
        for (head, rest) in [
            ("CÔNG TY TNHH AN PHÁT\nSố: 01/2025/HĐ-DV\nHà Nội, ngày 10 tháng 9 năm 2025\nHỢP ĐỒNG DỊCH VỤ\n", body),
            ("CÔNG TY CỔ PHẦN AN PHÁT\nSố: 12/2025/QĐ-HĐQT\nHà Nội, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc bổ nhiệm\n", body),
            ("SỞ Y TẾ TỈNH LÀO CAI\nSố: 05/2025/QĐ-SYT\nLào Cai, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n", body),
            ("UBND TỈNH LÀO CAI\nSố: 15/2025/KH-UBND\nLào Cai, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nTổ chức hội nghị\n", body),
            ("UBND TỈNH LÀO CAI\nSố: 15/2025/QĐ-UBND\nLào Cai, ngày 10 tháng 9 năm 2025\nQUYẾT ĐỊNH\nVề việc khen thưởng\n", "\nKhen thưởng các tập thể có thành tích xuất sắc trong năm 2025.\nGiao Sở Nội vụ thực hiện.\n"),
        ] {
            assert_eq!(regime(&format!("{head}{rest}")), Regime::Nd30, "{head}{rest}");
        }
    }

    /// An act of the Quốc hội or its Standing Committee is a VBQPPL-regime document whatever its
    /// number's shape: with its year (NQ 80/2025/UBTVQH15, Luật 72/2025/QH15) or without it (NQ
    /// 1673/NQ-UBTVQH15 of 16/6/2025 arranging the communes of Lào Cai, and the other 2025
    /// rearrangements). A letter or a report of the Committee and a unit's code that starts like
    /// the Assembly's (`QHQT`, quan hệ quốc tế) are not.
    #[test]
    fn an_act_of_the_assembly_is_told_whatever_its_number_s_shape() {
        let regime = |text: &str| doc(text).regime;
        let body = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nXét đề nghị của Chính phủ tại Tờ trình số 388/TTr-CP,\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai\nĐiều 2. Hiệu lực thi hành\n";
        for (issuer, number) in [
            ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "Số: 1673/NQ-UBTVQH15"),
            ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "Số: 80/2025/UBTVQH15"),
            ("QUỐC HỘI", "Số: 202/2025/QH15"),
            ("QUỐC HỘI", "Số: 27/NQ-QH15"),
        ] {
            let text = format!("{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{number}\nHà Nội, ngày 16 tháng 6 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LÀO CAI NĂM 2025\n{body}");
            assert_eq!(regime(&text), Regime::Qppl, "{number}");
        }
        let letter = "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 1234/UBTVQH15-CTĐB\nHà Nội, ngày 16 tháng 6 năm 2025\nV/v tổ chức tiếp xúc cử tri\nKính gửi: Đoàn đại biểu Quốc hội các tỉnh, thành phố.\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13, Ủy ban Thường vụ Quốc hội đề nghị các Đoàn tổ chức tiếp xúc cử tri.\n";
        let report = "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 45/BC-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\nBÁO CÁO\nKết quả giám sát\nCăn cứ Luật Hoạt động giám sát của Quốc hội số 87/2015/QH13;\nỦy ban Thường vụ Quốc hội báo cáo như sau.\n";
        let unit = "ĐẠI HỌC QUỐC GIA HÀ NỘI\nSố: 45/QĐ-QHQT\nHà Nội, ngày 16 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác\nCăn cứ Quyết định số 3768/QĐ-ĐHQGHN;\nQUYẾT ĐỊNH:\nĐiều 1. Cử ông Nguyễn Văn A đi công tác.\n";
        for text in [letter, report, unit] {
            assert_eq!(regime(text), Regime::Nd30, "{text}");
        }
    }

    /// A Party resolution a website reprints without its header, the lead naming it by its
    /// Party number (Nghị quyết 10-NQ/TU of Tỉnh ủy Phú Yên as a WordPress site gave it), is a
    /// Party document; a state plan reprinted so, its lead citing a Party plan it carries out
    /// or its own state number, is not.
    #[test]
    fn a_party_text_reprinted_without_its_header_is_a_party_document() {
        let regime = |text: &str| doc(text).regime;
        let body = "\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\n-----\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n";
        let lead = "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy.\n";
        assert_eq!(regime(&format!("{lead}{body}")), Regime::Party);
        // The same body with no lead, or a lead citing a state number, stays administrative.
        assert_eq!(regime(body), Regime::Nd30);
        let state = "Ban biên tập giới thiệu toàn văn Nghị quyết số 10/NQ-HĐND, ngày 18/8/2021.\n";
        assert_eq!(regime(&format!("{state}{body}")), Regime::Nd30);
        // A plan of the UBND that carries out a Party plan, reprinted without its header: the
        // lead cites a kế hoạch of the Tỉnh ủy while the page gives a quyết định.
        let decision = "UBND tỉnh triển khai Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy.\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n";
        assert_eq!(regime(decision), Regime::Nd30);
        // A header read keeps its own regime.
        let headed = format!("UBND TỈNH PHÚ YÊN\nSố: 12/KH-UBND\n{lead}{body}");
        assert_eq!(regime(&headed), Regime::Nd30);
    }
}
