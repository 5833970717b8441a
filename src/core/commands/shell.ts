// A command line as the shell would run it, reduced to an argv, or the reason it cannot be. The line
// is parsed with a real bash parser (unbash); anything but one simple command of literal words is
// refused. Each word is then read a second time by the strict grammar below, and the two readings
// must agree: a word the parser and the grammar read differently is refused, so a gap in either one
// cannot turn into an argv nobody checked. The parser recovers from errors; any error is a refusal.

import { parse, type Command, type Word } from 'unbash';
import { oneSimpleCommand, literalWords } from '../rules/commands/index.js';
import { CONTROL, hasInvisibleCharacters, quoteValue } from '../text.js';

export const MAX_COMMAND_LINE_CHARS = 64 * 1024;
export const MAX_ARGS = 1024;

export interface CommandDenial {
  rule: string;
  code: string;
  message: string;
}

export type ParsedCommandLine = { ok: true; argv: string[] } | { ok: false; denial: CommandDenial };

type SimpleCode = (typeof oneSimpleCommand.codes)[number];
type WordCode = (typeof literalWords.codes)[number];

const structural = (code: SimpleCode, message: string): ParsedCommandLine => ({ ok: false, denial: { rule: oneSimpleCommand.id, code, message } });
const wordDenial = (code: WordCode, message: string): ParsedCommandLine => ({ ok: false, denial: { rule: literalWords.id, code, message } });

/** Control characters a command line may hold: tab anywhere, newline only inside quotes (checked per word). */
const LINE_CONTROL = new RegExp(CONTROL.source.replace('\\u0000-\\u001f', '\\u0000-\\u0008\\u000b-\\u001f'), 'u');

export function parseCommandLine(line: string): ParsedCommandLine {
  if (line.length > MAX_COMMAND_LINE_CHARS) return structural('command_too_long', `the command line is longer than ${MAX_COMMAND_LINE_CHARS} characters`);
  if (LINE_CONTROL.test(line) || hasInvisibleCharacters(line)) {
    return wordDenial('command_control_character', 'the command line holds a control or invisible character (a reader would not see what runs)');
  }
  let script;
  try {
    script = parse(line);
  } catch (err) {
    return structural('command_parse_error', `the shell parser failed: ${quoteValue(err instanceof Error ? err.message : String(err))}`);
  }
  if (script.errors && script.errors.length > 0) {
    const e = script.errors[0]!;
    return structural('command_parse_error', `the command line does not parse as shell: ${quoteValue(e.message)} at character ${e.pos + 1}`);
  }
  if (script.shebang !== undefined) return structural('command_parse_error', 'the command line starts with a #! line');
  if (script.commands.length === 0) return structural('command_empty', 'the command line holds no command');
  if (script.commands.length > 1) return structural('command_list', `the command line holds ${script.commands.length} commands (separated by ; or a newline); only one is allowed`);
  const statement = script.commands[0]!;
  if (statement.background) return structural('command_background', 'the command is sent to the background with &');
  const node = statement.command;
  switch (node.type) {
    case 'Command':
      break;
    case 'AndOr':
      return structural('command_list', `the command line chains commands with ${node.operators.join(', ')}; only one command is allowed`);
    case 'Pipeline':
      return node.commands.length > 1
        ? structural('command_pipeline', 'the command line is a pipeline; only one command is allowed')
        : structural('command_compound', 'the command is prefixed by time or !, which the shell treats as a pipeline');
    default:
      return structural('command_compound', `the command line is a ${describeNode(node.type)}; only one simple command is allowed`);
  }
  return simpleCommandArgv(line, node);
}

function describeNode(type: string): string {
  const names: Record<string, string> = {
    Subshell: 'subshell ( ... )',
    BraceGroup: 'group { ...; }',
    If: 'if statement',
    For: 'for loop',
    ArithmeticFor: 'for (( )) loop',
    Select: 'select loop',
    While: 'while or until loop',
    Case: 'case statement',
    TestCommand: '[[ ]] test',
    ArithmeticCommand: '(( )) arithmetic command',
    Function: 'function definition',
    Coproc: 'coproc',
    Redirected: 'compound command with redirections',
  };
  return names[type] ?? `${type} node`;
}

