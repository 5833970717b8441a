// The one hardened YAML/JSON loader. Every YAML or JSON file the product reads (policy, manifest, and
// the workflow and action files the content reviewers inspect) goes through `loadDocument`. It refuses
// anything whose meaning could differ between readers: aliases and anchors (unless expanded with a node
// budget, as GitHub does for workflows), merge keys, tags, several documents, duplicate keys, non-string
// keys, YAML 1.1 booleans (we parse 1.2 core, where `on` and `NO` are strings), and oversized or deeply
// nested input. Pure: text in, value out.

import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, type CST, type Document, type Node as YamlNode } from 'yaml';
import { MAX_DOCUMENT_BYTES } from './document-limits.js';
import type { Problem, SourceLocation } from './types.js';

export { MAX_DOCUMENT_BYTES };
export const MAX_DEPTH = 32;
/** Most problems reported for one file; a hostile 256 KiB file could otherwise print 60 000 lines to a CI log. */
export const MAX_PROBLEMS = 100;

export interface LoadedDocument {
  value: unknown;
  /** Source file label used in messages. */
  file: string;
  /** Where the node at a JSON pointer starts (for a property: its key). Falls back to the nearest ancestor. */
  locate(pointer: string): SourceLocation;
}

export type LoadResult = { ok: true; doc: LoadedDocument } | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /**
   * 'refuse' (default): anchors and aliases are errors (policies and manifests). 'expand': aliases are
   * resolved, as GitHub does for workflows, within `maxNodes`; a cycle is an error.
   */
  aliases?: 'refuse' | 'expand';
  maxBytes?: number;
  maxDepth?: number;
  /** Most nodes of the resulting value (aliases expanded). */
  maxNodes?: number;
  /** With 'expand': most alias expansions, nested ones included (an alias bomb needs thousands). */
  maxAliasExpansions?: number;
}

interface Limits {
  aliases: 'refuse' | 'expand';
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
  maxAliasExpansions: number;
}

function problem(file: string, code: string, message: string, line?: number, column?: number): Problem {
  const location: SourceLocation = { file };
  if (line !== undefined) location.line = line;
  if (column !== undefined) location.column = column;
  return { code, message, location };
}

/**
 * Pre-parse check of flow nesting: the parser recurses per level and a few thousand `[` can exhaust
 * memory or the stack (uncatchable in Node). Counting brackets, even inside strings, only ever rejects more.
 */
