// The evidence fields the metrics read: denials with rule ids, the merge commit, validation before writing.
import { evaluationDenials, mergeCommitFromEvent, refusalDenials } from '../../src/core/evidence.js';
import { evidenceProblems, InvalidEvidenceError, serializeEvidence } from '../../src/core/evidence-validate.js';

const SHA = 'a'.repeat(40);
const base = { version: 'agent-guard.evidence/v1', action: 'guard-diff', job: { repository: 'o/r', run_id: '1', workflow: 'w', actor: 'a', event: 'push' }, timings: { started_at: '2026-01-01T00:00:00.000Z', finished_at: '2026-01-01T00:00:01.000Z', duration_ms: 1000 } };

describe('evidence fields', () => {
  test('denials: violations and denied files once each, with rule ids', () => {
    const d = evaluationDenials({
      violations: [{ rule: 'paths/protected', code: 'protected_path', message: 'm', path: 'x' }],
      files: [
        { path: 'x', decision: 'deny', reasons: [{ rule: 'paths/protected', code: 'protected_path', message: 'm' }] },
        { path: 'y', decision: 'allow', reasons: [{ rule: 'paths/ok', code: 'ok', message: 'fine' }] },
      ],
    } as never);
    expect(d).toEqual([{ rule: 'paths/protected', code: 'protected_path', message: 'm', path: 'x' }]);
    expect(refusalDenials([{ code: 'never_minted', message: 'no' }])).toEqual([{ rule: 'request-capability/never_minted', code: 'never_minted', message: 'no' }]);
  });

  test('merge commit from a merged pull request, a merge group and a push; none otherwise', () => {
    expect(mergeCommitFromEvent('pull_request', { pull_request: { merged: true, merge_commit_sha: SHA } })).toBe(SHA);
    expect(mergeCommitFromEvent('pull_request', { pull_request: { merged: false, merge_commit_sha: SHA } })).toBeNull();
    expect(mergeCommitFromEvent('merge_group', { merge_group: { head_sha: SHA } })).toBe(SHA);
    expect(mergeCommitFromEvent('push', { after: SHA })).toBe(SHA);
    expect(mergeCommitFromEvent('push', { after: 'not-a-sha' })).toBeNull();
    expect(mergeCommitFromEvent('issue_comment', { after: SHA })).toBeNull();
  });

  test('a valid document serializes; an invalid one is refused with the pointer', () => {
    expect(evidenceProblems({ ...base, merge_commit: SHA, denials: [], capabilities: { granted: ['a'], needed: [], used: [], unused: ['a'] } })).toEqual([]);
    expect(serializeEvidence(base)).toContain('"guard-diff"');
    expect(() => serializeEvidence({ ...base, merge_commit: 'main' })).toThrow(InvalidEvidenceError);
    expect(() => serializeEvidence({ ...base, denials: [{ code: 'x', message: 'no rule' }] })).toThrow(/\/denials\/0/);
  });
});
