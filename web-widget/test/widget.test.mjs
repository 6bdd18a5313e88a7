// Browser tests of the engine and the <thethuc-checker> widget, in Debian's Chromium.
// The oracle is the CLI: findings and fixes in the page must equal `thethuc check` on the same text.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { SEEDS, cliFindings, cliFixed, comparable, editorText, load, nextReport, openDemo, pkg, repo, saveArtefact, start } from "./harness.mjs";

let env;
let page;
const scratch = mkdtempSync(join(tmpdir(), "thethuc-browser-"));

before(async () => {
  env = await start();
  page = await openDemo(env);
});

after(async () => {
  await env?.close();
});

/** The text a contenteditable holds for `text`: one paragraph per line, each ending in "\n". */
function asParagraphs(text) {
  return text.endsWith("\n") ? text : `${text}\n`;
}

function fileWith(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe("the demo", () => {
  it("loads with findings in both editors, no page errors, and a screenshot is saved", async () => {
    const counts = await page.evaluate(() =>
      [...document.querySelectorAll("thethuc-checker")].map((w) => ({ findings: w.report.diagnostics.length, marks: w.marks.length })),
    );
    assert.equal(counts.length, 2);
    for (const c of counts) {
      assert.ok(c.findings > 1, "each editor shows findings");
      assert.ok(c.marks > 0, "and underlines some");
    }
    // The contenteditable holds real/01, whose Quốc hiệu reads "HÕA": underlined, with its fix offered.
    const rich = await page.evaluate(() => document.getElementById("checker-rich").marks);
    assert.ok(rich.some((m) => m.code === "QH002" && m.text === "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), JSON.stringify(rich));
    // Groups follow the layout of a document: coverage, Quốc hiệu, Số ký hiệu, the body, then
    // formatting (the demo sets the whole editor in 14 pt, too big for the header lines).
    const groups = await page.evaluate(() => [...document.getElementById("checker-rich").shadowRoot.querySelectorAll("section")].map((s) => s.dataset.family));
    assert.deepEqual(groups, ["DOC", "QH", "SO", "ND", "TB"]);
    const title = await page.evaluate(() => document.getElementById("checker-text").shadowRoot.querySelector("h2").textContent);
    assert.equal(title, "Kiểm tra thể thức");
    saveArtefact("demo.png", await page.screenshot({ fullPage: true }));
    assert.deepEqual(page.errors, []);
  });
});

describe("first use", () => {
  it("the first report is shown soon after the page starts loading, the .wasm streamed", async () => {
    // Each load in a fresh context (nothing cached; the server also says no-store): the time from
    // navigation start to the first `thethuc-report`, dispatched once the panel shows the report.
    const loads = [];
    for (let i = 0; i < 7; i++) {
      const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const p = await context.newPage();
      const wasm = [];
      const warnings = [];
      p.on("response", (r) => {
        if (r.url().endsWith(".wasm")) wasm.push({ url: r.url(), type: r.headers()["content-type"] });
      });
      p.on("console", (m) => {
        if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
      });
      await p.addInitScript(() => {
        window.addEventListener("thethuc-report", () => (window.firstReportAt ??= performance.now()), { capture: true });
      });
      await p.goto(`${env.base}/demo/`);
      const at = await p.waitForFunction(() => window.firstReportAt, null, { timeout: 20000 });
      const ms = await at.jsonValue();
      loads.push(ms);
      // Streamed: served as application/wasm (else the glue warns and falls back to a buffered
      // WebAssembly.instantiate, which compiles only after the last byte).
      assert.ok(wasm.length >= 1, "the page fetched the .wasm");
      for (const w of wasm) assert.equal(w.type, "application/wasm", w.url);
      assert.deepEqual(warnings.filter((w) => /instantiateStreaming|wasm/i.test(w)), []);
      await context.close();
    }
    const sorted = [...loads].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`first report after page load: median ${median.toFixed(0)} ms of ${loads.length} loads (${sorted.map((t) => t.toFixed(0)).join(", ")} ms)`);
    saveArtefact("first-use.json", JSON.stringify({ median, loads }, null, 2));
    // Generous: the target is 300 ms; the bound only catches a load that broke (a blocking step,
    // a module fetched twice in a row, a compile that waits for the whole file).
    assert.ok(median < 3000, `first report after ${median} ms`);
  });
});

describe("findings equal the CLI's on the five seeds", () => {
  for (const seed of SEEDS) {
    const name = seed.split("/").pop();
    it(`textarea: ${name}`, async () => {
      const text = readFileSync(seed, "utf8");
      const report = await load(page, "doc-text", text);
      assert.deepEqual(comparable(report.diagnostics), cliFindings(seed));
      assert.equal(report.length, text.length);
    });
    it(`contenteditable (paragraphs with styles): ${name}`, async () => {
      const text = asParagraphs(readFileSync(seed, "utf8"));
      const report = await load(page, "doc-rich", text);
      const expected = cliFindings(fileWith(name, text));
      // The editor's paragraphs also carry their look, so the formatting rules (TB) run there too;
      // the CLI reads the same text as plain text. Compare the rest.
      const ours = comparable(report.diagnostics.filter((d) => !d.code.startsWith("TB")));
      // Coverage says why formatting rules did not run, which differs between text and styled input.
      const withoutCoverageText = (list) => list.map((d) => (d.code === "DOC003" ? { ...d, message: "" } : d));
      assert.deepEqual(withoutCoverageText(ours), withoutCoverageText(expected));
      assert.equal(await editorText(page, "doc-rich"), text);
    });
  }
});

describe("fixes equal the library's", () => {
  for (const seed of SEEDS) {
    const name = seed.split("/").pop();
    it(`"Sửa tất cả" in the textarea gives what \`thethuc check --fix\` writes: ${name}`, async () => {
      const text = readFileSync(seed, "utf8");
      await load(page, "doc-text", text);
      const fixable = await page.evaluate(() => !document.getElementById("checker-text").shadowRoot.querySelector("button.fix-all").disabled);
      const expected = cliFixed(seed);
      assert.equal(fixable, expected !== text, "the button is enabled exactly when there is something to fix");
      if (fixable) {
        await nextReport(page, "doc-text", () => page.locator("#checker-text").locator("button.fix-all").click());
      }
      assert.equal(await editorText(page, "doc-text"), expected);
    });
    it(`"Sửa tất cả" in the contenteditable edits the paragraphs the same way: ${name}`, async () => {
      const text = asParagraphs(readFileSync(seed, "utf8"));
      await load(page, "doc-rich", text);
      const expected = cliFixed(fileWith(name, text));
      if (expected !== text) {
        await nextReport(page, "doc-rich", () => page.locator("#checker-rich").locator("button.fix-all").click());
      }
      assert.equal(await editorText(page, "doc-rich"), expected);
    });
  }

  it('"Sửa" on one finding applies exactly that fix\'s edits', async () => {
    const seed = SEEDS[3];
    const text = readFileSync(seed, "utf8");
    const report = await load(page, "doc-text", text);
    const index = report.diagnostics.findIndex((d) => d.fixes.some((f) => f.applicability === "safe"));
    assert.ok(index >= 0, "seed 003 has a safe fix");
    const target = cliFindings(seed)[index];
    const safe = target.fixes.find((f) => f.applicability === "safe");
    let expected = text;
    for (const e of [...safe.edits].sort((a, b) => b.start - a.start)) {
      expected = expected.slice(0, e.start) + e.replacement + expected.slice(e.end);
    }
    const item = page.locator("#checker-text").locator(`li.item[data-index="${index}"]`);
    assert.equal(await item.getAttribute("data-code"), target.code);
    await nextReport(page, "doc-text", () => item.locator("button.fix").click());
    assert.equal(await editorText(page, "doc-text"), expected);
  });
});

describe("formatting in the editor", () => {
  it("a contenteditable paragraph's computed font and size reach the TB rules", async () => {
    const report = await page.evaluate(async () => {
      const el = document.getElementById("doc-rich");
      el.replaceChildren();
      const lines = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
      for (const line of lines) {
        const p = document.createElement("p");
        p.textContent = line;
        el.append(p);
      }
      // Header lines centred, but the Tiêu ngữ (bold, as it should be) left; the Quốc hiệu in
      // Arial 16 pt, not bold; the rest as the demo sets it (Times New Roman 14 pt).
      for (const p of el.children) p.style.textAlign = "center";
      Object.assign(el.children[3].style, { textAlign: "left", fontWeight: "700" });
      Object.assign(el.children[2].style, { fontFamily: "Arial", fontSize: "16pt", fontWeight: "400" });
      return document.getElementById("checker-rich").check();
    });
    const on = (line) => report.diagnostics.filter((d) => d.line === line && d.code.startsWith("TB")).map((d) => d.code).sort();
    assert.deepEqual(on(3), ["TB001", "TB002", "TB003"]);
    assert.deepEqual(on(4), ["TB008"], "the computed alignment reaches TB008");
    // A change of look needs the .docx writer: the editor shows the finding without a fix button.
    assert.ok(report.diagnostics.filter((d) => d.code.startsWith("TB")).every((d) => d.fixes.length === 0));
    const coverage = report.diagnostics.find((d) => d.code === "DOC003");
    for (const code of ["TB004", "TB005", "TB006", "TB010", "TB012"]) {
      assert.match(coverage.message, new RegExp(code), `${code} needs a .docx and the coverage says so`);
    }
  });
});

describe("explanations", () => {
  it("come from explanations.json (the .wasm has none), in the checker's language", async () => {
    const expected = JSON.parse(readFileSync(join(pkg, "dist", "explanations.json"), "utf8"));
    const report = await load(page, "doc-text", readFileSync(SEEDS[3], "utf8"));
    const withText = report.diagnostics.filter((d) => d.code !== "DOC003");
    assert.ok(withText.length > 5);
    for (const d of withText) assert.equal(d.explanation, expected.vi[d.code], d.code);
    // The bare engine leaves them empty: the texts are not in the module.
    const bare = await page.evaluate(async () => {
      const engine = await import("/dist/thethuc_wasm.js");
      await engine.default({ module_or_path: "/dist/thethuc_wasm_bg.wasm" });
      return new engine.Checker({}).check("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").diagnostics.map((d) => d.explanation);
    });
    assert.ok(bare.length > 0 && bare.every((e) => e === ""));
    // English, from the same file.
    const english = await page.evaluate(async () => {
      const { createChecker } = await import("/dist/thethuc.js");
      const checker = await createChecker({ lang: "en" });
      const rules = await checker.rules();
      const qh002 = rules.find((r) => r.code === "QH002");
      return { explanation: qh002.explanation, summary: qh002.summary, bad: qh002.bad, good: qh002.good };
    });
    assert.equal(english.explanation, expected.en.QH002);
    assert.ok(expected.summary.en.QH002.length > 0);
    assert.equal(english.summary, expected.summary.en.QH002);
    // The summaries and examples too: filled from the file, empty in the bare engine.
    assert.ok(expected.examples.QH002.bad.length > 0);
    assert.equal(english.bad, expected.examples.QH002.bad);
    assert.equal(english.good, expected.examples.QH002.good);
    const bareExamples = await page.evaluate(async () => {
      const engine = await import("/dist/thethuc_wasm.js");
      await engine.default({ module_or_path: "/dist/thethuc_wasm_bg.wasm" });
      return new engine.Checker({}).rules().map((r) => r.summary + r.bad + r.good);
    });
    assert.ok(bareExamples.length > 90 && bareExamples.every((e) => e === ""));
  });
});

describe("typing", () => {
  it("typing the fix by hand removes the finding", async () => {
    const text = readFileSync(SEEDS[3], "utf8");
    const report = await load(page, "doc-text", text);
    const target = report.diagnostics.find((d) => d.code === "MA004" && d.fixes.length);
    assert.ok(target, "seed 003 has a space before punctuation (MA004)");
    const edit = target.fixes[0].edits[0];
    const before = report.diagnostics.filter((d) => d.code === "MA004").length;
    const { report: after } = await nextReport(page, "doc-text", async () => {
      await page.evaluate(({ start, end }) => {
        const el = document.getElementById("doc-text");
        el.focus();
        el.setSelectionRange(start, end);
      }, edit);
      if (edit.replacement) await page.keyboard.type(edit.replacement);
      else await page.keyboard.press("Delete");
    });
    assert.equal(after.diagnostics.filter((d) => d.code === "MA004").length, before - 1);
    assert.ok(!after.diagnostics.some((d) => d.code === "MA004" && d.start === target.start));
  });
});

describe("positions in UTF-16", () => {
  // Quốc hiệu with a wrong tone mark, and a repeated word after an emoji, all in NFD.
  const nfd = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n😀👍🏽 Các đơn vị ban hành hành văn bản.\n".normalize("NFD");
  for (const id of ["doc-text", "doc-rich"]) {
    it(`emoji and NFD text: the underlines cover the right characters (${id})`, async () => {
      await load(page, id, nfd);
      const marks = await page.evaluate((id) => document.querySelector(`thethuc-checker[for="${id}"]`).marks, id);
      const quocHieu = marks.find((m) => m.code === "QH002");
      const repeated = marks.find((m) => m.code === "MA007");
      assert.equal(quocHieu?.text, "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM".normalize("NFD"));
      assert.equal(repeated?.text, "hành hành".normalize("NFD"));
    });
  }

  it("clicking a finding selects its text in the textarea; arrow keys move through the list", async () => {
    await load(page, "doc-text", nfd);
    const items = page.locator("#checker-text").locator("li.item");
    const qh = items.filter({ has: page.locator('.code:text-is("QH002")') });
    await qh.click();
    const selected = await page.evaluate(() => {
      const el = document.getElementById("doc-text");
      return el.value.slice(el.selectionStart, el.selectionEnd);
    });
    assert.equal(selected, "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM".normalize("NFD"));
    await items.first().focus();
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => {
      const root = document.getElementById("checker-text").shadowRoot;
      const all = [...root.querySelectorAll("li.item")];
      return all.indexOf(root.activeElement);
    });
    assert.equal(focused, 1);
    await page.keyboard.press("End");
    const last = await page.evaluate(() => {
      const root = document.getElementById("checker-text").shadowRoot;
      const all = [...root.querySelectorAll("li.item")];
      return all.indexOf(root.activeElement) === all.length - 1 && root.activeElement.getAttribute("aria-current") === "true";
    });
    assert.ok(last);
  });
});

/** Checks the long plan in the textarea of `p`'s demo: the first check, then 7 more (warm). */
async function checkLongPlan(p, long) {
  return p.evaluate(async (text) => {
    const el = document.getElementById("doc-text");
    const widget = document.getElementById("checker-text");
    el.value = text;
    // Let the browser lay out the long textarea first: that work is Chromium's, not ours.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Longest gap between timer ticks while we check and draw: the main thread's worst stall.
    let last = performance.now();
    let worst = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    const done = new Promise((resolve) => widget.addEventListener("thethuc-report", (e) => resolve(e.detail), { once: true }));
    const started = performance.now();
    widget.check();
    const detail = await done;
    const total = performance.now() - started;
    clearInterval(tick);
    // The frame that lays out the underlined copy of the text (Chromium's layout, reported).
    const frameStart = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const frame = performance.now() - frameStart;
    const checked = (value) => {
      el.value = value;
      const next = new Promise((resolve) => widget.addEventListener("thethuc-report", (e) => resolve(e.detail), { once: true }));
      widget.check();
      return next;
    };
    // The same check again, as an editor re-checks while the drafter types: by then V8 has
    // optimised the engine's hot functions (the first check runs partly on baseline code).
    // The worker's checker remembers the lines of the text it checked last: a short text
    // between makes each of these a whole check again.
    const again = [];
    for (let i = 0; i < 7; i++) {
      await checked("Số: 1/KH-UBND\n");
      again.push((await checked(text)).ms);
    }
    again.sort((a, b) => a - b);
    const warm = again[Math.floor(again.length / 2)];
    // Re-checks after a one-character edit in a middle paragraph, typed then deleted: the
    // checker reads again only the line that changed.
    const middle = text.lastIndexOf("\n", text.length >> 1) + 1;
    const typed = text.slice(0, middle) + "x" + text.slice(middle);
    const edited = [];
    await checked(text);
    for (let i = 0; i < 7; i++) {
      edited.push((await checked(i % 2 === 0 ? typed : text)).ms);
    }
    edited.sort((a, b) => a - b);
    const incremental = edited[Math.floor(edited.length / 2)];
    el.value = text;
    return { ms: detail.ms, warm, again, incremental, edited, inWorker: detail.inWorker, diagnostics: detail.report.diagnostics, total, worst, frame, length: text.length };
  }, long);
}

describe("a 100-page plan", () => {
  let long;
  let simd;
  before(() => {
    // About 100 A4 pages: the benchmarks' long plan (tests/src/lib.rs, long_plan), one header,
    // a body of renumbered parts, one closing.
    long = execFileSync("cargo", ["run", "-q", "--locked", "-p", "thethuc-tests", "--example", "long_plan"], {
      cwd: repo,
      encoding: "utf8",
      maxBuffer: 16 << 20,
    });
    assert.ok(long.length > 200_000, `plan of ${long.length} UTF-16 units`);
  });

  const report = (module, result) =>
    console.log(
      `100-page plan (${result.length} UTF-16 units), ${module} module: engine ${result.ms.toFixed(1)} ms in the worker the first time, ` +
        `${result.warm.toFixed(1)} ms median of the next ${result.again.length} checks (${result.again.map((t) => t.toFixed(1)).join(", ")}); ` +
        `${result.incremental.toFixed(1)} ms median of ${result.edited.length} re-checks after a one-character edit (${result.edited.map((t) => t.toFixed(1)).join(", ")}); ` +
        `check to report ${result.total.toFixed(0)} ms, longest main-thread gap meanwhile ${result.worst.toFixed(0)} ms; ` +
        `next frame (layout of the underlines) ${result.frame.toFixed(0)} ms; ${result.diagnostics.length} findings`,
    );

  it("is checked in the worker and the page stays responsive (SIMD module)", async () => {
    assert.deepEqual([...new Set(page.wasm)], ["thethuc_wasm_bg.wasm"], "this Chromium has SIMD: the default module is loaded");
    const result = await checkLongPlan(page, long);
    report("SIMD", result);
    saveArtefact("long-plan.json", JSON.stringify({ ...result, diagnostics: result.diagnostics.length }, null, 2));
    assert.equal(result.inWorker, true);
    assert.ok(result.diagnostics.length >= 10, `${result.diagnostics.length} findings`);
    // Responsive: while the engine works, the main thread stays free for typing.
    assert.ok(result.worst < 150, `main thread stalled ${result.worst} ms`);
    simd = result.diagnostics;
  });

  it("the module without SIMD finds exactly the same", async () => {
    const p = await openDemo(env, undefined, "?thethuc-wasm=nosimd");
    assert.deepEqual([...new Set(p.wasm)], ["thethuc_wasm_nosimd_bg.wasm"], "the query forces the fallback module");
    const result = await checkLongPlan(p, long);
    report("non-SIMD", result);
    saveArtefact("long-plan-nosimd.json", JSON.stringify({ ...result, diagnostics: result.diagnostics.length }, null, 2));
    assert.equal(result.inWorker, true);
    assert.ok(simd, "the SIMD module's findings were taken first");
    assert.deepEqual(result.diagnostics, simd);
    assert.deepEqual(p.errors, []);
    await p.close();
  });
});

describe("the module without SIMD (the fallback)", () => {
  it("is loaded when asked, and its findings on the seeds and the demo equal the CLI's and the SIMD module's", async () => {
    const p = await openDemo(env, undefined, "?thethuc-wasm=nosimd");
    const q = await openDemo(env);
    // One fetch and one compile for the page's two widgets: the workers get the compiled module.
    assert.deepEqual(p.wasm, ["thethuc_wasm_nosimd_bg.wasm"]);
    assert.deepEqual(q.wasm, ["thethuc_wasm_bg.wasm"]);
    const demo = (page) => page.evaluate(() => [...document.querySelectorAll("thethuc-checker")].map((w) => w.report.diagnostics));
    const shown = await demo(p);
    assert.ok(shown.every((d) => d.length > 1));
    assert.deepEqual(shown, await demo(q));
    for (const seed of SEEDS) {
      const text = readFileSync(seed, "utf8");
      const ours = comparable((await load(p, "doc-text", text)).diagnostics);
      assert.deepEqual(ours, cliFindings(seed), seed);
      assert.deepEqual(ours, comparable((await load(q, "doc-text", text)).diagnostics), seed);
    }
    assert.deepEqual([...p.errors, ...q.errors], []);
    await p.close();
    await q.close();
  });
});

describe("language, narrow screens and errors", () => {
  it("switching to English re-checks with English messages and labels", async () => {
    const p = await openDemo(env);
    await nextReport(p, "doc-rich", () => p.selectOption("#lang", "en"));
    const { title, message } = await p.evaluate(() => {
      const root = document.getElementById("checker-rich").shadowRoot;
      return { title: root.querySelector("h2").textContent, message: root.querySelector('li[data-code="QH002"] .message').textContent };
    });
    assert.equal(title, "Format check");
    assert.match(message, /^The national title reads/);
    assert.doesNotMatch(message, /viết sai/);
    await p.close();
  });

  it("works at 320 px: no horizontal scrolling, buttons visible", async () => {
    const p = await openDemo(env, { width: 320, height: 800 });
    const widths = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(widths.scroll <= widths.view, `page is ${widths.scroll} px wide at ${widths.view} px`);
    const box = await p.locator("#checker-rich").locator("button.fix-all").boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320);
    saveArtefact("demo-320px.png", await p.screenshot({ fullPage: false }));
    await p.close();
  });

  it("a bad config is shown to the user, and createChecker rejects it with a message", async () => {
    const p = await env.browser.newPage();
    await p.goto(`${env.base}/demo/`);
    await p.waitForFunction(() => document.body.dataset.ready === "true");
    const { alert, rejected } = await p.evaluate(async () => {
      const widget = document.getElementById("checker-text");
      widget.setAttribute("config", '{"ignore": ["XX999"]}');
      await new Promise((r) => setTimeout(r, 1500));
      const { createChecker } = await import("../dist/thethuc.js");
      let rejected = "";
      try {
        await createChecker({ stage: "later" });
      } catch (e) {
        rejected = `${e instanceof Error} ${e.message}`;
      }
      return { alert: widget.shadowRoot.querySelector('[role="alert"]')?.textContent ?? "", rejected };
    });
    assert.match(alert, /XX999/);
    assert.match(rejected, /^true .*cấu hình không hợp lệ/);
    await p.close();
  });
});

