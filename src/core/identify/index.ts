// Positive identification: what a changed file is, decided by its path alone (pure). A directory-wide
// tier glob gives its tier only to content whose effect a reviewer sees in the diff (source, prose,
// tests and their data, assets); dependency manifests are at least medium; what a tool discovers and
// loads by name, and anything not identified, is high unless the policy names it by exact path or a
// narrow pattern. Agent, start-up and toolchain families are protected (the floor no policy lowers).
import { isCommunityFile, type ProtectedRuleId } from '../protected.js';
import type { Tier } from '../tiers.js';
import { contentKindOfName, inTestDirectory } from './content.js';
import { hasDependencyReader, isDependencyName } from './dependencies.js';
import { isAgentFile, isBuildScript, isCiServiceFile, isEditorLoadedConfig, isInterpreterStartup, isPackagingManifest, isReviewAssignment, isToolchainSelector, isToolConfig } from './families.js';

export type IdentityCode =
  | 'content_source'
  | 'content_docs'
  | 'content_test'
  | 'content_asset'
  | 'content_data'
  | 'dependency_manifest'
  | 'tool_config'
  | 'ci_service_config'
  | 'build_script'
  | 'review_config'
  | 'dotfile'
  | 'rc_file'
  | 'root_config'
  | 'unidentified';

export interface Identity {
  code: IdentityCode | 'protected_agent_config' | 'protected_tool_config' | 'protected_toolchain_selector';
  /** The rule the outcome belongs to: `paths/identify`, or the protected rule of a protected family. */
  rule: 'paths/identify' | ProtectedRuleId;
  message: string;
  /** The lowest tier a directory-wide glob or the default tier may give (null: content, no floor). */
  floor: Tier | null;
  /** A protected family: high whatever the policy says. */
  protect: boolean;
}

const NAMED = 'high unless the policy names it by exact path or a narrow pattern';
const MEDIUM = 'at least medium unless the policy names it by exact path or a narrow pattern';
const intern = new Map<string, Identity>();
function identity(rule: Identity['rule'], code: Identity['code'], message: string, floor: Tier | null, protect = false): Identity {
  const key = `${code}\u0000${message}`;
  let id = intern.get(key);
  if (id === undefined) intern.set(key, (id = Object.freeze({ rule, code, message, floor, protect })));
  return id;
}

/** Extensions of configuration that tools look for at the repository root. */
const CONFIG_EXTENSIONS: ReadonlySet<string> = new Set(['json', 'jsonc', 'json5', 'yml', 'yaml', 'toml', 'ini', 'cfg', 'conf', 'properties', 'xml', 'config', 'plist', 'hcl', 'nix', 'star']);
/** Dotfiles that only list paths or formatting, or hold a directory in place: their whole effect is in the diff. */
const INERT_DOTFILE = /^\.(?:[a-z0-9_-]*ignore|gitkeep|keep|editorconfig|mailmap|nojekyll)$/;
const RC_NAME = /^[a-z][a-z0-9_-]{2,}rc(?:\.(?:json5?|jsonc|ya?ml|[cm]?js|ts|toml|ini|conf|cfg|sh|py|rb))?$/;

