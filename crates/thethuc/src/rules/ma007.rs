use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::doctype::tone_insensitive;
use crate::fold::{fold_case, fold_char};
use crate::rules::ma004::{is_space, lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "MA007",
    name: "repeated-word",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "Một từ viết lặp hai lần liền nhau (`trong trong`, `Uỷ Ủy ban`).",
    summary_en: "The same word twice in a row (`trong trong`, `Uỷ Ủy ban`).",
    docs_vi: docs!("Hai tiếng giống nhau đứng liền nhau (không kể chữ hoa, chữ thường và cách bỏ dấu thanh cũ, \
mới: `Uỷ Ủy`) thường là lỗi khi soạn thảo, sửa chữa hoặc sao chép (`Ban hành hành Quy chuẩn`). Không báo \
các từ láy và cách nói lặp có nghĩa trong tiếng Việt (`ngày ngày`, `người người`, `nhà nhà`, `đâu đâu`, \
`dần dần`, `vân vân`, `ba ba`…), các chữ cái đơn và số. Sửa không an toàn (cần người soạn xem lại): xóa \
tiếng lặp thứ hai."),
    docs_en: docs!("Two identical syllables in a row (whatever the case and the old or new tone placement: \
`Uỷ Ủy`) are usually a slip while drafting, editing or copying (`Ban hành hành Quy chuẩn`). Not reported: \
reduplications that are meaningful in Vietnamese (`ngày ngày`, `người người`, `nhà nhà`, `đâu đâu`, \
`dần dần`, `vân vân`, `ba ba`…), single letters and numbers. Unsafe fix (the drafter should check): the \
second occurrence is deleted."),
    bad: "Căn cứ Thông tư Ban hành hành Quy chuẩn kỹ thuật quốc gia.\n",
    good: "Căn cứ Thông tư Ban hành Quy chuẩn kỹ thuật quốc gia; nhà nhà, người người thi đua.\n",
    check,
};

/// Doubled words that Vietnamese uses on purpose.
const REDUPLICATIVES: &[&str] = &[
    "ngày",
    "người",
    "nhà",
    "đâu",
    "xanh",
    "đỏ",
    "từ",
    "dần",
    "lâu",
    "thường",
    "đều",
    "mãi",
    "đời",
    "muôn",
    "chiều",
    "sáng",
    "tối",
    "đêm",
    "năm",
    "tháng",
    "lớp",
    "hàng",
    "chốc",
    "ai",
    "gì",
    "lần",
    "vân",
    "ba",
    "cào",
    "chuồn",
    "oa",
    "hơi",
    "thôi",
    "đi",
    "vừa",
    "hay",
    "tuần",
    "cao",
    "xa",
    "ầm",
    "ào",
    "rì",
    "khà",
    "ha",
    "hi",
    "he",
];

