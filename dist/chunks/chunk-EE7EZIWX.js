import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  WORKFLOW_RULE_IDS,
  allowedUsesProblem
} from "./chunk-PNJUBMPM.js";
import {
  TIERS
} from "./chunk-DIY5OXXZ.js";
import {
  DEFAULT_POLICY_PATH,
  PROTECTED_RULES,
  foldPath
} from "./chunk-FVZA7SE4.js";
import {
  BUILTIN_CAPABILITIES,
  isBuiltinCapability,
  require_formats,
  require_ucs2length
} from "./chunk-Q3GSJBK5.js";
import {
  CONTROL,
  hasInvisibleCharacters,
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";

// src/core/commands/wrappers.ts
var RUNS_A_COMMAND = /* @__PURE__ */ new Set([
  "env",
  "sudo",
  "doas",
  "su",
  "runuser",
  "pkexec",
  "xargs",
  "time",
  "nice",
  "ionice",
  "timeout",
  "nohup",
  "setsid",
  "stdbuf",
  "unbuffer",
  "chroot",
  "command",
  "builtin",
  "exec",
  "eval",
  "source",
  ".",
  "sh",
  "bash",
  "zsh",
  "dash",
  "ksh",
  "mksh",
  "fish",
  "csh",
  "tcsh",
  "busybox",
  "strace",
  "ltrace",
  "gdb",
  "valgrind",
  "watch",
  "script",
  "unshare",
  "nsenter",
  "flock",
  "chrt",
  "taskset",
  "parallel",
  "systemd-run",
  "sg",
  "newgrp",
  "firejail",
  "bwrap",
  "proot",
  "fakeroot",
  "caffeinate",
  "cpulimit",
  "torsocks",
  "proxychains",
  "proxychains4",
  "xvfb-run",
  "expect",
  "ssh",
  "rlwrap",
  "awk",
  "gawk",
  "mawk",
  "nawk"
]);
var PACKAGE_RUNNERS = {
  npx: [],
  bunx: [],
  pnpx: [],
  uvx: [],
  npm: ["exec", "x", "explore"],
  pnpm: ["dlx", "exec"],
  yarn: ["dlx", "exec"],
  bun: ["x"],
  pipx: ["run"],
  uv: ["run", "tool"],
  poetry: ["run"],
  pipenv: ["run"]
};
var CODE_OPTIONS = {
  node: { short: "epri", long: ["--eval", "--print", "--require", "--import", "--loader", "--experimental-loader", "--interactive"], words: ["-"] },
  nodejs: { short: "epri", long: ["--eval", "--print", "--require", "--import", "--loader", "--experimental-loader", "--interactive"], words: ["-"] },
  deno: { long: ["--eval"], words: ["eval", "repl", "-"] },
  bun: { short: "er", long: ["--eval", "--print", "--preload"], words: ["-"] },
  python: { short: "cm", words: ["-"] },
  python2: { short: "cm", words: ["-"] },
  python3: { short: "cm", words: ["-"] },
  pypy: { short: "cm", words: ["-"] },
  pypy3: { short: "cm", words: ["-"] },
  perl: { short: "eEM", words: ["-"] },
  ruby: { short: "er", words: ["-"] },
  php: { short: "rB", words: ["-"] },
  lua: { short: "el", words: ["-"] },
  Rscript: { short: "e", words: ["-"] },
  pwsh: { long: ["-Command", "-c", "-EncodedCommand", "-ec", "-File", "-f"] },
  find: { words: ["-exec", "-execdir", "-ok", "-okdir"] },
  git: { short: "c", long: ["--config-env", "--exec-path", "--upload-pack", "--receive-pack"], words: ["-c"] },
  tar: { short: "IF", long: ["--to-command", "--use-compress-program", "--checkpoint-action", "--info-script", "--new-volume-script", "--rsh-command"] },
  rsync: { short: "e", long: ["--rsh", "--rsync-path"] },
  npx: { short: "pc", long: ["--package", "--call", "--shell"] },
  npm: { short: "c", long: ["--call", "--package", "--script-shell", "--node-options"] },
  pnpm: { short: "c", long: ["--shell-mode"] }
};
function programName(word) {
  const slash = Math.max(word.lastIndexOf("/"), word.lastIndexOf("\\"));
  return slash >= 0 ? word.slice(slash + 1) : word;
}
function wrapperUse(argv) {
  const name = programName(argv[0] ?? "");
  if (RUNS_A_COMMAND.has(name)) return `${name} runs the command or script that follows it`;
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name] : null;
  if (subcommands && (subcommands.length === 0 || subcommands.includes(argv[1] ?? ""))) {
    return `${subcommands.length === 0 ? name : `${name} ${argv[1]}`} runs the package named after it`;
  }
  const option = argv.slice(1).find((a) => isCodeOption(name, a));
  return option === void 0 ? null : `${JSON.stringify(option)} makes ${name} run other code`;
}
function wrapperProblem(pattern) {
  const name = programName(pattern[0]);
  if (RUNS_A_COMMAND.has(name) && pattern.includes("*")) {
    return `${name} runs the command that follows it: a pattern for it must spell that command out, with no *`;
  }
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name] : null;
  if (subcommands) {
    const packageAt = subcommands.length === 0 ? 1 : subcommands.includes(pattern[1] ?? "") ? pattern[1] === "tool" ? 3 : 2 : -1;
    if (packageAt > 0) {
      for (let i = 1; i <= packageAt; i++) {
        const word = pattern[i];
        if (word === void 0 || word === "*" || i === packageAt && word.startsWith("-")) {
          return `${pattern.slice(0, packageAt).join(" ")} runs the package named next: a pattern for it must name the package literally`;
        }
      }
    }
  }
  return null;
}
function isCodeOption(program, arg) {
  const name = programName(program);
  const options = Object.hasOwn(CODE_OPTIONS, name) ? CODE_OPTIONS[name] : void 0;
  if (!options) return false;
  if (options.words?.includes(arg)) return true;
  if (options.long?.some((l) => arg === l || arg.startsWith(`${l}=`))) return true;
  if (options.short && /^-[A-Za-z0-9]/.test(arg) && !arg.startsWith("--")) {
    for (const letter of arg.slice(1)) {
      if (options.short.includes(letter)) return true;
      if (!/[A-Za-z0-9]/.test(letter)) break;
    }
  }
  return false;
}

