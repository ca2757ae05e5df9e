import type { RawGitObject } from "./cat-file.js";
import { ParsedObjectCache } from "./lru.js";
import { type ObjectType, parseCommit, parseTree, wrongType } from "./objects.js";
import type { CommitInfo, TreeEntry } from "./types.js";

/**
 * What both back-ends share once they can fetch an object's type and bytes: typed reads, the
 * same parsers (so commits and trees cannot differ between them) and one cache of parsed objects.
 */
export abstract class ObjectBackend {
  protected readonly parsed = new ParsedObjectCache();

  /** Fetches any object by full or abbreviated oid. */
  protected abstract readObject(oid: string): Promise<RawGitObject>;

  /** Reads a commit. */
  async readCommit(oid: string): Promise<CommitInfo> {
    return this.parsed.commit(oid, async () => {
      const obj = await this.readTyped(oid, "commit");
      return parseCommit(obj.oid, obj.bytes);
    });
  }

  /** Reads a tree's entries from its binary form. */
  async readTree(oid: string): Promise<TreeEntry[]> {
    return this.parsed.tree(oid, async () => {
      const obj = await this.readTyped(oid, "tree");
      return parseTree(obj.bytes, obj.oid.length / 2);
    });
  }

  /** A tree object's bytes, unparsed (tree-raw.ts diffs them without parsing the parts that agree). */
  async readRawTree(oid: string): Promise<Uint8Array> {
    return (await this.readTyped(oid, "tree")).bytes;
  }

  /** Reads one blob's bytes. */
  async readBlob(oid: string): Promise<Uint8Array> {
    return (await this.readTyped(oid, "blob")).bytes;
  }

  /** Reads an object and checks that it has the expected type. */
  protected async readTyped(oid: string, type: ObjectType): Promise<RawGitObject> {
    const obj = await this.readObject(oid);
    if (obj.type !== type) throw wrongType(oid, obj.type, type);
    return obj;
  }
}
