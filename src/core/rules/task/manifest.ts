import { defineRule } from '../rule.js';

export const manifestCeiling = defineRule({
  id: 'task/manifest',
  codes: ['unknown_subject', 'unknown_capability', 'capability_outside_ceiling', 'network_host_not_allowed', 'manifest_expired'],
  summary: "A task manifest stays within the policy: a subject the policy defines, capabilities within the subject's ceiling, network hosts the policy allows, not expired.",
  fix: 'Correct the manifest, or widen the subject in the policy in a change of its own.',
});
