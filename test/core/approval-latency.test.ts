import fc from 'fast-check';
import { approvalLatency, type LatencyInput } from '../../src/core/approval-latency.js';

const t = (minute: number) => new Date(Date.UTC(2025, 0, 2, 9, minute)).toISOString();

function input(over: Partial<LatencyInput> = {}): LatencyInput {
  return { openedAt: t(0), events: [], approvals: [{ login: 'alice', reviewId: 1, submittedAt: t(30) }], required: 1, ...over };
}

describe('approvalLatency', () => {
  it('measures from opening when nothing else happened', () => {
    const r = approvalLatency(input());
    expect(r).toEqual({ measured: true, latency: { seconds: 1800, start: { kind: 'opened', at: t(0) }, satisfiedAt: t(30), satisfiedBy: { login: 'alice', reviewId: 1 } } });
  });

  it('measures from ready for review when the pull request was a draft', () => {
    const r = approvalLatency(input({ events: [{ kind: 'ready_for_review', at: t(10) }] }));
    expect(r.measured && r.latency).toMatchObject({ seconds: 1200, start: { kind: 'ready_for_review', at: t(10) } });
  });

  it("measures from the latest review request to the approver who satisfied the gate, at or before the approval", () => {
    const r = approvalLatency(
      input({
        events: [
          { kind: 'ready_for_review', at: t(5) },
          { kind: 'review_requested', at: t(8), reviewer: 'Alice' },
          { kind: 'review_requested', at: t(20), reviewer: 'alice' },
          { kind: 'review_requested', at: t(25), reviewer: 'bob' }, // someone else
          { kind: 'review_requested', at: t(40), reviewer: 'alice' }, // after the approval
          { kind: 'review_requested', at: t(22) }, // a team request: not tied to the approver
        ],
      }),
    );
    expect(r.measured && r.latency).toMatchObject({ seconds: 600, start: { kind: 'review_requested', at: t(20), reviewer: 'alice' } });
  });

  it('the satisfying approval is the one that reached the count (the second of two required)', () => {
    const r = approvalLatency(
      input({
        required: 2,
        approvals: [
          { login: 'carol', reviewId: 9, submittedAt: t(50) },
          { login: 'alice', reviewId: 3, submittedAt: t(30) },
          { login: 'bob', reviewId: 4, submittedAt: t(40) },
        ],
      }),
    );
    expect(r.measured && r.latency.satisfiedBy).toEqual({ login: 'bob', reviewId: 4 });
  });

  it('with code owners, the gate is satisfied only once every owned path has its owner', () => {
    const r = approvalLatency(
      input({
        approvals: [
          { login: 'alice', reviewId: 1, submittedAt: t(10) },
          { login: 'olga', reviewId: 2, submittedAt: t(45) },
        ],
        codeownerPaths: [{ path: 'infra/main.tf', satisfiedBy: ['Olga'] }],
      }),
    );
    expect(r.measured && r.latency).toMatchObject({ seconds: 2700, satisfiedBy: { login: 'olga' } });
  });

  it('says why when there is nothing to measure', () => {
    expect(approvalLatency(input({ required: 0 }))).toEqual({ measured: false, reason: 'no approval was required' });
    expect(approvalLatency(input({ openedAt: 'yesterday' })).measured).toBe(false);
    expect(approvalLatency(input({ approvals: [{ login: 'alice', reviewId: 1, submittedAt: null }] }))).toEqual({
      measured: false,
      reason: 'the counted approvals do not satisfy the gate (1 approval without a submission time)',
    });
  });

  it('is never negative and never starts after the approval, whatever the order of events', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom('ready_for_review' as const, 'review_requested' as const), minute: fc.integer({ min: 0, max: 59 }), reviewer: fc.constantFrom('alice', 'bob', null) }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 59 }),
        (events, approvalMinute) => {
          const r = approvalLatency(input({ openedAt: t(0), approvals: [{ login: 'alice', reviewId: 1, submittedAt: t(approvalMinute) }], events: events.map((e) => ({ kind: e.kind, at: t(e.minute), reviewer: e.reviewer })) }));
          if (!r.measured) return false;
          const start = Date.parse(r.latency.start.at);
          return r.latency.seconds >= 0 && start <= Date.parse(t(approvalMinute)) && r.latency.seconds === Math.round((Date.parse(t(approvalMinute)) - start) / 1000);
        },
      ),
    );
  });
});
