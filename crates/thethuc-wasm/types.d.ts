// The types of what crosses between JavaScript and the thethuc engine.
// Generated from the Rust types by crates/thethuc-wasm/src/typescript.rs (ts-rs): do not
// edit. Regenerate: UPDATE_TYPES=1 cargo test -p thethuc-wasm --lib typescript

/**
 * What a check is asked to do. `Config::default()` runs every default rule on a draft, with
 * messages in Vietnamese. It reads from JSON (or any serde format; the CLI's `thethuc.toml`
 * holds the same keys); every key may be left out, and a key left out keeps its default.
 */
export type Config = {
  /**
   * `draft` (the default): a blank number or day is a note; `final`: it is an error.
   */
  stage?: Stage,
  /**
   * The language of the messages an app shows first, `vi` (the default) or `en` (every
   * message carries both).
   */
  lang?: Lang,
  /**
   * Which rules the document is checked against: `auto` (the default, told from the
   * document), `nd30`, `party` or `qppl`.
   */
  profile?: Profile,
  /**
   * Codes (`SO004`), prefixes (`SO`), or names (`so-format`); empty means every default rule.
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
   * Organisation profile: the issuer's own abbreviation and names (used by SO007).
   */
  organisation?: Organisation,
  /**
   * Tone placement policy for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003): `consistent` (the
   * default), `new` or `old`.
   */
  tone_marks?: TonePolicy,
  /**
   * Bounds on the work one check may do (hostile or accidental input).
   */
  limits?: Limits,
};

/**
 * Where the document stands: a draft may leave the number and the day blank.
 */
export type Stage = "draft" | "final";

/**
 * Which body of format rules a document is checked against.
 */
export type Profile = "auto" | "nd30" | "party" | "qppl";

/**
 * A language messages are told in: Vietnamese (the default) or English.
 */
export type Lang = "vi" | "en";

/**
 * Tone placement for `hoà`/`hòa`, `thuỷ`/`thủy` (MA003): either, as long as one document does
 * not mix them (the default), only the new one, or only the old one.
 */
export type TonePolicy = "consistent" | "new" | "old";

/**
 * The issuing organisation's own names, which some rules compare the document with.
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
 * Bounds that keep a check finite on any input. Each one, when hit, is reported (DOC004).
 */
export type Limits = {
  /**
   * Largest text checked, in bytes (a 100-page plan is about 0.5 MB). Bigger input is not
   * checked at all; the CLI refuses such a file before reading it.
   */
  max_input_bytes?: number | null,
  /**
   * Longer lines (bytes) are not read by the grammar: they stay plain paragraphs.
   */
  max_line_bytes?: number | null,
  /**
   * Steps the grammar may take on one line; a line that needs more stays a plain paragraph.
   * 0: no limit. Each check keeps its own, also when checks run at the same time.
   */
  max_grammar_calls?: number | null,
  /**
   * Findings of one rule in one document beyond this many are counted, not listed.
   */
  max_findings_per_rule?: number | null,
};

/**
 * A paragraph as an editor (or a word processor) holds it: its text and how it looks.
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
   * Stretches of the text with their own look (UTF-8 byte offsets in `text`); empty when
   * unknown. The TB rules need them.
   */
  runs?: Array<RunStyle>,
  /**
   * The section of the document the paragraph belongs to (0: the first): an index into
   * `StyledDocument::sections`.
   */
  section?: number,
  /**
   * The paragraph sits in a table cell.
   */
  inTable?: boolean,
};

/**
 * The look of a paragraph as the reader sees it (effective, after styles). `None` (in JSON
 * `null` or left out): unknown.
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
   * How many horizontal rules are drawn with the paragraph: line shapes anchored in it, a
   * bottom border, underlined text. `None`: unknown.
   */
  ruleLines?: number | null,
};

/**
 * Horizontal alignment of a paragraph.
 */
export type Align = "left" | "center" | "right" | "justify";

