// The types of what crosses between JavaScript and the thethuc engine.
// Generated from the Rust types by crates/thethuc-wasm/src/typescript.rs (ts-rs): do not
// edit. Regenerate: UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib typescript

/**
 * The fields of `thethuc.toml`. Every field is optional; a field left out keeps its default.
 */
export type Config = {
  /**
   * `draft` (the default): a blank number or day is a note; `final`: it is an error.
   */
  stage?: Stage,
  /**
   * The language of the messages: `vi` (the default) or `en`.
   */
  lang?: Lang,
  /**
   * Codes (`SO004`), families (`SO`) or names (`so-format`); empty: every default rule.
   */
  select?: Array<string>,
  /**
   * Same forms as `select`; wins over it.
   */
  ignore?: Array<string>,
  /**
   * Per-rule severity, by code or name.
   */
  severity?: { [key in string]: Severity },
  /**
   * The issuing organisation's own names, which some rules compare the document with.
   */
  organisation?: Organisation,
  /**
   * Tone placement for `hoà`/`hòa`: `consistent` (the default), `new`, `old`.
   */
  tone_marks?: TonePolicy,
  /**
   * Bounds on the work one check may do.
   */
  limits?: Limits,
};

/**
 * Where the document stands: a draft may leave the number and the day blank.
 */
export type Stage = "draft" | "final";

/**
 * The language of the messages: Vietnamese (the default) or English.
 */
export type Lang = "vi" | "en";

/**
 * Tone placement for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003).
 */
export type TonePolicy = "consistent" | "new" | "old";

/**
 * The issuing organisation's own names.
 */
export type Organisation = {
  /**
   * Issuer names as written in the header, in capitals (`SỞ CÔNG THƯƠNG`).
   */
  names?: Array<string>,
  /**
   * Abbreviations the organisation uses in its ký hiệu (`SCT`).
   */
  abbreviations?: Array<string>,
  /**
   * The place name of the date line (`Lào Cai`).
   */
  place?: string | null,
};

/**
 * Bounds that keep a check finite on any input; each one, when hit, is reported (DOC004).
 */
export type Limits = {
  /**
   * Largest text checked, in bytes.
   */
  max_input_bytes?: number | null,
  /**
   * Longer lines (bytes) are not read by the grammar: they stay plain paragraphs.
   */
  max_line_bytes?: number | null,
  /**
   * Steps the grammar may take on one line; 0: no limit.
   */
  max_grammar_calls?: number | null,
  /**
   * Findings of one rule in one document beyond this many are counted, not listed.
   */
  max_findings_per_rule?: number | null,
};

/**
 * A paragraph as the editor shows it. Every field is optional.
 */
export type Block = {
  /**
   * The paragraph's text, without its final line break.
   */
  text?: string,
  /**
   * The paragraph's look.
   */
  style?: BlockStyle,
  /**
   * Stretches with their own look (UTF-8 byte offsets in `text`). The TB rules need them.
   */
  runs?: Array<RunStyle>,
  /**
   * The section of the document the paragraph belongs to (0: the first).
   */
  section?: number,
  /**
   * The paragraph sits in a table cell.
   */
  inTable?: boolean,
};

/**
 * The look of a paragraph. `null` or left out: unknown.
 */
export type BlockStyle = {
  /**
   * Bold.
   */
  bold?: boolean | null,
  /**
   * Italic.
   */
  italic?: boolean | null,
  /**
   * The first family of the font stack (`Times New Roman`).
   */
  fontFamily?: string | null,
  /**
   * Font size in points.
   */
  fontSizePt?: number | null,
  /**
   * Horizontal alignment.
   */
  align?: Align | null,
  /**
   * Positive: first-line indent; negative: hanging indent.
   */
  firstLineIndentMm?: number | null,
  /**
   * Space before the paragraph, in points.
   */
  spaceBeforePt?: number | null,
  /**
   * Space after the paragraph, in points.
   */
  spaceAfterPt?: number | null,
  /**
   * Line spacing as a multiple of single (`1.0`, `1.5`), when set that way.
   */
  lineSpacing?: number | null,
  /**
   * Line spacing as an exact or minimum height in points.
   */
  lineHeightPt?: number | null,
  /**
   * How many horizontal rules are drawn with the paragraph (a line under a heading).
   */
  ruleLines?: number | null,
};

/**
 * Horizontal alignment of a paragraph.
 */
export type Align = "left" | "center" | "right" | "justify";

/**
 * The look of a stretch of a paragraph. `null` or left out: unknown.
 */
export type RunStyle = {
  /**
   * Start of the run, in UTF-8 bytes of the block's text.
   */
  start: number,
  /**
   * End of the run (exclusive), in UTF-8 bytes of the block's text.
   */
  end: number,
  /**
   * Bold.
   */
  bold?: boolean | null,
  /**
   * Italic.
   */
  italic?: boolean | null,
  /**
   * The first family of the font stack.
   */
  fontFamily?: string | null,
  /**
   * Font size in points.
   */
  fontSizePt?: number | null,
  /**
   * `RRGGBB` or `auto`.
   */
  color?: string | null,
};

/**
 * How fixes are applied.
 */
export type FixOptions = {
  /**
   * Also apply the fixes marked for review (`unsafe`).
   */
  unsafe?: boolean,
};

