// Shared vocabulary of the core. Pure data: no I/O, no classes with behaviour.
import type { Finding } from './rules/rule.js';

export type Decision = 'allow' | 'approval_required' | 'deny';
export type Verdict = Decision;

/** Where a problem was found: a file and, when known, the 1-based line and column of the YAML node. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** A problem with an input file (policy, manifest, ...). `pointer` is a JSON pointer into the document. */
export interface Problem {
  code: string;
  message: string;
  pointer?: string;
  location?: SourceLocation;
}

/**
 * One entry of the change set, as computed by git (`git diff --raw -z` from the merge base to head).
 * Status letters follow git: A added, M modified, D deleted, R renamed, C copied, T type changed.
 */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type_changed';

/** Git object kind from the file mode. */
export type FileKind = 'regular' | 'executable' | 'symlink' | 'gitlink' | 'none';

export interface ChangeEntry {
  status: ChangeStatus;
  /** The path after the change (for deletions: the deleted path). Raw bytes decoded as UTF-8; not yet canonicalised. */
  path: string;
  /** The path before a rename or copy. */
  previousPath?: string;
  oldMode: string; // six octal digits, '000000' when absent
  newMode: string;
  oldKind: FileKind;
  newKind: FileKind;
  oldBlob: string; // object id, all zeros when absent
  newBlob: string;
  /** Similarity score of a rename or copy (0-100), when git gives one. */
  score?: number;
  /** For a symlink on the head side: the link target as stored in the blob. */
  symlinkTarget?: string;
  /** The head-side blob is a Git LFS pointer. */
  lfsPointer?: boolean;
  /** The head-side blob looks binary (NUL byte in the first 8000 bytes, as git decides). */
  binary?: boolean;
  /** True when the raw path bytes were not valid UTF-8 (the path is then denied). */
  invalidUtf8?: boolean;
  /**
   * The other paths of this file through symlinks of the head tree (a link to it, or a link to a
   * directory above it followed by the rest of this path): a change here changes what those paths
   * read. Set by the git adapter.
   */
  linkedFrom?: string[];
  /** For a symlink: a symlink of the head tree its target goes through (a chain the text does not show). */
  symlinkVia?: string;
  /**
   * The nearest directory above this path that holds an action at the head (`action.yml` or
   * `action.yaml`; the repository root excepted): workflows using the action run this file. Set by
   * the git adapter.
   */
  actionDir?: string;
  /** Actions (their action.yml paths) whose `runs` runs this file at the head. Set by the git adapter. */
  actionRuns?: string[];
  /** The head blob is a native executable or library: its format (ELF, PE, Mach-O, ...). Set by the git adapter. */
  nativeFormat?: string;
}

/**
 * A finding of a content reviewer (workflow, dependency and configuration files): a rule `Finding`
 * whose rule id a reviewer not yet split into rule modules may leave out.
 */
export type ContentFinding = Omit<Finding, 'rule'> & { rule?: string };
