import { defineRule } from '../rule.js';

export const packageManager = defineRule({
  id: 'paths/package-manager',
  codes: ['protected_package_manager_config'],
  summary: 'Package-manager configuration (registries, install hooks, loaders) and installed-dependency or bytecode directories run code on install or replace what the lockfile installs: always high.',
  fix: 'Have a person review and approve the change; never commit node_modules, .venv or bytecode.',
});