/// Two-syllable words that often start right after a word ending with the same syllable
/// (`thi công công trình`, `hành vi vi phạm`, `trưởng ban ban hành`): not a doubled word.
const COMPOUNDS: &[&str] = &[
    "công trình",
    "công tác",
    "công việc",
    "công nghiệp",
    "công an",
    "công nhân",
    "công chức",
    "công khai",
    "công bố",
    "công nghệ",
    "công dân",
    "công ty",
    "công văn",
    "công cộng",
    "công ích",
    "công đoàn",
    "công thương",
    "công suất",
    "công cụ",
    "công nhận",
    "công chứng",
    "công sở",
    "vi phạm",
    "phạm vi",
    "phạm nhân",
    "hành chính",
    "hành vi",
    "hành động",
    "hành nghề",
    "hành lang",
    "hành khách",
    "hành trình",
    "động lực",
    "động viên",
    "động vật",
    "động đất",
    "động cơ",
    "chính quyền",
    "chính sách",
    "chính phủ",
    "chính trị",
    "chính thức",
    "chính xác",
    "dân tộc",
    "dân cư",
    "dân sự",
    "dân chủ",
    "dân số",
    "dân sinh",
    "dân vận",
    "dân quân",
    "dân dụng",
    "hóa chất",
    "hóa học",
    "hóa đơn",
    "chất lượng",
    "chất thải",
    "lực lượng",
    "tác động",
    "tác phong",
    "tác giả",
    "việc làm",
    "quan hệ",
    "quan tâm",
    "quan trọng",
    "quan điểm",
    "quan sát",
    "hệ thống",
    "nước ngoài",
    "nước sạch",
    "nước thải",
    "định hướng",
    "định kỳ",
    "định mức",
    "định giá",
    "định danh",
    "hoạch định",
    "chức năng",
    "chức vụ",
    "chức danh",
    "chức trách",
    "sự kiện",
    "sự nghiệp",
    "sự việc",
    "sự cố",
    "kế hoạch",
    "kế toán",
    "kế thừa",
    "toàn bộ",
    "toàn diện",
    "toàn quốc",
    "toàn dân",
    "toàn thể",
    "bộ phận",
    "bộ máy",
    "bộ ngành",
    "học tập",
    "học sinh",
    "học viên",
    "học kỳ",
    "tập trung",
    "tập huấn",
    "tập thể",
    "đại biểu",
    "đại học",
    "đại diện",
    "đại hội",
    "đại lý",
    "biểu mẫu",
    "biểu dương",
    "biểu quyết",
    "hợp tác",
    "hợp đồng",
    "hợp lý",
    "hợp pháp",
    "hợp nhất",
    "pháp luật",
    "pháp lý",
    "pháp chế",
    "pháp nhân",
    "lý do",
    "lý luận",
    "lý lịch",
    "giá trị",
    "giá cả",
    "tiết kiệm",
    "tiếp nhận",
    "tiếp tục",
    "tiếp cận",
    "tiếp theo",
    "nhận thức",
    "nhận xét",
    "nhận định",
    "thức ăn",
    "hiện trạng",
    "hiện đại",
    "hiện nay",
    "hiện tại",
    "hiện hành",
    "thực hiện",
    "thực tế",
    "thực trạng",
    "thực chất",
    "thực phẩm",
    "thực thi",
    "đảm bảo",
    "bảo đảm",
    "bảo vệ",
    "bảo quản",
    "bảo hiểm",
    "bảo hộ",
    "bảo tồn",
    "bảo dưỡng",
    "bảo trì",
    "bảo mật",
    "an toàn",
    "an ninh",
    "an sinh",
    "đất đai",
    "nhân dân",
    "nhân lực",
    "nhân viên",
    "nhân sự",
    "nhân tố",
    "nhân đạo",
    "nhân khẩu",
    "viên chức",
    "khoa học",
    "tư vấn",
    "tư nhân",
    "tư pháp",
    "tư liệu",
    "tư cách",
    "vấn đề",
    "đề nghị",
    "đề án",
    "đề xuất",
    "đề ra",
    "đề cương",
    "đề tài",
    "xuất khẩu",
    "xuất bản",
    "xuất phát",
    "xuất hiện",
    "xuất xứ",
    "phát triển",
    "phát hiện",
    "phát hành",
    "phát sinh",
    "phát động",
    "phát biểu",
    "phát huy",
    "triển khai",
    "khai thác",
    "khai báo",
    "khai mạc",
    "quy định",
    "quy hoạch",
    "quy chế",
    "quy chuẩn",
    "quy trình",
    "quy mô",
    "quy tắc",
    "trình độ",
    "trình tự",
    "trình bày",
    "tổ chức",
    "tổ hợp",
    "chủ động",
    "chủ trì",
    "chủ tịch",
    "chủ trương",
    "chủ đầu",
    "chủ quản",
    "chủ yếu",
    "chủ thể",
    "chủ nhiệm",
    "chủ đề",
    "chủ sở",
    "chủ quyền",
    "đầu tư",
    "đầu mối",
    "đầu tiên",
    "đầu vào",
    "đầu ra",
    "đầu thầu",
    "lãnh đạo",
    "lãnh thổ",
    "đạo đức",
    "kinh tế",
    "kinh phí",
    "kinh doanh",
    "kinh nghiệm",
    "doanh nghiệp",
    "doanh thu",
    "nghiệp vụ",
    "thông tin",
    "thông báo",
    "thông tư",
    "thông qua",
    "thông thường",
    "tin học",
    "báo cáo",
    "báo chí",
    "số liệu",
    "số lượng",
    "hội nghị",
    "hội đồng",
    "hội viên",
    "hội thảo",
    "đồng bộ",
    "đồng chí",
    "đồng thời",
    "đồng ý",
    "ý kiến",
    "ý nghĩa",
    "ý thức",
    "kiến nghị",
    "kiến thức",
    "kiến trúc",
    "nghị định",
    "nghị quyết",
    "quyết định",
    "lâm nghiệp",
    "sản xuất",
    "sản phẩm",
    "sản lượng",
    "đơn vị",
    "đơn giá",
    "vị trí",
    "trí tuệ",
    "thủ tục",
    "thủ tướng",
    "thủ trưởng",
    "thủ công",
    "trưởng ban",
    "trưởng phòng",
    "trưởng đoàn",
    "phòng chống",
    "phòng ngừa",
    "phòng cháy",
    "ban hành",
    "ban đầu",
    "điện tử",
    "điện lực",
    "năng lực",
    "năng lượng",
    "năng suất",
    "lao động",
    "nông nghiệp",
    "nông thôn",
    "nông dân",
    "thương mại",
    "môi trường",
    "trường hợp",
    "trường học",
    "giao thông",
    "giao dịch",
    "giao nhận",
    "cơ quan",
    "cơ sở",
    "cơ chế",
    "cơ cấu",
    "cơ hội",
    "cơ bản",
    "sở hữu",
    "sở tại",
    "cấp phép",
    "cấp xã",
    "cấp tỉnh",
    "cấp huyện",
    "ủy ban",
    "ủy quyền",
    "ủy viên",
    "ủy nhiệm",
    "ủy thác",
    "tỉnh ủy",
    "xã hội",
    "hội nhập",
    "nhập khẩu",
    "mục tiêu",
    "mục đích",
    "tiêu chí",
    "tiêu chuẩn",
    "tài chính",
    "tài sản",
    "tài nguyên",
    "tài liệu",
    "liệu pháp",
    "nguyên tắc",
    "nguyên nhân",
    "tắc nghẽn",
    "văn bản",
    "văn hóa",
    "văn phòng",
    "hóa đơn",
    "nội dung",
    "dung tích",
    "sinh hoạt",
    "sinh viên",
    "hoạt động",
    "cán bộ",
    "bộ trưởng",
    "thành phố",
    "thành viên",
    "thành lập",
    "lập pháp",
    "biến động",
    "trung tâm",
    "trung ương",
    "tâm lý",
    "điều kiện",
    "kiện toàn",
    "điều chỉnh",
    "chỉnh sửa",
    "kiểm tra",
    "tra cứu",
    "cứu hộ",
    "hộ gia",
    "gia đình",
    "đình chỉ",
    "chỉ đạo",
    "chỉ tiêu",
    "chỉ thị",
    "thị trường",
    "nhiệm vụ",
    "vụ việc",
    "tình hình",
    "hình thức",
    "thức tỉnh",
    "dự án",
    "án phí",
    "dự thảo",
    "thảo luận",
    "luận văn",
    "giải pháp",
    "pháp quy",
    "giải quyết",
    "quyết toán",
    "toán học",
    "chất liệu",
    "liệu trình",
    "vật liệu",
    "vật tư",
    "tư duy",
    "nổ mìn",
    // `Biểu thuế thuế nhập khẩu`: the tariff (Biểu thuế) of the import tax (thuế nhập khẩu).
    "thuế nhập",
    "thuế xuất",
    "thuế suất",
    "thuế giá",
    "thuế thu",
    "thuế tiêu",
    "thuế bảo",
    "thuế tài",
    "thuế sử",
    "thuế môn",
];

