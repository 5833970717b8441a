import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  TEXT_MEDIUM_ALLOWED_SHOWN,
  displayPath,
  md,
  renderMarkdown,
  renderText,
  sortFiles
} from "./chunk-BC5MZYTJ.js";
import "./chunk-QM3FMFE2.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-ERUCQBI4.js";
import "./chunk-LKLDWFYK.js";
export {
  TEXT_MEDIUM_ALLOWED_SHOWN,
  displayPath,
  md,
  renderMarkdown,
  renderText,
  sortFiles
};