function flowDepthProblem(text: string, file: string, maxDepth: number): Problem | null {
  let depth = 0;
  let line = 1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    column++;
    if (c === 10) {
      line++;
      column = 0;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return problem(file, 'yaml_too_deep', `nesting deeper than ${maxDepth} levels`, line, column);
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return null;
}

/**
 * Characters that mean different things to different readers, or are invisible to the person reviewing
 * the file. YAML allows none of the first group (c-printable): C0 controls but TAB and LF, DEL, C1
 * controls (NEL, U+0085, is a line break in YAML 1.1), and a CR not followed by LF, which the parser
 * keeps inside the line while YAML, editors and GitHub's viewer start a new line there (so `# x<CR>denied:
 * [...]` is a comment to us and a key to the reviewer). U+2028/U+2029 are line breaks in YAML 1.1.
 * The second group is legal YAML but hides or reorders text: bidi controls (Trojan Source), zero-width
 * space and word joiners, a BOM after the start, tag characters (invisible "ASCII smuggling").
 * Escapes such as "\u202e" in a quoted string are not raw characters and are left to the schema and lints.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)/u;
const INVISIBLE_CHARACTER = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/u;

function characterProblem(text: string, file: string): Problem | null {
  const control = CONTROL_CHARACTER.exec(text);
  const invisible = INVISIBLE_CHARACTER.exec(text);
  const first = control && (!invisible || control.index <= invisible.index) ? control : invisible;
  if (!first) return null;
  const offset = first.index;
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const column = offset - before;
  const code = first[0].codePointAt(0)!;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (first === control) {
    const what = code === 13 ? 'a carriage return not followed by a line feed (a line break to other readers, not to this parser)' : `control character ${name}`;
    return problem(file, 'yaml_control_character', `${what} is not allowed`, line, column);
  }
  return problem(file, 'yaml_invisible_character', `invisible or bidi character ${name} is not allowed (it hides or reorders text for the reviewer)`, line, column);
}

/** Parse YAML (or JSON, which goes through the same path) from text. Never throws for bad input. */
export function loadDocument(text: string | Buffer, file: string, options: LoadOptions = {}): LoadResult {
  const limits: Limits = {
    aliases: options.aliases ?? 'refuse',
    maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
    maxDepth: options.maxDepth ?? MAX_DEPTH,
    maxNodes: options.maxNodes ?? 1_000_000,
    maxAliasExpansions: options.maxAliasExpansions ?? 1000,
  };
  const size = typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : text.length;
  if (size > limits.maxBytes) {
    return { ok: false, problems: [problem(file, 'yaml_too_large', `file is ${size} bytes; the limit is ${limits.maxBytes}`, 1, 1)] };
  }
  let source: string;
  if (typeof text === 'string') source = text;
  else {
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(text);
    } catch {
      return { ok: false, problems: [problem(file, 'yaml_encoding', 'file is not valid UTF-8', 1, 1)] };
    }
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const hidden = characterProblem(source, file);
  if (hidden) return { ok: false, problems: [hidden] };
  const deep = flowDepthProblem(source, file, limits.maxDepth);
  if (deep) return { ok: false, problems: [deep] };

  const lineCounter = new LineCounter();
  const at = (offset: number | undefined): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  let list: Document.Parsed[];
  try {
    // What `parseAllDocuments` does, one lexeme at a time, so block nesting (`- - - - x`, `? ? ? x`, ever
    // deeper indentation), which the bracket count cannot see, is refused before the recursive composer
    // runs. The CST parser is iterative and keeps one stack entry per open collection (plus the document
    // and the current scalar). Without this a 2 kB `- - - ...` line overflowed the composer's stack, and
    // the second such parse in one process aborted Node (`RegExpCompiler Allocation failed`, exit 134).
    const parser = new Parser(lineCounter.addNewLine);
    lineCounter.addNewLine(0);
    const tokens: CST.Token[] = [];
    for (const lexeme of new Lexer().lex(source, false)) {
      const offset = parser.offset;
      for (const token of parser.next(lexeme)) tokens.push(token);
      if (parser.stack.length > limits.maxDepth + 3) {
        const { line, column } = at(offset);
        return { ok: false, problems: [problem(file, 'yaml_too_deep', `nesting deeper than ${limits.maxDepth} levels`, line, column)] };
      }
    }
    for (const token of parser.end()) tokens.push(token);
    const composer = new Composer({
      version: '1.2',
      schema: 'core',
      merge: false,
      // Duplicate keys are refused in `toValue` (a Set lookup per key): the composer's own check compares
      // every key with every earlier one, and a 250 kB map of 26k keys then took 5 s.
      uniqueKeys: false,
      strict: true,
      customTags: [],
    });
    list = Array.from(composer.compose(tokens));
  } catch (err) {
    return { ok: false, problems: [problem(file, 'yaml_parse', `cannot parse: ${(err as Error).message}`, 1, 1)] };
  }
  if (list.length === 0) return { ok: false, problems: [problem(file, 'yaml_empty', 'file is empty', 1, 1)] };
  const problems: Problem[] = [];
  for (const doc of list) {
    for (const [kind, list] of [['yaml_syntax', doc.errors], ['yaml_warning', doc.warnings]] as const) {
      for (const e of list) {
        const { line, column } = at(e.pos[0]);
        problems.push(problem(file, kind, firstLine(e.message), line, column));
      }
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    const { line, column } = at(second.range[0]);
    problems.push(problem(file, 'yaml_multiple_documents', 'file holds more than one YAML document', line, column));
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(dedupeProblems(problems), file) };

  const doc = list[0]!;
  if (doc.contents === null) return { ok: false, problems: [problem(file, 'yaml_empty', 'file is empty', 1, 1)] };
  const ctx: Context = {
    limits,
    doc,
    positions: new Map<string, number>(),
    nodes: 0,
    aliases: 0,
    expanding: new Set<YamlNode>(),
    report: (code, message, offset) => {
      const { line, column } = at(offset);
      problems.push(problem(file, code, message, line, column));
    },
  };
  const positions = ctx.positions;
  const value = toValue(doc.contents, '', 0, ctx);
  if (problems.length > 0) return { ok: false, problems: capProblems(problems, file) };

  return {
    ok: true,
    doc: {
      value,
      file,
      locate(pointer: string): SourceLocation {
        let p = pointer;
        for (;;) {
          const offset = positions.get(p);
          if (offset !== undefined) return { file, ...at(offset) };
          if (p === '') return { file, line: 1, column: 1 };
          p = p.slice(0, p.lastIndexOf('/'));
        }
      },
    },
  };
}

type Report = (code: string, message: string, offset: number | undefined) => void;

interface Context {
  limits: Limits;
  doc: Document.Parsed;
  positions: Map<string, number>;
  nodes: number;
  aliases: number;
  /** Alias targets being expanded on the current path (a cycle check). */
  expanding: Set<YamlNode>;
  report: Report;
}

/** Convert the node tree ourselves, so `__proto__` becomes an own property and nothing is inherited. */
function toValue(node: YamlNode, pointer: string, depth: number, ctx: Context): unknown {
  const { limits, positions, report } = ctx;
  const offset = node.range?.[0];
  if (offset !== undefined && !positions.has(pointer)) positions.set(pointer, offset);
  if (depth > limits.maxDepth) {
    report('yaml_too_deep', `nesting deeper than ${limits.maxDepth} levels`, offset);
    return undefined;
  }
  if (++ctx.nodes > limits.maxNodes) {
    if (ctx.nodes === limits.maxNodes + 1) report('yaml_too_many_nodes', `more than ${limits.maxNodes} nodes once aliases are expanded`, offset);
    return undefined;
  }
  if (isAlias(node)) {
    if (limits.aliases === 'refuse') {
      report('yaml_alias', 'aliases ("*name") are not allowed', offset);
      return undefined;
    }
    if (++ctx.aliases > limits.maxAliasExpansions) {
      if (ctx.aliases === limits.maxAliasExpansions + 1) report('yaml_too_many_aliases', `more than ${limits.maxAliasExpansions} alias expansions`, offset);
      return undefined;
    }
    const target = node.resolve(ctx.doc) as YamlNode | undefined;
    if (!target) {
      report('yaml_alias', `alias "*${node.source}" has no anchor`, offset);
      return undefined;
    }
    if (ctx.expanding.has(target)) {
      report('yaml_alias_cycle', `alias "*${node.source}" refers to a node that contains it`, offset);
      return undefined;
    }
    ctx.expanding.add(target);
    try {
      return toValue(target, pointer, depth, ctx);
    } finally {
      ctx.expanding.delete(target);
    }
  }
  if (node.anchor && limits.aliases === 'refuse') report('yaml_anchor', `anchors ("&${node.anchor}") are not allowed`, offset);
  // The composer sets `tag` only for tags written in the source (`!!str`, `!custom`, `!!js/function`).
  if (node.tag) report('yaml_tag', `explicit tags (${JSON.stringify(node.tag)}) are not allowed`, offset);
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      report('yaml_number_precision', 'integer is too large to represent exactly; quote it as a string', offset);
    }
    if (typeof v === 'bigint') report('yaml_number_precision', 'integer is too large', offset);
    if (typeof v === 'number' && !Number.isFinite(v)) report('yaml_number_nonfinite', 'NaN and infinite numbers are not allowed', offset);
    return v;
  }
  if (isSeq(node)) {
    return node.items.map((item, i) => toValue(item as YamlNode, `${pointer}/${i}`, depth + 1, ctx));
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const keyOffset = keyNode?.range?.[0];
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        report('yaml_key_type', 'mapping keys must be plain strings', keyOffset);
        continue;
      }
      if ((keyNode.anchor && limits.aliases === 'refuse') || isAlias(keyNode)) report('yaml_anchor', 'anchors and aliases are not allowed on keys', keyOffset);
      if (keyNode.tag) report('yaml_tag', `explicit tags (${JSON.stringify(keyNode.tag)}) are not allowed`, keyOffset);
      const key = keyNode.value;
      if (key === '<<') {
        report('yaml_merge_key', 'merge keys ("<<") are not allowed', keyOffset);
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        report('yaml_duplicate_key', `duplicate key ${JSON.stringify(key)}`, keyOffset);
        continue;
      }
      const childPointer = `${pointer}/${escapePointer(key)}`;
      if (keyOffset !== undefined) positions.set(childPointer, keyOffset);
      const value = pair.value === null ? null : toValue(pair.value as YamlNode, childPointer, depth + 1, ctx);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  report('yaml_node', 'unsupported YAML node', offset);
  return undefined;
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function capProblems(problems: Problem[], file: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), problem(file, 'too_many_problems', `${more} more problem${more === 1 ? '' : 's'} not shown`, 1, 1)];
}

function dedupeProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location?.line}:${p.location?.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Workflow YAML goes through the project's one loader, with GitHub's semantics for anchors and aliases

export const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** Nesting of the parsed value, aliases resolved. */
export const MAX_WORKFLOW_DEPTH = 64;
/** Nodes of the parsed value, aliases expanded. */
export const MAX_WORKFLOW_NODES = 100_000;

export type WorkflowYamlResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parse a workflow-like file with the hardened loader: YAML 1.2 core schema, anchors and aliases
 * expanded (GitHub supports them) within a node budget, merge keys refused (GitHub does not support
 * them), duplicate keys, tags, several documents and any other parser error or warning refused. Byte,
 * nesting and node limits are checked before and while converting. Never throws.
 */
export function parseWorkflowYaml(text: string, maxBytes = MAX_WORKFLOW_BYTES): WorkflowYamlResult {
  const result = loadDocument(text, 'workflow', { aliases: 'expand', maxBytes, maxDepth: MAX_WORKFLOW_DEPTH, maxNodes: MAX_WORKFLOW_NODES });
  if (result.ok) return { ok: true, value: result.doc.value };
  const first = result.problems[0]!;
  const where = first.location?.line !== undefined ? ` at line ${first.location.line}` : '';
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
  return { ok: false, reason: `${first.code}: ${first.message}${where}${more}` };
}
