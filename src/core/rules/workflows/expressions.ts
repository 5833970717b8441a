// Reading `${{ }}` expressions for the workflow rules: which contexts a text references (untrusted event
// text, env, inputs, secrets), and the shapes of conditions that do not mean what they look like.
// Contexts are case-insensitive and index syntax github['event']['x'] is the same as github.event.x, so
// bodies are normalised before matching.

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** The raw bodies of a text's `${{ }}` expressions. */
export function rawExpressions(text: string): string[] {
  return [...text.matchAll(EXPRESSION)].map((m) => m[1] ?? '');
}

/** The bodies of a text's `${{ }}` expressions, normalised for matching context references. */
export function expressionBodies(text: string): string[] {
  return rawExpressions(text).map((body) =>
    body
      .toLowerCase()
      .replace(/\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g, (_s, a: string | undefined, b: string | undefined) => `.${a ?? b ?? ''}`)
      .replace(/\s+/g, ''),
  );
}

/** Expression members that are not attacker-controlled text: ids, numbers, SHAs and GitHub-set enums. */
const SAFE_EVENT_LEAVES = new Set([
  'number',
  'sha',
  'head_sha',
  'id',
  'run_id',
  'run_number',
  'run_attempt',
  'before',
  'after',
  'action',
  'merged',
  'draft',
  'state',
  'private',
  'fork',
  'created_at',
  'updated_at',
  'additions',
  'deletions',
  'changed_files',
  'conclusion',
  'author_association',
  'status',
]);

/** The `env.NAME` references (lower-case names) in a text's `${{ }}` expressions. */
export function envExpressionNames(text: string): string[] {
  const found: string[] = [];
  for (const body of expressionBodies(text)) for (const ref of body.matchAll(/(?<![\w.])env\.([\w-]+)/g)) found.push(ref[1]!);
  return found;
}

/** The untrusted context references in a text's `${{ }}` expressions (normalised, lower-case). */
export function untrustedExpressions(text: string): string[] {
  const found: string[] = [];
  for (const raw of expressionBodies(text)) {
    // contains(), startsWith() and endsWith() return a boolean: the text they test cannot reach the script.
    let body = raw;
    for (let prev = ''; prev !== body; ) {
      prev = body;
      body = body.replace(/(?<![\w.])(?:contains|startswith|endswith)\((?:[^()']|'(?:[^']|'')*')*\)/g, 'true');
    }
    for (const ref of body.matchAll(/(?<![\w.])github(?:\.[\w*-]+|\[[^\]]*\])*/g)) {
      const path = ref[0];
      const parts = path.split('.');
      if (parts[1] === 'head_ref') {
        found.push('github.head_ref');
        continue;
      }
      if (parts.length === 1) {
        found.push(path); // toJSON(github)
        continue;
      }
      if (parts[1] !== 'event') continue;
      const leaf = parts[parts.length - 1] ?? '';
      if (parts.length > 2 && !path.includes('*') && !path.includes('[') && SAFE_EVENT_LEAVES.has(leaf)) continue;
      found.push(path);
    }
  }
  return found;
}

/**
 * The `inputs.NAME` references (lower-case names) in a text's `${{ }}` expressions; `inputs` alone for the whole
 * context (toJSON(inputs)) or a computed index (inputs[format(...)]).
 */
export function inputExpressionNames(text: string): string[] {
  const out: string[] = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])inputs(\.[\w-]+)?/g)) out.push(ref[1] === undefined ? 'inputs' : ref[1].slice(1));
  }
  return out;
}

/** The secrets a text's `${{ }}` expressions read (`secrets.NAME` lower-cased, `secrets` for the whole context, and `github.token`). */
export function secretReferences(text: string): string[] {
  const out: string[] = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])secrets\.([\w-]+)/g)) out.push(`secrets.${ref[1]!}`);
    if (/(?<![\w.])secrets(?![\w.])/.test(body)) out.push('secrets'); // toJSON(secrets), secrets[...]
    if (/(?<![\w.])github\.token(?![\w])/.test(body)) out.push('github.token');
  }
  return out;
}

/**
 * The `contains('literal', <context>)` calls in a condition: a string haystack makes contains() a substring test,
 * so a needle that is only part of one listed value (refs/heads/mai) passes too.
 */
export function unsoundContains(cond: string): { haystack: string; needle: string }[] {
  const out: { haystack: string; needle: string }[] = [];
  const call = /(?<![\w.])contains\s*\(\s*'((?:[^']|'')*)'\s*,\s*([A-Za-z_][\w-]*(?:\s*\.\s*[\w*-]+|\s*\[[^\]]*\])*)\s*\)/gi;
  for (const c of cond.matchAll(call)) {
    const needle = c[2]!.replace(/\s+/g, '');
    if (/^(true|false|null)$/i.test(needle)) continue;
    out.push({ haystack: c[1]!.replace(/''/g, "'"), needle });
  }
  return out;
}

