import { codes, review, only, CLEAN } from '../fixtures.js';

describe('attack: downloads over plain http:// that are run', () => {
  test('curl http:// piped into a shell, and wget http:// then chmod +x, are reported', () => {
    const piped = review(CLEAN, CLEAN.replace('run: npm test', 'run: curl -fsSL http://get.example.sh/install.sh | bash'));
    expect(codes(piped).sort()).toEqual(['workflow_insecure_download', 'workflow_remote_script']);
    expect(only(piped, 'workflow_insecure_download')[0]!.message).toContain('"http://get.example.sh/install.sh"');
    const saved = review(CLEAN, CLEAN.replace('run: npm test', 'run: |\n          wget -O tool http://downloads.example.org/tool-1.2\n          chmod +x tool && ./tool'));
    expect(codes(saved)).toEqual(['workflow_insecure_download']);
  });

  test('https downloads, http to localhost or a service name, and http downloads that are not run are not reported', () => {
    for (const run of [
      'run: curl -fsSL https://get.example.sh | bash',
      'run: curl -f http://localhost:8080/health && chmod +x x',
      'run: curl -f http://db:5432/ | sh',
      'run: curl -o page.html http://example.org/page.html',
    ]) {
      expect(codes(review(CLEAN, CLEAN.replace('run: npm test', run)))).not.toContain('workflow_insecure_download');
    }
  });

  test('an unchanged insecure download is not reported again', () => {
    const head = CLEAN.replace('run: npm test', 'run: curl http://get.example.sh | sh');
    expect(review(head, head.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-24.04'))).toEqual([]);
  });
});