// src/core/commands/patterns.ts
var WILDCARD = "*";
var MAX_PATTERN_WORDS = 64;
var MAX_PATTERN_WORD_CHARS = 256;
function patternProblem(pattern) {
  if (!Array.isArray(pattern) || pattern.length === 0) return "a command pattern is a non-empty list of words";
  if (pattern.length > MAX_PATTERN_WORDS) return `a command pattern has at most ${MAX_PATTERN_WORDS} words`;
  for (const [i, word] of pattern.entries()) {
    if (typeof word !== "string" || word.length === 0) return `word ${i + 1} is not a non-empty string`;
    if (word.length > MAX_PATTERN_WORD_CHARS) return `word ${i + 1} is longer than ${MAX_PATTERN_WORD_CHARS} characters`;
    if (CONTROL.test(word) || hasInvisibleCharacters(word)) return `word ${i + 1} holds a control or invisible character`;
    if (word !== WILDCARD && word.includes(WILDCARD)) return `word ${i + 1} (${JSON.stringify(word)}) mixes * with text: * stands alone for one argument, or last for the rest`;
  }
  if (pattern[0] === WILDCARD) return "the first word names the program and cannot be *";
  return wrapperProblem(pattern);
}
function matchPattern(pattern, argv) {
  const last = pattern.length - 1;
  const rest = pattern.length > 1 && pattern[last] === WILDCARD;
  const fixed2 = rest ? last : pattern.length;
  if (rest ? argv.length < fixed2 : argv.length !== fixed2) return null;
  const wildcardArgs = [];
  for (let i = 0; i < fixed2; i++) {
    if (pattern[i] === WILDCARD) wildcardArgs.push(i);
    else if (pattern[i] !== argv[i]) return null;
  }
  if (rest) for (let i = fixed2; i < argv.length; i++) wildcardArgs.push(i);
  return { wildcardArgs };
}
function formatPattern(pattern) {
  return pattern.map((w) => w === WILDCARD ? w : displayWord(w)).join(" ");
}
function displayWord(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob2, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob2.length) {
    const c = String.fromCodePoint(glob2.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob2.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob2.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob2.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob2.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host2 = p[h];
  const share = p[h + 1];
  return h !== -1 && host2 !== void 0 && host2 !== "" && host2 !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob2 = `@(${alts.join("|")})`;
          if (extglobCount(glob2) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob2;
          this.set[first][k] = this.parse(glob2);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host2 = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host2 !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host2.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/glob-lint.ts
var GLOB_OPTIONS = Object.freeze({
  dot: true,
  nonegate: true,
  nocomment: true,
  noext: true,
  nocase: false,
  matchBase: false,
  nonull: false,
  optimizationLevel: 0,
  platform: "linux",
  windowsPathsNoEscape: false,
  preserveMultipleSlashes: true
});
var MAX_BRACE_EXPANSIONS = 64;
var MAX_GLOB_LENGTH = 512;
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
var EXTGLOB = /[!?+*@]\(/;
function braceShape(pattern, limit = MAX_BRACE_EXPANSIONS) {
  let pos = 0;
  let problem = null;
  const parseSequence = (inGroup) => {
    let product = 1;
    while (pos < pattern.length && problem === null) {
      const c = pattern[pos];
      if (c === "}") {
        if (inGroup) return product;
        problem = 'a "}" closes no brace group (braces are only for alternatives such as "{a,b}")';
        return product;
      }
      if (c === "," && inGroup) return product;
      if (c === "{") {
        if (pos > 0 && pattern[pos - 1] === "$") {
          problem = '"${" is not expanded by the glob engine (it stays literal)';
          return product;
        }
        pos++;
        let sum = parseSequence(true);
        let alternatives = 1;
        while (problem === null && pos < pattern.length && pattern[pos] === ",") {
          pos++;
          sum += parseSequence(true);
          alternatives++;
        }
        if (problem !== null) return product;
        if (pos >= pattern.length) {
          problem = 'a "{" is never closed';
          return product;
        }
        pos++;
        if (alternatives < 2) {
          problem = 'a brace group needs at least two alternatives ("{a,b}"); "{a}" is read in surprising ways (a literal, or a group around inner groups)';
          return product;
        }
        product = Math.min(product * sum, Number.MAX_SAFE_INTEGER);
        continue;
      }
      pos++;
    }
    return product;
  };
  const n = parseSequence(false);
  if (problem !== null) return { problem };
  return { count: n > limit ? Infinity : n };
}
var expansions = /* @__PURE__ */ new Map();
var EXPANSIONS_MAX = 2e4;
function expandBraces(glob2) {
  let expanded = expansions.get(glob2);
  if (expanded === void 0) {
    if (expansions.size >= EXPANSIONS_MAX) expansions.clear();
    expanded = Object.freeze(braceExpand(glob2, { ...GLOB_OPTIONS, braceExpandMax: MAX_BRACE_EXPANSIONS + 1 }));
    expansions.set(glob2, expanded);
  }
  return expanded;
}
var lintCache = /* @__PURE__ */ new Map();
var LINT_CACHE_MAX = 2e4;
function lintGlob(glob2) {
  if (typeof glob2 !== "string") return [{ code: "glob_type", message: "a glob must be a string" }];
  let cached = lintCache.get(glob2);
  if (cached === void 0) {
    if (lintCache.size >= LINT_CACHE_MAX) lintCache.clear();
    cached = Object.freeze(lintUncached(glob2).map((e) => Object.freeze(e)));
    lintCache.set(glob2, cached);
  }
  return [...cached];
}
function lintUncached(glob2) {
  const errors = [];
  const add = (code, message) => errors.push({ code, message });
  if (glob2.length === 0) {
    add("glob_empty", "empty glob never matches anything");
    return errors;
  }
  if (glob2.length > MAX_GLOB_LENGTH) add("glob_too_long", `glob is longer than ${MAX_GLOB_LENGTH} characters`);
  if (CONTROL2.test(glob2)) add("glob_control_character", "glob contains a control character");
  if (hasInvisibleCharacters(glob2)) add("glob_invisible_character", "glob contains a bidi control or zero-width character, so it can never match a path");
  if (glob2.startsWith("!")) add("glob_negation", 'negated globs ("!...") are not supported: they match everything else');
  if (glob2.startsWith("#")) add("glob_comment", 'a glob starting with "#" is a comment to minimatch and would never match');
  if (glob2.includes("\\")) add("glob_backslash", "backslash is not allowed in globs (escape or Windows separator)");
  if (glob2.startsWith("/")) add("glob_absolute", 'globs are relative to the repository root: remove the leading "/"');
  if (glob2.startsWith("./")) add("glob_dot_slash", 'remove the leading "./"');
  if (EXTGLOB.test(glob2)) add("glob_extglob", 'extglob syntax ("+(...)", "@(...)", "!(...)", ...) is not supported');
  if (/\{[^{},]*\.\.[^{},]*\}/.test(glob2)) add("glob_brace_range", 'brace ranges ("{a..z}") are not supported');
  const braces = /\{[^{},]*\.\.[^{},]*\}/.test(glob2) ? null : braceShape(glob2);
  if (braces !== null && "problem" in braces) add("glob_brace_form", braces.problem);
  const segments = glob2.split("/");
  if (segments.some((s, i) => s === "" && !(i === segments.length - 1 && segments.length > 1))) {
    add("glob_empty_segment", 'glob contains an empty segment ("//")');
  }
  if (glob2.endsWith("/")) add("glob_trailing_slash", 'remove the trailing "/" (use "dir/**" for a directory)');
  if (segments.some((s) => s === "." || s === "..")) add("glob_dot_segment", 'glob contains a "." or ".." segment');
  if (glob2.normalize("NFC") !== glob2) add("glob_not_nfc", "glob is not in Unicode NFC form");
  if (braces !== null && "count" in braces && !Number.isFinite(braces.count)) {
    add("glob_brace_explosion", `brace expansion produces more than ${MAX_BRACE_EXPANSIONS} patterns`);
  } else if (errors.length === 0) {
    const alternatives = expandBraces(glob2);
    if (braces !== null && "count" in braces && alternatives.length > braces.count) {
      add("glob_brace_form", `brace expansion gives ${alternatives.length} patterns where ${braces.count} were counted`);
    }
    for (const alt of alternatives) {
      const altSegments = alt.split("/");
      if (alt === "" || altSegments.some((s) => s === "" || s === "." || s === "..")) {
        add("glob_bad_alternative", `brace alternative ${JSON.stringify(alt)} is empty or has an empty, "." or ".." segment`);
        break;
      }
      if (/[{}]/.test(alt)) {
        add("glob_brace_form", `brace alternative ${JSON.stringify(alt)} still holds a brace`);
        break;
      }
    }
  }
  return errors;
}
function lintPolicyGlob(glob2) {
  const errors = lintGlob(glob2);
  if (errors.length > 0 || typeof glob2 !== "string") return errors;
  const add = (code, message) => errors.push({ code, message });
  const segments = expandBraces(glob2).flatMap((alt) => alt.split("/"));
  if (segments.some((s) => s !== "**" && s.includes("**"))) {
    add("glob_double_star_in_segment", '"**" only crosses directories as a whole segment; here it is a single "*" (write "**/*.tf", not "**.tf")');
  }
  if (glob2.includes("?")) {
    add("glob_question_mark", `"?" is one character here but "zero or one of the preceding character" in GitHub's path filters ("*.jsx?"); list the names with braces ("*.{js,jsx}")`);
  }
  for (const s of segments) {
    const problem = caseDependentClass(s);
    if (problem !== null) {
      add("glob_case_class", `${problem}: tier rules are also matched case-insensitively (folded), which such a class cannot be`);
      break;
    }
  }
  const folded = foldPath(glob2);
  if (folded !== glob2 && lintGlob(folded).length > 0) {
    add("glob_fold", `the case-folded glob ${JSON.stringify(folded)} is not a valid glob, so case variants of the paths it names could not be caught`);
  }
  return errors;
}
function caseDependentClass(segment) {
  for (let i = segment.indexOf("["); i !== -1; i = segment.indexOf("[", i + 1)) {
    let j = i + 1;
    const negated = segment[j] === "!" || segment[j] === "^";
    if (negated) j++;
    const start = j;
    let body = "";
    let closed = false;
    while (j < segment.length) {
      if (segment[j] === "]" && j > start) {
        closed = true;
        break;
      }
      const posix = segment.startsWith("[:", j) ? segment.indexOf(":]", j + 2) : -1;
      if (posix !== -1) {
        const name = segment.slice(j + 2, posix);
        if (name === "upper" || name === "lower") return `the character class [:${name}:] depends on case`;
        j = posix + 2;
        continue;
      }
      body += segment[j];
      j++;
    }
    if (!closed) continue;
    if (negated && (new RegExp("\\p{Cased}", "u").test(body) || foldPath(body) !== body)) {
      return `the negated class ${JSON.stringify(segment.slice(i, j + 1))} names letters`;
    }
    i = j;
  }
  return null;
}

// src/core/glob.ts
var LazyMatcher = class {
  constructor(pattern, glob2) {
    this.pattern = pattern;
    this.glob = glob2;
  }
  pattern;
  glob;
  mm = null;
  match(path2) {
    if (this.mm === null) {
      const mm = new Minimatch(this.pattern, GLOB_OPTIONS);
      if (mm.negate || mm.comment || mm.empty) throw new Error(`glob ${JSON.stringify(this.glob)} does not compile`);
      this.mm = mm;
    }
    return this.mm.match(path2);
  }
};
var alternativesCache = /* @__PURE__ */ new Map();
var ALTERNATIVES_CACHE_MAX = 2e4;
function alternativesOf(glob2) {
  let cached = alternativesCache.get(glob2);
  if (cached === void 0) {
    const expanded = expandBraces(glob2);
    if (expanded.length > MAX_BRACE_EXPANSIONS) throw new Error(`glob ${JSON.stringify(glob2)} expands to too many patterns`);
    if (expanded.some((alt) => alt === "")) throw new Error(`glob ${JSON.stringify(glob2)} does not compile`);
    cached = expanded.map((alt) => {
      const segments = alt.split("/");
      return { segments, fixedSegments: segments.includes("**") ? -1 : segments.length, mm: new LazyMatcher(alt, glob2) };
    });
    if (alternativesCache.size >= ALTERNATIVES_CACHE_MAX) alternativesCache.clear();
    alternativesCache.set(glob2, cached);
  }
  return cached;
}
var GlobSet = class {
  exact = /* @__PURE__ */ new Map();
  trie = newNode();
  byBasename = /* @__PURE__ */ new Map();
  bySuffix = /* @__PURE__ */ new Map();
  byBasenamePrefix = /* @__PURE__ */ new Map();
  byDirSegment = /* @__PURE__ */ new Map();
  anywhere = [];
  /** Candidates for paths without a `/`. */
  rootCandidates = null;
  /** The two directories (the path up to its last `/`) looked up last, most recent first, and their candidates. */
  dirA = null;
  candidatesA = null;
  dirB = null;
  candidatesB = null;
  /**
   * Necessary conditions for a hit in the keyed maps, checked before a key is sliced and hashed: the
   * lengths of `exact`, `byBasename` and `bySuffix` keys, and the first two characters of
   * `byBasenamePrefix` keys (as `c0 * 65536 + c1`).
   */
  exactLengths = /* @__PURE__ */ new Set();
  basenameLengths = /* @__PURE__ */ new Set();
  suffixLengths = /* @__PURE__ */ new Set();
  prefixCodes = /* @__PURE__ */ new Set();
  count = 0;
  /** Add a glob. It must have passed `lintGlob`; this throws otherwise (a bug, not user input). */
  add(glob2, value) {
    const errors = lintGlob(glob2);
    if (errors.length > 0) throw new Error(`unlinted glob ${JSON.stringify(glob2)}: ${errors[0].message}`);
    this.rootCandidates = null;
    this.dirA = null;
    this.candidatesA = null;
    this.dirB = null;
    this.candidatesB = null;
    const order = this.count++;
    const hit = Object.freeze({ value, glob: glob2 });
    const single = Object.freeze([hit]);
    for (const { segments, fixedSegments, mm } of alternativesOf(glob2)) {
      this.index(segments, { mm, value, glob: glob2, order, fixedSegments, basePrefix: "", baseSuffix: "", hit, single });
    }
  }
  index(segments, compiled) {
    if (!segments.some(isMagic)) {
      const key = segments.join("/");
      this.exactLengths.add(key.length);
      push(this.exact, key, compiled);
      return;
    }
    let depth = 0;
    while (depth < segments.length - 1 && (!isMagic(segments[depth]) || segments[depth] === "*")) depth++;
    if (depth > 0) {
      let node = this.trie;
      for (const s of segments.slice(0, depth)) {
        const key = s === "*" ? STAR : s;
        let next = node.children.get(key);
        if (!next) node.children.set(key, next = newNode());
        node = next;
      }
      node.entries.push(compiled);
      return;
    }
    const last = segments[segments.length - 1];
    let lead = 0;
    while (lead < segments.length - 1 && segments[lead] === "**") lead++;
    if (lead > 0 && lead === segments.length - 1) {
      if (!isMagic(last)) {
        this.basenameLengths.add(last.length);
        return push(this.byBasename, last, compiled);
      }
      const prefix2 = /^[^*?[\]{}]*/.exec(last)[0];
      const suffix = /[^*?[\]{}]*$/.exec(last)[0];
      if (/^\*\.[^*?[\]{}]+$/.test(last)) {
        const key = suffixKey(last.slice(1));
        this.suffixLengths.add(key.length);
        return push(this.bySuffix, key, { ...compiled, baseSuffix: suffix });
      }
      if (prefix2.length >= 2) {
        this.prefixCodes.add(prefix2.charCodeAt(0) * 65536 + prefix2.charCodeAt(1));
        return push(this.byBasenamePrefix, prefix2.slice(0, 2), { ...compiled, basePrefix: prefix2, baseSuffix: suffix });
      }
    }
    if (lead > 0 && lead < segments.length - 1 && !isMagic(segments[lead])) {
      return push(this.byDirSegment, segments[lead], compiled);
    }
    if (segments.length === 1) {
      this.trie.entries.push(compiled);
      return;
    }
    this.anywhere.push(compiled);
  }
  /**
   * Every glob that matches `path`, with its value, in the order the globs were added. The returned
   * array and its entries are shared and frozen.
   */
  matchAll(path2) {
    const slash = path2.lastIndexOf("/");
    const dir = slash === -1 ? this.rootCandidates ??= this.dirCandidates(path2) : this.cachedDir(path2, slash);
    const n = dir.segments;
    let hits;
    if (this.exactLengths.has(path2.length)) hits = testList(this.exact.get(path2), path2, n, hits);
    hits = testList(dir.list, path2, n, hits);
    const baseLength = path2.length - slash - 1;
    let base = null;
    if (this.basenameLengths.has(baseLength)) hits = testList(this.byBasename.get(base ??= path2.slice(slash + 1)), path2, n, hits);
    if (this.bySuffix.size > 0) {
      const dot = path2.lastIndexOf(".");
      if (dot > slash && this.suffixLengths.has(path2.length - dot)) {
        hits = testBasenameList(this.bySuffix.get(path2.slice(dot)), path2, base ??= path2.slice(slash + 1), n, hits);
      }
    }
    if (baseLength >= 2 && this.prefixCodes.has(path2.charCodeAt(slash + 1) * 65536 + path2.charCodeAt(slash + 2))) {
      base ??= path2.slice(slash + 1);
      hits = testBasenameList(this.byBasenamePrefix.get(base.slice(0, 2)), path2, base, n, hits);
    }
    if (hits === void 0) return NO_MATCHES;
    if (hits.length === 1) return hits[0].single;
    hits.sort(byOrder);
    const out = [];
    let last = -1;
    for (const h of hits) {
      if (h.order === last) continue;
      last = h.order;
      out.push(h.hit);
    }
    return out.length === 1 ? hits[0].single : out;
  }
  cachedDir(path2, slash) {
    const a = this.dirA;
    if (a !== null && slash === a.length && path2.startsWith(a)) return this.candidatesA;
    const b = this.dirB;
    let candidates;
    let dir;
    if (b !== null && slash === b.length && path2.startsWith(b)) {
      candidates = this.candidatesB;
      dir = b;
    } else {
      candidates = this.dirCandidates(path2);
      dir = path2.slice(0, slash);
    }
    this.dirB = a;
    this.candidatesB = this.candidatesA;
    this.dirA = dir;
    this.candidatesA = candidates;
    return candidates;
  }
  /** The candidates that depend only on the directory part of `path` (its segments but the last). */
  dirCandidates(path2) {
    const segments = path2.split("/");
    const n = segments.length;
    const list = [];
    walkTrie(this.trie, segments, 0, list);
    if (this.byDirSegment.size > 0) {
      for (let i = 0; i < n - 1; i++) {
        const s = segments[i];
        if (segments.indexOf(s) === i) addFitting(this.byDirSegment.get(s), n, list);
      }
    }
    addFitting(this.anywhere, n, list);
    return { segments: n, list };
  }
  get size() {
    return this.count;
  }
};
var NO_MATCHES = Object.freeze([]);
function addFitting(l, n, list) {
  if (l !== void 0) {
    for (const c of l) if (c.fixedSegments === -1 || c.fixedSegments === n) list.push(c);
  }
}
function walkTrie(node, segments, i, list) {
  addFitting(node.entries, segments.length, list);
  if (i >= segments.length - 1 || node.children.size === 0) return;
  const literal2 = node.children.get(segments[i]);
  if (literal2) walkTrie(literal2, segments, i + 1, list);
  const star = node.children.get(STAR);
  if (star) walkTrie(star, segments, i + 1, list);
}
function byOrder(a, b) {
  return a.order - b.order;
}
function testList(list, path2, n, hits) {
  if (list === void 0) return hits;
  for (const c of list) if ((c.fixedSegments === -1 || c.fixedSegments === n) && c.mm.match(path2)) (hits ??= []).push(c);
  return hits;
}
function testBasenameList(list, path2, base, n, hits) {
  if (list === void 0) return hits;
  for (const c of list) {
    if (c.fixedSegments !== -1 && c.fixedSegments !== n) continue;
    if (!base.startsWith(c.basePrefix) || !base.endsWith(c.baseSuffix)) continue;
    if (c.mm.match(path2)) (hits ??= []).push(c);
  }
  return hits;
}
var STAR = "\0*";
function newNode() {
  return { children: /* @__PURE__ */ new Map(), entries: [] };
}
function push(map, key, c) {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}
function isMagic(segment) {
  return /[*?[\]{}]/.test(segment);
}
function suffixKey(ext2) {
  return ext2.slice(ext2.lastIndexOf("."));
}
function globMatches(glob2, subject) {
  const set = new GlobSet();
  set.add(glob2, true);
  return set.matchAll(subject).length > 0;
}

// src/core/hosts.ts
var LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function hostProblem(entry) {
  const host2 = entry.toLowerCase();
  const body = host2.startsWith("*.") ? host2.slice(2) : host2;
  if (body.includes("*")) return 'a wildcard is only allowed as a leading "*." label';
  const labels = body.split(".");
  if (labels.length < 1 || labels.some((l) => !LABEL.test(l))) return "not a valid hostname";
  if (host2.startsWith("*.") && labels.length < 2) return 'a wildcard must cover a domain with at least two labels ("*.example.com")';
  if (body.length > 253) return "hostname is too long";
  return null;
}
function hostMatches(entry, host2) {
  const e = entry.toLowerCase();
  const h = host2.toLowerCase().replace(/\.$/, "");
  if (h.length > 253 || !h.split(".").every((l) => LABEL.test(l))) return false;
  if (e.startsWith("*.")) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
  return e === h;
}
function hostAllowed(list, host2) {
  return list.some((e) => hostMatches(e, host2));
}

// precompiled:src/core/schema-validators.ts
var policy = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/policy.schema.json", "title": "agent-guard policy", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "const": 1 }, "agents": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "default_tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "tiers": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "medium": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "low": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 } } }, "protected": { "oneOf": [{ "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "exempt": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["path", "reason"], "properties": { "path": { "type": "string", "minLength": 1, "maxLength": 512 }, "reason": { "type": "string", "minLength": 3, "maxLength": 500 } } } } } }] }, "manifests": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "capabilities": { "type": "object", "maxProperties": 64, "propertyNames": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "maxLength": 2e3 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "environments": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,255}$", "maxLength": 255 }, "maxItems": 50, "uniqueItems": true }, "commands": { "type": "array", "items": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256 }, "minItems": 1, "maxItems": 64 }, "maxItems": 200 }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "maxLength": 128 }, "maxItems": 50, "uniqueItems": true } } } }, "subjects": { "type": "object", "maxProperties": 100, "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capabilities"], "properties": { "description": { "type": "string", "maxLength": 2e3 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "branches": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "repositories": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "maxItems": 100, "uniqueItems": true } } } }, "approvals": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "medium": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "low": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true } } }, "examples": { "type": "array", "maxItems": 500, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "path": { "type": "string", "minLength": 1, "maxLength": 4096 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 4096 }, "minItems": 1, "maxItems": 100 }, "status": { "type": "string", "enum": ["added", "modified", "deleted"], "maxLength": 8 }, "executable": { "type": "boolean" }, "verdict": { "type": "string", "enum": ["allow", "approval_required", "deny"], "maxLength": 17 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 } } } }, "workflows": { "type": "object", "additionalProperties": false, "properties": { "deny": { "type": "array", "items": { "type": "string", "pattern": "^workflows/[a-z][a-z0-9-]{0,63}$", "maxLength": 74 }, "maxItems": 100, "uniqueItems": true }, "allowed_uses": { "type": "array", "items": { "type": "string", "pattern": "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", "maxLength": 262 }, "maxItems": 500, "uniqueItems": true } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", "u");
var pattern5 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9_.-]{1,255}$", "u");
var pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
var pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "u");
var pattern10 = new RegExp("^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "u");
var pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "u");
var pattern18 = new RegExp("^workflows/[a-z][a-z0-9-]{0,63}$", "u");
var pattern19 = new RegExp("^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.agents !== void 0) {
      let data1 = data.agents;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err3 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 45) {
              const err4 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err5 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err7 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.default_tier !== void 0) {
      let data3 = data.default_tier;
      if (!(data3 === "low" || data3 === "medium" || data3 === "high")) {
        const err9 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.default_tier.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func2(data3) > 6) {
          const err10 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data4 = data.tiers;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "high" || key1 === "medium" || key1 === "low")) {
            const err12 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.high !== void 0) {
          let data5 = data4.high;
          if (Array.isArray(data5)) {
            if (data5.length > 500) {
              const err13 = { instancePath: instancePath + "/tiers/high", schemaPath: "#/properties/tiers/properties/high/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data6 = data5[i2];
              if (typeof data6 === "string") {
                if (func2(data6) > 512) {
                  const err14 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data6) < 1) {
                  const err15 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/tiers/high", schemaPath: "#/properties/tiers/properties/high/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.medium !== void 0) {
          let data7 = data4.medium;
          if (Array.isArray(data7)) {
            if (data7.length > 500) {
              const err18 = { instancePath: instancePath + "/tiers/medium", schemaPath: "#/properties/tiers/properties/medium/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len2 = data7.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data8 = data7[i3];
              if (typeof data8 === "string") {
                if (func2(data8) > 512) {
                  const err19 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (func2(data8) < 1) {
                  const err20 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/tiers/medium", schemaPath: "#/properties/tiers/properties/medium/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.low !== void 0) {
          let data9 = data4.low;
          if (Array.isArray(data9)) {
            if (data9.length > 500) {
              const err23 = { instancePath: instancePath + "/tiers/low", schemaPath: "#/properties/tiers/properties/low/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len3 = data9.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data10 = data9[i4];
              if (typeof data10 === "string") {
                if (func2(data10) > 512) {
                  const err24 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (func2(data10) < 1) {
                  const err25 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/tiers/low", schemaPath: "#/properties/tiers/properties/low/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.protected !== void 0) {
      let data11 = data.protected;
      const _errs25 = errors;
      let valid11 = false;
      let passing0 = null;
      const _errs26 = errors;
      if (Array.isArray(data11)) {
        if (data11.length > 500) {
          const err29 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len4 = data11.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data12 = data11[i5];
          if (typeof data12 === "string") {
            if (func2(data12) > 512) {
              const err30 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (func2(data12) < 1) {
              const err31 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid0 = _errs26 === errors;
      if (_valid0) {
        valid11 = true;
        passing0 = 0;
      }
      const _errs30 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "paths" || key2 === "exempt")) {
            const err34 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.paths !== void 0) {
          let data13 = data11.paths;
          if (Array.isArray(data13)) {
            if (data13.length > 500) {
              const err35 = { instancePath: instancePath + "/protected/paths", schemaPath: "#/properties/protected/oneOf/1/properties/paths/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len5 = data13.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data14 = data13[i6];
              if (typeof data14 === "string") {
                if (func2(data14) > 512) {
                  const err36 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func2(data14) < 1) {
                  const err37 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/protected/paths", schemaPath: "#/properties/protected/oneOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.exempt !== void 0) {
          let data15 = data11.exempt;
          if (Array.isArray(data15)) {
            if (data15.length > 200) {
              const err40 = { instancePath: instancePath + "/protected/exempt", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            const len6 = data15.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data16 = data15[i7];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.path === void 0) {
                  const err41 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data16.reason === void 0) {
                  const err42 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!(key3 === "path" || key3 === "reason")) {
                    const err43 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data16.path !== void 0) {
                  let data17 = data16.path;
                  if (typeof data17 === "string") {
                    if (func2(data17) > 512) {
                      const err44 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (func2(data17) < 1) {
                      const err45 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data16.reason !== void 0) {
                  let data18 = data16.reason;
                  if (typeof data18 === "string") {
                    if (func2(data18) > 500) {
                      const err47 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (func2(data18) < 3) {
                      const err48 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/protected/exempt", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0 && valid11) {
        valid11 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid11 = true;
          passing0 = 1;
        }
      }
      if (!valid11) {
        const err53 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.manifests !== void 0) {
      let data19 = data.manifests;
      if (Array.isArray(data19)) {
        if (data19.length > 500) {
          const err54 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len7 = data19.length;
        for (let i8 = 0; i8 < len7; i8++) {
          let data20 = data19[i8];
          if (typeof data20 === "string") {
            if (func2(data20) > 512) {
              const err55 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (func2(data20) < 1) {
              const err56 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data21 = data.capabilities;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (Object.keys(data21).length > 64) {
          const err59 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key4 in data21) {
          const _errs52 = errors;
          if (typeof key4 === "string") {
            if (func2(key4) > 64) {
              const err60 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (!pattern5.test(key4)) {
              const err61 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"', propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          var valid22 = _errs52 === errors;
          if (!valid22) {
            const err63 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        for (const key5 in data21) {
          let data22 = data21[key5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
              if (!(key6 === "description" || key6 === "paths" || key6 === "tier" || key6 === "environments" || key6 === "commands" || key6 === "env")) {
                const err64 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data22.description !== void 0) {
              let data23 = data22.description;
              if (typeof data23 === "string") {
                if (func2(data23) > 2e3) {
                  const err65 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data22.paths !== void 0) {
              let data24 = data22.paths;
              if (Array.isArray(data24)) {
                if (data24.length > 500) {
                  const err67 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                const len8 = data24.length;
                for (let i9 = 0; i9 < len8; i9++) {
                  let data25 = data24[i9];
                  if (typeof data25 === "string") {
                    if (func2(data25) > 512) {
                      const err68 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (func2(data25) < 1) {
                      const err69 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data22.tier !== void 0) {
              let data26 = data22.tier;
              if (!(data26 === "low" || data26 === "medium" || data26 === "high")) {
                const err72 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.additionalProperties.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (typeof data26 === "string") {
                if (func2(data26) > 6) {
                  const err73 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data22.environments !== void 0) {
              let data27 = data22.environments;
              if (Array.isArray(data27)) {
                if (data27.length > 50) {
                  const err75 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len9 = data27.length;
                for (let i10 = 0; i10 < len9; i10++) {
                  let data28 = data27[i10];
                  if (typeof data28 === "string") {
                    if (func2(data28) > 255) {
                      const err76 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data28)) {
                      const err77 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,255}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,255}$"' };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                let i11 = data27.length;
                let j1;
                if (i11 > 1) {
                  const indices1 = {};
                  for (; i11--; ) {
                    let item1 = data27[i11];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err79 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i11 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i11;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data22.commands !== void 0) {
              let data29 = data22.commands;
              if (Array.isArray(data29)) {
                if (data29.length > 200) {
                  const err81 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands", schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const len10 = data29.length;
                for (let i12 = 0; i12 < len10; i12++) {
                  let data30 = data29[i12];
                  if (Array.isArray(data30)) {
                    if (data30.length > 64) {
                      const err82 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data30.length < 1) {
                      const err83 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    const len11 = data30.length;
                    for (let i13 = 0; i13 < len11; i13++) {
                      let data31 = data30[i13];
                      if (typeof data31 === "string") {
                        if (func2(data31) > 256) {
                          const err84 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                        if (func2(data31) < 1) {
                          const err85 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands", schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data22.env !== void 0) {
              let data32 = data22.env;
              if (Array.isArray(data32)) {
                if (data32.length > 50) {
                  const err89 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                const len12 = data32.length;
                for (let i14 = 0; i14 < len12; i14++) {
                  let data33 = data32[i14];
                  if (typeof data33 === "string") {
                    if (func2(data33) > 128) {
                      const err90 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data33)) {
                      const err91 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,127}$"' };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                let i15 = data32.length;
                let j2;
                if (i15 > 1) {
                  const indices2 = {};
                  for (; i15--; ) {
                    let item2 = data32[i15];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err93 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i15 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i15;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.subjects !== void 0) {
      let data34 = data.subjects;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (Object.keys(data34).length > 100) {
          const err97 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        for (const key7 in data34) {
          const _errs82 = errors;
          if (typeof key7 === "string") {
            if (func2(key7) > 128) {
              const err98 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (!pattern8.test(key7)) {
              const err99 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$"', propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key7 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          var valid37 = _errs82 === errors;
          if (!valid37) {
            const err101 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        for (const key8 in data34) {
          let data35 = data34[key8];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.capabilities === void 0) {
              const err102 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key9 in data35) {
              if (!(key9 === "description" || key9 === "capabilities" || key9 === "branches" || key9 === "repositories")) {
                const err103 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data35.description !== void 0) {
              let data36 = data35.description;
              if (typeof data36 === "string") {
                if (func2(data36) > 2e3) {
                  const err104 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/subjects/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/subjects/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data35.capabilities !== void 0) {
              let data37 = data35.capabilities;
              if (Array.isArray(data37)) {
                if (data37.length > 64) {
                  const err106 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                const len13 = data37.length;
                for (let i16 = 0; i16 < len13; i16++) {
                  let data38 = data37[i16];
                  if (typeof data38 === "string") {
                    if (func2(data38) > 64) {
                      const err107 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data38)) {
                      const err108 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                let i17 = data37.length;
                let j3;
                if (i17 > 1) {
                  const indices3 = {};
                  for (; i17--; ) {
                    let item3 = data37[i17];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err110 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i17 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i17;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data35.branches !== void 0) {
              let data39 = data35.branches;
              if (Array.isArray(data39)) {
                if (data39.length > 500) {
                  const err112 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/subjects/additionalProperties/properties/branches/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                const len14 = data39.length;
                for (let i18 = 0; i18 < len14; i18++) {
                  let data40 = data39[i18];
                  if (typeof data40 === "string") {
                    if (func2(data40) > 512) {
                      const err113 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    if (func2(data40) < 1) {
                      const err114 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              } else {
                const err116 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/subjects/additionalProperties/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data35.repositories !== void 0) {
              let data41 = data35.repositories;
              if (Array.isArray(data41)) {
                if (data41.length > 100) {
                  const err117 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                const len15 = data41.length;
                for (let i19 = 0; i19 < len15; i19++) {
                  let data42 = data41[i19];
                  if (typeof data42 === "string") {
                    if (func2(data42) > 201) {
                      const err118 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/maxLength", keyword: "maxLength", params: { limit: 201 }, message: "must NOT have more than 201 characters" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data42)) {
                      const err119 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$"' };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                let i20 = data41.length;
                let j4;
                if (i20 > 1) {
                  const indices4 = {};
                  for (; i20--; ) {
                    let item4 = data41[i20];
                    if (typeof item4 !== "string") {
                      continue;
                    }
                    if (typeof indices4[item4] == "number") {
                      j4 = indices4[item4];
                      const err121 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i20 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i20;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data43 = data.approvals;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key10 in data43) {
          if (!(key10 === "high" || key10 === "medium" || key10 === "low")) {
            const err125 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data43.high !== void 0) {
          let data44 = data43.high;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.count === void 0) {
              const err126 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            for (const key11 in data44) {
              if (!(key11 === "count" || key11 === "codeowners" || key11 === "reviewers" || key11 === "keep_on_identical_rebase" || key11 === "unlinked_commits")) {
                const err127 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data44.count !== void 0) {
              let data45 = data44.count;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err128 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 > 10 || isNaN(data45)) {
                  const err129 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data45 < 0 || isNaN(data45)) {
                  const err130 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data44.codeowners !== void 0) {
              if (typeof data44.codeowners !== "boolean") {
                const err131 = { instancePath: instancePath + "/approvals/high/codeowners", schemaPath: "#/properties/approvals/properties/high/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data44.reviewers !== void 0) {
              let data47 = data44.reviewers;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                for (const key12 in data47) {
                  if (!(key12 === "users" || key12 === "teams")) {
                    const err132 = { instancePath: instancePath + "/approvals/high/reviewers", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data47.users !== void 0) {
                  let data48 = data47.users;
                  if (Array.isArray(data48)) {
                    if (data48.length > 100) {
                      const err133 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    const len16 = data48.length;
                    for (let i21 = 0; i21 < len16; i21++) {
                      let data49 = data48[i21];
                      if (typeof data49 === "string") {
                        if (func2(data49) > 45) {
                          const err134 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data49)) {
                          const err135 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                        }
                      } else {
                        const err136 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    let i22 = data48.length;
                    let j5;
                    if (i22 > 1) {
                      const indices5 = {};
                      for (; i22--; ) {
                        let item5 = data48[i22];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err137 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i22 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i22;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data47.teams !== void 0) {
                  let data50 = data47.teams;
                  if (Array.isArray(data50)) {
                    if (data50.length > 50) {
                      const err139 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                    const len17 = data50.length;
                    for (let i23 = 0; i23 < len17; i23++) {
                      let data51 = data50[i23];
                      if (typeof data51 === "string") {
                        if (func2(data51) > 140) {
                          const err140 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err140];
                          } else {
                            vErrors.push(err140);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data51)) {
                          const err141 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                        }
                      } else {
                        const err142 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    let i24 = data50.length;
                    let j6;
                    if (i24 > 1) {
                      const indices6 = {};
                      for (; i24--; ) {
                        let item6 = data50[i24];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err143 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i24 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i24;
                      }
                    }
                  } else {
                    const err144 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
              } else {
                const err145 = { instancePath: instancePath + "/approvals/high/reviewers", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data44.keep_on_identical_rebase !== void 0) {
              if (typeof data44.keep_on_identical_rebase !== "boolean") {
                const err146 = { instancePath: instancePath + "/approvals/high/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/high/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data44.unlinked_commits !== void 0) {
              let data53 = data44.unlinked_commits;
              if (!(data53 === "extra_approval" || data53 === "deny")) {
                const err147 = { instancePath: instancePath + "/approvals/high/unlinked_commits", schemaPath: "#/properties/approvals/properties/high/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.high.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
          } else {
            const err148 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data43.medium !== void 0) {
          let data54 = data43.medium;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.count === void 0) {
              const err149 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            for (const key13 in data54) {
              if (!(key13 === "count" || key13 === "codeowners" || key13 === "reviewers" || key13 === "keep_on_identical_rebase" || key13 === "unlinked_commits")) {
                const err150 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data54.count !== void 0) {
              let data55 = data54.count;
              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                const err151 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (typeof data55 == "number" && isFinite(data55)) {
                if (data55 > 10 || isNaN(data55)) {
                  const err152 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data55 < 0 || isNaN(data55)) {
                  const err153 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
            }
            if (data54.codeowners !== void 0) {
              if (typeof data54.codeowners !== "boolean") {
                const err154 = { instancePath: instancePath + "/approvals/medium/codeowners", schemaPath: "#/properties/approvals/properties/medium/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data54.reviewers !== void 0) {
              let data57 = data54.reviewers;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                for (const key14 in data57) {
                  if (!(key14 === "users" || key14 === "teams")) {
                    const err155 = { instancePath: instancePath + "/approvals/medium/reviewers", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data57.users !== void 0) {
                  let data58 = data57.users;
                  if (Array.isArray(data58)) {
                    if (data58.length > 100) {
                      const err156 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    const len18 = data58.length;
                    for (let i25 = 0; i25 < len18; i25++) {
                      let data59 = data58[i25];
                      if (typeof data59 === "string") {
                        if (func2(data59) > 45) {
                          const err157 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data59)) {
                          const err158 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err158];
                          } else {
                            vErrors.push(err158);
                          }
                          errors++;
                        }
                      } else {
                        const err159 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    let i26 = data58.length;
                    let j7;
                    if (i26 > 1) {
                      const indices7 = {};
                      for (; i26--; ) {
                        let item7 = data58[i26];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j7 = indices7[item7];
                          const err160 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i26 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i26;
                      }
                    }
                  } else {
                    const err161 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data57.teams !== void 0) {
                  let data60 = data57.teams;
                  if (Array.isArray(data60)) {
                    if (data60.length > 50) {
                      const err162 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    const len19 = data60.length;
                    for (let i27 = 0; i27 < len19; i27++) {
                      let data61 = data60[i27];
                      if (typeof data61 === "string") {
                        if (func2(data61) > 140) {
                          const err163 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data61)) {
                          const err164 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err164];
                          } else {
                            vErrors.push(err164);
                          }
                          errors++;
                        }
                      } else {
                        const err165 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                    let i28 = data60.length;
                    let j8;
                    if (i28 > 1) {
                      const indices8 = {};
                      for (; i28--; ) {
                        let item8 = data60[i28];
                        if (typeof item8 !== "string") {
                          continue;
                        }
                        if (typeof indices8[item8] == "number") {
                          j8 = indices8[item8];
                          const err166 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i28 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i28;
                      }
                    }
                  } else {
                    const err167 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
              } else {
                const err168 = { instancePath: instancePath + "/approvals/medium/reviewers", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data54.keep_on_identical_rebase !== void 0) {
              if (typeof data54.keep_on_identical_rebase !== "boolean") {
                const err169 = { instancePath: instancePath + "/approvals/medium/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/medium/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data54.unlinked_commits !== void 0) {
              let data63 = data54.unlinked_commits;
              if (!(data63 === "extra_approval" || data63 === "deny")) {
                const err170 = { instancePath: instancePath + "/approvals/medium/unlinked_commits", schemaPath: "#/properties/approvals/properties/medium/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.medium.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
          } else {
            const err171 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data43.low !== void 0) {
          let data64 = data43.low;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.count === void 0) {
              const err172 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            for (const key15 in data64) {
              if (!(key15 === "count" || key15 === "codeowners" || key15 === "reviewers" || key15 === "keep_on_identical_rebase" || key15 === "unlinked_commits")) {
                const err173 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data64.count !== void 0) {
              let data65 = data64.count;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                const err174 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 > 10 || isNaN(data65)) {
                  const err175 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
                if (data65 < 0 || isNaN(data65)) {
                  const err176 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
            }
            if (data64.codeowners !== void 0) {
              if (typeof data64.codeowners !== "boolean") {
                const err177 = { instancePath: instancePath + "/approvals/low/codeowners", schemaPath: "#/properties/approvals/properties/low/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data64.reviewers !== void 0) {
              let data67 = data64.reviewers;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                for (const key16 in data67) {
                  if (!(key16 === "users" || key16 === "teams")) {
                    const err178 = { instancePath: instancePath + "/approvals/low/reviewers", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data67.users !== void 0) {
                  let data68 = data67.users;
                  if (Array.isArray(data68)) {
                    if (data68.length > 100) {
                      const err179 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                    const len20 = data68.length;
                    for (let i29 = 0; i29 < len20; i29++) {
                      let data69 = data68[i29];
                      if (typeof data69 === "string") {
                        if (func2(data69) > 45) {
                          const err180 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err180];
                          } else {
                            vErrors.push(err180);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data69)) {
                          const err181 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                      } else {
                        const err182 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    let i30 = data68.length;
                    let j9;
                    if (i30 > 1) {
                      const indices9 = {};
                      for (; i30--; ) {
                        let item9 = data68[i30];
                        if (typeof item9 !== "string") {
                          continue;
                        }
                        if (typeof indices9[item9] == "number") {
                          j9 = indices9[item9];
                          const err183 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i30 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                          break;
                        }
                        indices9[item9] = i30;
                      }
                    }
                  } else {
                    const err184 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data67.teams !== void 0) {
                  let data70 = data67.teams;
                  if (Array.isArray(data70)) {
                    if (data70.length > 50) {
                      const err185 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                    const len21 = data70.length;
                    for (let i31 = 0; i31 < len21; i31++) {
                      let data71 = data70[i31];
                      if (typeof data71 === "string") {
                        if (func2(data71) > 140) {
                          const err186 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err186];
                          } else {
                            vErrors.push(err186);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data71)) {
                          const err187 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                      } else {
                        const err188 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    let i32 = data70.length;
                    let j10;
                    if (i32 > 1) {
                      const indices10 = {};
                      for (; i32--; ) {
                        let item10 = data70[i32];
                        if (typeof item10 !== "string") {
                          continue;
                        }
                        if (typeof indices10[item10] == "number") {
                          j10 = indices10[item10];
                          const err189 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i32 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err189];
                          } else {
                            vErrors.push(err189);
                          }
                          errors++;
                          break;
                        }
                        indices10[item10] = i32;
                      }
                    }
                  } else {
                    const err190 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                }
              } else {
                const err191 = { instancePath: instancePath + "/approvals/low/reviewers", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data64.keep_on_identical_rebase !== void 0) {
              if (typeof data64.keep_on_identical_rebase !== "boolean") {
                const err192 = { instancePath: instancePath + "/approvals/low/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/low/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data64.unlinked_commits !== void 0) {
              let data73 = data64.unlinked_commits;
              if (!(data73 === "extra_approval" || data73 === "deny")) {
                const err193 = { instancePath: instancePath + "/approvals/low/unlinked_commits", schemaPath: "#/properties/approvals/properties/low/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.low.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
          } else {
            const err194 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
      } else {
        const err195 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data74 = data.network;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key17 in data74) {
          if (!(key17 === "allow")) {
            const err196 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data74.allow !== void 0) {
          let data75 = data74.allow;
          if (Array.isArray(data75)) {
            if (data75.length > 100) {
              const err197 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
            const len22 = data75.length;
            for (let i33 = 0; i33 < len22; i33++) {
              let data76 = data75[i33];
              if (typeof data76 === "string") {
                if (func2(data76) > 253) {
                  const err198 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
                if (!pattern17.test(data76)) {
                  const err199 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$"' };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              } else {
                const err200 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            let i34 = data75.length;
            let j11;
            if (i34 > 1) {
              const indices11 = {};
              for (; i34--; ) {
                let item11 = data75[i34];
                if (typeof item11 !== "string") {
                  continue;
                }
                if (typeof indices11[item11] == "number") {
                  j11 = indices11[item11];
                  const err201 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i34, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i34 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                  break;
                }
                indices11[item11] = i34;
              }
            }
          } else {
            const err202 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
      } else {
        const err203 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err203];
        } else {
          vErrors.push(err203);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data77 = data.examples;
      if (Array.isArray(data77)) {
        if (data77.length > 500) {
          const err204 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err204];
          } else {
            vErrors.push(err204);
          }
          errors++;
        }
        const len23 = data77.length;
        for (let i35 = 0; i35 < len23; i35++) {
          let data78 = data77[i35];
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key18 in data78) {
              if (!(key18 === "name" || key18 === "path" || key18 === "paths" || key18 === "status" || key18 === "executable" || key18 === "verdict" || key18 === "tier")) {
                const err205 = { instancePath: instancePath + "/examples/" + i35, schemaPath: "#/properties/examples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data78.name !== void 0) {
              let data79 = data78.name;
              if (typeof data79 === "string") {
                if (func2(data79) > 200) {
                  const err206 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (func2(data79) < 1) {
                  const err207 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              } else {
                const err208 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data78.path !== void 0) {
              let data80 = data78.path;
              if (typeof data80 === "string") {
                if (func2(data80) > 4096) {
                  const err209 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                if (func2(data80) < 1) {
                  const err210 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data78.paths !== void 0) {
              let data81 = data78.paths;
              if (Array.isArray(data81)) {
                if (data81.length > 100) {
                  const err212 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err212];
                  } else {
                    vErrors.push(err212);
                  }
                  errors++;
                }
                if (data81.length < 1) {
                  const err213 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                const len24 = data81.length;
                for (let i36 = 0; i36 < len24; i36++) {
                  let data82 = data81[i36];
                  if (typeof data82 === "string") {
                    if (func2(data82) > 4096) {
                      const err214 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                      if (vErrors === null) {
                        vErrors = [err214];
                      } else {
                        vErrors.push(err214);
                      }
                      errors++;
                    }
                    if (func2(data82) < 1) {
                      const err215 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err215];
                      } else {
                        vErrors.push(err215);
                      }
                      errors++;
                    }
                  } else {
                    const err216 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
              } else {
                const err217 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data78.status !== void 0) {
              let data83 = data78.status;
              if (!(data83 === "added" || data83 === "modified" || data83 === "deleted")) {
                const err218 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (typeof data83 === "string") {
                if (func2(data83) > 8) {
                  const err219 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/maxLength", keyword: "maxLength", params: { limit: 8 }, message: "must NOT have more than 8 characters" };
                  if (vErrors === null) {
                    vErrors = [err219];
                  } else {
                    vErrors.push(err219);
                  }
                  errors++;
                }
              } else {
                const err220 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
            if (data78.executable !== void 0) {
              if (typeof data78.executable !== "boolean") {
                const err221 = { instancePath: instancePath + "/examples/" + i35 + "/executable", schemaPath: "#/properties/examples/items/properties/executable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data78.verdict !== void 0) {
              let data85 = data78.verdict;
              if (!(data85 === "allow" || data85 === "approval_required" || data85 === "deny")) {
                const err222 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
              if (typeof data85 === "string") {
                if (func2(data85) > 17) {
                  const err223 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/maxLength", keyword: "maxLength", params: { limit: 17 }, message: "must NOT have more than 17 characters" };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              } else {
                const err224 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data78.tier !== void 0) {
              let data86 = data78.tier;
              if (!(data86 === "low" || data86 === "medium" || data86 === "high")) {
                const err225 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
              if (typeof data86 === "string") {
                if (func2(data86) > 6) {
                  const err226 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
              } else {
                const err227 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
            }
          } else {
            const err228 = { instancePath: instancePath + "/examples/" + i35, schemaPath: "#/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
      } else {
        const err229 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err229];
        } else {
          vErrors.push(err229);
        }
        errors++;
      }
    }
    if (data.workflows !== void 0) {
      let data87 = data.workflows;
      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
        for (const key19 in data87) {
          if (!(key19 === "deny" || key19 === "allowed_uses")) {
            const err230 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
        if (data87.deny !== void 0) {
          let data88 = data87.deny;
          if (Array.isArray(data88)) {
            if (data88.length > 100) {
              const err231 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
            const len25 = data88.length;
            for (let i37 = 0; i37 < len25; i37++) {
              let data89 = data88[i37];
              if (typeof data89 === "string") {
                if (func2(data89) > 74) {
                  const err232 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/maxLength", keyword: "maxLength", params: { limit: 74 }, message: "must NOT have more than 74 characters" };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
                if (!pattern18.test(data89)) {
                  const err233 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/pattern", keyword: "pattern", params: { pattern: "^workflows/[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^workflows/[a-z][a-z0-9-]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              } else {
                const err234 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            let i38 = data88.length;
            let j12;
            if (i38 > 1) {
              const indices12 = {};
              for (; i38--; ) {
                let item12 = data88[i38];
                if (typeof item12 !== "string") {
                  continue;
                }
                if (typeof indices12[item12] == "number") {
                  j12 = indices12[item12];
                  const err235 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i38 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                  break;
                }
                indices12[item12] = i38;
              }
            }
          } else {
            const err236 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data87.allowed_uses !== void 0) {
          let data90 = data87.allowed_uses;
          if (Array.isArray(data90)) {
            if (data90.length > 500) {
              const err237 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            const len26 = data90.length;
            for (let i39 = 0; i39 < len26; i39++) {
              let data91 = data90[i39];
              if (typeof data91 === "string") {
                if (func2(data91) > 262) {
                  const err238 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/maxLength", keyword: "maxLength", params: { limit: 262 }, message: "must NOT have more than 262 characters" };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
                if (!pattern19.test(data91)) {
                  const err239 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/pattern", keyword: "pattern", params: { pattern: "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$" }, message: 'must match pattern "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$"' };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              } else {
                const err240 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            let i40 = data90.length;
            let j13;
            if (i40 > 1) {
              const indices13 = {};
              for (; i40--; ) {
                let item13 = data90[i40];
                if (typeof item13 !== "string") {
                  continue;
                }
                if (typeof indices13[item13] == "number") {
                  j13 = indices13[item13];
                  const err241 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/uniqueItems", keyword: "uniqueItems", params: { i: i40, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i40 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                  break;
                }
                indices13[item13] = i40;
              }
            }
          } else {
            const err242 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
        }
      } else {
        const err243 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err243];
        } else {
          vErrors.push(err243);
        }
        errors++;
      }
    }
  } else {
    const err244 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err244];
    } else {
      vErrors.push(err244);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var manifest = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/manifest.schema.json", "title": "agent-guard task manifest", "type": "object", "additionalProperties": false, "required": ["agent_task"], "properties": { "agent_task": { "type": "object", "additionalProperties": false, "required": ["subject", "repository", "capabilities"], "properties": { "subject": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "branch_pattern": { "type": "string", "minLength": 1, "maxLength": 512 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "denied": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true }, "deny_default": { "type": "boolean" } } }, "initiator": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "task_id": { "type": "string", "pattern": "^[A-Za-z0-9_.:#/-]{1,128}$", "maxLength": 128 }, "description": { "type": "string", "maxLength": 2e3 }, "expires_at": { "type": "string", "format": "date-time", "maxLength": 64 } } } } };
var pattern26 = new RegExp("^[A-Za-z0-9_.:#/-]{1,128}$", "u");
var formats0 = require_formats().fullFormats["date-time"];
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_task === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_task" }, message: "must have required property 'agent_task'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "agent_task")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.agent_task !== void 0) {
      let data0 = data.agent_task;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.subject === void 0) {
          const err2 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.repository === void 0) {
          const err3 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.capabilities === void 0) {
          const err4 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!func1.call(schema32.properties.agent_task.properties, key1)) {
            const err5 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.subject !== void 0) {
          let data1 = data0.subject;
          if (typeof data1 === "string") {
            if (func2(data1) > 128) {
              const err6 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern8.test(data1)) {
              const err7 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.repository !== void 0) {
          let data2 = data0.repository;
          if (typeof data2 === "string") {
            if (func2(data2) > 201) {
              const err9 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/maxLength", keyword: "maxLength", params: { limit: 201 }, message: "must NOT have more than 201 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern10.test(data2)) {
              const err10 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.branch_pattern !== void 0) {
          let data3 = data0.branch_pattern;
          if (typeof data3 === "string") {
            if (func2(data3) > 512) {
              const err12 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data4 = data0.capabilities;
          if (Array.isArray(data4)) {
            if (data4.length > 64) {
              const err15 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func2(data5) > 64) {
                  const err16 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern5.test(data5)) {
                  const err17 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            let i1 = data4.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data4[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err19 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.denied !== void 0) {
          let data6 = data0.denied;
          if (Array.isArray(data6)) {
            if (data6.length > 64) {
              const err21 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func2(data7) > 64) {
                  const err22 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (!pattern5.test(data7)) {
                  const err23 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i3 = data6.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data6[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err25 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.network !== void 0) {
          let data8 = data0.network;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "allow" || key2 === "deny_default")) {
                const err27 = { instancePath: instancePath + "/agent_task/network", schemaPath: "#/properties/agent_task/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.allow !== void 0) {
              let data9 = data8.allow;
              if (Array.isArray(data9)) {
                if (data9.length > 100) {
                  const err28 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const len2 = data9.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data10 = data9[i4];
                  if (typeof data10 === "string") {
                    if (func2(data10) > 253) {
                      const err29 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data10)) {
                      const err30 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                let i5 = data9.length;
                let j2;
                if (i5 > 1) {
                  const indices2 = {};
                  for (; i5--; ) {
                    let item2 = data9[i5];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err32 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i5;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data8.deny_default !== void 0) {
              if (typeof data8.deny_default !== "boolean") {
                const err34 = { instancePath: instancePath + "/agent_task/network/deny_default", schemaPath: "#/properties/agent_task/properties/network/properties/deny_default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/agent_task/network", schemaPath: "#/properties/agent_task/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0.initiator !== void 0) {
          let data12 = data0.initiator;
          if (typeof data12 === "string") {
            if (func2(data12) > 45) {
              const err36 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (!pattern11.test(data12)) {
              const err37 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data0.task_id !== void 0) {
          let data13 = data0.task_id;
          if (typeof data13 === "string") {
            if (func2(data13) > 128) {
              const err39 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (!pattern26.test(data13)) {
              const err40 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:#/-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_.:#/-]{1,128}$"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          let data14 = data0.description;
          if (typeof data14 === "string") {
            if (func2(data14) > 2e3) {
              const err42 = { instancePath: instancePath + "/agent_task/description", schemaPath: "#/properties/agent_task/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/agent_task/description", schemaPath: "#/properties/agent_task/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data0.expires_at !== void 0) {
          let data15 = data0.expires_at;
          if (typeof data15 === "string") {
            if (func2(data15) > 64) {
              const err44 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (!formats0.validate(data15)) {
              const err45 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function schemaValidators() {
  return { policy, manifest };
}

// src/core/schemas.ts
var DRAFT = "https://json-schema.org/draft/2020-12/schema";
var ID_BASE = "https://agent-guard.invalid/schemas";
var glob = { type: "string", minLength: 1, maxLength: 512 };
var globList = { type: "array", items: glob, maxItems: 500 };
var tier = { type: "string", enum: ["low", "medium", "high"], maxLength: 6 };
var capabilityName = { type: "string", pattern: "^[a-z][a-z0-9_]{0,63}$", maxLength: 64 };
var capabilityList = { type: "array", items: capabilityName, maxItems: 64, uniqueItems: true };
var login = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", maxLength: 45 };
var loginPattern = { type: "string", pattern: "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", maxLength: 45 };
var team = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", maxLength: 140 };
var host = { type: "string", pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", maxLength: 253 };
var hostList = { type: "array", items: host, maxItems: 100, uniqueItems: true };
var description = { type: "string", maxLength: 2e3 };
var asciiKey = (max) => ({ pattern: `^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,${max - 1}}$`, maxLength: max });
var approvalRule = {
  type: "object",
  additionalProperties: false,
  required: ["count"],
  properties: {
    count: { type: "integer", minimum: 0, maximum: 10 },
    codeowners: { type: "boolean" },
    reviewers: {
      type: "object",
      additionalProperties: false,
      properties: {
        users: { type: "array", items: login, maxItems: 100, uniqueItems: true },
        teams: { type: "array", items: team, maxItems: 50, uniqueItems: true }
      }
    },
    keep_on_identical_rebase: { type: "boolean" },
    unlinked_commits: { enum: ["extra_approval", "deny"] }
  }
};
var protectedExemptions = {
  type: "array",
  maxItems: 200,
  items: {
    type: "object",
    additionalProperties: false,
    required: ["path", "reason"],
    properties: { path: glob, reason: { type: "string", minLength: 3, maxLength: 500 } }
  }
};
var policySchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/policy.schema.json`,
  title: "agent-guard policy",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1 },
    agents: { type: "array", items: loginPattern, maxItems: 100, uniqueItems: true },
    default_tier: tier,
    tiers: {
      type: "object",
      additionalProperties: false,
      properties: { high: globList, medium: globList, low: globList }
    },
    // A list of globs, or paths plus `exempt`: exact paths taken out of the built-in set, each with a reason.
    protected: {
      oneOf: [
        globList,
        {
          type: "object",
          additionalProperties: false,
          properties: {
            paths: globList,
            exempt: protectedExemptions
          }
        }
      ]
    },
    manifests: globList,
    capabilities: {
      type: "object",
      maxProperties: 64,
      propertyNames: capabilityName,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          description,
          paths: globList,
          tier,
          environments: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,255}$", maxLength: 255 },
            maxItems: 50,
            uniqueItems: true
          },
          /** Argv patterns (lists of words, `*` for one argument or, last, for the rest), never shell strings. */
          commands: {
            type: "array",
            items: { type: "array", items: { type: "string", minLength: 1, maxLength: 256 }, minItems: 1, maxItems: 64 },
            maxItems: 200
          },
          /** Environment variables the capability passes to the commands it allows (all others are scrubbed). */
          env: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$", maxLength: 128 },
            maxItems: 50,
            uniqueItems: true
          }
        }
      }
    },
    subjects: {
      type: "object",
      maxProperties: 100,
      propertyNames: { type: "string", ...asciiKey(128) },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["capabilities"],
        properties: {
          description,
          capabilities: capabilityList,
          branches: globList,
          repositories: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", maxLength: 201 },
            maxItems: 100,
            uniqueItems: true
          }
        }
      }
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      properties: { high: approvalRule, medium: approvalRule, low: approvalRule }
    },
    network: {
      type: "object",
      additionalProperties: false,
      properties: { allow: hostList }
    },
    /** Changes with the verdict or tier they must get (`agent-guard validate` checks them; src/core/policy-examples.ts). */
    examples: {
      type: "array",
      maxItems: 500,
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 200 },
          path: { type: "string", minLength: 1, maxLength: 4096 },
          paths: { type: "array", items: { type: "string", minLength: 1, maxLength: 4096 }, minItems: 1, maxItems: 100 },
          status: { type: "string", enum: ["added", "modified", "deleted"], maxLength: 8 },
          executable: { type: "boolean" },
          verdict: { type: "string", enum: ["allow", "approval_required", "deny"], maxLength: 17 },
          tier
        }
      }
    },
    // Workflow rule ids whose introduced findings deny; that each id exists is checked in code.
    // allowed_uses: the owners (owner/*), repositories (owner/repo) and docker:// images uses: may name; checked again in code.
    workflows: {
      type: "object",
      additionalProperties: false,
      properties: {
        deny: { type: "array", items: { type: "string", pattern: "^workflows/[a-z][a-z0-9-]{0,63}$", maxLength: 74 }, maxItems: 100, uniqueItems: true },
        allowed_uses: { type: "array", items: { type: "string", pattern: "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", maxLength: 262 }, maxItems: 500, uniqueItems: true }
      }
    }
  }
};
var manifestSchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/manifest.schema.json`,
  title: "agent-guard task manifest",
  type: "object",
  additionalProperties: false,
  required: ["agent_task"],
  properties: {
    agent_task: {
      type: "object",
      additionalProperties: false,
      required: ["subject", "repository", "capabilities"],
      properties: {
        subject: { type: "string", ...asciiKey(128) },
        repository: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", maxLength: 201 },
        branch_pattern: glob,
        capabilities: capabilityList,
        denied: capabilityList,
        network: {
          type: "object",
          additionalProperties: false,
          properties: {
            allow: hostList,
            deny_default: { type: "boolean" }
          }
        },
        initiator: login,
        task_id: { type: "string", pattern: "^[A-Za-z0-9_.:#/-]{1,128}$", maxLength: 128 },
        description,
        expires_at: { type: "string", format: "date-time", maxLength: 64 }
      }
    }
  }
};

// src/core/schema-validation.ts
var MAX_SCHEMA_PROBLEMS = 100;
function validateAgainstSchema(name, value) {
  const validate = schemaValidators()[name];
  if (validate(value)) return [];
  const useful = (validate.errors ?? []).filter(isUseful);
  const problems = useful.slice(0, MAX_SCHEMA_PROBLEMS).map((e) => toProblem(name, e));
  if (useful.length > MAX_SCHEMA_PROBLEMS) {
    const more = useful.length - MAX_SCHEMA_PROBLEMS;
    problems.push({ code: "too_many_problems", message: `${more} more problem${more === 1 ? "" : "s"} not shown`, pointer: "" });
  }
  return problems;
}
function isUseful(e) {
  return e.keyword !== "if" && e.keyword !== "propertyNames";
}
function toProblem(name, e) {
  const at = e.instancePath || "";
  const where = at === "" ? `the ${name}` : escapeNonAscii(at.slice(1).replace(/\//g, "."));
  if (e.propertyName !== void 0) {
    return {
      code: "schema_key_name",
      message: `key ${asciiQuote(e.propertyName)} in ${where} is not allowed (${e.message ?? "invalid name"})`,
      pointer: `${at}/${escapeKey(e.propertyName)}`
    };
  }
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      return {
        code: "schema_unknown_property",
        message: `unknown property ${asciiQuote(key)} in ${where}`,
        pointer: `${at}/${escapeKey(key)}`
      };
    }
    case "required":
      return {
        code: "schema_missing_property",
        message: `${where} is missing required property ${JSON.stringify(e.params.missingProperty)}`,
        pointer: at
      };
    case "pattern":
      return { code: "schema_pattern", message: `${where} has an invalid value (${describePattern(e)})`, pointer: at };
    case "enum":
      return {
        code: "schema_enum",
        message: `${where} must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`,
        pointer: at
      };
    default:
      return { code: `schema_${e.keyword}`, message: `${where} ${e.message ?? "is invalid"}`, pointer: at };
  }
}
function describePattern(e) {
  const pattern = String(e.params.pattern);
  return `must match ${pattern}`;
}
function escapeKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function asciiQuote(text) {
  return escapeNonAscii(JSON.stringify(text));
}
function escapeNonAscii(text) {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/core/policy.ts
var NO_APPROVAL = { count: 0, codeowners: false, reviewers: { users: [], teams: [] }, keepOnIdenticalRebase: false };
var BASELINE_POLICY = Object.freeze({
  version: 1,
  origin: "baseline",
  agents: ["*[bot]", "Copilot"],
  defaultTier: "medium",
  tiers: { high: [], medium: [], low: ["docs/**", "**/*.md"] },
  protected: [],
  manifests: [],
  capabilities: {
    write_branch: { name: "write_branch", paths: ["**"], environments: [], commands: [], env: [] },
    modify_policy: { name: "modify_policy", paths: ["**"], tier: "high", environments: [], commands: [], env: [] }
  },
  subjects: {},
  approvals: { high: { ...NO_APPROVAL, count: 1 }, medium: NO_APPROVAL, low: NO_APPROVAL },
  // Public package registries: a lockfile change that resolves from anywhere else is dependency confusion.
  network: {
    allow: [
      "registry.npmjs.org",
      "registry.yarnpkg.com",
      "pypi.org",
      "files.pythonhosted.org",
      "crates.io",
      "static.crates.io",
      "index.crates.io",
      "proxy.golang.org",
      "repo.maven.apache.org",
      "repo1.maven.org",
      "rubygems.org",
      "index.rubygems.org"
    ]
  },
  workflows: { deny: [] }
});
function parsePolicy(value) {
  const schemaProblems = validateAgainstSchema("policy", value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const raw = value;
  const problems = [];
  const globs = (list, pointer) => {
    (list ?? []).forEach((g, i) => {
      for (const e of lintPolicyGlob(g)) problems.push({ code: e.code, message: `${JSON.stringify(g)}: ${e.message}`, pointer: `${pointer}/${i}` });
    });
    return [...list ?? []];
  };
  const tiers = {
    high: globs(raw.tiers?.high, "/tiers/high"),
    medium: globs(raw.tiers?.medium, "/tiers/medium"),
    low: globs(raw.tiers?.low, "/tiers/low")
  };
  const capabilities = {};
  for (const [name, def] of Object.entries(raw.capabilities ?? {})) {
    const builtin = BUILTIN_CAPABILITIES[name];
    if (builtin?.refuseWith && def.paths && def.paths.length > 0) {
      problems.push({
        code: "capability_paths_not_allowed",
        message: `capability ${name} cannot grant paths`,
        pointer: `/capabilities/${name}/paths`
      });
    }
    if (builtin?.refuseWith && ((def.commands?.length ?? 0) > 0 || (def.env?.length ?? 0) > 0)) {
      problems.push({ code: "capability_commands_not_allowed", message: `capability ${name} cannot grant commands or environment variables`, pointer: `/capabilities/${name}/${def.commands?.length ? "commands" : "env"}` });
    }
    (def.commands ?? []).forEach((pattern, i) => {
      const p = patternProblem(pattern);
      if (p) problems.push({ code: "command_pattern_invalid", message: `capability ${name}, command ${i + 1}: ${p}`, pointer: `/capabilities/${name}/commands/${i}` });
    });
    capabilities[name] = {
      name,
      paths: globs(def.paths, `/capabilities/${name}/paths`),
      environments: [...def.environments ?? []],
      commands: (def.commands ?? []).map((c) => [...c]),
      env: [...def.env ?? []],
      ...def.description !== void 0 ? { description: def.description } : {},
      ...def.tier !== void 0 ? { tier: def.tier } : {}
    };
  }
  const known = (name) => isBuiltinCapability(name) || Object.prototype.hasOwnProperty.call(capabilities, name);
  const subjects = {};
  for (const [name, def] of Object.entries(raw.subjects ?? {})) {
    def.capabilities.forEach((c, i) => {
      if (!known(c)) {
        problems.push({
          code: "unknown_capability",
          message: `subject ${JSON.stringify(name)} names unknown capability ${JSON.stringify(c)} (define it under capabilities, or use one of: ${Object.keys(BUILTIN_CAPABILITIES).join(", ")})`,
          pointer: `/subjects/${escape2(name)}/capabilities/${i}`
        });
      }
    });
    subjects[name] = {
      name,
      capabilities: [...def.capabilities],
      branches: globs(def.branches, `/subjects/${escape2(name)}/branches`),
      repositories: [...def.repositories ?? []]
    };
  }
  (raw.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: "invalid_host", message: `${JSON.stringify(h)}: ${p}`, pointer: `/network/allow/${i}` });
  });
  (raw.workflows?.deny ?? []).forEach((id, i) => {
    if (!WORKFLOW_RULE_IDS.has(id)) problems.push({ code: "unknown_rule", message: `workflows.deny: ${quoteUntrusted(id)} is not a workflow rule id (see docs/rules.md)`, pointer: `/workflows/deny/${i}` });
  });
  (raw.workflows?.allowed_uses ?? []).forEach((entry, i) => {
    const p = allowedUsesProblem(entry);
    if (p) problems.push({ code: "invalid_allowed_uses", message: `workflows.allowed_uses: ${quoteUntrusted(entry)} ${p}`, pointer: `/workflows/allowed_uses/${i}` });
  });
  const approvals = {};
  for (const t of TIERS) {
    const rule = raw.approvals?.[t];
    approvals[t] = rule ? {
      count: rule.count,
      codeowners: rule.codeowners ?? false,
      reviewers: { users: [...rule.reviewers?.users ?? []], teams: [...rule.reviewers?.teams ?? []] },
      keepOnIdenticalRebase: rule.keep_on_identical_rebase ?? false,
      ...rule.unlinked_commits ? { unlinkedCommits: rule.unlinked_commits } : {}
    } : t === "high" ? (
      // High risk always needs a human: a policy that omits the rule gets the baseline's.
      { ...BASELINE_POLICY.approvals.high }
    ) : { ...NO_APPROVAL };
    if (rule && rule.codeowners && rule.count === 0) {
      problems.push({
        code: "approvals_inconsistent",
        message: `approvals.${t}: codeowners requires at least one approval (count is 0)`,
        pointer: `/approvals/${t}/count`
      });
    }
  }
  if (raw.approvals?.high && raw.approvals.high.count === 0) {
    problems.push({
      code: "approvals_high_zero",
      message: "approvals.high.count must be at least 1: high-risk agent changes always need an independent human",
      pointer: "/approvals/high/count"
    });
  }
  for (const [lower, higher] of [
    ["low", "medium"],
    ["medium", "high"]
  ]) {
    if (raw.approvals?.[lower] && approvals[lower].count > approvals[higher].count) {
      problems.push({
        code: "approvals_inconsistent",
        message: `approvals.${lower}.count (${approvals[lower].count}) is higher than approvals.${higher}.count (${approvals[higher].count})`,
        pointer: `/approvals/${lower}/count`
      });
    }
  }
  const protectedList = Array.isArray(raw.protected) ? raw.protected : raw.protected?.paths;
  const protectedPointer = Array.isArray(raw.protected) ? "/protected" : "/protected/paths";
  const protectedExempt = exemptions(raw, problems);
  const policy2 = {
    ...protectedExempt.length > 0 ? { protectedExempt } : {},
    version: 1,
    origin: "policy",
    agents: [...raw.agents ?? BASELINE_POLICY.agents],
    defaultTier: raw.default_tier ?? "high",
    tiers,
    protected: globs(protectedList, protectedPointer),
    manifests: globs(raw.manifests, "/manifests"),
    capabilities,
    subjects,
    approvals,
    network: { allow: [...raw.network?.allow ?? []] },
    workflows: { deny: [...raw.workflows?.deny ?? []], ...raw.workflows?.allowed_uses === void 0 ? {} : { allowedUses: [...raw.workflows.allowed_uses] } }
  };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: policy2 };
}
function exemptions(raw, problems) {
  const list = Array.isArray(raw.protected) ? [] : raw.protected?.exempt ?? [];
  const guard = new GlobSet();
  for (const r of PROTECTED_RULES) if (r.rule === "paths/guard-files") guard.add(foldPath(r.glob), true);
  for (const g of raw.manifests ?? []) if (lintGlob(g).length === 0) guard.add(foldPath(g), true);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  list.forEach((e, i) => {
    const pointer = `/protected/exempt/${i}/path`;
    if (/[*?[\]{}]/.test(e.path) || lintGlob(e.path).length > 0) {
      problems.push({ code: "protected_exempt_path", message: `protected.exempt: ${quoteUntrusted(e.path)} is not an exact repository path (no glob characters, "./", "..", "//" or leading "/"): an exemption names one file`, pointer });
    } else if (foldPath(e.path) === foldPath(DEFAULT_POLICY_PATH) || guard.matchAll(foldPath(e.path)).length > 0) {
      problems.push({ code: "protected_exempt_guard_file", message: `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest), which can never be exempt: it decides what the agent may do`, pointer });
    } else if (seen.has(e.path)) {
      problems.push({ code: "protected_exempt_duplicate", message: `protected.exempt: ${quoteUntrusted(e.path)} is listed twice`, pointer });
    } else {
      seen.add(e.path);
      out.push({ path: e.path, reason: e.reason });
    }
  });
  return out;
}
function guardFileGlobs(policy2, policyPath = DEFAULT_POLICY_PATH, manifestPaths = []) {
  return [literalGlob(policyPath, "policy"), ...policy2.manifests, ...manifestPaths.map((p) => literalGlob(p, "manifest"))];
}
function literalGlob(path2, what) {
  if (/[*?[\]{}]/.test(path2) || lintGlob(path2).length > 0) {
    throw new GuardPathError(what, `the ${what} path ${quoteUntrusted(path2)} is not a plain repository path (no glob characters, "./", "..", "//" or leading "/"), so changes to it could not be guarded`);
  }
  return path2;
}
var GuardPathError = class extends Error {
  constructor(what, message) {
    super(message);
    this.what = what;
    this.name = "GuardPathError";
  }
  what;
};
function compilePolicy(policy2, opts = {}) {
  const tierRules = new GlobSet();
  const foldedTierRules = new GlobSet();
  const foldedVariantTierRules = new GlobSet();
  const addTier = (glob2, match2) => {
    tierRules.add(glob2, match2);
    const folded = foldPath(glob2);
    if (lintGlob(folded).length === 0) {
      foldedTierRules.add(folded, match2);
      if (folded !== glob2) foldedVariantTierRules.add(folded, match2);
    }
  };
  for (const r of PROTECTED_RULES) {
    addTier(r.glob, { tier: "high", source: "protected", glob: r.glob, rule: r.rule, builtin: true, why: r.why, ...r.except ? { except: r.except } : {} });
  }
  const guardGlobs = guardFileGlobs(policy2, opts.policyPath, opts.manifestPaths);
  for (const g of guardGlobs) addTier(g, { tier: "high", source: "protected", glob: g, rule: "paths/guard-files", why: "the policy and manifests decide what the agent may do", guard: true });
  const guardSet = new GlobSet();
  for (const g of guardGlobs) if (lintGlob(foldPath(g)).length === 0) guardSet.add(foldPath(g), true);
  for (const e of policy2.protectedExempt ?? []) {
    if (guardSet.matchAll(foldPath(e.path)).length > 0) {
      throw new GuardPathError("policy", `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest of this run), which can never be exempt`);
    }
  }
  for (const g of policy2.protected) addTier(g, { tier: "high", source: "protected", glob: g, rule: "paths/policy-protected", why: "listed under protected in the policy" });
  for (const t of [...TIERS].reverse()) {
    for (const g of policy2.tiers[t]) addTier(g, { tier: t, source: "policy", glob: g, rule: "paths/tier-rules" });
  }
  const capabilityPaths = new GlobSet();
  for (const def of Object.values(policy2.capabilities)) for (const g of def.paths) capabilityPaths.add(g, def.name);
  return { policy: policy2, tierRules, foldedTierRules, foldedVariantTierRules, capabilityPaths };
}
function escape2(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export {
  minimatch,
  braceExpand,
  GLOB_OPTIONS,
  lintGlob,
  GlobSet,
  globMatches,
  hostProblem,
  hostAllowed,
  validateAgainstSchema,
  programName,
  wrapperUse,
  isCodeOption,
  WILDCARD,
  matchPattern,
  formatPattern,
  displayWord,
  BASELINE_POLICY,
  parsePolicy,
  GuardPathError,
  compilePolicy
};
