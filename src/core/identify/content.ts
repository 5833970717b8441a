// Content whose effect a reviewer sees in the diff: source code, prose documentation, test code and
// data, static assets. Identified by extension (folded), by the names of prose files, and by test and
// fixture directories. Only these take a directory-wide tier from the policy.

export type ContentKind = 'source' | 'docs' | 'asset' | 'data';

const SOURCE = [
  'go', 'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'py', 'pyi', 'rb', 'rs', 'java', 'kt', 'kts', 'scala', 'sc', 'groovy',
  'c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'inl', 'cs', 'fs', 'fsi', 'fsx', 'vb', 'swift', 'm', 'mm', 'php', 'pl', 'pm', 't',
  'lua', 'ex', 'exs', 'erl', 'hrl', 'hs', 'lhs', 'ml', 'mli', 'clj', 'cljs', 'cljc', 'edn', 'dart', 'r', 'jl', 'sql', 'vue', 'svelte',
  'astro', 'css', 'scss', 'sass', 'less', 'styl', 'html', 'htm', 'xhtml', 'sh', 'bash', 'zsh', 'fish', 'ps1', 'psm1', 'psd1', 'bat',
  'cmd', 'tf', 'tfvars', 'hcl', 'proto', 'graphql', 'gql', 'thrift', 'avsc', 'elm', 'nim', 'zig', 'sol', 'cu', 'cuh', 'f90', 'f',
  'tmpl', 'tpl', 'gotmpl', 'j2', 'jinja', 'jinja2', 'hbs', 'handlebars', 'ejs', 'pug', 'mustache', 'liquid', 'twig', 'erb', 'haml',
  'slim', 'cshtml', 'razor', 'xaml', 'ipynb', 'rego', 'cue', 'jsonnet', 'libsonnet', 'lean', 'v', 'sv', 'vhd', 'vhdl', 'asm', 's',
  'ada', 'adb', 'ads', 'pas', 'd', 'cr', 'purs', 'res', 'resi', 're', 'rei', 'gleam', 'odin', 'wat', 'awk', 'sed', 'tcl', 'vim',
  'el', 'lisp', 'scm', 'rkt', 'coffee', 'ls', 'mdx', 'qml', 'glsl', 'hlsl', 'wgsl', 'metal', 'smithy', 'kql', 'prisma',
];
const DOCS = ['md', 'markdown', 'mdown', 'rst', 'adoc', 'asciidoc', 'txt', 'text', 'rtf', 'tex', 'org', 'pod', 'textile', 'wiki', 'man', 'nfo', 'bib'];
const ASSET = [
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'ico', 'icns', 'webp', 'avif', 'bmp', 'tif', 'tiff', 'heic', 'woff', 'woff2', 'ttf', 'otf',
  'eot', 'mp3', 'mp4', 'm4a', 'm4v', 'webm', 'mov', 'avi', 'wav', 'ogg', 'oga', 'flac', 'pdf', 'drawio', 'excalidraw', 'cast',
  'psd', 'xcf', 'sketch', 'fig', 'ai', 'eps', 'dot', 'puml', 'plantuml', 'mermaid', 'mmd', 'odp', 'odt', 'ods', 'odg', 'pptx', 'docx', 'xlsx',
];
const DATA = [
  'json', 'jsonc', 'json5', 'jsonl', 'ndjson', 'geojson', 'yaml', 'yml', 'toml', 'xml', 'xsd', 'xsl', 'xslt', 'wsdl', 'csv', 'tsv',
  'psv', 'ini', 'cfg', 'conf', 'properties', 'golden', 'snap', 'out', 'log', 'diff', 'patch', 'crt', 'cer', 'csr', 'der', 'pub',
  'asc', 'sig', 'sha256', 'sha512', 'sha1', 'md5', 'list', 'po', 'pot', 'mo', 'arb', 'xliff', 'xlf', 'strings', 'resx', 'plist',
  'sum', 'srt', 'vtt', 'ics', 'vcf', 'parquet', 'avro', 'sqlite', 'db', 'har', 'pcap', 'eml', 'gpx', 'kml', 'wkt', 'tgz', 'gz', 'zip',
  'tar', 'bz2', 'xz', 'zst', 'dat', 'bin', 'raw', 'npy', 'npz', 'pb', 'onnx', 'safetensors', 'ttl', 'rdf', 'nt',
  'jks', 'p12', 'pfx', 'keystore', 'tfstate', 'mod', 'lock', 'example', 'sample', 'bak', 'orig', 'old', 'template', 'tmp',
];

const BY_EXTENSION: ReadonlyMap<string, ContentKind> = new Map<string, ContentKind>([
  ...DATA.map((e) => [e, 'data'] as const),
  ...ASSET.map((e) => [e, 'asset'] as const),
  ...DOCS.map((e) => [e, 'docs'] as const),
  ...SOURCE.map((e) => [e, 'source'] as const),
]);

/** Prose files known by name (folded, without extension). */
const PROSE_NAMES: ReadonlySet<string> = new Set([
  'readme', 'license', 'licence', 'copying', 'copyright', 'notice', 'authors', 'contributors', 'changelog', 'changes', 'history',
  'news', 'maintainers', 'code_of_conduct', 'contributing', 'security', 'support', 'patents', 'governance', 'thanks', 'todo',
  'users', 'adopters', 'roadmap', 'releasing', 'release', 'version', 'unlicense', 'install', 'credits', 'faq', 'security_contacts',
]);

/** Directories whose files are tests and their data: tools of the project read them only when a test names them. */
const TEST_DIRS: ReadonlySet<string> = new Set([
  'test', 'tests', 'testdata', 'test-data', 'test_data', '__tests__', 'spec', 'specs', 'fixtures', '__fixtures__', 'fixture',
  '__snapshots__', 'e2e', 'testing', 'golden', 'goldens', 'examples', 'example', 'samples', 'sample',
]);

/** The content kind of a folded base name, or null when the name says nothing known. */
export function contentKindOfName(name: string): ContentKind | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return PROSE_NAMES.has(name) ? 'docs' : null;
  const kind = BY_EXTENSION.get(name.slice(dot + 1));
  if (kind !== undefined) return kind;
  return PROSE_NAMES.has(name.slice(0, name.indexOf('.'))) ? 'docs' : null;
}

/** Whether a directory segment of the (folded) path is a test or fixture directory. */
export function inTestDirectory(segments: readonly string[]): boolean {
  for (let i = 0; i < segments.length - 1; i++) if (TEST_DIRS.has(segments[i]!)) return true;
  return false;
}