/// `COMPOUNDS` as comparison keys (folded, tone placement unified), made once.
fn compound_keys() -> &'static std::collections::HashSet<String> {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        COMPOUNDS
            .iter()
            .map(|c| tone_insensitive(&fold_case(c)))
            .collect()
    })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for (i, span, t) in lines(ctx) {
        let ws = ctx.words(i);
        let next_line = ctx.doc.lines.get(i + 1).map(|l| ctx.s(l.span));
        for (k, pair) in ws.windows(2).enumerate() {
            let ((a, first), (b, second)) = (pair[0], pair[1]);
            // Only white space between the two words.
            let between = &t[a + first.len()..b];
            if between.is_empty() || !between.chars().all(is_space) {
                continue;
            }
            // Folding and tone placement keep byte lengths: unequal ones are different words.
            if first.len() != second.len() {
                continue;
            }
            let length = first.chars().count();
            // Case and tone change no character count: unequal lengths are different words,
            // found without building the folded keys.
            if length < 2 || second.chars().count() != length {
                continue;
            }
            // Folding changes a first letter only by case, and tone placement only when it is
            // `o`/`u` (`oà` → `òa`): other first letters that differ make different keys.
            let first_letter = |w: &str| w.chars().next().map(fold_char);
            let o_or_u = |c: Option<char>| {
                matches!(
                    c,
                    Some('o' | 'u' | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ')
                )
            };
            let (fa, fb) = (first_letter(first), first_letter(second));
            if fa != fb && !o_or_u(fa) && !o_or_u(fb) {
                continue;
            }
            let key = |w: &str| tone_insensitive(&fold_case(w));
            if key(first) != key(second) {
                continue;
            }
            if REDUPLICATIVES.contains(&fold_case(&tone_insensitive(first)).as_str())
                || REDUPLICATIVES.contains(&fold_case(first).as_str())
            {
                continue;
            }
            // A word followed by its own abbreviation or a Roman numeral pair is not doubled text.
            if first.chars().all(|c| "IVXLCDM".contains(c)) {
                continue;
            }
            // A placeholder (`xxx xxx`), not a word.
            let mut cs = first.chars();
            if let Some(c0) = cs.next() {
                if cs.all(|c| c == c0) {
                    continue;
                }
            }
            // `thi công công trình`: the second word starts a compound of its own.
            // The next word: on this line, or the first of the next line when the pair ends it.
            let rest = &t[b + second.len()..];
            let next = if rest.trim().is_empty() {
                next_line.and_then(|_| ctx.words(i + 1).first().map(|(_, w)| *w))
            } else {
                // The words are in order: the one after `second` is the next in the list.
                ws.get(k + 2)
                    .filter(|(at, _)| t[b + second.len()..*at].chars().all(is_space))
                    .map(|(_, w)| *w)
            };
            if let Some(next) = next.filter(|_| first == second) {
                let bigram = key(&format!("{second} {next}"));
                if compound_keys().contains(&bigram) {
                    continue;
                }
            }
            let whole = sub(span, a, b + second.len() - a);
            // Tone-placement twins (`Uỷ Ủy ban`): the second was typed to replace the first, keep it.
            let (keep, drop, del) = if first == second {
                (first, second, sub(span, a + first.len(), b + second.len() - a - first.len()))
            } else {
                (second, first, sub(span, a, b - a))
            };
            out.push(
                RULE.diag(
                    whole,
                    format!("Từ \"{first}\" viết lặp: \"{first} {second}\"; chỉ giữ \"{keep}\"."),
                    format!(
                        "The word \"{first}\" is repeated: \"{first} {second}\"; keep one \"{keep}\"."
                    ),
                )
                .with_fix(Fix::unsafe_(
                    Message::new(
                        format!("Xóa \"{drop}\" lặp lại"),
                        format!("Delete the repeated \"{drop}\""),
                    ),
                    vec![Edit::delete(del)],
                )),
            );
        }
    }
}