/**
 * The look of a stretch of a paragraph (a Word run), after styles. `None` (in JSON `null` or
 * left out): unknown.
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
   * The first family of the font stack (`Times New Roman`).
   */
  fontFamily?: string | null,
  /**
   * Font size in points.
   */
  fontSizePt?: number | null,
  /**
   * `RRGGBB`, or `auto`.
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
 * One finding, as the CLI's JSON and an editor (`Diagnostic` in TypeScript) get it. Lines and
 * columns are 1-based, columns counted in characters (code points) of the text as given;
 * `start`, `end` and the edits are in the front end's unit: original bytes for the CLI, UTF-16
 * code units for an editor.
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
   * Error, warning or note, after the configuration's overrides.
   */
  severity: Severity,
  /**
   * What is wrong, in the report's language.
   */
  message: string,
  /**
   * Where in Nghị định 30/2020/NĐ-CP (`PL-I II.1`).
   */
  locator: string,
  /**
   * Where the finding's range starts, in the front end's unit.
   */
  start: number,
  /**
   * Where it ends (exclusive), in the front end's unit.
   */
  end: number,
  /**
   * The 1-based line of its start.
   */
  line: number,
  /**
   * The 1-based column of its start, in characters (code points).
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
   * The fixes offered, safe ones first as the rule gives them. An editor's form leaves out
   * the fixes that change the look (which need the .docx writer).
   */
  fixes: Array<Fix>,
  /**
   * Why the rule exists and what it accepts. Empty in a build without the `docs` feature:
   * the browser engine, which stays small that way; `createChecker` (thethuc.js) fills it
   * in from explanations.json.
   */
  explanation: string,
  /**
   * The rule's family (`QH`).
   */
  family: string,
  /**
   * The component the family speaks of (`Quốc hiệu và Tiêu ngữ`), in the report's language.
   */
  familyLabel: string,
  /**
   * Other places the finding speaks of.
   */
  related: Array<Range>,
};

/**
 * How serious a finding is: `error` (lỗi), `warning` (cảnh báo), `info` (lưu ý). Ordered:
 * `Info < Warning < Error`.
 */
export type Severity = "info" | "warning" | "error";

/**
 * A range in the front end's unit (original bytes for the CLI, UTF-16 code units, which are
 * JavaScript's string indices, for an editor), end exclusive.
 */
export type Range = {
  /**
   * Past the last unit of the range.
   */
  end: number,
  /**
   * The first unit of the range.
   */
  start: number,
};

/**
 * A fix: `safe` (applied by `--fix` and "Sửa tất cả") or `unsafe` (offered, to be reviewed).
 */
export type Fix = {
  /**
   * Whether the fix may be applied without review.
   */
  applicability: Applicability,
  /**
   * The replacements, in text order, none overlapping.
   */
  edits: Array<Edit>,
  /**
   * What the fix does, in the report's language.
   */
  message: string,
};

/**
 * Whether a fix may be applied without a person's look: `safe` ones are applied by `--fix`,
 * "Sửa tất cả" and `fixAll`; `unsafe` ones are offered, to be reviewed.
 */
export type Applicability = "safe" | "unsafe";

/**
 * One replacement of a fix, in the front end's unit.
 */
export type Edit = {
  /**
   * Past the last unit replaced.
   */
  end: number,
  /**
   * The text put in its place (empty: a deletion).
   */
  replacement: string,
  /**
   * The first unit replaced (`start == end`: an insertion).
   */
  start: number,
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
   * Where in the rule text (`PL-I II.1` of Nghị định 30/2020/NĐ-CP, `HD 05 3.2.2`).
   */
  locator: string,
  /**
   * Whether it runs when the configuration does not select it.
   */
  defaultOn: boolean,
  /**
   * What it checks, in one sentence (empty from the engine alone, like `explanation`: the
   * widget's `createChecker` fills it from explanations.json).
   */
  summary: string,
  /**
   * Why the rule exists and what it accepts. Empty from the bare engine; `createChecker`
   * fills it in (see `Diagnostic.explanation`).
   */
  explanation: string,
  /**
   * An example it finds fault with (empty from the engine alone, like `explanation`: the
   * widget's `createChecker` fills it from explanations.json).
   */
  bad: string,
  /**
   * The same example written right (filled the same way).
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
