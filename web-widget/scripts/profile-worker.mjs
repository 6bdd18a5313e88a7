// Where the worker's time goes: a Chromium CPU profile (DevTools protocol, `Profiler.start/stop`
// on the worker's own target) of warm checks of the benchmarks' long plan, printed as the
// functions with the most self time.
//
// Usage (after `npm run build`):
//   node scripts/profile-worker.mjs [--wasm dist/thethuc_wasm_bg.wasm] [--runs 7] [--top 30] [--json out.json]
// For function names in the profile, build a module that keeps its name section:
//   WASM_KEEP_NAMES=1 node scripts/build.mjs   (same code, names kept; not for shipping)
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { pkg, repo, start } from "../test/harness.mjs";

const { values: args } = parseArgs({
  options: {
    wasm: { type: "string", default: "dist/thethuc_wasm_bg.wasm" },
    runs: { type: "string", default: "7" },
    top: { type: "string", default: "30" },
    json: { type: "string" },
    text: { type: "string" },
    callers: { type: "string" },
    inclusive: { type: "string" },
  },
});

const text = args.text
  ? (await import("node:fs")).readFileSync(args.text, "utf8")
  : execFileSync("cargo", ["run", "-q", "--locked", "--release", "-p", "thethuc-tests", "--example", "long_plan"], { cwd: repo, encoding: "utf8", maxBuffer: 16 << 20 });

const env = await start();
try {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}/demo/`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");

  // Attach to the worker's target (non-flat mode: messages go through the page's session).
  const cdp = await page.context().newCDPSession(page);
  let workerSession = null;
  const attached = new Promise((resolve) =>
    cdp.on("Target.attachedToTarget", (e) => {
      if (e.targetInfo.type === "worker" && e.targetInfo.url.endsWith("/profiled-worker.js")) {
        workerSession = e.sessionId;
        resolve();
      }
    }),
  );
  let nextId = 1;
  const waiting = new Map();
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    if (e.sessionId !== workerSession) return;
    const message = JSON.parse(e.message);
    const w = waiting.get(message.id);
    if (!w) return;
    waiting.delete(message.id);
    if (message.error) w.reject(new Error(JSON.stringify(message.error)));
    else w.resolve(message.result);
  });
  const inWorker = (method, params = {}) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      cdp.send("Target.sendMessageToTarget", { sessionId: workerSession, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  };
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const wasmUrl = `/${relative(pkg, args.wasm)}`;
  // The widget's own worker (dist/worker.js), under a name of its own so it is told from the demo's.
  await page.route("**/dist/profiled-worker.js", (route) => route.fulfill({ path: `${pkg}/dist/worker.js`, contentType: "text/javascript" }));
  await page.evaluate(async (wasmUrl) => {
    const worker = new Worker("/dist/profiled-worker.js", { type: "module" });
    let id = 0;
    window.profiled = (op, ...a) =>
      new Promise((resolve, reject) => {
        const mine = ++id;
        const listen = ({ data }) => {
          if (data.id !== mine) return;
          worker.removeEventListener("message", listen);
          if (data.error) reject(new Error(data.error));
          else resolve(data);
        };
        worker.addEventListener("message", listen);
        worker.postMessage({ id: mine, op, args: a });
      });
    await window.profiled("init", {}, { wasmUrl });
  }, wasmUrl);
  await attached;

  const runs = Number(args.runs);
  const check = () => page.evaluate(async (t) => (await window.profiled("check", t)).ms, text);
  const first = await check();
  for (let i = 0; i < 3; i++) await check(); // warm: V8 tiers the hot functions up
  await inWorker("Profiler.enable");
  await inWorker("Profiler.setSamplingInterval", { interval: 100 });
  await inWorker("Profiler.start");
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await check());
  const { profile } = await inWorker("Profiler.stop");
  if (args.json) writeFileSync(args.json, JSON.stringify(profile));

  // Self time per function: each sample's time goes to the node it hit.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"}${f.url && !f.url.includes("wasm") ? ` ${f.url.split("/").pop()}:${f.lineNumber + 1}` : f.url.includes("wasm") ? " [wasm]" : ""}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  const sorted = [...self].sort((a, b) => b[1] - a[1]);
  times.sort((a, b) => a - b);
  console.log(`first check ${first.toFixed(1)} ms; profiled ${runs} warm checks, median ${times[Math.floor(times.length / 2)].toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(", ")})`);
  console.log(`self time over the ${runs} checks: ${total.toFixed(1)} ms sampled`);
  for (const [name, ms] of sorted.slice(0, Number(args.top))) {
    console.log(`${((100 * ms) / total).toFixed(1).padStart(5)} %  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  // --callers NAME: who called the functions whose name contains NAME, by the self time spent
  // under them (the first caller outside `core`, `alloc` and `memchr`).
  if (args.callers) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    const library = /\b(core|alloc)(::|\[)|^<?(memchr|dlmalloc)\b/;
    const under = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]);
      if (!node.callFrame.functionName.includes(args.callers)) continue;
      let up = parent.get(node.id);
      while (up && library.test(up.callFrame.functionName)) up = parent.get(up.id);
      const name = up?.callFrame.functionName ?? "(root)";
      under.set(name, (under.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
    console.log(`callers of ${args.callers}:`);
    for (const [name, ms] of [...under].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  // --inclusive A,B,…: time spent in each named function and everything it called.
  if (args.inclusive) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    for (const wanted of args.inclusive.split(",")) {
      let ms = 0;
      for (let i = 0; i < profile.samples.length; i++) {
        for (let n = byId.get(profile.samples[i]); n; n = parent.get(n.id)) {
          if (n.callFrame.functionName.includes(wanted)) {
            ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
            break;
          }
        }
      }
      console.log(`inclusive ${wanted}: ${ms.toFixed(1)} ms (${(ms / runs).toFixed(2)} ms a check)`);
    }
  }
} finally {
  await env.close();
}
