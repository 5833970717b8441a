// The initiators decided from the workflow_dispatch runs on the commits a change starts from: which
// commits those are, who each run names, and every way the answer is not established (a problem).

import { decideInitiators, MAX_START_COMMITS, startCommits } from '../../src/core/approval-initiator.js';

const sha = (c: string) => c.repeat(40);
const run = (id: number, head: string, actor: string | null, triggering: string | null = actor, event = 'workflow_dispatch') => ({
  id,
  event,
  head_sha: head,
  path: '.github/workflows/agent.yml',
  actor: actor ? { login: actor, id: id * 10, type: 'User' } : null,
  triggering_actor: triggering ? { login: triggering, id: id * 10 + 1, type: 'User' } : null,
});

describe('startCommits', () => {
  it('a merge of the base into the branch: the first commit\'s parent, not the base commit the merge brought in', () => {
    const commits = [
      { sha: sha('1'), parents: [{ sha: sha('a') }] },
      { sha: sha('2'), parents: [{ sha: sha('1') }, { sha: sha('c') }] },
    ];
    expect(startCommits(sha('d'), commits)).toEqual([sha('d'), sha('a')]);
  });

  it('the merge base, then the parents of the roots of the change, without repeats', () => {
    const commits = [
      { sha: sha('1'), parents: [{ sha: sha('a') }] },
      { sha: sha('2'), parents: [{ sha: sha('1') }, { sha: sha('b') }] },
      { sha: sha('3'), parents: [{ sha: sha('2') }, { sha: sha('a') }] },
    ];
    expect(startCommits(sha('b'), commits)).toEqual([sha('b'), sha('a')]);
  });

  it('no merge base and no parents: nothing (the core then says the initiators are unknown)', () => {
    expect(startCommits(null, [{ sha: sha('1') }])).toEqual([]);
    expect(decideInitiators([], []).problems).toEqual(["the commit the change starts from (its merge base) is unknown: who dispatched the agent's task cannot be looked up"]);
  });
});

describe('decideInitiators', () => {
  it("each run's actor and triggering actor, once per run", () => {
    const d = decideInitiators([sha('a')], [{ sha: sha('a'), runs: [run(1, sha('a'), 'ian'), run(2, sha('a'), 'ian', 'rita')], complete: true }]);
    expect(d.problems).toEqual([]);
    expect(d.initiators.map((i) => [i.login, i.runId, i.role])).toEqual([
      ['ian', 1, 'actor'],
      ['ian', 2, 'actor'],
      ['rita', 2, 'triggering_actor'],
    ]);
  });

  it('a run of another event or on another commit than asked is not an initiator', () => {
    const d = decideInitiators([sha('a')], [{ sha: sha('a'), runs: [run(1, sha('a'), 'ian', 'ian', 'push'), run(2, sha('b'), 'ian')], complete: true }]);
    expect(d.initiators).toEqual([]);
    expect(d.problems).toEqual([]);
  });

  it('a run naming nobody, a list cut at the page cap, a commit not looked up, too many commits: each a problem', () => {
    expect(decideInitiators([sha('a')], [{ sha: sha('a'), runs: [run(7, sha('a'), null, null)], complete: true }]).problems).toEqual([
      `workflow_dispatch run 7 on ${sha('a').slice(0, 12)} names no actor: who started it is unknown`,
    ]);
    expect(decideInitiators([sha('a')], [{ sha: sha('a'), runs: [], complete: false }]).problems).toEqual([
      `more workflow_dispatch runs on ${sha('a').slice(0, 12)} exist than the gate reads: who dispatched the agent's task is not established`,
    ]);
    expect(decideInitiators([sha('a')], []).problems).toEqual([`the workflow_dispatch runs on ${sha('a').slice(0, 12)} were not looked up: who dispatched the agent's task is unknown`]);
    const many = ['1', '2', '3', '4', '5', '6'].map(sha);
    const d = decideInitiators(many, many.map((s) => ({ sha: s, runs: [], complete: true })));
    expect(MAX_START_COMMITS).toBe(5);
    expect(d.problems).toEqual(["the change starts from 6 commits outside it (at most 5 are looked up): who dispatched the agent's task is not established"]);
  });

  it('an unreadable list names the permission for 403 and 404, not for a server error', () => {
    const forbidden = decideInitiators([sha('a')], [{ sha: sha('a'), runs: null, complete: false, error: { status: 403, message: 'HTTP 403: Resource not accessible by integration' } }]);
    expect(forbidden.problems[0]).toContain('the token needs `actions: read`');
    const down = decideInitiators([sha('a')], [{ sha: sha('a'), runs: null, complete: false, error: { status: 502, message: 'HTTP 502' } }]);
    expect(down.problems[0]).not.toContain('actions: read');
    expect(down.problems[0]).toContain("who dispatched the agent's task is unknown");
  });
});
