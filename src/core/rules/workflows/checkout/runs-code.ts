// Whether a step runs code from a checked-out tree: the third part of the pwn-request chain. Named
// build, install and test commands, scripts by path, and actions known to build or install what is in
// the workspace. A step not identified here is not called code-running (the chain's deny needs all
// three parts); the privileged checkout on its own still needs an approval.

import { own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { actionName, firstLine, inputText, withArgs, type Obj } from '../model.js';

const CODE_COMMAND = new RegExp(
  String.raw`(?:^|[;&|(]\s*|\bsudo\s+(?:-E\s+)?|\btime\s+)(` +
    [
      String.raw`npm\s+(?:ci|i|install|run|run-script|test|t|start|exec|rebuild|pack|publish)\b`,
      String.raw`(?:yarn|pnpm|bun)(?:\s|$)`,
      String.raw`npx\s`,
      String.raw`node\s+[^\s-]`,
      String.raw`deno\s+(?:run|task|test)\b`,
      String.raw`python[23]?(?:\.\d+)?\s+(?!-c\b)(?!-m\s+pip\s+install\s+(?!-e\b|\.|-r\b)[A-Za-z])\S`,
      String.raw`pip[23]?\s+install\s+(?:-e\s+|--editable\s+)?(?:\.|-r\s)`,
      String.raw`(?:poetry|pdm|hatch|uv)\s+(?:install|sync|run|build)\b`,
      String.raw`make\b`,
      String.raw`cmake\b`,
      String.raw`cargo\s+(?:build|test|run|check|clippy|bench)\b`,
      String.raw`go\s+(?:build|test|run|generate|vet|install\s+\.)`,
      String.raw`mvn\b`,
      String.raw`gradle\b`,
      String.raw`bundle\s+(?:install|exec)\b`,
      String.raw`rake\b`,
      String.raw`composer\s+(?:install|update|run|run-script)\b`,
      String.raw`dotnet\s+(?:build|test|run|restore|pack)\b`,
      String.raw`(?:pytest|tox|nox|pre-commit)\b`,
      String.raw`docker\s+(?:build|compose|buildx\s+build)\b`,
      String.raw`\.{1,2}\/[\w./-]+`,
      String.raw`(?:ba|z|da)?sh\s+[\w./-]+\.sh\b`,
      String.raw`(?:source|\.)\s+[\w./-]+`,
    ].join('|') +
    ')',
  'm',
);

/** Actions that build, install or run what is in the workspace, and the input that makes them do so (null: always). */
const CODE_ACTIONS: Record<string, { input: string; value: string } | null> = {
  'docker/build-push-action': null,
  'github/codeql-action/autobuild': null,
  'gradle/gradle-build-action': null,
  'pre-commit/action': null,
  'borales/actions-yarn': null,
  'bahmutov/npm-install': null,
  'cypress-io/github-action': null,
  'goreleaser/goreleaser-action': null,
  'php-actions/composer': null,
  'ruby/setup-ruby': { input: 'bundler-cache', value: 'true' },
  'pnpm/action-setup': { input: 'run_install', value: 'true' },
};

/**
 * What this step runs from the checked-out tree, as a phrase for a reason, or null. `dirs` are the
 * directories the pull request's code was checked out to ('' for the workspace root); a step in a
 * workflow whose checkout went to a subdirectory counts when it works in or names that directory.
 */
export function runsCheckedOutCode(step: Obj, dirs: readonly string[], sameStep: boolean): string | null {
  const uses = str(own(step, 'uses'));
  if (uses !== undefined) {
    const name = actionName(uses);
    if (!Object.hasOwn(CODE_ACTIONS, name)) return null;
    const when = CODE_ACTIONS[name];
    if (when && inputText(withArgs(step), when.input) !== when.value) return null;
    return `uses ${quoteValue(name)}, which builds or installs what is in the workspace`;
  }
  const run = scalarText(own(step, 'run'));
  if (run === undefined) return null;
  const hit = CODE_COMMAND.exec(run);
  if (!hit) return null;
  if (!sameStep && !dirs.includes('')) {
    const wd = scalarText(own(step, 'working-directory'))?.trim().replace(/^(\.\/+)+/, '') ?? '';
    const inDir = dirs.some((d) => wd === d || wd.startsWith(`${d}/`) || run.includes(d));
    if (!inDir) return null;
  }
  return `runs ${quoteValue(firstLine(hit[1]!.trim() === '' ? run : run.slice(hit.index).trim()))}`;
}
