use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::header::issuer_lines;
use crate::rules::common::map::{doc_day, in_line, key, province_keys, DISTRICT_LAST_DAY};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DB002",
    name: "district-level-issuer",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Structured,
    locator: "Luật 72/2025/QH15; NQ 202/2025/QH15",
    default_on: true,
    summary_vi: docs!("Cơ quan cấp huyện (UBND, HĐND, phòng, tòa án, huyện ủy … của huyện, quận, thị xã, \
thành phố thuộc tỉnh) hay thị trấn làm cơ quan ban hành hoặc chủ quản trong văn bản ghi ngày sau \
30/6/2025."),
    summary_en: docs!("A district-level body (UBND, HĐND, office, court, Party committee … of a huyện, quận, \
thị xã or provincial city) or a thị trấn as issuer or parent body in a document dated after 30/6/2025."),
    docs_vi: docs!("Từ ngày 01/7/2025 chính quyền địa phương có hai cấp, tỉnh và xã (Luật Tổ chức chính \
quyền địa phương số 72/2025/QH15, Nghị quyết 202/2025/QH15, Nghị quyết 60-NQ/TW mục 5): đơn vị hành \
chính cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) và thị trấn không còn; đảng bộ cấp huyện, \
tòa án và viện kiểm sát cấp huyện cũng kết thúc hoạt động (tòa án, viện kiểm sát nay là cấp khu vực). \
Quy tắc đọc các dòng tên cơ quan ban hành và cơ quan chủ quản (ô số 2) và báo khi có `HUYỆN`, `QUẬN`, \
`THỊ XÃ`, `THỊ TRẤN`, `HUYỆN ỦY`, `QUẬN ỦY`, `THỊ ỦY`, hoặc `THÀNH PHỐ`, `THÀNH ỦY` của một thành phố \
không thuộc 34 đơn vị cấp tỉnh (`UBND THÀNH PHỐ KON TUM`; `UBND THÀNH PHỐ HÀ NỘI` đúng), trong văn bản \
có năm ban hành viết rõ, ghi ngày sau 30/6/2025 (ngày, tháng để trống tính từ ngày đầu). Một `PHÒNG …` \
dưới `UBND HUYỆN …` được báo qua dòng cơ quan chủ quản. Không báo tên dùng như lịch sử (`huyện Đăk Hà \
(cũ)`), các câu trong phần nội dung và văn bản không có ngày. Áp dụng cho mọi văn bản nhận dạng \
được, cả văn bản của Đảng (`HUYỆN ỦY` sau 30/6/2025 cũng không còn) và văn bản quy phạm pháp luật. Mức cảnh báo, không sửa tự động: công cụ không biết cơ quan \
cấp tỉnh hay cấp xã nào đã tiếp nhận nhiệm vụ."),
    docs_en: docs!("From 01/7/2025 local government has two levels, province and commune (Law on the \
Organisation of Local Government 72/2025/QH15, Resolution 202/2025/QH15, NQ 60-NQ/TW §5): district-level \
units (huyện, quận, thị xã, provincial cities) and thị trấn are gone; district Party committees, district \
courts and procuracies ended too (courts and procuracies are now regional, khu vực). The rule reads the \
issuer and parent-body lines (box 2) and reports `HUYỆN`, `QUẬN`, `THỊ XÃ`, `THỊ TRẤN`, `HUYỆN ỦY`, \
`QUẬN ỦY`, `THỊ ỦY`, or `THÀNH PHỐ`, `THÀNH ỦY` of a city that is not one of the 34 province-level \
units (`UBND THÀNH PHỐ KON TUM`; `UBND THÀNH PHỐ HÀ NỘI` is right), in a document whose year is \
written and whose date is after 30/6/2025 (a blank day or month counts from the first). A `PHÒNG …` \
under `UBND HUYỆN …` is reported through its parent line. Names used as history (`huyện Đăk Hà (cũ)`), \
sentences of the body and undated documents are left alone. Applies to every recognised document, \
Party documents (a `HUYỆN ỦY` after 30/6/2025 is gone as well) and legal normative ones too. A warning without a fix: the tool cannot know which \
provincial or commune body took the tasks over."),
    bad: docs!("UBND HUYỆN ĐĂK HÀ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-PGDĐT\nĐăk Hà, ngày 15 tháng 8 năm 2025\n"),
    good: docs!("UBND XÃ ĐĂK HÀ\nPHÒNG VĂN HÓA - XÃ HỘI\nSố: 12/KH-VHXH\nĐăk Hà, ngày 15 tháng 8 năm 2025\n"),
    check: crate::rules::Check::Document(check),
};

