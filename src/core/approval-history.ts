// Change requests judged from the pull request's history, not from each reviewer's latest review alone.
// A dismissal withdraws a change request only when whoever dismissed it could approve (an agent's token,
// the author, a bot or someone below write can dismiss a human's change request on GitHub: that is not
// the reviewer changing their mind). And a change request on commit A stands for A until the same
// reviewer approves A itself: approving B does not withdraw it once the head is force-pushed back to A.
// Pure; the timeline's `review_dismissed` events are read by src/adapters/github-pulls.ts.

import type { AccountFact, ReviewFact } from './approvals.js';
import type { Qualifier } from './approval-qualifier.js';
import { foldLogin } from './logins.js';

/** A `review_dismissed` timeline event: who dismissed which review, and what that review was before. */
export interface DismissalFact {
  reviewId: number;
  /** Null when the event names no actor (a deleted account). */
  actor: AccountFact | null;
  /** The review's state before the dismissal, upper-cased (`dismissed_review.state`). */
  state: string;
  at?: string | null;
}

export interface Restored {
  /** The state the review is judged with. */
  state: string;
  /** Why a DISMISSED review is judged as a change request (absent when it is not). */
  why?: string;
}

const sameSha = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * The state a review is judged with. A DISMISSED review stays dismissed when the dismissals were not
 * looked up (undefined: the caller did not read the timeline), when it was not a change request, or
 * when a qualified person dismissed it. Otherwise it is a change request again: its dismissal is not in
 * the timeline (who dismissed it is unknown), or whoever dismissed it could not approve.
 */
export function judgedState(review: ReviewFact, state: string, dismissals: readonly DismissalFact[] | undefined, q: Qualifier): Restored {
  if (state !== 'DISMISSED' || dismissals === undefined) return { state };
  const record = [...dismissals].reverse().find((d) => d.reviewId === review.id);
  if (!record) return { state: 'CHANGES_REQUESTED', why: "its dismissal is not in the pull request's timeline, so who dismissed it (and what it was) is unknown" };
  if (record.state !== 'CHANGES_REQUESTED') return { state };
  if (!record.actor || !record.actor.login) return { state: 'CHANGES_REQUESTED', why: 'it was dismissed by an account that no longer exists, which could not approve' };
  const dq = q.check(record.actor);
  if (dq) return { state: 'CHANGES_REQUESTED', why: `it was dismissed by ${record.actor.login}, who could not approve (${record.actor.login} ${dq.reason})` };
  return { state };
}

/**
 * Per reviewer (folded login), their change requests on the head commit that no later approval of the
 * head by them withdrew, when their latest decisive review is not itself that change request.
 */
export function changeRequestsOnHead(judged: readonly { review: ReviewFact; state: string }[], headSha: string): Map<string, ReviewFact> {
  const standing = new Map<string, ReviewFact>();
  for (const { review, state } of judged) {
    if (!review.user?.login) continue;
    const key = foldLogin(review.user.login);
    if (state === 'CHANGES_REQUESTED' && sameSha(review.commitId, headSha)) standing.set(key, review);
    else if (state === 'APPROVED' && sameSha(review.commitId, headSha)) standing.delete(key);
  }
  return standing;
}
