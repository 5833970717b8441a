import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  ZipError,
  readZip
} from "./chunk-OEKITCD2.js";
import {
  require_formats,
  require_ucs2length
} from "./chunk-Q3GSJBK5.js";

// src/adapters/evidence-files.ts
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// precompiled:src/core/schema-validators-evidence.ts
var evidence = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/evidence.schema.json", "title": "agent-guard evidence", "type": "object", "required": ["version", "action", "job", "timings"], "properties": { "version": { "const": "agent-guard.evidence/v1" }, "action": { "enum": ["guard-diff", "approval-gate", "request-capability", "command"] }, "mode": { "type": "string", "maxLength": 32 }, "job": { "type": "object", "additionalProperties": false, "required": ["repository", "run_id", "workflow", "actor", "event"], "properties": { "repository": { "type": ["string", "null"], "maxLength": 4096 }, "run_id": { "type": ["string", "null"], "maxLength": 4096 }, "run_attempt": { "type": ["string", "null"], "maxLength": 4096 }, "workflow": { "type": ["string", "null"], "maxLength": 4096 }, "job": { "type": ["string", "null"], "maxLength": 4096 }, "actor": { "type": ["string", "null"], "maxLength": 4096 }, "event": { "type": ["string", "null"], "maxLength": 4096 }, "ref": { "type": ["string", "null"], "maxLength": 4096 }, "sha": { "type": ["string", "null"], "maxLength": 4096 } } }, "base": { "type": ["string", "null"], "maxLength": 256 }, "head": { "type": ["string", "null"], "maxLength": 256 }, "merge_base": { "type": "string", "maxLength": 64 }, "branch": { "type": ["string", "null"], "maxLength": 4096 }, "policy": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["source", "sha256"], "properties": { "source": { "type": "string", "maxLength": 4096 }, "sha256": { "type": "string", "pattern": "^([0-9a-f]{64})?$", "maxLength": 64 }, "baseline": { "type": "boolean" }, "exempt": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["path", "reason"], "properties": { "path": { "type": "string", "minLength": 1, "maxLength": 512 }, "reason": { "type": "string", "minLength": 3, "maxLength": 500 } } } } } }] }, "manifest": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["source", "sha256"], "properties": { "source": { "type": "string", "maxLength": 4096 }, "sha256": { "type": "string", "pattern": "^([0-9a-f]{64})?$", "maxLength": 64 } } }] }, "verdict": { "enum": ["allow", "approval_required", "deny", "granted", "refused"] }, "tier": { "enum": ["low", "medium", "high"] }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path", "status", "kind", "tier", "capability", "decision", "reasons"], "properties": { "path": { "type": "string", "maxLength": 8192 }, "previous_path": { "type": "string", "maxLength": 8192 }, "status": { "enum": ["added", "modified", "deleted", "renamed", "copied", "type_changed"] }, "kind": { "type": "string", "maxLength": 32 }, "tier": { "enum": ["low", "medium", "high"] }, "capability": { "type": ["string", "null"], "maxLength": 64 }, "decision": { "enum": ["allow", "approval_required", "deny"] }, "reasons": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "message": { "type": "string", "maxLength": 8192 } } } } } } }, "violations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "path": { "type": "string", "maxLength": 8192 }, "message": { "type": "string", "maxLength": 8192 } } } }, "capabilities": { "anyOf": [{ "type": "object", "properties": { "granted": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "needed": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "used": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "unused": { "type": "array", "items": { "type": "string", "maxLength": 64 } } } }, { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "maxLength": 64 }, "tier": { "enum": ["low", "medium", "high", null] }, "permissions": { "type": "object" } } } }] }, "denials": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "path": { "type": "string", "maxLength": 8192 }, "capability": { "type": "string", "maxLength": 64 }, "message": { "type": "string", "maxLength": 8192 } } } }, "merge_commit": { "type": ["string", "null"], "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "approval_requested_at": { "type": ["string", "null"], "format": "date-time" }, "approval_decided_at": { "type": ["string", "null"], "format": "date-time" }, "notes": { "type": "array", "maxItems": 64, "items": { "type": "string", "maxLength": 4096 } }, "approvals": { "type": ["object", "null"] }, "credentials": { "type": "array", "items": { "type": "object", "required": ["permissions", "issued_at", "expires_at"], "properties": { "permissions": { "type": "object" }, "issued_at": { "type": ["string", "null"], "format": "date-time" }, "expires_at": { "type": ["string", "null"], "format": "date-time" }, "revoked_at": { "type": ["string", "null"], "format": "date-time" } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["tool", "decision", "rule", "code", "message", "argv", "command_line", "capability", "pattern", "cwd", "task", "exit"], "properties": { "tool": { "enum": ["exec", "hook"] }, "decision": { "enum": ["allow", "deny"] }, "rule": { "type": "string", "pattern": "^commands/", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "message": { "type": "string", "maxLength": 16384 }, "argv": { "anyOf": [{ "type": "null" }, { "type": "array", "maxItems": 1024, "items": { "type": "string" } }] }, "command_line": { "type": ["string", "null"], "maxLength": 4096 }, "capability": { "type": ["string", "null"], "maxLength": 64 }, "pattern": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "type": "string" } }] }, "cwd": { "type": "string", "maxLength": 4096 }, "task": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["subject", "task_id"], "properties": { "subject": { "type": "string", "maxLength": 256 }, "task_id": { "type": ["string", "null"], "maxLength": 256 } } }] }, "runtime": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 200 } }, "env_passed": { "type": "array", "items": { "type": "string", "maxLength": 256 } }, "exit": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["exit_code", "signal", "duration_ms"], "properties": { "exit_code": { "type": ["integer", "null"] }, "signal": { "type": ["string", "null"], "maxLength": 32 }, "duration_ms": { "type": "number", "minimum": 0 }, "error": { "type": "string", "maxLength": 4096 } } }] } } }, "timings": { "type": "object", "required": ["started_at", "finished_at", "duration_ms"], "properties": { "started_at": { "type": "string", "format": "date-time" }, "finished_at": { "type": "string", "format": "date-time" }, "duration_ms": { "type": "number", "minimum": 0 } } } }, "additionalProperties": true };
var func1 = require_ucs2length().default;
var func2 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^([0-9a-f]{64})?$", "u");
var pattern6 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u");
var pattern7 = new RegExp("^commands/", "u");
var formats0 = require_formats().fullFormats["date-time"];
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.action === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.job === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.timings === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timings" }, message: "must have required property 'timings'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("agent-guard.evidence/v1" !== data.version) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "agent-guard.evidence/v1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data1 = data.action;
      if (!(data1 === "guard-diff" || data1 === "approval-gate" || data1 === "request-capability" || data1 === "command")) {
        const err5 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.action.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data2 = data.mode;
      if (typeof data2 === "string") {
        if (func1(data2) > 32) {
          const err6 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.job !== void 0) {
      let data3 = data.job;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.repository === void 0) {
          const err8 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.run_id === void 0) {
          const err9 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.workflow === void 0) {
          const err10 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.actor === void 0) {
          const err11 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.event === void 0) {
          const err12 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key0 in data3) {
          if (!func2.call(schema31.properties.job.properties, key0)) {
            const err13 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.repository !== void 0) {
          let data4 = data3.repository;
          if (typeof data4 !== "string" && data4 !== null) {
            const err14 = { instancePath: instancePath + "/job/repository", schemaPath: "#/properties/job/properties/repository/type", keyword: "type", params: { type: schema31.properties.job.properties.repository.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 === "string") {
            if (func1(data4) > 4096) {
              const err15 = { instancePath: instancePath + "/job/repository", schemaPath: "#/properties/job/properties/repository/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data3.run_id !== void 0) {
          let data5 = data3.run_id;
          if (typeof data5 !== "string" && data5 !== null) {
            const err16 = { instancePath: instancePath + "/job/run_id", schemaPath: "#/properties/job/properties/run_id/type", keyword: "type", params: { type: schema31.properties.job.properties.run_id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data5 === "string") {
            if (func1(data5) > 4096) {
              const err17 = { instancePath: instancePath + "/job/run_id", schemaPath: "#/properties/job/properties/run_id/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data3.run_attempt !== void 0) {
          let data6 = data3.run_attempt;
          if (typeof data6 !== "string" && data6 !== null) {
            const err18 = { instancePath: instancePath + "/job/run_attempt", schemaPath: "#/properties/job/properties/run_attempt/type", keyword: "type", params: { type: schema31.properties.job.properties.run_attempt.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (func1(data6) > 4096) {
              const err19 = { instancePath: instancePath + "/job/run_attempt", schemaPath: "#/properties/job/properties/run_attempt/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data3.workflow !== void 0) {
          let data7 = data3.workflow;
          if (typeof data7 !== "string" && data7 !== null) {
            const err20 = { instancePath: instancePath + "/job/workflow", schemaPath: "#/properties/job/properties/workflow/type", keyword: "type", params: { type: schema31.properties.job.properties.workflow.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (func1(data7) > 4096) {
              const err21 = { instancePath: instancePath + "/job/workflow", schemaPath: "#/properties/job/properties/workflow/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        if (data3.job !== void 0) {
          let data8 = data3.job;
          if (typeof data8 !== "string" && data8 !== null) {
            const err22 = { instancePath: instancePath + "/job/job", schemaPath: "#/properties/job/properties/job/type", keyword: "type", params: { type: schema31.properties.job.properties.job.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data8 === "string") {
            if (func1(data8) > 4096) {
              const err23 = { instancePath: instancePath + "/job/job", schemaPath: "#/properties/job/properties/job/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data3.actor !== void 0) {
          let data9 = data3.actor;
          if (typeof data9 !== "string" && data9 !== null) {
            const err24 = { instancePath: instancePath + "/job/actor", schemaPath: "#/properties/job/properties/actor/type", keyword: "type", params: { type: schema31.properties.job.properties.actor.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data9 === "string") {
            if (func1(data9) > 4096) {
              const err25 = { instancePath: instancePath + "/job/actor", schemaPath: "#/properties/job/properties/actor/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data3.event !== void 0) {
          let data10 = data3.event;
          if (typeof data10 !== "string" && data10 !== null) {
            const err26 = { instancePath: instancePath + "/job/event", schemaPath: "#/properties/job/properties/event/type", keyword: "type", params: { type: schema31.properties.job.properties.event.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 === "string") {
            if (func1(data10) > 4096) {
              const err27 = { instancePath: instancePath + "/job/event", schemaPath: "#/properties/job/properties/event/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data3.ref !== void 0) {
          let data11 = data3.ref;
          if (typeof data11 !== "string" && data11 !== null) {
            const err28 = { instancePath: instancePath + "/job/ref", schemaPath: "#/properties/job/properties/ref/type", keyword: "type", params: { type: schema31.properties.job.properties.ref.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data11 === "string") {
            if (func1(data11) > 4096) {
              const err29 = { instancePath: instancePath + "/job/ref", schemaPath: "#/properties/job/properties/ref/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data3.sha !== void 0) {
          let data12 = data3.sha;
          if (typeof data12 !== "string" && data12 !== null) {
            const err30 = { instancePath: instancePath + "/job/sha", schemaPath: "#/properties/job/properties/sha/type", keyword: "type", params: { type: schema31.properties.job.properties.sha.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 === "string") {
            if (func1(data12) > 4096) {
              const err31 = { instancePath: instancePath + "/job/sha", schemaPath: "#/properties/job/properties/sha/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data13 = data.base;
      if (typeof data13 !== "string" && data13 !== null) {
        const err33 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: schema31.properties.base.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (func1(data13) > 256) {
          const err34 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.head !== void 0) {
      let data14 = data.head;
      if (typeof data14 !== "string" && data14 !== null) {
        const err35 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: schema31.properties.head.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func1(data14) > 256) {
          const err36 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    if (data.merge_base !== void 0) {
      let data15 = data.merge_base;
      if (typeof data15 === "string") {
        if (func1(data15) > 64) {
          const err37 = { instancePath: instancePath + "/merge_base", schemaPath: "#/properties/merge_base/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/merge_base", schemaPath: "#/properties/merge_base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.branch !== void 0) {
      let data16 = data.branch;
      if (typeof data16 !== "string" && data16 !== null) {
        const err39 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: schema31.properties.branch.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data16 === "string") {
        if (func1(data16) > 4096) {
          const err40 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    if (data.policy !== void 0) {
      let data17 = data.policy;
      const _errs36 = errors;
      let valid2 = false;
      const _errs37 = errors;
      if (data17 !== null) {
        const err41 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      var _valid0 = _errs37 === errors;
      valid2 = valid2 || _valid0;
      const _errs39 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.source === void 0) {
          const err42 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data17.sha256 === void 0) {
          const err43 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key1 in data17) {
          if (!(key1 === "source" || key1 === "sha256" || key1 === "baseline" || key1 === "exempt")) {
            const err44 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data17.source !== void 0) {
          let data18 = data17.source;
          if (typeof data18 === "string") {
            if (func1(data18) > 4096) {
              const err45 = { instancePath: instancePath + "/policy/source", schemaPath: "#/properties/policy/anyOf/1/properties/source/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/policy/source", schemaPath: "#/properties/policy/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data17.sha256 !== void 0) {
          let data19 = data17.sha256;
          if (typeof data19 === "string") {
            if (func1(data19) > 64) {
              const err47 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (!pattern4.test(data19)) {
              const err48 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{64})?$" }, message: 'must match pattern "^([0-9a-f]{64})?$"' };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data17.baseline !== void 0) {
          if (typeof data17.baseline !== "boolean") {
            const err50 = { instancePath: instancePath + "/policy/baseline", schemaPath: "#/properties/policy/anyOf/1/properties/baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data17.exempt !== void 0) {
          let data21 = data17.exempt;
          if (Array.isArray(data21)) {
            if (data21.length > 200) {
              const err51 = { instancePath: instancePath + "/policy/exempt", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            const len0 = data21.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data22 = data21[i0];
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.path === void 0) {
                  const err52 = { instancePath: instancePath + "/policy/exempt/" + i0, schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data22.reason === void 0) {
                  const err53 = { instancePath: instancePath + "/policy/exempt/" + i0, schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                for (const key2 in data22) {
                  if (!(key2 === "path" || key2 === "reason")) {
                    const err54 = { instancePath: instancePath + "/policy/exempt/" + i0, schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data22.path !== void 0) {
                  let data23 = data22.path;
                  if (typeof data23 === "string") {
                    if (func1(data23) > 512) {
                      const err55 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/path", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    if (func1(data23) < 1) {
                      const err56 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/path", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/path", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data22.reason !== void 0) {
                  let data24 = data22.reason;
                  if (typeof data24 === "string") {
                    if (func1(data24) > 500) {
                      const err58 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/reason", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    if (func1(data24) < 3) {
                      const err59 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/reason", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/policy/exempt/" + i0 + "/reason", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/policy/exempt/" + i0, schemaPath: "#/properties/policy/anyOf/1/properties/exempt/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/policy/exempt", schemaPath: "#/properties/policy/anyOf/1/properties/exempt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      var _valid0 = _errs39 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err64 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      } else {
        errors = _errs36;
        if (vErrors !== null) {
          if (_errs36) {
            vErrors.length = _errs36;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.manifest !== void 0) {
      let data25 = data.manifest;
      const _errs58 = errors;
      let valid7 = false;
      const _errs59 = errors;
      if (data25 !== null) {
        const err65 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      var _valid1 = _errs59 === errors;
      valid7 = valid7 || _valid1;
      const _errs61 = errors;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.source === void 0) {
          const err66 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data25.sha256 === void 0) {
          const err67 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data25.source !== void 0) {
          let data26 = data25.source;
          if (typeof data26 === "string") {
            if (func1(data26) > 4096) {
              const err68 = { instancePath: instancePath + "/manifest/source", schemaPath: "#/properties/manifest/anyOf/1/properties/source/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/manifest/source", schemaPath: "#/properties/manifest/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data25.sha256 !== void 0) {
          let data27 = data25.sha256;
          if (typeof data27 === "string") {
            if (func1(data27) > 64) {
              const err70 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (!pattern4.test(data27)) {
              const err71 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{64})?$" }, message: 'must match pattern "^([0-9a-f]{64})?$"' };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      var _valid1 = _errs61 === errors;
      valid7 = valid7 || _valid1;
      if (_valid1) {
        var props1 = {};
        props1.source = true;
        props1.sha256 = true;
      }
      if (!valid7) {
        const err74 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      } else {
        errors = _errs58;
        if (vErrors !== null) {
          if (_errs58) {
            vErrors.length = _errs58;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.verdict !== void 0) {
      let data28 = data.verdict;
      if (!(data28 === "allow" || data28 === "approval_required" || data28 === "deny" || data28 === "granted" || data28 === "refused")) {
        const err75 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema31.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.tier !== void 0) {
      let data29 = data.tier;
      if (!(data29 === "low" || data29 === "medium" || data29 === "high")) {
        const err76 = { instancePath: instancePath + "/tier", schemaPath: "#/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.tier.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data30 = data.files;
      if (Array.isArray(data30)) {
        const len1 = data30.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data31 = data30[i1];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.path === void 0) {
              const err77 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data31.status === void 0) {
              const err78 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data31.kind === void 0) {
              const err79 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data31.tier === void 0) {
              const err80 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data31.capability === void 0) {
              const err81 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data31.decision === void 0) {
              const err82 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data31.reasons === void 0) {
              const err83 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            for (const key3 in data31) {
              if (!(key3 === "path" || key3 === "previous_path" || key3 === "status" || key3 === "kind" || key3 === "tier" || key3 === "capability" || key3 === "decision" || key3 === "reasons")) {
                const err84 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data31.path !== void 0) {
              let data32 = data31.path;
              if (typeof data32 === "string") {
                if (func1(data32) > 8192) {
                  const err85 = { instancePath: instancePath + "/files/" + i1 + "/path", schemaPath: "#/properties/files/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/files/" + i1 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data31.previous_path !== void 0) {
              let data33 = data31.previous_path;
              if (typeof data33 === "string") {
                if (func1(data33) > 8192) {
                  const err87 = { instancePath: instancePath + "/files/" + i1 + "/previous_path", schemaPath: "#/properties/files/items/properties/previous_path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/files/" + i1 + "/previous_path", schemaPath: "#/properties/files/items/properties/previous_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data31.status !== void 0) {
              let data34 = data31.status;
              if (!(data34 === "added" || data34 === "modified" || data34 === "deleted" || data34 === "renamed" || data34 === "copied" || data34 === "type_changed")) {
                const err89 = { instancePath: instancePath + "/files/" + i1 + "/status", schemaPath: "#/properties/files/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.files.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data31.kind !== void 0) {
              let data35 = data31.kind;
              if (typeof data35 === "string") {
                if (func1(data35) > 32) {
                  const err90 = { instancePath: instancePath + "/files/" + i1 + "/kind", schemaPath: "#/properties/files/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/files/" + i1 + "/kind", schemaPath: "#/properties/files/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data31.tier !== void 0) {
              let data36 = data31.tier;
              if (!(data36 === "low" || data36 === "medium" || data36 === "high")) {
                const err92 = { instancePath: instancePath + "/files/" + i1 + "/tier", schemaPath: "#/properties/files/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.files.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data31.capability !== void 0) {
              let data37 = data31.capability;
              if (typeof data37 !== "string" && data37 !== null) {
                const err93 = { instancePath: instancePath + "/files/" + i1 + "/capability", schemaPath: "#/properties/files/items/properties/capability/type", keyword: "type", params: { type: schema31.properties.files.items.properties.capability.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (typeof data37 === "string") {
                if (func1(data37) > 64) {
                  const err94 = { instancePath: instancePath + "/files/" + i1 + "/capability", schemaPath: "#/properties/files/items/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            }
            if (data31.decision !== void 0) {
              let data38 = data31.decision;
              if (!(data38 === "allow" || data38 === "approval_required" || data38 === "deny")) {
                const err95 = { instancePath: instancePath + "/files/" + i1 + "/decision", schemaPath: "#/properties/files/items/properties/decision/enum", keyword: "enum", params: { allowedValues: schema31.properties.files.items.properties.decision.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data31.reasons !== void 0) {
              let data39 = data31.reasons;
              if (Array.isArray(data39)) {
                const len2 = data39.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data40 = data39[i2];
                  if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                    if (data40.rule === void 0) {
                      const err96 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                    if (data40.code === void 0) {
                      const err97 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                    if (data40.message === void 0) {
                      const err98 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                    for (const key4 in data40) {
                      if (!(key4 === "rule" || key4 === "code" || key4 === "message")) {
                        const err99 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2, schemaPath: "#/properties/files/items/properties/reasons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data40.rule !== void 0) {
                      let data41 = data40.rule;
                      if (typeof data41 === "string") {
                        if (func1(data41) > 128) {
                          const err100 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/rule", schemaPath: "#/properties/files/items/properties/reasons/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                      } else {
                        const err101 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/rule", schemaPath: "#/properties/files/items/properties/reasons/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                    if (data40.code !== void 0) {
                      let data42 = data40.code;
                      if (typeof data42 === "string") {
                        if (func1(data42) > 128) {
                          const err102 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/code", schemaPath: "#/properties/files/items/properties/reasons/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      } else {
                        const err103 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/code", schemaPath: "#/properties/files/items/properties/reasons/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data40.message !== void 0) {
                      let data43 = data40.message;
                      if (typeof data43 === "string") {
                        if (func1(data43) > 8192) {
                          const err104 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/message", schemaPath: "#/properties/files/items/properties/reasons/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                      } else {
                        const err105 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2 + "/message", schemaPath: "#/properties/files/items/properties/reasons/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/files/" + i1 + "/reasons/" + i2, schemaPath: "#/properties/files/items/properties/reasons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/files/" + i1 + "/reasons", schemaPath: "#/properties/files/items/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.violations !== void 0) {
      let data44 = data.violations;
      if (Array.isArray(data44)) {
        const len3 = data44.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data45 = data44[i3];
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.rule === void 0) {
              const err110 = { instancePath: instancePath + "/violations/" + i3, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data45.code === void 0) {
              const err111 = { instancePath: instancePath + "/violations/" + i3, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            if (data45.message === void 0) {
              const err112 = { instancePath: instancePath + "/violations/" + i3, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
            for (const key5 in data45) {
              if (!(key5 === "rule" || key5 === "code" || key5 === "path" || key5 === "message")) {
                const err113 = { instancePath: instancePath + "/violations/" + i3, schemaPath: "#/properties/violations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data45.rule !== void 0) {
              let data46 = data45.rule;
              if (typeof data46 === "string") {
                if (func1(data46) > 128) {
                  const err114 = { instancePath: instancePath + "/violations/" + i3 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/violations/" + i3 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data45.code !== void 0) {
              let data47 = data45.code;
              if (typeof data47 === "string") {
                if (func1(data47) > 128) {
                  const err116 = { instancePath: instancePath + "/violations/" + i3 + "/code", schemaPath: "#/properties/violations/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/violations/" + i3 + "/code", schemaPath: "#/properties/violations/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data45.path !== void 0) {
              let data48 = data45.path;
              if (typeof data48 === "string") {
                if (func1(data48) > 8192) {
                  const err118 = { instancePath: instancePath + "/violations/" + i3 + "/path", schemaPath: "#/properties/violations/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              } else {
                const err119 = { instancePath: instancePath + "/violations/" + i3 + "/path", schemaPath: "#/properties/violations/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data45.message !== void 0) {
              let data49 = data45.message;
              if (typeof data49 === "string") {
                if (func1(data49) > 8192) {
                  const err120 = { instancePath: instancePath + "/violations/" + i3 + "/message", schemaPath: "#/properties/violations/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/violations/" + i3 + "/message", schemaPath: "#/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/violations/" + i3, schemaPath: "#/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data50 = data.capabilities;
      const _errs110 = errors;
      let valid18 = false;
      const _errs111 = errors;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        if (data50.granted !== void 0) {
          let data51 = data50.granted;
          if (Array.isArray(data51)) {
            const len4 = data51.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data52 = data51[i4];
              if (typeof data52 === "string") {
                if (func1(data52) > 64) {
                  const err124 = { instancePath: instancePath + "/capabilities/granted/" + i4, schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              } else {
                const err125 = { instancePath: instancePath + "/capabilities/granted/" + i4, schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
          } else {
            const err126 = { instancePath: instancePath + "/capabilities/granted", schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data50.needed !== void 0) {
          let data53 = data50.needed;
          if (Array.isArray(data53)) {
            const len5 = data53.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data54 = data53[i5];
              if (typeof data54 === "string") {
                if (func1(data54) > 64) {
                  const err127 = { instancePath: instancePath + "/capabilities/needed/" + i5, schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              } else {
                const err128 = { instancePath: instancePath + "/capabilities/needed/" + i5, schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/capabilities/needed", schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data50.used !== void 0) {
          let data55 = data50.used;
          if (Array.isArray(data55)) {
            const len6 = data55.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data56 = data55[i6];
              if (typeof data56 === "string") {
                if (func1(data56) > 64) {
                  const err130 = { instancePath: instancePath + "/capabilities/used/" + i6, schemaPath: "#/properties/capabilities/anyOf/0/properties/used/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              } else {
                const err131 = { instancePath: instancePath + "/capabilities/used/" + i6, schemaPath: "#/properties/capabilities/anyOf/0/properties/used/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
          } else {
            const err132 = { instancePath: instancePath + "/capabilities/used", schemaPath: "#/properties/capabilities/anyOf/0/properties/used/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data50.unused !== void 0) {
          let data57 = data50.unused;
          if (Array.isArray(data57)) {
            const len7 = data57.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data58 = data57[i7];
              if (typeof data58 === "string") {
                if (func1(data58) > 64) {
                  const err133 = { instancePath: instancePath + "/capabilities/unused/" + i7, schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/capabilities/unused/" + i7, schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
          } else {
            const err135 = { instancePath: instancePath + "/capabilities/unused", schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
      var _valid2 = _errs111 === errors;
      valid18 = valid18 || _valid2;
      if (_valid2) {
        var props2 = {};
        props2.granted = true;
        props2.needed = true;
        props2.used = true;
        props2.unused = true;
      }
      const _errs129 = errors;
      if (Array.isArray(data50)) {
        const len8 = data50.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data59 = data50[i8];
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.name === void 0) {
              const err137 = { instancePath: instancePath + "/capabilities/" + i8, schemaPath: "#/properties/capabilities/anyOf/1/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (data59.name !== void 0) {
              let data60 = data59.name;
              if (typeof data60 === "string") {
                if (func1(data60) > 64) {
                  const err138 = { instancePath: instancePath + "/capabilities/" + i8 + "/name", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              } else {
                const err139 = { instancePath: instancePath + "/capabilities/" + i8 + "/name", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data59.tier !== void 0) {
              let data61 = data59.tier;
              if (!(data61 === "low" || data61 === "medium" || data61 === "high" || data61 === null)) {
                const err140 = { instancePath: instancePath + "/capabilities/" + i8 + "/tier", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.anyOf[1].items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data59.permissions !== void 0) {
              let data62 = data59.permissions;
              if (!(data62 && typeof data62 == "object" && !Array.isArray(data62))) {
                const err141 = { instancePath: instancePath + "/capabilities/" + i8 + "/permissions", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/capabilities/" + i8, schemaPath: "#/properties/capabilities/anyOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
      var _valid2 = _errs129 === errors;
      valid18 = valid18 || _valid2;
      if (!valid18) {
        const err144 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      } else {
        errors = _errs110;
        if (vErrors !== null) {
          if (_errs110) {
            vErrors.length = _errs110;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.denials !== void 0) {
      let data63 = data.denials;
      if (Array.isArray(data63)) {
        const len9 = data63.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data64 = data63[i9];
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.rule === void 0) {
              const err145 = { instancePath: instancePath + "/denials/" + i9, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (data64.code === void 0) {
              const err146 = { instancePath: instancePath + "/denials/" + i9, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
            if (data64.message === void 0) {
              const err147 = { instancePath: instancePath + "/denials/" + i9, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            for (const key6 in data64) {
              if (!(key6 === "rule" || key6 === "code" || key6 === "path" || key6 === "capability" || key6 === "message")) {
                const err148 = { instancePath: instancePath + "/denials/" + i9, schemaPath: "#/properties/denials/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data64.rule !== void 0) {
              let data65 = data64.rule;
              if (typeof data65 === "string") {
                if (func1(data65) > 128) {
                  const err149 = { instancePath: instancePath + "/denials/" + i9 + "/rule", schemaPath: "#/properties/denials/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = { instancePath: instancePath + "/denials/" + i9 + "/rule", schemaPath: "#/properties/denials/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data64.code !== void 0) {
              let data66 = data64.code;
              if (typeof data66 === "string") {
                if (func1(data66) > 128) {
                  const err151 = { instancePath: instancePath + "/denials/" + i9 + "/code", schemaPath: "#/properties/denials/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              } else {
                const err152 = { instancePath: instancePath + "/denials/" + i9 + "/code", schemaPath: "#/properties/denials/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data64.path !== void 0) {
              let data67 = data64.path;
              if (typeof data67 === "string") {
                if (func1(data67) > 8192) {
                  const err153 = { instancePath: instancePath + "/denials/" + i9 + "/path", schemaPath: "#/properties/denials/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              } else {
                const err154 = { instancePath: instancePath + "/denials/" + i9 + "/path", schemaPath: "#/properties/denials/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data64.capability !== void 0) {
              let data68 = data64.capability;
              if (typeof data68 === "string") {
                if (func1(data68) > 64) {
                  const err155 = { instancePath: instancePath + "/denials/" + i9 + "/capability", schemaPath: "#/properties/denials/items/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
              } else {
                const err156 = { instancePath: instancePath + "/denials/" + i9 + "/capability", schemaPath: "#/properties/denials/items/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data64.message !== void 0) {
              let data69 = data64.message;
              if (typeof data69 === "string") {
                if (func1(data69) > 8192) {
                  const err157 = { instancePath: instancePath + "/denials/" + i9 + "/message", schemaPath: "#/properties/denials/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              } else {
                const err158 = { instancePath: instancePath + "/denials/" + i9 + "/message", schemaPath: "#/properties/denials/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
          } else {
            const err159 = { instancePath: instancePath + "/denials/" + i9, schemaPath: "#/properties/denials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
      } else {
        const err160 = { instancePath: instancePath + "/denials", schemaPath: "#/properties/denials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (data.merge_commit !== void 0) {
      let data70 = data.merge_commit;
      if (typeof data70 !== "string" && data70 !== null) {
        const err161 = { instancePath: instancePath + "/merge_commit", schemaPath: "#/properties/merge_commit/type", keyword: "type", params: { type: schema31.properties.merge_commit.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
      if (typeof data70 === "string") {
        if (!pattern6.test(data70)) {
          const err162 = { instancePath: instancePath + "/merge_commit", schemaPath: "#/properties/merge_commit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
          if (vErrors === null) {
            vErrors = [err162];
          } else {
            vErrors.push(err162);
          }
          errors++;
        }
      }
    }
    if (data.approval_requested_at !== void 0) {
      let data71 = data.approval_requested_at;
      if (typeof data71 !== "string" && data71 !== null) {
        const err163 = { instancePath: instancePath + "/approval_requested_at", schemaPath: "#/properties/approval_requested_at/type", keyword: "type", params: { type: schema31.properties.approval_requested_at.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
      if (typeof data71 === "string") {
        if (!formats0.validate(data71)) {
          const err164 = { instancePath: instancePath + "/approval_requested_at", schemaPath: "#/properties/approval_requested_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err164];
          } else {
            vErrors.push(err164);
          }
          errors++;
        }
      }
    }
    if (data.approval_decided_at !== void 0) {
      let data72 = data.approval_decided_at;
      if (typeof data72 !== "string" && data72 !== null) {
        const err165 = { instancePath: instancePath + "/approval_decided_at", schemaPath: "#/properties/approval_decided_at/type", keyword: "type", params: { type: schema31.properties.approval_decided_at.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
      if (typeof data72 === "string") {
        if (!formats0.validate(data72)) {
          const err166 = { instancePath: instancePath + "/approval_decided_at", schemaPath: "#/properties/approval_decided_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err166];
          } else {
            vErrors.push(err166);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data73 = data.notes;
      if (Array.isArray(data73)) {
        if (data73.length > 64) {
          const err167 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
          if (vErrors === null) {
            vErrors = [err167];
          } else {
            vErrors.push(err167);
          }
          errors++;
        }
        const len10 = data73.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data74 = data73[i10];
          if (typeof data74 === "string") {
            if (func1(data74) > 4096) {
              const err168 = { instancePath: instancePath + "/notes/" + i10, schemaPath: "#/properties/notes/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
          } else {
            const err169 = { instancePath: instancePath + "/notes/" + i10, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      } else {
        const err170 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data75 = data.approvals;
      if (!(data75 && typeof data75 == "object" && !Array.isArray(data75)) && data75 !== null) {
        const err171 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: schema31.properties.approvals.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err171];
        } else {
          vErrors.push(err171);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data76 = data.credentials;
      if (Array.isArray(data76)) {
        const len11 = data76.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data77 = data76[i11];
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.permissions === void 0) {
              const err172 = { instancePath: instancePath + "/credentials/" + i11, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            if (data77.issued_at === void 0) {
              const err173 = { instancePath: instancePath + "/credentials/" + i11, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "issued_at" }, message: "must have required property 'issued_at'" };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            if (data77.expires_at === void 0) {
              const err174 = { instancePath: instancePath + "/credentials/" + i11, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "expires_at" }, message: "must have required property 'expires_at'" };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
            if (data77.permissions !== void 0) {
              let data78 = data77.permissions;
              if (!(data78 && typeof data78 == "object" && !Array.isArray(data78))) {
                const err175 = { instancePath: instancePath + "/credentials/" + i11 + "/permissions", schemaPath: "#/properties/credentials/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data77.issued_at !== void 0) {
              let data79 = data77.issued_at;
              if (typeof data79 !== "string" && data79 !== null) {
                const err176 = { instancePath: instancePath + "/credentials/" + i11 + "/issued_at", schemaPath: "#/properties/credentials/items/properties/issued_at/type", keyword: "type", params: { type: schema31.properties.credentials.items.properties.issued_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
              if (typeof data79 === "string") {
                if (!formats0.validate(data79)) {
                  const err177 = { instancePath: instancePath + "/credentials/" + i11 + "/issued_at", schemaPath: "#/properties/credentials/items/properties/issued_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
              }
            }
            if (data77.expires_at !== void 0) {
              let data80 = data77.expires_at;
              if (typeof data80 !== "string" && data80 !== null) {
                const err178 = { instancePath: instancePath + "/credentials/" + i11 + "/expires_at", schemaPath: "#/properties/credentials/items/properties/expires_at/type", keyword: "type", params: { type: schema31.properties.credentials.items.properties.expires_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
              if (typeof data80 === "string") {
                if (!formats0.validate(data80)) {
                  const err179 = { instancePath: instancePath + "/credentials/" + i11 + "/expires_at", schemaPath: "#/properties/credentials/items/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
              }
            }
            if (data77.revoked_at !== void 0) {
              let data81 = data77.revoked_at;
              if (typeof data81 !== "string" && data81 !== null) {
                const err180 = { instancePath: instancePath + "/credentials/" + i11 + "/revoked_at", schemaPath: "#/properties/credentials/items/properties/revoked_at/type", keyword: "type", params: { type: schema31.properties.credentials.items.properties.revoked_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err180];
                } else {
                  vErrors.push(err180);
                }
                errors++;
              }
              if (typeof data81 === "string") {
                if (!formats0.validate(data81)) {
                  const err181 = { instancePath: instancePath + "/credentials/" + i11 + "/revoked_at", schemaPath: "#/properties/credentials/items/properties/revoked_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err182 = { instancePath: instancePath + "/credentials/" + i11, schemaPath: "#/properties/credentials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
      } else {
        const err183 = { instancePath: instancePath + "/credentials", schemaPath: "#/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err183];
        } else {
          vErrors.push(err183);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data82 = data.command;
      if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
        if (data82.tool === void 0) {
          const err184 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
          if (vErrors === null) {
            vErrors = [err184];
          } else {
            vErrors.push(err184);
          }
          errors++;
        }
        if (data82.decision === void 0) {
          const err185 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
          if (vErrors === null) {
            vErrors = [err185];
          } else {
            vErrors.push(err185);
          }
          errors++;
        }
        if (data82.rule === void 0) {
          const err186 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
          if (vErrors === null) {
            vErrors = [err186];
          } else {
            vErrors.push(err186);
          }
          errors++;
        }
        if (data82.code === void 0) {
          const err187 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err187];
          } else {
            vErrors.push(err187);
          }
          errors++;
        }
        if (data82.message === void 0) {
          const err188 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err188];
          } else {
            vErrors.push(err188);
          }
          errors++;
        }
        if (data82.argv === void 0) {
          const err189 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'" };
          if (vErrors === null) {
            vErrors = [err189];
          } else {
            vErrors.push(err189);
          }
          errors++;
        }
        if (data82.command_line === void 0) {
          const err190 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "command_line" }, message: "must have required property 'command_line'" };
          if (vErrors === null) {
            vErrors = [err190];
          } else {
            vErrors.push(err190);
          }
          errors++;
        }
        if (data82.capability === void 0) {
          const err191 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
        if (data82.pattern === void 0) {
          const err192 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
          if (vErrors === null) {
            vErrors = [err192];
          } else {
            vErrors.push(err192);
          }
          errors++;
        }
        if (data82.cwd === void 0) {
          const err193 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "cwd" }, message: "must have required property 'cwd'" };
          if (vErrors === null) {
            vErrors = [err193];
          } else {
            vErrors.push(err193);
          }
          errors++;
        }
        if (data82.task === void 0) {
          const err194 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'" };
          if (vErrors === null) {
            vErrors = [err194];
          } else {
            vErrors.push(err194);
          }
          errors++;
        }
        if (data82.exit === void 0) {
          const err195 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "exit" }, message: "must have required property 'exit'" };
          if (vErrors === null) {
            vErrors = [err195];
          } else {
            vErrors.push(err195);
          }
          errors++;
        }
        for (const key7 in data82) {
          if (!func2.call(schema31.properties.command.properties, key7)) {
            const err196 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data82.tool !== void 0) {
          let data83 = data82.tool;
          if (!(data83 === "exec" || data83 === "hook")) {
            const err197 = { instancePath: instancePath + "/command/tool", schemaPath: "#/properties/command/properties/tool/enum", keyword: "enum", params: { allowedValues: schema31.properties.command.properties.tool.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data82.decision !== void 0) {
          let data84 = data82.decision;
          if (!(data84 === "allow" || data84 === "deny")) {
            const err198 = { instancePath: instancePath + "/command/decision", schemaPath: "#/properties/command/properties/decision/enum", keyword: "enum", params: { allowedValues: schema31.properties.command.properties.decision.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data82.rule !== void 0) {
          let data85 = data82.rule;
          if (typeof data85 === "string") {
            if (func1(data85) > 128) {
              const err199 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err199];
              } else {
                vErrors.push(err199);
              }
              errors++;
            }
            if (!pattern7.test(data85)) {
              const err200 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/pattern", keyword: "pattern", params: { pattern: "^commands/" }, message: 'must match pattern "^commands/"' };
              if (vErrors === null) {
                vErrors = [err200];
              } else {
                vErrors.push(err200);
              }
              errors++;
            }
          } else {
            const err201 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
        }
        if (data82.code !== void 0) {
          let data86 = data82.code;
          if (typeof data86 === "string") {
            if (func1(data86) > 128) {
              const err202 = { instancePath: instancePath + "/command/code", schemaPath: "#/properties/command/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
          } else {
            const err203 = { instancePath: instancePath + "/command/code", schemaPath: "#/properties/command/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
        if (data82.message !== void 0) {
          let data87 = data82.message;
          if (typeof data87 === "string") {
            if (func1(data87) > 16384) {
              const err204 = { instancePath: instancePath + "/command/message", schemaPath: "#/properties/command/properties/message/maxLength", keyword: "maxLength", params: { limit: 16384 }, message: "must NOT have more than 16384 characters" };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
          } else {
            const err205 = { instancePath: instancePath + "/command/message", schemaPath: "#/properties/command/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
        if (data82.argv !== void 0) {
          let data88 = data82.argv;
          const _errs189 = errors;
          let valid40 = false;
          const _errs190 = errors;
          if (data88 !== null) {
            const err206 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
          var _valid3 = _errs190 === errors;
          valid40 = valid40 || _valid3;
          const _errs192 = errors;
          if (Array.isArray(data88)) {
            if (data88.length > 1024) {
              const err207 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1024 }, message: "must NOT have more than 1024 items" };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            const len12 = data88.length;
            for (let i12 = 0; i12 < len12; i12++) {
              if (typeof data88[i12] !== "string") {
                const err208 = { instancePath: instancePath + "/command/argv/" + i12, schemaPath: "#/properties/command/properties/argv/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
          var _valid3 = _errs192 === errors;
          valid40 = valid40 || _valid3;
          if (!valid40) {
            const err210 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          } else {
            errors = _errs189;
            if (vErrors !== null) {
              if (_errs189) {
                vErrors.length = _errs189;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data82.command_line !== void 0) {
          let data90 = data82.command_line;
          if (typeof data90 !== "string" && data90 !== null) {
            const err211 = { instancePath: instancePath + "/command/command_line", schemaPath: "#/properties/command/properties/command_line/type", keyword: "type", params: { type: schema31.properties.command.properties.command_line.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
          if (typeof data90 === "string") {
            if (func1(data90) > 4096) {
              const err212 = { instancePath: instancePath + "/command/command_line", schemaPath: "#/properties/command/properties/command_line/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          }
        }
        if (data82.capability !== void 0) {
          let data91 = data82.capability;
          if (typeof data91 !== "string" && data91 !== null) {
            const err213 = { instancePath: instancePath + "/command/capability", schemaPath: "#/properties/command/properties/capability/type", keyword: "type", params: { type: schema31.properties.command.properties.capability.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
          if (typeof data91 === "string") {
            if (func1(data91) > 64) {
              const err214 = { instancePath: instancePath + "/command/capability", schemaPath: "#/properties/command/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          }
        }
        if (data82.pattern !== void 0) {
          let data92 = data82.pattern;
          const _errs201 = errors;
          let valid43 = false;
          const _errs202 = errors;
          if (data92 !== null) {
            const err215 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
          var _valid4 = _errs202 === errors;
          valid43 = valid43 || _valid4;
          const _errs204 = errors;
          if (Array.isArray(data92)) {
            const len13 = data92.length;
            for (let i13 = 0; i13 < len13; i13++) {
              if (typeof data92[i13] !== "string") {
                const err216 = { instancePath: instancePath + "/command/pattern/" + i13, schemaPath: "#/properties/command/properties/pattern/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
          } else {
            const err217 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
          var _valid4 = _errs204 === errors;
          valid43 = valid43 || _valid4;
          if (!valid43) {
            const err218 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err218];
            } else {
              vErrors.push(err218);
            }
            errors++;
          } else {
            errors = _errs201;
            if (vErrors !== null) {
              if (_errs201) {
                vErrors.length = _errs201;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data82.cwd !== void 0) {
          let data94 = data82.cwd;
          if (typeof data94 === "string") {
            if (func1(data94) > 4096) {
              const err219 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          } else {
            const err220 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
        }
        if (data82.task !== void 0) {
          let data95 = data82.task;
          const _errs211 = errors;
          let valid46 = false;
          const _errs212 = errors;
          if (data95 !== null) {
            const err221 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
          var _valid5 = _errs212 === errors;
          valid46 = valid46 || _valid5;
          const _errs214 = errors;
          if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
            if (data95.subject === void 0) {
              const err222 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
            if (data95.task_id === void 0) {
              const err223 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/required", keyword: "required", params: { missingProperty: "task_id" }, message: "must have required property 'task_id'" };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
            for (const key8 in data95) {
              if (!(key8 === "subject" || key8 === "task_id")) {
                const err224 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data95.subject !== void 0) {
              let data96 = data95.subject;
              if (typeof data96 === "string") {
                if (func1(data96) > 256) {
                  const err225 = { instancePath: instancePath + "/command/task/subject", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/subject/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err225];
                  } else {
                    vErrors.push(err225);
                  }
                  errors++;
                }
              } else {
                const err226 = { instancePath: instancePath + "/command/task/subject", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            if (data95.task_id !== void 0) {
              let data97 = data95.task_id;
              if (typeof data97 !== "string" && data97 !== null) {
                const err227 = { instancePath: instancePath + "/command/task/task_id", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/task_id/type", keyword: "type", params: { type: schema31.properties.command.properties.task.anyOf[1].properties.task_id.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
              if (typeof data97 === "string") {
                if (func1(data97) > 256) {
                  const err228 = { instancePath: instancePath + "/command/task/task_id", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/task_id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err229 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
          var _valid5 = _errs214 === errors;
          valid46 = valid46 || _valid5;
          if (!valid46) {
            const err230 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          } else {
            errors = _errs211;
            if (vErrors !== null) {
              if (_errs211) {
                vErrors.length = _errs211;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data82.runtime !== void 0) {
          let data98 = data82.runtime;
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            for (const key9 in data98) {
              let data99 = data98[key9];
              if (typeof data99 === "string") {
                if (func1(data99) > 200) {
                  const err231 = { instancePath: instancePath + "/command/runtime/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/command/properties/runtime/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              } else {
                const err232 = { instancePath: instancePath + "/command/runtime/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/command/properties/runtime/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            }
          } else {
            const err233 = { instancePath: instancePath + "/command/runtime", schemaPath: "#/properties/command/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err233];
            } else {
              vErrors.push(err233);
            }
            errors++;
          }
        }
        if (data82.env_passed !== void 0) {
          let data100 = data82.env_passed;
          if (Array.isArray(data100)) {
            const len14 = data100.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data101 = data100[i14];
              if (typeof data101 === "string") {
                if (func1(data101) > 256) {
                  const err234 = { instancePath: instancePath + "/command/env_passed/" + i14, schemaPath: "#/properties/command/properties/env_passed/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              } else {
                const err235 = { instancePath: instancePath + "/command/env_passed/" + i14, schemaPath: "#/properties/command/properties/env_passed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
          } else {
            const err236 = { instancePath: instancePath + "/command/env_passed", schemaPath: "#/properties/command/properties/env_passed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data82.exit !== void 0) {
          let data102 = data82.exit;
          const _errs231 = errors;
          let valid51 = false;
          const _errs232 = errors;
          if (data102 !== null) {
            const err237 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err237];
            } else {
              vErrors.push(err237);
            }
            errors++;
          }
          var _valid6 = _errs232 === errors;
          valid51 = valid51 || _valid6;
          const _errs234 = errors;
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            if (data102.exit_code === void 0) {
              const err238 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "exit_code" }, message: "must have required property 'exit_code'" };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            }
            if (data102.signal === void 0) {
              const err239 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'" };
              if (vErrors === null) {
                vErrors = [err239];
              } else {
                vErrors.push(err239);
              }
              errors++;
            }
            if (data102.duration_ms === void 0) {
              const err240 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "duration_ms" }, message: "must have required property 'duration_ms'" };
              if (vErrors === null) {
                vErrors = [err240];
              } else {
                vErrors.push(err240);
              }
              errors++;
            }
            for (const key10 in data102) {
              if (!(key10 === "exit_code" || key10 === "signal" || key10 === "duration_ms" || key10 === "error")) {
                const err241 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            }
            if (data102.exit_code !== void 0) {
              let data103 = data102.exit_code;
              if (!(typeof data103 == "number" && (!(data103 % 1) && !isNaN(data103)) && isFinite(data103)) && data103 !== null) {
                const err242 = { instancePath: instancePath + "/command/exit/exit_code", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/exit_code/type", keyword: "type", params: { type: schema31.properties.command.properties.exit.anyOf[1].properties.exit_code.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
            if (data102.signal !== void 0) {
              let data104 = data102.signal;
              if (typeof data104 !== "string" && data104 !== null) {
                const err243 = { instancePath: instancePath + "/command/exit/signal", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/signal/type", keyword: "type", params: { type: schema31.properties.command.properties.exit.anyOf[1].properties.signal.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
              if (typeof data104 === "string") {
                if (func1(data104) > 32) {
                  const err244 = { instancePath: instancePath + "/command/exit/signal", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/signal/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
            }
            if (data102.duration_ms !== void 0) {
              let data105 = data102.duration_ms;
              if (typeof data105 == "number" && isFinite(data105)) {
                if (data105 < 0 || isNaN(data105)) {
                  const err245 = { instancePath: instancePath + "/command/exit/duration_ms", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
              } else {
                const err246 = { instancePath: instancePath + "/command/exit/duration_ms", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/duration_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
            }
            if (data102.error !== void 0) {
              let data106 = data102.error;
              if (typeof data106 === "string") {
                if (func1(data106) > 4096) {
                  const err247 = { instancePath: instancePath + "/command/exit/error", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/error/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              } else {
                const err248 = { instancePath: instancePath + "/command/exit/error", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
          } else {
            const err249 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          var _valid6 = _errs234 === errors;
          valid51 = valid51 || _valid6;
          if (!valid51) {
            const err250 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          } else {
            errors = _errs231;
            if (vErrors !== null) {
              if (_errs231) {
                vErrors.length = _errs231;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
    }
    if (data.timings !== void 0) {
      let data107 = data.timings;
      if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
        if (data107.started_at === void 0) {
          const err252 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
          if (vErrors === null) {
            vErrors = [err252];
          } else {
            vErrors.push(err252);
          }
          errors++;
        }
        if (data107.finished_at === void 0) {
          const err253 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "finished_at" }, message: "must have required property 'finished_at'" };
          if (vErrors === null) {
            vErrors = [err253];
          } else {
            vErrors.push(err253);
          }
          errors++;
        }
        if (data107.duration_ms === void 0) {
          const err254 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "duration_ms" }, message: "must have required property 'duration_ms'" };
          if (vErrors === null) {
            vErrors = [err254];
          } else {
            vErrors.push(err254);
          }
          errors++;
        }
        if (data107.started_at !== void 0) {
          let data108 = data107.started_at;
          if (typeof data108 === "string") {
            if (!formats0.validate(data108)) {
              const err255 = { instancePath: instancePath + "/timings/started_at", schemaPath: "#/properties/timings/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          } else {
            const err256 = { instancePath: instancePath + "/timings/started_at", schemaPath: "#/properties/timings/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
        }
        if (data107.finished_at !== void 0) {
          let data109 = data107.finished_at;
          if (typeof data109 === "string") {
            if (!formats0.validate(data109)) {
              const err257 = { instancePath: instancePath + "/timings/finished_at", schemaPath: "#/properties/timings/properties/finished_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err257];
              } else {
                vErrors.push(err257);
              }
              errors++;
            }
          } else {
            const err258 = { instancePath: instancePath + "/timings/finished_at", schemaPath: "#/properties/timings/properties/finished_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err258];
            } else {
              vErrors.push(err258);
            }
            errors++;
          }
        }
        if (data107.duration_ms !== void 0) {
          let data110 = data107.duration_ms;
          if (typeof data110 == "number" && isFinite(data110)) {
            if (data110 < 0 || isNaN(data110)) {
              const err259 = { instancePath: instancePath + "/timings/duration_ms", schemaPath: "#/properties/timings/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err259];
              } else {
                vErrors.push(err259);
              }
              errors++;
            }
          } else {
            const err260 = { instancePath: instancePath + "/timings/duration_ms", schemaPath: "#/properties/timings/properties/duration_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
        }
      } else {
        const err261 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err261];
        } else {
          vErrors.push(err261);
        }
        errors++;
      }
    }
  } else {
    const err262 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err262];
    } else {
      vErrors.push(err262);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function evidenceValidator() {
  return evidence;
}

// src/core/evidence-validate.ts
function evidenceProblems(doc, max = 5) {
  const validate = evidenceValidator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, max).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
var InvalidEvidenceError = class extends Error {
  constructor(action, problems) {
    super(`the ${action} evidence does not match schemas/evidence.schema.json (${problems.join("; ")}): it is not written`);
    this.action = action;
    this.problems = problems;
    this.name = "InvalidEvidenceError";
  }
  action;
  problems;
};
function serializeEvidence(doc) {
  const problems = evidenceProblems(doc);
  const action = doc.action;
  if (problems.length > 0) throw new InvalidEvidenceError(typeof action === "string" ? action : "unknown", problems);
  return JSON.stringify(doc, null, 2) + "\n";
}

// src/adapters/evidence-files.ts
var MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;
var MAX_ZIP_BYTES = 1024 * 1024 * 1024;
var isBundle = (name) => name.endsWith(".sigstore.json") || name.endsWith(".sigstore");
var isJson = (name) => name.endsWith(".json");
function addEvidence(r, file, bytes) {
  if (bytes.length > MAX_EVIDENCE_BYTES) return void r.invalid.push({ file, problems: [`${bytes.length} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`] });
  let doc;
  try {
    doc = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    return void r.invalid.push({ file, problems: [`not JSON: ${err instanceof Error ? err.message : String(err)}`] });
  }
  const problems = evidenceProblems(doc);
  if (problems.length) r.invalid.push({ file, problems });
  else r.docs.push({ file, doc });
}
function readEvidence(paths) {
  const r = { docs: [], invalid: [], skipped: {} };
  const skip = (why) => r.skipped[why] = (r.skipped[why] ?? 0) + 1;
  const add = (file, bytes) => addEvidence(r, file, bytes);
  const zip = (file) => {
    let entries;
    try {
      const st = lstatSync(file);
      if (st.size > MAX_ZIP_BYTES) throw new ZipError(`${st.size} bytes, more than the ${MAX_ZIP_BYTES} allowed`);
      entries = readZip(readFileSync(file), { maxEntryBytes: MAX_EVIDENCE_BYTES }).filter((e) => isJson(e.name) && !isBundle(e.name) || (skip(isBundle(e.name) ? "signature bundles" : "not JSON"), false));
    } catch (err) {
      return void r.invalid.push({ file, problems: [`unreadable zip: ${err instanceof Error ? err.message : String(err)}`] });
    }
    for (const e of entries) add(`${file}!${e.name}`, e.data);
  };
  const visit = (path, named) => {
    let st;
    try {
      st = lstatSync(path);
    } catch (err) {
      return void r.invalid.push({ file: path, problems: [`cannot read: ${err.code ?? String(err)}`] });
    }
    if (st.isSymbolicLink()) {
      if (named) r.invalid.push({ file: path, problems: ["a symbolic link: give the file it points to"] });
      else skip("symbolic links");
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
      return;
    }
    if (!st.isFile()) return void (named ? r.invalid.push({ file: path, problems: ["not a regular file"] }) : skip("not regular files"));
    if (path.endsWith(".zip")) return zip(path);
    if (!named && isBundle(path)) return void skip("signature bundles");
    if (!named && !isJson(path)) return void skip("not JSON");
    if (st.size > MAX_EVIDENCE_BYTES) return void r.invalid.push({ file: path, problems: [`${st.size} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`] });
    try {
      add(path, readFileSync(path));
    } catch (err) {
      r.invalid.push({ file: path, problems: [`cannot read: ${err.code ?? String(err)}`] });
    }
  };
  for (const p of paths) visit(p, true);
  return r;
}

export {
  evidenceProblems,
  serializeEvidence,
  MAX_EVIDENCE_BYTES,
  addEvidence,
  readEvidence
};
