import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { GitError } from "../errors.js";
import { missingObject } from "./objects.js";
import { GIT_GLOBAL_ARGS, gitEnv, spawnFailure } from "./process.js";

/** One object as `git cat-file --batch` returns it. */
export interface RawGitObject {
  oid: string;
  type: string;
  bytes: Uint8Array;
}

interface Pending {
  name: string;
  resolve: (obj: RawGitObject) => void;
  reject: (err: Error) => void;
}

interface Refable {
  ref?: () => void;
  unref?: () => void;
}

/**
 * A long-lived `git cat-file --batch` child. Requests are written as lines and answered in the
 * same order, so a FIFO queue pairs answers with callers and many reads can be in flight at once.
 */
export class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private body: { oid: string; type: string; size: number } | undefined;
  private failure: GitError | undefined;
  private closed = false;
  /** Number of child processes started, for diagnostics and tests. */
  spawned = 0;

  constructor(private readonly cwd: string) {}

  /** Pid of the running child, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Reads one object by name (an oid); rejects with GitError when it is missing. */
  read(name: string): Promise<RawGitObject> {
    if (this.closed) return Promise.reject(new GitError("git backend is closed"));
    if (this.failure) return Promise.reject(this.failure);
    const child = this.ensureChild();
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject });
      if (this.queue.length === 1) this.setRef(true);
      child.stdin.write(`${name}\n`);
    });
  }

  /** Stops the child; pending reads fail. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    this.failAll(new GitError("git backend is closed"));
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.child = undefined;
      return;
    }
    // An unref'd child would let node exit before "exit" arrives, leaving `await close()` hanging.
    this.setRef(true);
    this.child = undefined;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.stdin.end();
    child.kill();
    await exited;
  }

  private ensureChild(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn("git", [...GIT_GLOBAL_ARGS, "cat-file", "--batch"], {
      cwd: this.cwd,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.spawned++;
    this.child = child;
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    // EPIPE after the child died surfaces through "exit"; swallowing it here avoids a crash.
    child.stdin.on("error", () => {});
    child.on("error", (err) => this.fail(spawnFailure(err)));
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = undefined;
      if (this.closed) return;
      const why = Buffer.concat(stderr).toString("utf8").trim().split("\n")[0] || `code ${code ?? signal}`;
      this.fail(new GitError(`git cat-file exited unexpectedly: ${why}`));
    });
    this.setRef(false);
    return child;
  }

  // An idle child must not keep the event loop (and the CLI) alive if nobody calls close().
  private setRef(on: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr] as Refable[]) {
      if (on) h.ref?.();
      else h.unref?.();
    }
  }

  private fail(err: GitError): void {
    this.failure = err;
    this.failAll(err);
  }

  private failAll(err: Error): void {
    for (const p of this.queue.splice(0)) p.reject(err);
    this.chunks = [];
    this.buffered = 0;
    this.body = undefined;
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.step()) {}
    if (this.queue.length === 0) this.setRef(false);
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private consume(n: number): void {
    const rest = this.joined().subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }

  /** Parses one header or one body if enough bytes have arrived; false when it must wait. */
  private step(): boolean {
    if (this.buffered === 0) return false;
    if (this.body) {
      const { oid, type, size } = this.body;
      if (this.buffered < size + 1) return false;
      // Copy, so a small blob does not pin the whole 64 KiB read chunk in memory.
      const bytes = new Uint8Array(this.joined().subarray(0, size));
      this.consume(size + 1);
      this.body = undefined;
      this.queue.shift()?.resolve({ oid, type, bytes });
      return true;
    }
    const buf = this.joined();
    const nl = buf.indexOf(10);
    if (nl < 0) return false;
    const header = buf.toString("utf8", 0, nl);
    this.consume(nl + 1);
    const parts = header.split(" ");
    const pending = this.queue[0];
    if (parts.length === 3 && /^\d+$/.test(parts[2]!)) {
      this.body = { oid: parts[0]!, type: parts[1]!, size: Number(parts[2]) };
      return true;
    }
    this.queue.shift();
    const name = pending?.name ?? parts[0] ?? "";
    if (header.endsWith(" ambiguous")) pending?.reject(new GitError(`git object id ${name} is ambiguous`));
    else pending?.reject(missingObject(name));
    return true;
  }
}
