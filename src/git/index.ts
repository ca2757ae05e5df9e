export { IsomorphicGit } from "./isomorphic.js";
export { NativeGit } from "./native.js";
export { hashBlob } from "./objects.js";
export {
  type BackendChoice,
  chooseBackend,
  findRepoRoot,
  hasGitBinary,
  type OpenGitOptions,
  openGit,
} from "./open.js";
export {
  diffTrees,
  type FileChange,
  type FileEntry,
  type FileListing,
  listFilesUnder,
  type TreeWalkOptions,
} from "./tree.js";
export type { CommitInfo, GitBackend, Signature, TreeEntry } from "./types.js";
