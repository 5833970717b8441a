import { defineRule } from '../rule.js';

export const scope = defineRule({
  id: 'task/scope',
  codes: ['capability_denied', 'capability_not_granted', 'no_capability', 'capability_tier'],
  summary: 'With a task manifest, every changed path must be covered by the paths of a capability the task is granted; a capability with a tier raises the file to it.',
  fix: "Grant the task the capability that covers the path, or leave the path out of the change.",
});