describe("a Party document and the rule pack", () => {
  const PARTY = [
    "TỈNH ỦY LÂM ĐỒNG",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "*",
    "Số: 05-TB/TU",
    "Lâm Đồng, ngày 15 tháng 6 năm 2026",
    "",
    "THÔNG BÁO",
    "kết luận của Ban Thường vụ Tỉnh ủy về công tác văn phòng cấp ủy",
    "-----",
    "",
    "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy trực thuộc thực hiện nghiêm túc thể thức văn bản của Đảng.",
    "",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "",
    "Nguyễn Văn An",
    "",
  ].join("\n");
  const shown = (p) =>
    p.evaluate(() => {
      const root = document.getElementById("checker-text").shadowRoot;
      return {
        profile: root.querySelector("header .profile")?.textContent ?? "",
        codes: [...root.querySelectorAll("li.item")].map((li) => li.dataset.code),
      };
    });

  it("a Party document typed in the demo is checked against HD 05, and the panel says so", async () => {
    const p = await openDemo(env);
    // The demo's own document is administrative: the panel names Nghị định 30.
    assert.equal((await shown(p)).profile, "Bộ quy tắc: Nghị định 30/2020/NĐ-CP (văn bản hành chính), tự nhận diện.");
    // Typed, key by key, as a drafter would.
    await nextReport(p, "doc-text", async () => {
      await p.fill("#doc-text", "");
      await p.locator("#doc-text").pressSequentially(PARTY, { delay: 0 });
    });
    await p.waitForFunction(() => document.getElementById("checker-text").report?.length === document.getElementById("doc-text").value.length);
    let seen = await shown(p);
    assert.equal(seen.profile, "Bộ quy tắc: Hướng dẫn 05-HD/VPTW (văn bản của Đảng ghi ngày từ 27/5/2026), tự nhận diện.");
    // `Số:` with a colon: the Party rule, with the CLI's finding; no rule of Nghị định 30 runs.
    assert.deepEqual(seen.codes, ["DOC003", "DG002"]);
    assert.deepEqual(comparable((await p.evaluate(() => document.getElementById("checker-text").report)).diagnostics), cliFindings(fileWith("party.txt", PARTY)));
    saveArtefact("demo-party.png", await p.locator(".pair").first().screenshot());
    // In English the panel names the guide in English.
    await nextReport(p, "doc-text", () => p.selectOption("#lang", "en"));
    seen = await shown(p);
    assert.equal(seen.profile, "Rule pack: Hướng dẫn 05-HD/VPTW (Party document dated from 27/5/2026), told from the document.");
    // The user picks the rule pack: Nghị định 30 is then applied to the same text, and said to be chosen.
    await nextReport(p, "doc-text", () => p.selectOption("#profile", "nd30"));
    seen = await shown(p);
    assert.equal(seen.profile, "Rule pack: Nghị định 30/2020/NĐ-CP (administrative document), set by the configuration.");
    assert.ok(!seen.codes.some((c) => c.startsWith("DG")), seen.codes.join(" "));
    // Read as an administrative document, it lacks the Quốc hiệu.
    assert.ok(seen.codes.includes("QH001"), seen.codes.join(" "));
    await nextReport(p, "doc-text", () => p.selectOption("#profile", "party"));
    seen = await shown(p);
    assert.equal(seen.profile, "Rule pack: Hướng dẫn 05-HD/VPTW (Party document dated from 27/5/2026), set by the configuration.");
    assert.deepEqual(p.errors, []);
    await p.close();
  });
});
