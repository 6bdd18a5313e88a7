/** How serious a finding is: `error` (lỗi), `warning` (cảnh báo), `info` (lưu ý). */
export type Severity = "error" | "warning" | "info";

/** The fields of `thethuc.toml`. Every field is optional. */
export interface Config {
  /** `draft` (default): a blank number or day is a note; `final`: it is an error. */
  stage?: "draft" | "final";
  /** Language of messages: `vi` (default) or `en`. */
  lang?: "vi" | "en";
  /** Codes (`SO004`), families (`SO`) or names (`so-format`); empty: every default rule. */
  select?: string[];
  /** Same forms as `select`; wins over it. */
  ignore?: string[];
  /** Per-rule severity, by code or name. */
  severity?: Record<string, Severity>;
  /** Tone placement for `hoà`/`hòa`: `consistent` (default), `new`, `old`. */
  tone_marks?: "consistent" | "new" | "old";
  organisation?: { names?: string[]; abbreviations?: string[]; place?: string | null };
}

/** A paragraph as the editor shows it. Unknown style fields are `null` or left out. */
export interface Block {
  text: string;
  style?: BlockStyle;
  /** Stretches with their own look; offsets are UTF-8 bytes in `text`. Needed by the TB rules. */
  runs?: RunStyle[];
  /** The paragraph sits in a table cell. */
  inTable?: boolean;
  section?: number;
}

export interface BlockStyle {
  bold?: boolean | null;
  italic?: boolean | null;
  fontFamily?: string | null;
  fontSizePt?: number | null;
  align?: "left" | "center" | "right" | "justify" | null;
  /** Positive: first-line indent; negative: hanging. Unknown: left out. */
  firstLineIndentMm?: number | null;
  spaceBeforePt?: number | null;
  spaceAfterPt?: number | null;
  lineSpacing?: number | null;
  lineHeightPt?: number | null;
}

export interface RunStyle {
  /** UTF-8 byte offsets in the block's text. */
  start: number;
  end: number;
  bold?: boolean | null;
  italic?: boolean | null;
  fontFamily?: string | null;
  fontSizePt?: number | null;
  /** `RRGGBB` or `auto`. */
  color?: string | null;
}

/** A range in UTF-16 code units (JavaScript string indices), end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface Edit extends Range {
  replacement: string;
}

export interface Fix {
  /** `safe`: mechanical, applied by "Sửa tất cả"; `unsafe`: offered, to be reviewed. */
  applicability: "safe" | "unsafe";
  message: string;
  edits: Edit[];
}

export interface Diagnostic extends Range {
  /** Stable rule code (`QH002`). */
  code: string;
  /** Rule name (`quoc-hieu-wording`). */
  name: string;
  severity: Severity;
  message: string;
  /** Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`). */
  locator: string;
  /** Why the rule exists and what it accepts. Empty from the bare engine, which is built without
   * the explanations to stay small; `createChecker` (thethuc.js) fills it from explanations.json. */
  explanation: string;
  /** Rule family (`QH`) and the component it speaks of (`Quốc hiệu và Tiêu ngữ`). */
  family: string;
  familyLabel: string;
  /** 1-based line and column; columns count characters (code points), as the CLI does. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Other places the finding speaks of. */
  related: Range[];
  fixes: Fix[];
}

export interface Report {
  /** Sorted by place; the coverage note (DOC003) first. */
  diagnostics: Diagnostic[];
  /** Document type recognised from the title (`Kế hoạch`), or null. */
  documentType: string | null;
  /** Length of the checked text in UTF-16 code units. */
  length: number;
  /** For `checkBlocks`: where each block starts in the joined text. */
  blockStarts: number[];
}

export interface FixOptions {
  /** Also apply fixes marked for review. */
  unsafe?: boolean;
}

export interface FixAllResult {
  text: string;
  applied: number;
  report: Report;
}

export interface RuleInfo {
  code: string;
  name: string;
  family: string;
  familyLabel: string;
  severity: Severity;
  fix: "none" | "safe" | "unsafe" | "safe_sometimes" | "unsafe_sometimes";
  needs: "text" | "formatting" | "emphasis" | "page";
  locator: string;
  defaultOn: boolean;
  summary: string;
  /** Empty from the bare engine; `createChecker` fills it (see `Diagnostic.explanation`). */
  explanation: string;
  bad: string;
  good: string;
}
