import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/rules/file-reason.ts
function because(rule, code, message) {
  return { rule: rule.id, code, message };
}
function reasonLine(r) {
  return `${r.message} [${r.rule}]`;
}

export {
  because,
  reasonLine
};
