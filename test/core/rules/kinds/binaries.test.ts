// kinds/binaries: native executables and libraries by their magic bytes, in a real git repository
// (the head blob's first bytes are read by the git adapter), and the pure detector.
import { nativeFormat } from '../../../../src/core/native-binary.js';
import { isolateProcessGitConfig, TestRepo } from '../../../support/git-repo.js';
import { fileOf, reviewOnBranch } from '../../../support/review-scenario.js';

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8), Buffer.from([3, 0, 0x3e, 0]), Buffer.alloc(40)]);
const PE = (() => {
  const b = Buffer.alloc(128);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(64, 0x3c);
  b.write('PE\0\0', 64, 'latin1');
  return b;
})();
const MACHO = Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), Buffer.alloc(56)]);
const FAT = Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]), Buffer.alloc(56)]);
const CLASS = Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61]), Buffer.alloc(56)]);

describe('nativeFormat', () => {
  test('names ELF, PE, Mach-O (thin and fat) and WebAssembly', () => {
    expect(nativeFormat(ELF)).toBe('ELF 64-bit shared object or PIE executable');
    expect(nativeFormat(PE)).toBe('PE executable or DLL');
    expect(nativeFormat(MACHO)).toBe('Mach-O 64-bit');
    expect(nativeFormat(FAT)).toBe('Mach-O universal (fat) binary');
    expect(nativeFormat(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBe('WebAssembly module');
  });
  test('leaves images, Java classes and text that starts with MZ alone', () => {
    expect(nativeFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(nativeFormat(CLASS)).toBeNull();
    expect(nativeFormat(Buffer.from('MZ is a text file\n'))).toBeNull();
  });
});

describe('attack: native binaries committed as assets or data', () => {
  let repo: TestRepo;
  let restore: () => void;
  beforeAll(async () => {
    restore = isolateProcessGitConfig();
    repo = await TestRepo.init();
    await repo.write('README.md', '# x\n');
    await repo.commit('base');
  });
  afterAll(() => restore());

  test.each([
    ['assets/logo.png', ELF, /ELF 64-bit/],
    // The change set names the format from the blob's first bytes (the adapter's wording).
    ['docs/tool.dll', PE, /PE\/DOS executable \(MZ\)/],
    ['test/fixtures/helper.bin', MACHO, /Mach-O 64-bit/],
    ['vendor/lib/libfoo.dylib', FAT, /Mach-O universal/],
  ])('%s is high and the reason names the format', async (path, bytes, format) => {
    const e = await reviewOnBranch(repo, (r) => r.write(path, bytes), { prefix: 'native' });
    const f = fileOf(e, path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons).toContainEqual({ rule: 'kinds/binaries', code: 'native_binary', message: expect.stringMatching(format) });
  });

  test('a PNG image stays an asset (binary content, no native format)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const e = await reviewOnBranch(repo, (r) => r.write('docs/img/shot.png', png), { prefix: 'native' });
    expect(fileOf(e, 'docs/img/shot.png').reasons.map((r) => r.code)).not.toContain('native_binary');
  });
});
