// Shared by the browser tests: the static server, Chromium from Debian, and the CLI as the oracle.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";

export const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repo = resolve(pkg, "..");
export const artefacts = join(pkg, "test-results");
export const SEEDS = [
  "000_c189c1a0e0c196da.txt",
  "001_3a5f75ff385e355a.txt",
  "002_709241b3a750aee5.txt",
  "003_944502987addf757.txt",
  "004_5e4641190f230824.txt",
].map((name) => join(repo, "fixtures/corpus/seeds", name));

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function start() {
  if (!existsSync(join(pkg, "dist", "thethuc_wasm_bg.wasm"))) {
    throw new Error("dist/ is missing: run `npm run build` first");
  }
  const server = await serve(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens the demo (with `query`, e.g. `?thethuc-wasm=nosimd`) and waits until both widgets have
 * reported. `page.wasm` lists the .wasm files the page fetched.
 */
export async function openDemo(env, viewport = { width: 1400, height: 1000 }, query = "") {
  const page = await env.browser.newPage({ viewport });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) page.wasm.push(r.url().split("/").pop());
  });
  await page.goto(`${env.base}/demo/${query}`);
  await page.waitForFunction(
    () => document.body.dataset.ready === "true" && [...document.querySelectorAll("thethuc-checker")].every((w) => w.report),
    null,
    { timeout: 20000 },
  );
  page.errors = errors;
  return page;
}

// --- the CLI, whose output the browser must equal ---------------------------------------------

let cliPath = null;
function cli() {
  if (cliPath) return cliPath;
  const target = process.env.CARGO_TARGET_DIR ? resolve(repo, process.env.CARGO_TARGET_DIR) : join(repo, "target");
  cliPath = process.env.THETHUC_BIN ?? join(target, "debug", "thethuc");
  if (!process.env.THETHUC_BIN) {
    execFileSync("cargo", ["build", "--locked", "-q", "-p", "thethuc-cli"], { cwd: repo, stdio: "inherit" });
  }
  return cliPath;
}

/** Byte offset in `bytes` → UTF-16 offset in the decoded string. */
function utf16At(bytes, offset) {
  return bytes.subarray(0, offset).toString("utf8").length;
}

/** The CLI's JSON findings for a file, with positions turned into UTF-16 units. */
export function cliFindings(file) {
  const run = spawnSync(cli(), ["check", "--format", "json", "--fail-on", "never", file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`thethuc failed: ${run.stderr}`);
  const bytes = readFileSync(file);
  const [result] = JSON.parse(run.stdout).files;
  return result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    locator: d.locator,
    start: utf16At(bytes, d.start),
    end: utf16At(bytes, d.end),
    line: d.line,
    column: d.column,
    endLine: d.end_line,
    endColumn: d.end_column,
    fixes: d.fixes.map((f) => ({
      applicability: f.applicability,
      edits: f.edits.map((e) => ({ start: utf16At(bytes, e.start), end: utf16At(bytes, e.end), replacement: e.replacement })),
    })),
  }));
}

/** What `thethuc check --fix` writes for a file (run on a copy). */
export function cliFixed(file) {
  const dir = mkdtempSync(join(tmpdir(), "thethuc-fix-"));
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  const run = spawnSync(cli(), ["check", "--fix", "--fail-on", "never", copy], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`thethuc --fix failed: ${run.stderr}`);
  return readFileSync(copy, "utf8");
}

/** The widget's findings in the same shape as `cliFindings`. */
export function comparable(diagnostics) {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    locator: d.locator,
    start: d.start,
    end: d.end,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    fixes: d.fixes.map((f) => ({ applicability: f.applicability, edits: f.edits })),
  }));
}

export function saveArtefact(name, data) {
  mkdirSync(artefacts, { recursive: true });
  const path = join(artefacts, name);
  writeFileSync(path, data);
  return path;
}

// --- driving the widget in the page -------------------------------------------------------------

/** Puts `text` in the editor `id` (textarea value, or one <p> per line) and waits for the report. */
export async function load(page, id, text) {
  return page.evaluate(
    async ({ id, text }) => {
      const el = document.getElementById(id);
      const widget = document.querySelector(`thethuc-checker[for="${id}"]`);
      if (el instanceof HTMLTextAreaElement) {
        el.value = text;
      } else {
        el.replaceChildren();
        for (const line of text.replace(/\n$/, "").split("\n")) {
          const p = document.createElement("p");
          if (line === "") p.append(document.createElement("br"));
          else p.textContent = line;
          el.append(p);
        }
      }
      return widget.check();
    },
    { id, text },
  );
}

/** The editor's text as the widget reads it. */
export async function editorText(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (el instanceof HTMLTextAreaElement) return el.value;
    return [...el.children].map((p) => p.textContent + "\n").join("");
  }, id);
}

/** Waits for the next `thethuc-report` of the widget for `id` after running `action`. */
export async function nextReport(page, id, action) {
  const waiting = page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const widget = document.querySelector(`thethuc-checker[for="${id}"]`);
        widget.addEventListener("thethuc-report", (e) => resolve({ report: e.detail.report, ms: e.detail.ms, inWorker: e.detail.inWorker }), { once: true });
      }),
    id,
  );
  await action();
  return waiting;
}