/**
 * Why an `if:` is true whatever it tests, or null. GitHub evaluates an `if:` that holds `${{ }}` with text
 * around it as a string, and any non-empty string is true: `if: |` (the block scalar's newline stays
 * outside the expression) and `${{ a }} && ${{ b }}` both always run. A pseudo-ternary `a && x || y`
 * whose fallback is a truthy literal is true too.
 */
export function alwaysTrueCondition(cond: string): string | null {
  if (cond.includes('${{')) {
    const whole = /^\$\{\{[\s\S]*\}\}$/.test(cond) && rawExpressions(cond).length === 1;
    if (!whole) {
      const rest = cond.replace(EXPRESSION, '');
      return rest.trim() === '' && /\s$/.test(cond)
        ? 'the block scalar leaves a line break outside the ${{ }}, so the condition is a non-empty string'
        : 'text outside the ${{ }} makes the condition a string, and a non-empty string is true';
    }
  }
  const body = cond.includes('${{') ? (rawExpressions(cond)[0] ?? '') : cond;
  const fallback = topLevelOrFallback(body);
  if (fallback !== null && truthyLiteral(fallback)) return `its last alternative ${JSON.stringify(fallback)} is a literal that is always true, so the || cannot be false`;
  return null;
}

/** The last top-level `||` operand of an expression, or null when there is no top-level `||`. */
function topLevelOrFallback(expr: string): string | null {
  let depth = 0;
  let quote = false;
  let last = -1;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === "'") {
        if (expr[i + 1] === "'") i++;
        else quote = false;
      }
      continue;
    }
    if (c === "'") quote = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === '|' && expr[i + 1] === '|') {
      last = i + 2;
      i++;
    }
  }
  return last < 0 ? null : expr.slice(last).trim();
}

function truthyLiteral(text: string): boolean {
  if (/^'(?:[^']|'')+'$/.test(text)) return true; // a non-empty string literal
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return Number(text) !== 0;
  return false;
}

/**
 * Why an expression is obfuscated, or null: a call whose every argument is a literal (format('{0}', 'x'),
 * fromJSON('"..."')) or the no-op fromJSON(toJSON(...)). (Index syntax, github['event'], is read like the
 * dotted form by every rule, so it hides nothing.)
 */
export function obfuscatedExpression(body: string): string | null {
  const b = body.trim();
  if (/fromjson\s*\(\s*tojson\s*\(/i.test(b)) return 'fromJSON(toJSON(...)) is a no-op';
  // fromJSON('[...]') and fromJSON('{...}') are how an expression writes a list or an object (contains(fromJSON('["a"]'), x)): not hidden.
  const calls = b.matchAll(/\b(format|fromjson|join|tojson)\s*\(\s*('(?:[^']|'')*'|\d+)(\s*,\s*('(?:[^']|'')*'|\d+))*\s*\)/gi);
  for (const c of calls) {
    if (c[1]!.toLowerCase() === 'fromjson' && c[3] === undefined && /^'\s*[[{]/.test(c[2]!)) continue;
    return `${c[1]}(...) with only literal arguments computes a constant`;
  }
  return null;
}

/** The operands of an expression split at a top-level binary operator (outside quotes and brackets). */
export function splitTopLevel(expr: string, op: '&&' | '||'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === "'") {
        if (expr[i + 1] === "'") i++;
        else quote = false;
      }
      continue;
    }
    if (c === "'") quote = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === op[0] && expr[i + 1] === op[1]) {
      out.push(expr.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}

/**
 * The falsy literal a pseudo-ternary `a && x || y` returns as x, or null: with x falsy the || always
 * falls through to y. Parentheses around the whole expression are looked through.
 */
export function falsyTernaryArm(expr: string): string | null {
  let e = expr.trim();
  while (e.startsWith('(') && e.endsWith(')') && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  const alternatives = splitTopLevel(e, '||');
  if (alternatives.length < 2) return null;
  for (const alt of alternatives.slice(0, -1)) {
    const conj = splitTopLevel(alt, '&&');
    if (conj.length < 2) continue;
    const arm = conj[conj.length - 1]!;
    if (/^(?:''|0|0\.0*|false|null)$/i.test(arm)) return arm;
  }
  return null;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "'") quote = text[i + 1] === "'" ? (i++, true) : false;
      continue;
    }
    if (c === "'") quote = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