/**
 * What a check returns.
 */
export type Report = {
  /**
   * Findings sorted by place; the coverage note (DOC003) first. The CLI's JSON findings, in
   * UTF-16 units with `camelCase` keys and the fields an editor shows.
   */
  diagnostics: Array<Diagnostic>,
  /**
   * The document type recognised from the title (`Kế hoạch`), or `null`.
   */
  documentType: string | null,
  /**
   * Length of the checked text in UTF-16 code units.
   */
  length: number,
  /**
   * For `checkBlocks`: where each block starts in the joined text (UTF-16 code units).
   */
  blockStarts: Array<number>,
};

/**
 * One finding (`thethuc::report_json::FindingJson` in its editor form, as `Report` lists it).
 */
export type Diagnostic = {
  /**
   * The rule's stable code (`QH002`).
   */
  code: string,
  /**
   * The rule's name (`national-title-wording`).
   */
  name: string,
  /**
   * After the configuration's overrides.
   */
  severity: Severity,
  /**
   * What is wrong, in the checker's language.
   */
  message: string,
  /**
   * Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`).
   */
  locator: string,
  /**
   * Why the rule exists and what it accepts. Empty from the bare engine, which is built
   * without the explanations to stay small; `createChecker` (thethuc.js) fills it in from
   * explanations.json.
   */
  explanation: string,
  /**
   * The rule's family (`QH`).
   */
  family: string,
  /**
   * The component the family speaks of (`Quốc hiệu và Tiêu ngữ`).
   */
  familyLabel: string,
  /**
   * Where the finding starts, in UTF-16 code units of the text checked.
   */
  start: number,
  /**
   * Where it ends (exclusive), in UTF-16 code units.
   */
  end: number,
  /**
   * The 1-based line of its start.
   */
  line: number,
  /**
   * The 1-based column of its start, in characters (code points), as the CLI counts them.
   */
  column: number,
  /**
   * The 1-based line of its end.
   */
  endLine: number,
  /**
   * The 1-based column of its end, in characters.
   */
  endColumn: number,
  /**
   * Other places the finding speaks of.
   */
  related: Array<Range>,
  /**
   * The fixes offered, safe ones first. Fixes that change the look (which need the .docx
   * writer) are left out.
   */
  fixes: Array<Fix>,
};

/**
 * How serious a finding is: `error` (lỗi), `warning` (cảnh báo), `info` (lưu ý).
 */
export type Severity = "info" | "warning" | "error";

/**
 * A range in UTF-16 code units (JavaScript string indices), end exclusive.
 */
export type Range = {
  /**
   * The first unit of the range.
   */
  start: number,
  /**
   * Past the last unit of the range.
   */
  end: number,
};

/**
 * A fix of a finding.
 */
export type Fix = {
  /**
   * Whether the fix may be applied without review.
   */
  applicability: Applicability,
  /**
   * What the fix does, in the checker's language.
   */
  message: string,
  /**
   * The replacements, in text order, none overlapping.
   */
  edits: Array<Edit>,
};

/**
 * `safe`: mechanical, applied by "Sửa tất cả" and `fixAll`; `unsafe`: offered, to be reviewed.
 */
export type Applicability = "safe" | "unsafe";

/**
 * One replacement of a fix, in UTF-16 code units.
 */
export type Edit = {
  /**
   * The first unit replaced (`start == end`: an insertion).
   */
  start: number,
  /**
   * Past the last unit replaced.
   */
  end: number,
  /**
   * The text put in its place (empty: a deletion).
   */
  replacement: string,
};

/**
 * What `fixAll` returns.
 */
export type FixAllResult = {
  /**
   * The text with every fix applied.
   */
  text: string,
  /**
   * How many fixes went in.
   */
  applied: number,
  /**
   * The report of what remains.
   */
  report: Report,
};

/**
 * One rule of the registry, in the checker's language.
 */
export type RuleInfo = {
  /**
   * The rule's stable code (`QH002`).
   */
  code: string,
  /**
   * The rule's name (`national-title-wording`).
   */
  name: string,
  /**
   * The rule's family (`QH`).
   */
  family: string,
  /**
   * The component the family speaks of (`Quốc hiệu và Tiêu ngữ`).
   */
  familyLabel: string,
  /**
   * The severity of its findings before the configuration's overrides.
   */
  severity: Severity,
  /**
   * Whether it offers a fix.
   */
  fix: FixAvailability,
  /**
   * What it needs to see.
   */
  needs: Needs,
  /**
   * Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`).
   */
  locator: string,
  /**
   * Whether it runs when the configuration does not select it.
   */
  defaultOn: boolean,
  /**
   * What it checks, in one sentence.
   */
  summary: string,
  /**
   * Why the rule exists and what it accepts. Empty from the bare engine; `createChecker`
   * fills it in (see `Diagnostic.explanation`).
   */
  explanation: string,
  /**
   * An example it finds fault with.
   */
  bad: string,
  /**
   * The same example written right.
   */
  good: string,
};

/**
 * Whether a rule offers a fix.
 */
export type FixAvailability = "none" | "safe" | "unsafe" | "safe_sometimes" | "unsafe_sometimes";

/**
 * What a rule needs to see.
 */
export type Needs = "text" | "formatting" | "emphasis" | "page";