/** What `folded` (a canonical, case-folded path) is. */
export function identifyPath(folded: string): Identity {
  const segments = folded.split('/');
  const name = segments[segments.length - 1]!;
  if (isAgentFile(segments)) {
    return identity('paths/agent-instructions', 'protected_agent_config', `agent instructions or an agent's configuration or skill folder (${name}): agents read it by name`, 'high', true);
  }
  if (isInterpreterStartup(name)) {
    return identity('paths/tool-config', 'protected_tool_config', `interpreter start-up file (${name}): the interpreter runs it before any code`, 'high', true);
  }
  if (isToolchainSelector(name)) {
    return identity('paths/toolchain-selectors', 'protected_toolchain_selector', `toolchain selector (${name}): a version manager or setup action selects, and may download, another toolchain`, 'high', true);
  }
  if (isCommunityFile(folded)) return identity('paths/identify', 'content_docs', 'community file GitHub shows to people (contributing guide, security policy, templates): documentation', null);
  if (isCiServiceFile(name)) return identity('paths/identify', 'ci_service_config', `CI or hosted-build service configuration (${name}): the service runs it from the pushed commit; ${NAMED}`, 'high');
  if (isDependencyName(segments)) {
    if (!hasDependencyReader(segments)) return identity('paths/identify', 'dependency_manifest', `dependency manifest or lockfile (${name}) that the dependency review has no reader for, so where it installs from is not checked: ${NAMED}`, 'high');
    return identity('paths/identify', 'dependency_manifest', `dependency manifest or lockfile (${name}): at least medium, the tier of a dependency change; its content review escalates what it finds`, 'medium');
  }
  if (isReviewAssignment(name)) return identity('paths/identify', 'review_config', `review assignment file (${name}): review bots take who may approve from it; ${NAMED}`, 'high');
  if (isEditorLoadedConfig(name)) {
    return identity('paths/identify', 'tool_config', `configuration that names plugins to load, run by editors when the folder is opened (${name}): ${NAMED}`, 'high');
  }
  // Invoked tools: their configuration and build scripts run only when a person or a workflow runs the
  // tool (as the source they build does), and what they do is in the diff. At least medium: a
  // directory-wide low glob never covers them, and a policy that reviews medium changes sees them.
  if (isToolConfig(name)) return identity('paths/identify', 'tool_config', `configuration of a tool run by a person or a workflow (${name}): its effect is in the diff; ${MEDIUM}`, 'medium');
  if (isPackagingManifest(name)) {
    return identity('paths/identify', 'tool_config', `packaging manifest (${name}): setuptools reads it to choose the files of a source distribution when a person or a workflow builds one; nothing in it runs and its effect is in the diff; ${MEDIUM}`, 'medium');
  }
  if (isBuildScript(segments)) return identity('paths/identify', 'build_script', `build script run by a person or a workflow (${name}): its commands are in the diff; ${MEDIUM}`, 'medium');
  // Dotfiles among test data are read by the tests that name them (fixtures of a tool's own config).
  if (inTestDirectory(segments) && segments.includes('testdata')) return identity('paths/identify', 'content_test', 'test code or test data (in a test or fixture directory)', null);
  const dotDir = segments.findIndex((s, i) => i < segments.length - 1 && s.startsWith('.'));
  if (dotDir !== -1) return identity('paths/identify', 'dotfile', `in a dot-directory (${segments[dotDir]}/): tools discover such folders by name; ${NAMED}`, 'high');
  if (name.startsWith('.') && !INERT_DOTFILE.test(name)) return identity('paths/identify', 'dotfile', `dotfile (${name}): tools discover and load dotfiles by name; ${NAMED}`, 'high');
  if (RC_NAME.test(name)) return identity('paths/identify', 'rc_file', `run-control file (${name}): a tool loads it by name; ${NAMED}`, 'high');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  if (segments.length === 1 && CONFIG_EXTENSIONS.has(ext)) {
    return identity('paths/identify', 'root_config', `configuration file at the repository root (${name}): tools look for their configuration there by name; ${NAMED}`, 'high');
  }
  if (name.startsWith('.')) return identity('paths/identify', 'content_data', 'ignore list or editor settings: lists paths or formatting only', null);
  const kind = contentKindOfName(name);
  if (inTestDirectory(segments) && (kind === null || kind === 'source' || kind === 'data')) {
    return identity('paths/identify', 'content_test', 'test code or test data (in a test or fixture directory)', null);
  }
  switch (kind) {
    case 'source':
      return identity('paths/identify', 'content_source', `source code (.${ext})`, null);
    case 'docs':
      return identity('paths/identify', 'content_docs', 'documentation', null);
    case 'asset':
      return identity('paths/identify', 'content_asset', `static asset (.${ext})`, null);
    case 'data':
      return identity('paths/identify', 'content_data', `data (.${ext})`, null);
    default:
      return identity('paths/identify', 'unidentified', `not identified as source, documentation, test, asset or data (${ext === '' ? 'no extension' : `.${ext}`}): ${NAMED}`, 'high');
  }
}

/** Whether a tier glob names files narrowly (an exact path, or a name pattern that keeps more than an extension). */
export function isNarrowGlob(glob: string): boolean {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  if (!/[*?[]/.test(last)) return true;
  return !/^\*+(?:\.(?:[^.*?[/]+|\{[^}]*\}))?$/.test(last);
}
