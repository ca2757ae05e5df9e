// A second floor for `sms metrics`, cold: what any history replay must do at least. `git log --raw`
// lists every commit's changed paths; a replay must also read each changed record version, so this
// feeds every distinct new blob of a changed Markdown file to one `git cat-file --batch` and reads
// all of it. No parsing, no SLA clocks. Usage: node bench/floor-metrics.mjs REPO
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const dir = process.argv[2];
const log = spawn("git", ["log", "--raw", "--no-renames", "--no-abbrev", "--format=%H"], { cwd: dir });
const cat = spawn("git", ["cat-file", "--batch"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
let bytes = 0;
const drained = new Promise((resolve, reject) => {
  cat.stdout.on("data", (chunk) => (bytes += chunk.length));
  cat.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`cat-file exited ${code}`))));
});
const seen = new Set();
let blobs = 0;
for await (const line of createInterface({ input: log.stdout })) {
  // ":100644 100644 <old> <new> M\tpath": the new side of a changed record file.
  if (!line.startsWith(":") || !line.endsWith(".md")) continue;
  const tab = line.indexOf("\t");
  const oid = line.slice(0, tab).split(" ")[3];
  if (!oid || /^0+$/.test(oid) || seen.has(oid)) continue;
  seen.add(oid);
  blobs++;
  if (!cat.stdin.write(`${oid}\n`)) await new Promise((r) => cat.stdin.once("drain", r));
}
cat.stdin.end();
await drained;
if (blobs === 0 || bytes === 0) throw new Error("no record versions found in the history");
process.stderr.write(`${blobs} record versions, ${(bytes / 1024 / 1024).toFixed(1)} MiB\n`);