/// Where a header line names a district-level unit (`HUYỆN`, `QUẬN`, `THỊ XÃ`, `THỊ TRẤN`,
/// `HUYỆN ỦY`, a city of a province): the index of its first word.
fn district_unit(keys: &[String], cities: &[Vec<String>]) -> Option<usize> {
    let is = |k: usize, w: &str| keys.get(k).is_some_and(|x| x == w);
    (0..keys.len()).find(|&k| {
        if is(k, "huyện") || is(k, "quận") {
            return true;
        }
        if is(k, "thị") && (is(k + 1, "xã") || is(k + 1, "trấn") || is(k + 1, "ủy")) {
            return true;
        }
        if !((is(k, "thành") && (is(k + 1, "phố") || is(k + 1, "ủy"))) || is(k, "tp")) {
            return false;
        }
        // A city of a province was district-level; the cities of the centre are provinces.
        let name = if is(k, "tp") { k + 1 } else { k + 2 };
        // A name the header wrapped (`THÀNH PHỐ HÀ` / `NỘI`) may be a central city's start.
        let central = is(name, "hcm")
            || cities.iter().any(|c| {
                keys.get(name..name + c.len())
                    .is_some_and(|n| n == c.as_slice())
                    || keys
                        .get(name..)
                        .is_some_and(|rest| !rest.is_empty() && c.starts_with(rest))
            });
        name < keys.len() && !central
    })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if doc_day(ctx).is_none_or(|d| d <= DISTRICT_LAST_DAY) {
        return;
    }
    let cities: Vec<Vec<String>> = province_keys().collect();
    for i in issuer_lines(ctx) {
        let words = ctx.words(i);
        let keys: Vec<String> = words.iter().map(|(_, w)| key(w)).collect();
        let Some(k) = district_unit(&keys, &cities) else {
            continue;
        };
        let line = ctx.line(i).span;
        let t = ctx.line_text(i).trim_end();
        let span = in_line(line, words[k].0, t.len());
        // `UBND XÃ ĐĂK HÀ (HUYỆN ĐĂK HÀ CŨ)`: the district named as history.
        let past = keys[k..].iter().any(|w| w == "cũ")
            || keys[k..]
                .windows(2)
                .any(|w| w[0] == "trước" && w[1] == "đây");
        if span.is_empty() || past {
            continue;
        }
        let unit = ctx.s(span);
        out.push(RULE.diag(
            span,
            format!("\"{unit}\": từ ngày 01/07/2025 không còn cấp huyện (và thị trấn); văn bản ghi ngày sau đó: kiểm tra lại tên cơ quan (cơ quan cấp tỉnh hoặc cấp xã đã tiếp nhận nhiệm vụ)."),
            format!("\"{unit}\": the district level (and the thị trấn) ended on 01/07/2025, before the document's date: check the body's name (the provincial or commune body that took the tasks over)."),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(line: &str) -> Option<usize> {
        let cities: Vec<Vec<String>> = province_keys().collect();
        let keys = crate::rules::common::map::name_keys(line);
        district_unit(&keys, &cities)
    }

    #[test]
    fn district_units_and_central_cities() {
        assert_eq!(unit("UBND HUYỆN ĐĂK HÀ"), Some(1));
        assert_eq!(unit("ỦY BAN NHÂN DÂN QUẬN 3"), Some(4));
        assert_eq!(unit("HUYỆN UỶ ĐỊNH HOÁ"), Some(0));
        assert_eq!(unit("THỊ XÃ SƠN TÂY"), Some(0));
        assert_eq!(unit("UBND THỊ TRẤN PHỐ LU"), Some(1));
        assert_eq!(unit("UBND THÀNH PHỐ KON TUM"), Some(1));
        // A central city's name the header wrapped after its first word.
        assert_eq!(unit("THÀNH PHỐ HÀ"), None);
        assert_eq!(unit("THÀNH PHỐ HỒ CHÍ"), None);
        assert_eq!(unit("THÀNH PHỐ KON"), Some(0));
        assert_eq!(unit("THÀNH ỦY BIÊN HÒA"), Some(0));
        assert_eq!(unit("UBND TP. BẢO LỘC"), Some(1));
        assert_eq!(unit("UBND THÀNH PHỐ HÀ NỘI"), None);
        assert_eq!(unit("THÀNH ỦY HẢI PHÒNG"), None);
        assert_eq!(unit("UBND TP. HỒ CHÍ MINH"), None);
        assert_eq!(unit("UBND TP.HCM"), None);
        assert_eq!(unit("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐỒNG NAI"), None);
        assert_eq!(unit("UBND XÃ ĐĂK HÀ"), None);
        assert_eq!(unit("ỦY BAN NHÂN DÂN"), None);
        assert_eq!(unit("THÀNH PHỐ"), None);
    }
}
