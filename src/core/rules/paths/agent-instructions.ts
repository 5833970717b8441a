import { defineRule } from '../rule.js';

export const agentInstructions = defineRule({
  id: 'paths/agent-instructions',
  codes: ['protected_agent_config'],
  summary: "Agent instruction files in every case and suffix variant (AGENTS.md, CLAUDE.md, *.prompt.md, ...) and every coding agent's configuration and skill folders steer an agent and can start processes: always high.",
  fix: 'Have a person review and approve changes to what agents are told or run.',
});
