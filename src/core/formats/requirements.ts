// requirements*.txt as pip reads it: logical lines (comments dropped, `\` continuations joined as pip
// joins them, whitespace collapsed, an attached short option's value split off). Pure.
// Hand-written: the grammar is pip's own (pip's req_file module, Python); no package outside pip reads
// it as pip does, and the line rules are few, so they are followed here.

import { stripBom } from './lines.js';

/** A short option may carry its value attached (optparse): `-ihttps://host/simple`, `-egit+https://...`. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/^-([iferc])(?=[^\s=-])/, '-$1 ');
}

/** The logical lines of a requirements file, in order; none for an absent file. */
export function requirementLines(text: string | null): string[] {
  if (text === null) return [];
  const out: string[] = [];
  let acc = '';
  for (const raw of stripBom(text).split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (line.endsWith('\\')) {
      // pip joins continued lines as they are (no space): `-\` + `ihttps://...` is `-ihttps://...`.
      acc += line.slice(0, -1);
      continue;
    }
    const full = normalise(acc + line);
    acc = '';
    if (full !== '') out.push(full);
  }
  if (acc.trim() !== '') out.push(normalise(acc));
  return out;
}
