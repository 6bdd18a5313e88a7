// What the widget's panel says, in Vietnamese and in English, and the order of its groups.

export const UI = {
  vi: {
    title: "Kiểm tra thể thức",
    checking: "Đang kiểm tra…",
    noTarget: (id) => `Không tìm thấy ô soạn thảo có id="${id}" (cần <textarea> hoặc phần tử contenteditable).`,
    failed: "Không kiểm tra được",
    none: "Không phát hiện lỗi thể thức trong các quy tắc đã chạy.",
    counts: (e, w, i) => `${e} lỗi · ${w} cảnh báo · ${i} lưu ý`,
    fixAll: (n) => `Sửa tất cả (${n})`,
    fix: "Sửa",
    fixUnsafe: "Sửa (cần xem lại)",
    unsafeNote: "Cách sửa này cần người soạn xem lại trước khi dùng.",
    locator: "Căn cứ",
    why: "Giải thích",
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    list: "Danh sách lỗi thể thức",
    time: (ms, worker) => `${ms.toFixed(1)} ms${worker ? " (luồng nền)" : ""}`,
    line: (l, c) => `dòng ${l}, cột ${c}`,
  },
  en: {
    title: "Format check",
    checking: "Checking…",
    noTarget: (id) => `No editor with id="${id}" (a <textarea> or a contenteditable element is needed).`,
    failed: "Check failed",
    none: "No format problems found by the rules that ran.",
    counts: (e, w, i) => `${e} errors · ${w} warnings · ${i} notes`,
    fixAll: (n) => `Fix all (${n})`,
    fix: "Fix",
    fixUnsafe: "Fix (review)",
    unsafeNote: "This fix needs the drafter's review before use.",
    locator: "Legal basis",
    why: "Explanation",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    list: "Format findings",
    time: (ms, worker) => `${ms.toFixed(1)} ms${worker ? " (worker)" : ""}`,
    line: (l, c) => `line ${l}, column ${c}`,
  },
};

/** @typedef {typeof UI.vi} UiText */

/** The panel's words in `lang` (`vi` unless it is `en`). */
export function uiText(lang) {
  return UI[lang === "en" ? "en" : "vi"];
}

// Components in the order the decree lays a document out (the engine's `rules::FAMILIES`).
export const FAMILY_ORDER = ["DOC", "QH", "CQ", "SO", "NG", "TL", "ND", "CK", "NN", "PL", "TB", "MA"];
