import { defineRule } from '../rule.js';

export const toolConfig = defineRule({
  id: 'paths/tool-config',
  codes: ['protected_tool_config'],
  summary: 'Test-runner, linter, formatter, build-tool, IDE and dev-environment configuration is loaded and executed automatically by the tools that find it: always high.',
  fix: 'Have a person review and approve the change.',
});
