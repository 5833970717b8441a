// The size bound of a policy, manifest or other configuration document, without the YAML parser that
// enforces it (yaml.ts re-exports it): `check` needs it to start reading documents before that loads.
export const MAX_DOCUMENT_BYTES = 256 * 1024;
