import type { Config, Report } from "./thethuc.js";
export { createChecker } from "./thethuc.js";

/** What is underlined in the editor. */
export interface Mark {
  code: string;
  severity: "error" | "warning" | "info";
  text: string;
}

/** Detail of the `thethuc-report` event, sent after every check. */
export interface ThethucReportDetail {
  report: Report;
  /** Time the engine took, in milliseconds. */
  ms: number;
  /** Whether the check ran in a Web Worker. */
  inWorker: boolean;
  /** The text that was checked (for a contenteditable: its paragraphs joined by "\n"). */
  text: string;
}

/**
 * `<thethuc-checker for="ID" lang="vi|en" stage="draft|final" config='{"ignore":["MA"]}' debounce="200">`
 */
export class ThethucChecker extends HTMLElement {
  lang: "vi" | "en";
  stage: "draft" | "final";
  /** The attribute's JSON merged with `lang` and `stage`. */
  config: Config;
  readonly debounce: number;
  /** The last report, or null before the first check. */
  readonly report: Report | null;
  readonly marks: Mark[];
  /** Checks now. */
  check(): Promise<Report | null>;
  /** Applies every safe fix until nothing changes. */
  fixAll(): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap {
    "thethuc-checker": ThethucChecker;
  }
  interface HTMLElementEventMap {
    "thethuc-report": CustomEvent<ThethucReportDetail>;
  }
}
