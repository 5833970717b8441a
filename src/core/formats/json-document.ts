// A JSON file whose top level must be an object (package.json, composer.json, JSON lockfiles). Pure.

import { isObj, type Json } from '../json.js';
import { stripBom } from './lines.js';

/** The parsed object, or why the text is not one (the parser's first line, or the wrong top level). */
export function parseJsonObject(text: string): Json | string {
  try {
    const v: unknown = JSON.parse(stripBom(text));
    return isObj(v) ? v : 'the top level is not a JSON object';
  } catch (err) {
    return `not valid JSON: ${(err as Error).message.split('\n')[0]}`;
  }
}
