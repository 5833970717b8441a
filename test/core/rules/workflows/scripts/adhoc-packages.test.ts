import { adhocInstalls } from '../../../../../src/core/rules/workflows/scripts/adhoc-packages.js';
import { codes, review, only, CLEAN } from '../fixtures.js';

describe('workflows/adhoc-packages', () => {
  test('a package named on pip, npm and uv install lines is reported, with the command', () => {
    const r = review(CLEAN, CLEAN.replace('run: npm test', 'run: python -m pip install -e . --group typecheck requests'));
    expect(codes(r)).toEqual(['workflow_adhoc_install']);
    expect(only(r, 'workflow_adhoc_install')[0]!.message).toContain('"python -m pip install requests"');
    expect(adhocInstalls('uv add --group dev pytest')).toEqual(['uv add pytest']);
    expect(adhocInstalls('npm install left-pad')).toEqual(['npm install left-pad']);
  });

  test('the value of --group and --extra is a dependency group of the project\'s manifest, not a package', () => {
    // psf/requests' typecheck workflow: the project itself and its "typecheck" group from pyproject.toml.
    expect(adhocInstalls('python -m pip install -e . --group typecheck')).toEqual([]);
    expect(adhocInstalls('pip install --group pyproject.toml:test .')).toEqual([]);
    expect(adhocInstalls('uv pip install --extra docs -e .')).toEqual([]);
    expect(codes(review(CLEAN, CLEAN.replace('run: npm test', 'run: python -m pip install -e . --group typecheck')))).toEqual([]);
  });
});
