import type { CliIO } from './io.js';
export async function runExport(argv: string[], io: CliIO): Promise<number> {
  void argv;
  io.err('agent-guard export: not yet');
  return 3;
}
