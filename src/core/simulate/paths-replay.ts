// Paths-only replay at history scale: every distinct (status, path) of the history is evaluated once
// per policy, all of them in one call of the same `evaluateChange` that `check` runs, and each change's
// verdict is combined from its files as the evaluation combines them. Exact for path-only entries:
// without blobs, findings or tree facts a file's result depends on that file alone, and the task
// violations are the same for every change.

import type { Evaluation, FileResult, ManifestInput, PolicyInput } from '../evaluate.js';
import { maxTier, type Tier } from '../tiers.js';
import type { ChangeEntry, ChangeStatus, Decision } from '../types.js';
import type { ReplayChange } from './history.js';
import { evaluateReplayed, type Outcome } from './replay.js';

/** One map per status (paths), and one for renames and copies (both paths). */
class EntryIndex<T> {
  private readonly byStatus = new Map<ChangeStatus, Map<string, T>>();
  private readonly pairs = new Map<string, T>();

  get(e: ChangeEntry): T | undefined {
    return e.previousPath !== undefined ? this.pairs.get(`${e.previousPath}\0${e.path}`) : this.byStatus.get(e.status)?.get(e.path);
  }

  set(e: ChangeEntry, value: T): void {
    if (e.previousPath !== undefined) this.pairs.set(`${e.previousPath}\0${e.path}`, value);
    else {
      let m = this.byStatus.get(e.status);
      if (m === undefined) this.byStatus.set(e.status, (m = new Map<string, T>()));
      m.set(e.path, value);
    }
  }
}

export class PathReplayer {
  private readonly results = new EntryIndex<FileResult>();
  private violations: Evaluation['violations'] = [];

  constructor(
    private readonly policy: PolicyInput,
    private readonly manifest: ManifestInput | null,
  ) {}

  /** Evaluate every distinct entry of `changes` (one evaluation of all of them). */
  prime(changes: readonly ReplayChange[]): void {
    const seen = new EntryIndex<true>();
    const distinct: ChangeEntry[] = [];
    for (const c of changes) {
      for (const e of c.entries) {
        if (seen.get(e) !== undefined || this.results.get(e) !== undefined) continue;
        seen.set(e, true);
        distinct.push(e);
      }
    }
    const all = evaluateReplayed({ id: 'history', date: null, actor: 'human', who: null, entries: distinct }, this.policy, this.manifest);
    distinct.forEach((e, i) => this.results.set(e, all.files[i]!));
    // The task checks do not depend on the files: the same for every change.
    this.violations = all.violations.filter((v) => v.path === undefined);
  }

  replay(change: ReplayChange): Outcome {
    const files: FileResult[] = [];
    let tier: Tier = 'low';
    let deny = this.violations.length > 0;
    let approval = false;
    for (const e of change.entries) {
      let f = this.results.get(e);
      if (f === undefined) {
        this.prime([change]);
        f = this.results.get(e)!;
      }
      files.push(f);
      tier = maxTier(tier, f.tier);
      if (f.decision === 'deny') deny = true;
      else if (f.decision === 'approval_required') approval = true;
    }
    const verdict: Decision = deny ? 'deny' : approval ? 'approval_required' : 'allow';
    return { verdict, tier, files, violations: this.violations };
  }
}
