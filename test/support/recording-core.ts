// A recording @actions/core for running an action's library function in-process: inputs from a map
// (trimmed, as the toolkit's getInput does), outputs and failures kept, every log line kept with its level.

import type { ActionsCore } from '../../src/actions/toolkit.js';

export interface RecordedCore {
  core: ActionsCore;
  outputs: Record<string, string>;
  log: string[];
  failed: string[];
}

export function recordingCore(inputs: Record<string, string>): RecordedCore {
  const r: RecordedCore = { core: undefined as unknown as ActionsCore, outputs: {}, log: [], failed: [] };
  const summary = { addRaw: () => summary, write: async () => summary };
  r.core = {
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setOutput: (name: string, value: unknown) => void (r.outputs[name] = String(value)),
    saveState: () => undefined,
    getState: () => '',
    setSecret: () => undefined,
    setFailed: (m: string | Error) => void r.failed.push(String(m)),
    info: (m: string) => void r.log.push(`info ${m}`),
    debug: () => undefined,
    warning: (m: string | Error) => void r.log.push(`warning ${String(m)}`),
    error: (m: string | Error) => void r.log.push(`error ${String(m)}`),
    notice: (m: string | Error) => void r.log.push(`notice ${String(m)}`),
    summary,
  } as unknown as ActionsCore;
  return r;
}
