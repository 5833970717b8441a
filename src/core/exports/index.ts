// Every runtime export, by target name.
import { renderClaude } from './claude.js';
import { renderCodex } from './codex.js';
import { renderCopilot } from './copilot.js';
import { renderGhAw } from './gh-aw.js';
import { renderHardenRunner } from './harden-runner.js';
import type { ExportInput, ExportTarget, Rendering } from './target.js';

export { EXPORT_TARGETS, ExportError, type ExportInput, type ExportTarget, type Rendering, type RenderedFile } from './target.js';

const RENDERERS: Readonly<Record<ExportTarget, (input: ExportInput) => Rendering>> = {
  claude: renderClaude,
  codex: renderCodex,
  'gh-aw': renderGhAw,
  'harden-runner': renderHardenRunner,
  copilot: renderCopilot,
};

export function renderTarget(target: ExportTarget, input: ExportInput): Rendering {
  return RENDERERS[target](input);
}