function simpleCommandArgv(line: string, cmd: Command): ParsedCommandLine {
  for (const p of cmd.prefix) {
    if (p.type === 'Assignment') return structural('command_assignment', `the command starts with an assignment (${quoteValue(p.text)}), which changes its environment`);
    return structural('command_redirection', 'the command has a redirection or here-document before its name');
  }
  if (!cmd.name) return structural('command_assignment', 'the command line only assigns variables');
  const words: Word[] = [cmd.name];
  for (const s of cmd.suffix) {
    if (s.type === 'Word') words.push(s);
    else if (s.type === 'Assignment') return structural('command_assignment', `the argument ${quoteValue(s.text)} is parsed as an assignment`);
    else return structural('command_redirection', `the command has a ${s.type === 'HereDoc' ? 'here-document' : s.type === 'HereString' ? 'here-string' : 'redirection'}`);
  }
  if (words.length > MAX_ARGS) return structural('command_too_long', `the command has more than ${MAX_ARGS} arguments`);
  // Nothing outside the words but blanks and a trailing comment: a token the parser dropped would be
  // text no check saw.
  if (line.slice(0, cmd.pos).trim() !== '') return structural('command_parse_error', 'the command line has text before the command');
  if (!/^[ \t]*(#[^\n]*)?\s*$/.test(line.slice(cmd.end))) return structural('command_parse_error', 'the command line has text after the command');
  let at = cmd.pos;
  const argv: string[] = [];
  for (const w of words) {
    if (!/^[ \t]*$/.test(line.slice(at, w.pos))) return structural('command_parse_error', 'the command has text between its words that is not a blank');
    at = w.end;
    const text = line.slice(w.pos, w.end);
    const read = readLiteralWord(text);
    if (!read.ok) return read.denial;
    if (read.value !== w.value) return wordDenial('command_quoting', `the word ${quoteValue(text)} reads differently to the shell parser and to the literal-word check`);
    argv.push(read.value);
  }
  if (!/^[ \t]*$/.test(line.slice(at, cmd.end))) return structural('command_parse_error', 'the command has text after its last word');
  return { ok: true, argv };
}

/**
 * Unquoted characters that are plain text to bash and to zsh (the shell some runtimes use) in every
 * position but one: zsh expands a word that starts with `=` to a program's path, so that is refused.
 */
const PLAIN = /[A-Za-z0-9_\-.,/:=+@%]/;

type WordRead = { ok: true; value: string } | { ok: false; denial: ParsedCommandLine & { ok: false } };

/**
 * One word of source text, read by the strict literal grammar: plain characters, single-quoted text,
 * and double-quoted text without `$`, backquote, backslash or `!`. Everything else is refused with the
 * reason: no expansion of any kind can reach the argv.
 */
export function readLiteralWord(text: string): WordRead {
  const fail = (code: WordCode, why: string): WordRead => ({ ok: false, denial: wordDenial(code, `the word ${quoteValue(text)} ${why}`) as ParsedCommandLine & { ok: false } });
  let value = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return fail('command_quoting', 'has an unterminated single quote');
      value += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        const d = text[j]!;
        if (d === '$' || d === '`') return fail(d === '$' ? 'command_expansion' : 'command_substitution', `expands ${d} inside double quotes`);
        if (d === '\\') return fail('command_quoting', 'has a backslash escape inside double quotes');
        if (d === '!') return fail('command_expansion', 'has ! inside double quotes (history expansion in some shells)');
        j++;
      }
      if (j >= text.length) return fail('command_quoting', 'has an unterminated double quote');
      value += text.slice(i + 1, j);
      i = j + 1;
    } else if (c === '\n') {
      return fail('command_control_character', 'has a newline outside quotes');
    } else if (c === '$') {
      const next = text[i + 1];
      const code = next === '(' && text[i + 2] !== '(' ? 'command_substitution' : next === "'" || next === '"' ? 'command_quoting' : 'command_expansion';
      return fail(code, 'starts an expansion or a special quote with $');
    } else if (c === '`') {
      return fail('command_substitution', 'has a backquote command substitution');
    } else if (c === '\\') {
      return fail('command_quoting', 'has a backslash escape outside quotes');
    } else if (c === '*' || c === '?' || c === '[' || c === ']') {
      return fail('command_glob', `has an unquoted ${c}, which the shell expands against file names`);
    } else if (c === '{' || c === '}') {
      return fail('command_expansion', `has an unquoted ${c} (brace expansion)`);
    } else if (c === '~') {
      return fail('command_expansion', 'has an unquoted ~ (tilde expansion)');
    } else if (c === '<' || c === '>') {
      return fail('command_substitution', `has ${c}( process substitution or a redirection inside it`);
    } else if (c === '=' && i === 0) {
      return fail('command_expansion', 'starts with an unquoted = (zsh expands it to a program path)');
    } else if (PLAIN.test(c) || c.codePointAt(0)! >= 0x80) {
      value += c;
      i++;
    } else {
      return fail('command_expansion', `has the unquoted character ${JSON.stringify(c)}, which the shell may treat specially`);
    }
  }
  return { ok: true, value };
}
