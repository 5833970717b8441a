// Ruby: Gemfile.lock / gems.locked, read with Bundler's line grammar (the remotes of its GEM, GIT,
// PATH and PLUGIN SOURCE sections). Its findings are the shared lockfile rules'.

import { forEachLine } from '../../formats/lines.js';
import { localPath, lockfileReviewer, urlOrPath, vcsSource, type Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';

const GEMFILE_SECTIONS = new Set(['GIT', 'GEM', 'PATH', 'PLUGIN SOURCE', 'PLATFORMS', 'DEPENDENCIES', 'RUBY VERSION', 'BUNDLED WITH', 'CHECKSUMS']);

/**
 * Gemfile.lock: `  remote:` lines (exactly two spaces, as Bundler's parser reads them) of the GEM, GIT,
 * PATH and PLUGIN SOURCE sections. A remote anywhere else, indented otherwise, or in a section Bundler
 * does not know, and merge-conflict markers, make the file unreadable (fail closed).
 */
function scanGemfileLock(text: string, c: Collector): void {
  let section = '';
  forEachLine(text, (line, n) => {
    if (c.error !== undefined || line.trim() === '') return;
    if (/^(<{7}|={7}|>{7})/.test(line)) {
      c.error = `merge-conflict marker at line ${n}`;
      return;
    }
    if (!/^\s/.test(line)) {
      section = line.trim();
      return;
    }
    const m = /^ {2}remote: (.*)$/.exec(line);
    if (!m) {
      if (/^\s*remote\s*:/.test(line)) c.error = `a "remote:" line at line ${n} is not indented by two spaces as Bundler reads it`;
      return;
    }
    const value = m[1]!.trim();
    const where = `line ${n}`;
    if (section === 'GEM' || section === 'PLUGIN SOURCE') urlOrPath(c, value, where);
    else if (section === 'GIT') vcsSource(c, value, where);
    else if (section === 'PATH') localPath(c, value, where);
    else c.error = `a "remote:" at line ${n} in ${GEMFILE_SECTIONS.has(section) ? 'the' : 'an unknown'} section ${JSON.stringify(section)}`;
  });
}

export const RUBY_REVIEWERS: readonly DependencyReviewer[] = [lockfileReviewer('gemfile-lock', byName('gemfile.lock', 'gems.locked'), scanGemfileLock)];
