import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-LKLDWFYK.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/core/capabilities.ts
var BUILTIN_CAPABILITIES = Object.freeze({
  read_repository: { description: "read the repository contents", permissions: { contents: "read" } },
  write_branch: { description: "push commits to the task branch", permissions: { contents: "write" } },
  run_tests: {
    description: "run the test suite (results are reported by the workflow, not by an agent token)",
    permissions: {}
  },
  open_pull_request: { description: "open or update a pull request", permissions: { pull_requests: "write" } },
  request_review: { description: "request reviewers on a pull request", permissions: { pull_requests: "write" } },
  comment: { description: "comment on issues and pull requests", permissions: { issues: "write" } },
  publish_artifact: { description: "publish a package", permissions: { packages: "write" } },
  modify_policy: {
    description: "change the policy, CODEOWNERS or CI configuration (always high tier)",
    permissions: { contents: "write" },
    tier: "high"
  },
  read_secrets: {
    description: "read repository or organisation secrets",
    permissions: {},
    refuseWith: "secrets are not a token permission and are never handed to an agent: pass the one value a step needs through a GitHub environment with required reviewers, or use OIDC to a cloud role"
  },
  deploy_environment: {
    description: "deploy to an environment",
    permissions: {},
    refuseWith: 'deployments are not a token permission: run the deploy job in a GitHub environment with required reviewers (and "prevent self-review"), authenticated by OIDC'
  }
});
var NEVER_MINTED = Object.freeze([
  "workflows",
  "administration",
  "secrets",
  "actions",
  "checks",
  "statuses",
  "environments",
  "deployments",
  "repository_hooks",
  "organization_administration",
  "members"
]);
function isBuiltinCapability(name) {
  return Object.prototype.hasOwnProperty.call(BUILTIN_CAPABILITIES, name);
}
function isNeverMinted(permission) {
  return NEVER_MINTED.includes(permission) || permission.startsWith("organization_");
}

// precompiled:src/core/schema-validators.ts
var policy = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/policy.schema.json", "title": "agent-guard policy", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "const": 1 }, "agents": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "default_tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "tiers": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "medium": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "low": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 } } }, "protected": { "oneOf": [{ "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "exempt": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["path", "reason"], "properties": { "path": { "type": "string", "minLength": 1, "maxLength": 512 }, "reason": { "type": "string", "minLength": 3, "maxLength": 500 } } } } } }] }, "manifests": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "capabilities": { "type": "object", "maxProperties": 64, "propertyNames": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "maxLength": 2e3 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "environments": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,255}$", "maxLength": 255 }, "maxItems": 50, "uniqueItems": true }, "commands": { "type": "array", "items": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256 }, "minItems": 1, "maxItems": 64 }, "maxItems": 200 }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "maxLength": 128 }, "maxItems": 50, "uniqueItems": true } } } }, "subjects": { "type": "object", "maxProperties": 100, "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capabilities"], "properties": { "description": { "type": "string", "maxLength": 2e3 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "branches": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "repositories": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "maxItems": 100, "uniqueItems": true } } } }, "approvals": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "medium": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "low": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true } } }, "examples": { "type": "array", "maxItems": 500, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "path": { "type": "string", "minLength": 1, "maxLength": 4096 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 4096 }, "minItems": 1, "maxItems": 100 }, "status": { "type": "string", "enum": ["added", "modified", "deleted"], "maxLength": 8 }, "executable": { "type": "boolean" }, "verdict": { "type": "string", "enum": ["allow", "approval_required", "deny"], "maxLength": 17 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 } } } }, "workflows": { "type": "object", "additionalProperties": false, "properties": { "deny": { "type": "array", "items": { "type": "string", "pattern": "^workflows/[a-z][a-z0-9-]{0,63}$", "maxLength": 74 }, "maxItems": 100, "uniqueItems": true } } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp("^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", "u");
var pattern5 = new RegExp("^[a-z][a-z0-9_]{0,63}$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9_.-]{1,255}$", "u");
var pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
var pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "u");
var pattern10 = new RegExp("^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "u");
var pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "u");
var pattern18 = new RegExp("^workflows/[a-z][a-z0-9-]{0,63}$", "u");
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
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.agents !== void 0) {
      let data1 = data.agents;
      if (Array.isArray(data1)) {
        if (data1.length > 100) {
          const err3 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 45) {
              const err4 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err5 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/agents/" + i0, schemaPath: "#/properties/agents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err7 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/agents", schemaPath: "#/properties/agents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.default_tier !== void 0) {
      let data3 = data.default_tier;
      if (!(data3 === "low" || data3 === "medium" || data3 === "high")) {
        const err9 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.default_tier.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func2(data3) > 6) {
          const err10 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/default_tier", schemaPath: "#/properties/default_tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data4 = data.tiers;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "high" || key1 === "medium" || key1 === "low")) {
            const err12 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.high !== void 0) {
          let data5 = data4.high;
          if (Array.isArray(data5)) {
            if (data5.length > 500) {
              const err13 = { instancePath: instancePath + "/tiers/high", schemaPath: "#/properties/tiers/properties/high/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data6 = data5[i2];
              if (typeof data6 === "string") {
                if (func2(data6) > 512) {
                  const err14 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data6) < 1) {
                  const err15 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/tiers/high/" + i2, schemaPath: "#/properties/tiers/properties/high/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/tiers/high", schemaPath: "#/properties/tiers/properties/high/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.medium !== void 0) {
          let data7 = data4.medium;
          if (Array.isArray(data7)) {
            if (data7.length > 500) {
              const err18 = { instancePath: instancePath + "/tiers/medium", schemaPath: "#/properties/tiers/properties/medium/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len2 = data7.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data8 = data7[i3];
              if (typeof data8 === "string") {
                if (func2(data8) > 512) {
                  const err19 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (func2(data8) < 1) {
                  const err20 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/tiers/medium/" + i3, schemaPath: "#/properties/tiers/properties/medium/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/tiers/medium", schemaPath: "#/properties/tiers/properties/medium/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.low !== void 0) {
          let data9 = data4.low;
          if (Array.isArray(data9)) {
            if (data9.length > 500) {
              const err23 = { instancePath: instancePath + "/tiers/low", schemaPath: "#/properties/tiers/properties/low/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len3 = data9.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data10 = data9[i4];
              if (typeof data10 === "string") {
                if (func2(data10) > 512) {
                  const err24 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (func2(data10) < 1) {
                  const err25 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/tiers/low/" + i4, schemaPath: "#/properties/tiers/properties/low/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/tiers/low", schemaPath: "#/properties/tiers/properties/low/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.protected !== void 0) {
      let data11 = data.protected;
      const _errs25 = errors;
      let valid11 = false;
      let passing0 = null;
      const _errs26 = errors;
      if (Array.isArray(data11)) {
        if (data11.length > 500) {
          const err29 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len4 = data11.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data12 = data11[i5];
          if (typeof data12 === "string") {
            if (func2(data12) > 512) {
              const err30 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (func2(data12) < 1) {
              const err31 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/protected/" + i5, schemaPath: "#/properties/protected/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid0 = _errs26 === errors;
      if (_valid0) {
        valid11 = true;
        passing0 = 0;
      }
      const _errs30 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "paths" || key2 === "exempt")) {
            const err34 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data11.paths !== void 0) {
          let data13 = data11.paths;
          if (Array.isArray(data13)) {
            if (data13.length > 500) {
              const err35 = { instancePath: instancePath + "/protected/paths", schemaPath: "#/properties/protected/oneOf/1/properties/paths/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            const len5 = data13.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data14 = data13[i6];
              if (typeof data14 === "string") {
                if (func2(data14) > 512) {
                  const err36 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (func2(data14) < 1) {
                  const err37 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/protected/paths/" + i6, schemaPath: "#/properties/protected/oneOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/protected/paths", schemaPath: "#/properties/protected/oneOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.exempt !== void 0) {
          let data15 = data11.exempt;
          if (Array.isArray(data15)) {
            if (data15.length > 200) {
              const err40 = { instancePath: instancePath + "/protected/exempt", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            const len6 = data15.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data16 = data15[i7];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.path === void 0) {
                  const err41 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data16.reason === void 0) {
                  const err42 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!(key3 === "path" || key3 === "reason")) {
                    const err43 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data16.path !== void 0) {
                  let data17 = data16.path;
                  if (typeof data17 === "string") {
                    if (func2(data17) > 512) {
                      const err44 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (func2(data17) < 1) {
                      const err45 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/path", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data16.reason !== void 0) {
                  let data18 = data16.reason;
                  if (typeof data18 === "string") {
                    if (func2(data18) > 500) {
                      const err47 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (func2(data18) < 3) {
                      const err48 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/protected/exempt/" + i7 + "/reason", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/protected/exempt/" + i7, schemaPath: "#/properties/protected/oneOf/1/properties/exempt/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/protected/exempt", schemaPath: "#/properties/protected/oneOf/1/properties/exempt/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0 && valid11) {
        valid11 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid11 = true;
          passing0 = 1;
        }
      }
      if (!valid11) {
        const err53 = { instancePath: instancePath + "/protected", schemaPath: "#/properties/protected/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.manifests !== void 0) {
      let data19 = data.manifests;
      if (Array.isArray(data19)) {
        if (data19.length > 500) {
          const err54 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len7 = data19.length;
        for (let i8 = 0; i8 < len7; i8++) {
          let data20 = data19[i8];
          if (typeof data20 === "string") {
            if (func2(data20) > 512) {
              const err55 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (func2(data20) < 1) {
              const err56 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/manifests/" + i8, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data21 = data.capabilities;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (Object.keys(data21).length > 64) {
          const err59 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key4 in data21) {
          const _errs52 = errors;
          if (typeof key4 === "string") {
            if (func2(key4) > 64) {
              const err60 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (!pattern5.test(key4)) {
              const err61 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"', propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          var valid22 = _errs52 === errors;
          if (!valid22) {
            const err63 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        for (const key5 in data21) {
          let data22 = data21[key5];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
              if (!(key6 === "description" || key6 === "paths" || key6 === "tier" || key6 === "environments" || key6 === "commands" || key6 === "env")) {
                const err64 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data22.description !== void 0) {
              let data23 = data22.description;
              if (typeof data23 === "string") {
                if (func2(data23) > 2e3) {
                  const err65 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data22.paths !== void 0) {
              let data24 = data22.paths;
              if (Array.isArray(data24)) {
                if (data24.length > 500) {
                  const err67 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                const len8 = data24.length;
                for (let i9 = 0; i9 < len8; i9++) {
                  let data25 = data24[i9];
                  if (typeof data25 === "string") {
                    if (func2(data25) > 512) {
                      const err68 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (func2(data25) < 1) {
                      const err69 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths/" + i9, schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/paths", schemaPath: "#/properties/capabilities/additionalProperties/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data22.tier !== void 0) {
              let data26 = data22.tier;
              if (!(data26 === "low" || data26 === "medium" || data26 === "high")) {
                const err72 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.capabilities.additionalProperties.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (typeof data26 === "string") {
                if (func2(data26) > 6) {
                  const err73 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/tier", schemaPath: "#/properties/capabilities/additionalProperties/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data22.environments !== void 0) {
              let data27 = data22.environments;
              if (Array.isArray(data27)) {
                if (data27.length > 50) {
                  const err75 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                const len9 = data27.length;
                for (let i10 = 0; i10 < len9; i10++) {
                  let data28 = data27[i10];
                  if (typeof data28 === "string") {
                    if (func2(data28) > 255) {
                      const err76 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    if (!pattern6.test(data28)) {
                      const err77 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,255}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,255}$"' };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments/" + i10, schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                let i11 = data27.length;
                let j1;
                if (i11 > 1) {
                  const indices1 = {};
                  for (; i11--; ) {
                    let item1 = data27[i11];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err79 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i11 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i11;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/environments", schemaPath: "#/properties/capabilities/additionalProperties/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data22.commands !== void 0) {
              let data29 = data22.commands;
              if (Array.isArray(data29)) {
                if (data29.length > 200) {
                  const err81 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands", schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const len10 = data29.length;
                for (let i12 = 0; i12 < len10; i12++) {
                  let data30 = data29[i12];
                  if (Array.isArray(data30)) {
                    if (data30.length > 64) {
                      const err82 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    if (data30.length < 1) {
                      const err83 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    const len11 = data30.length;
                    for (let i13 = 0; i13 < len11; i13++) {
                      let data31 = data30[i13];
                      if (typeof data31 === "string") {
                        if (func2(data31) > 256) {
                          const err84 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                        if (func2(data31) < 1) {
                          const err85 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12 + "/" + i13, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands/" + i12, schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/commands", schemaPath: "#/properties/capabilities/additionalProperties/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data22.env !== void 0) {
              let data32 = data22.env;
              if (Array.isArray(data32)) {
                if (data32.length > 50) {
                  const err89 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                const len12 = data32.length;
                for (let i14 = 0; i14 < len12; i14++) {
                  let data33 = data32[i14];
                  if (typeof data33 === "string") {
                    if (func2(data33) > 128) {
                      const err90 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                    if (!pattern7.test(data33)) {
                      const err91 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{0,127}$"' };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i14, schemaPath: "#/properties/capabilities/additionalProperties/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                let i15 = data32.length;
                let j2;
                if (i15 > 1) {
                  const indices2 = {};
                  for (; i15--; ) {
                    let item2 = data32[i15];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err93 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i15 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i15;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/capabilities/additionalProperties/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/capabilities/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.subjects !== void 0) {
      let data34 = data.subjects;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (Object.keys(data34).length > 100) {
          const err97 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        for (const key7 in data34) {
          const _errs82 = errors;
          if (typeof key7 === "string") {
            if (func2(key7) > 128) {
              const err98 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (!pattern8.test(key7)) {
              const err99 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$"', propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key7 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          var valid37 = _errs82 === errors;
          if (!valid37) {
            const err101 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        for (const key8 in data34) {
          let data35 = data34[key8];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.capabilities === void 0) {
              const err102 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key9 in data35) {
              if (!(key9 === "description" || key9 === "capabilities" || key9 === "branches" || key9 === "repositories")) {
                const err103 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data35.description !== void 0) {
              let data36 = data35.description;
              if (typeof data36 === "string") {
                if (func2(data36) > 2e3) {
                  const err104 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/subjects/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/subjects/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data35.capabilities !== void 0) {
              let data37 = data35.capabilities;
              if (Array.isArray(data37)) {
                if (data37.length > 64) {
                  const err106 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                const len13 = data37.length;
                for (let i16 = 0; i16 < len13; i16++) {
                  let data38 = data37[i16];
                  if (typeof data38 === "string") {
                    if (func2(data38) > 64) {
                      const err107 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data38)) {
                      const err108 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities/" + i16, schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                let i17 = data37.length;
                let j3;
                if (i17 > 1) {
                  const indices3 = {};
                  for (; i17--; ) {
                    let item3 = data37[i17];
                    if (typeof item3 !== "string") {
                      continue;
                    }
                    if (typeof indices3[item3] == "number") {
                      j3 = indices3[item3];
                      const err110 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i17 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                      break;
                    }
                    indices3[item3] = i17;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/capabilities", schemaPath: "#/properties/subjects/additionalProperties/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data35.branches !== void 0) {
              let data39 = data35.branches;
              if (Array.isArray(data39)) {
                if (data39.length > 500) {
                  const err112 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/subjects/additionalProperties/properties/branches/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                const len14 = data39.length;
                for (let i18 = 0; i18 < len14; i18++) {
                  let data40 = data39[i18];
                  if (typeof data40 === "string") {
                    if (func2(data40) > 512) {
                      const err113 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    if (func2(data40) < 1) {
                      const err114 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches/" + i18, schemaPath: "#/properties/subjects/additionalProperties/properties/branches/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              } else {
                const err116 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/branches", schemaPath: "#/properties/subjects/additionalProperties/properties/branches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data35.repositories !== void 0) {
              let data41 = data35.repositories;
              if (Array.isArray(data41)) {
                if (data41.length > 100) {
                  const err117 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                const len15 = data41.length;
                for (let i19 = 0; i19 < len15; i19++) {
                  let data42 = data41[i19];
                  if (typeof data42 === "string") {
                    if (func2(data42) > 201) {
                      const err118 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/maxLength", keyword: "maxLength", params: { limit: 201 }, message: "must NOT have more than 201 characters" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (!pattern10.test(data42)) {
                      const err119 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$"' };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories/" + i19, schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                let i20 = data41.length;
                let j4;
                if (i20 > 1) {
                  const indices4 = {};
                  for (; i20--; ) {
                    let item4 = data41[i20];
                    if (typeof item4 !== "string") {
                      continue;
                    }
                    if (typeof indices4[item4] == "number") {
                      j4 = indices4[item4];
                      const err121 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i20 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                      break;
                    }
                    indices4[item4] = i20;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/repositories", schemaPath: "#/properties/subjects/additionalProperties/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/subjects/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subjects/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/subjects", schemaPath: "#/properties/subjects/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data43 = data.approvals;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key10 in data43) {
          if (!(key10 === "high" || key10 === "medium" || key10 === "low")) {
            const err125 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data43.high !== void 0) {
          let data44 = data43.high;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.count === void 0) {
              const err126 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            for (const key11 in data44) {
              if (!(key11 === "count" || key11 === "codeowners" || key11 === "reviewers" || key11 === "keep_on_identical_rebase" || key11 === "unlinked_commits")) {
                const err127 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data44.count !== void 0) {
              let data45 = data44.count;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err128 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 > 10 || isNaN(data45)) {
                  const err129 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data45 < 0 || isNaN(data45)) {
                  const err130 = { instancePath: instancePath + "/approvals/high/count", schemaPath: "#/properties/approvals/properties/high/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data44.codeowners !== void 0) {
              if (typeof data44.codeowners !== "boolean") {
                const err131 = { instancePath: instancePath + "/approvals/high/codeowners", schemaPath: "#/properties/approvals/properties/high/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data44.reviewers !== void 0) {
              let data47 = data44.reviewers;
              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                for (const key12 in data47) {
                  if (!(key12 === "users" || key12 === "teams")) {
                    const err132 = { instancePath: instancePath + "/approvals/high/reviewers", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data47.users !== void 0) {
                  let data48 = data47.users;
                  if (Array.isArray(data48)) {
                    if (data48.length > 100) {
                      const err133 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    const len16 = data48.length;
                    for (let i21 = 0; i21 < len16; i21++) {
                      let data49 = data48[i21];
                      if (typeof data49 === "string") {
                        if (func2(data49) > 45) {
                          const err134 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data49)) {
                          const err135 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                        }
                      } else {
                        const err136 = { instancePath: instancePath + "/approvals/high/reviewers/users/" + i21, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    let i22 = data48.length;
                    let j5;
                    if (i22 > 1) {
                      const indices5 = {};
                      for (; i22--; ) {
                        let item5 = data48[i22];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err137 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i22 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i22;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/approvals/high/reviewers/users", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data47.teams !== void 0) {
                  let data50 = data47.teams;
                  if (Array.isArray(data50)) {
                    if (data50.length > 50) {
                      const err139 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                    const len17 = data50.length;
                    for (let i23 = 0; i23 < len17; i23++) {
                      let data51 = data50[i23];
                      if (typeof data51 === "string") {
                        if (func2(data51) > 140) {
                          const err140 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err140];
                          } else {
                            vErrors.push(err140);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data51)) {
                          const err141 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                        }
                      } else {
                        const err142 = { instancePath: instancePath + "/approvals/high/reviewers/teams/" + i23, schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    let i24 = data50.length;
                    let j6;
                    if (i24 > 1) {
                      const indices6 = {};
                      for (; i24--; ) {
                        let item6 = data50[i24];
                        if (typeof item6 !== "string") {
                          continue;
                        }
                        if (typeof indices6[item6] == "number") {
                          j6 = indices6[item6];
                          const err143 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i24 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                          break;
                        }
                        indices6[item6] = i24;
                      }
                    }
                  } else {
                    const err144 = { instancePath: instancePath + "/approvals/high/reviewers/teams", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
              } else {
                const err145 = { instancePath: instancePath + "/approvals/high/reviewers", schemaPath: "#/properties/approvals/properties/high/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data44.keep_on_identical_rebase !== void 0) {
              if (typeof data44.keep_on_identical_rebase !== "boolean") {
                const err146 = { instancePath: instancePath + "/approvals/high/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/high/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data44.unlinked_commits !== void 0) {
              let data53 = data44.unlinked_commits;
              if (!(data53 === "extra_approval" || data53 === "deny")) {
                const err147 = { instancePath: instancePath + "/approvals/high/unlinked_commits", schemaPath: "#/properties/approvals/properties/high/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.high.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
          } else {
            const err148 = { instancePath: instancePath + "/approvals/high", schemaPath: "#/properties/approvals/properties/high/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data43.medium !== void 0) {
          let data54 = data43.medium;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.count === void 0) {
              const err149 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            for (const key13 in data54) {
              if (!(key13 === "count" || key13 === "codeowners" || key13 === "reviewers" || key13 === "keep_on_identical_rebase" || key13 === "unlinked_commits")) {
                const err150 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data54.count !== void 0) {
              let data55 = data54.count;
              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                const err151 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (typeof data55 == "number" && isFinite(data55)) {
                if (data55 > 10 || isNaN(data55)) {
                  const err152 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (data55 < 0 || isNaN(data55)) {
                  const err153 = { instancePath: instancePath + "/approvals/medium/count", schemaPath: "#/properties/approvals/properties/medium/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
            }
            if (data54.codeowners !== void 0) {
              if (typeof data54.codeowners !== "boolean") {
                const err154 = { instancePath: instancePath + "/approvals/medium/codeowners", schemaPath: "#/properties/approvals/properties/medium/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data54.reviewers !== void 0) {
              let data57 = data54.reviewers;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                for (const key14 in data57) {
                  if (!(key14 === "users" || key14 === "teams")) {
                    const err155 = { instancePath: instancePath + "/approvals/medium/reviewers", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data57.users !== void 0) {
                  let data58 = data57.users;
                  if (Array.isArray(data58)) {
                    if (data58.length > 100) {
                      const err156 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    const len18 = data58.length;
                    for (let i25 = 0; i25 < len18; i25++) {
                      let data59 = data58[i25];
                      if (typeof data59 === "string") {
                        if (func2(data59) > 45) {
                          const err157 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data59)) {
                          const err158 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err158];
                          } else {
                            vErrors.push(err158);
                          }
                          errors++;
                        }
                      } else {
                        const err159 = { instancePath: instancePath + "/approvals/medium/reviewers/users/" + i25, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    let i26 = data58.length;
                    let j7;
                    if (i26 > 1) {
                      const indices7 = {};
                      for (; i26--; ) {
                        let item7 = data58[i26];
                        if (typeof item7 !== "string") {
                          continue;
                        }
                        if (typeof indices7[item7] == "number") {
                          j7 = indices7[item7];
                          const err160 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i26 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                          break;
                        }
                        indices7[item7] = i26;
                      }
                    }
                  } else {
                    const err161 = { instancePath: instancePath + "/approvals/medium/reviewers/users", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data57.teams !== void 0) {
                  let data60 = data57.teams;
                  if (Array.isArray(data60)) {
                    if (data60.length > 50) {
                      const err162 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    const len19 = data60.length;
                    for (let i27 = 0; i27 < len19; i27++) {
                      let data61 = data60[i27];
                      if (typeof data61 === "string") {
                        if (func2(data61) > 140) {
                          const err163 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data61)) {
                          const err164 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err164];
                          } else {
                            vErrors.push(err164);
                          }
                          errors++;
                        }
                      } else {
                        const err165 = { instancePath: instancePath + "/approvals/medium/reviewers/teams/" + i27, schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                    let i28 = data60.length;
                    let j8;
                    if (i28 > 1) {
                      const indices8 = {};
                      for (; i28--; ) {
                        let item8 = data60[i28];
                        if (typeof item8 !== "string") {
                          continue;
                        }
                        if (typeof indices8[item8] == "number") {
                          j8 = indices8[item8];
                          const err166 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i28 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                          break;
                        }
                        indices8[item8] = i28;
                      }
                    }
                  } else {
                    const err167 = { instancePath: instancePath + "/approvals/medium/reviewers/teams", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
              } else {
                const err168 = { instancePath: instancePath + "/approvals/medium/reviewers", schemaPath: "#/properties/approvals/properties/medium/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data54.keep_on_identical_rebase !== void 0) {
              if (typeof data54.keep_on_identical_rebase !== "boolean") {
                const err169 = { instancePath: instancePath + "/approvals/medium/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/medium/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data54.unlinked_commits !== void 0) {
              let data63 = data54.unlinked_commits;
              if (!(data63 === "extra_approval" || data63 === "deny")) {
                const err170 = { instancePath: instancePath + "/approvals/medium/unlinked_commits", schemaPath: "#/properties/approvals/properties/medium/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.medium.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
          } else {
            const err171 = { instancePath: instancePath + "/approvals/medium", schemaPath: "#/properties/approvals/properties/medium/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data43.low !== void 0) {
          let data64 = data43.low;
          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
            if (data64.count === void 0) {
              const err172 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            for (const key15 in data64) {
              if (!(key15 === "count" || key15 === "codeowners" || key15 === "reviewers" || key15 === "keep_on_identical_rebase" || key15 === "unlinked_commits")) {
                const err173 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data64.count !== void 0) {
              let data65 = data64.count;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                const err174 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 > 10 || isNaN(data65)) {
                  const err175 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
                if (data65 < 0 || isNaN(data65)) {
                  const err176 = { instancePath: instancePath + "/approvals/low/count", schemaPath: "#/properties/approvals/properties/low/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
            }
            if (data64.codeowners !== void 0) {
              if (typeof data64.codeowners !== "boolean") {
                const err177 = { instancePath: instancePath + "/approvals/low/codeowners", schemaPath: "#/properties/approvals/properties/low/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data64.reviewers !== void 0) {
              let data67 = data64.reviewers;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                for (const key16 in data67) {
                  if (!(key16 === "users" || key16 === "teams")) {
                    const err178 = { instancePath: instancePath + "/approvals/low/reviewers", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data67.users !== void 0) {
                  let data68 = data67.users;
                  if (Array.isArray(data68)) {
                    if (data68.length > 100) {
                      const err179 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                    const len20 = data68.length;
                    for (let i29 = 0; i29 < len20; i29++) {
                      let data69 = data68[i29];
                      if (typeof data69 === "string") {
                        if (func2(data69) > 45) {
                          const err180 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                          if (vErrors === null) {
                            vErrors = [err180];
                          } else {
                            vErrors.push(err180);
                          }
                          errors++;
                        }
                        if (!pattern11.test(data69)) {
                          const err181 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                      } else {
                        const err182 = { instancePath: instancePath + "/approvals/low/reviewers/users/" + i29, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    let i30 = data68.length;
                    let j9;
                    if (i30 > 1) {
                      const indices9 = {};
                      for (; i30--; ) {
                        let item9 = data68[i30];
                        if (typeof item9 !== "string") {
                          continue;
                        }
                        if (typeof indices9[item9] == "number") {
                          j9 = indices9[item9];
                          const err183 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i30 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                          break;
                        }
                        indices9[item9] = i30;
                      }
                    }
                  } else {
                    const err184 = { instancePath: instancePath + "/approvals/low/reviewers/users", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data67.teams !== void 0) {
                  let data70 = data67.teams;
                  if (Array.isArray(data70)) {
                    if (data70.length > 50) {
                      const err185 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                    const len21 = data70.length;
                    for (let i31 = 0; i31 < len21; i31++) {
                      let data71 = data70[i31];
                      if (typeof data71 === "string") {
                        if (func2(data71) > 140) {
                          const err186 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters" };
                          if (vErrors === null) {
                            vErrors = [err186];
                          } else {
                            vErrors.push(err186);
                          }
                          errors++;
                        }
                        if (!pattern12.test(data71)) {
                          const err187 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"' };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                      } else {
                        const err188 = { instancePath: instancePath + "/approvals/low/reviewers/teams/" + i31, schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    let i32 = data70.length;
                    let j10;
                    if (i32 > 1) {
                      const indices10 = {};
                      for (; i32--; ) {
                        let item10 = data70[i32];
                        if (typeof item10 !== "string") {
                          continue;
                        }
                        if (typeof indices10[item10] == "number") {
                          j10 = indices10[item10];
                          const err189 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i32 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err189];
                          } else {
                            vErrors.push(err189);
                          }
                          errors++;
                          break;
                        }
                        indices10[item10] = i32;
                      }
                    }
                  } else {
                    const err190 = { instancePath: instancePath + "/approvals/low/reviewers/teams", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                }
              } else {
                const err191 = { instancePath: instancePath + "/approvals/low/reviewers", schemaPath: "#/properties/approvals/properties/low/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
            if (data64.keep_on_identical_rebase !== void 0) {
              if (typeof data64.keep_on_identical_rebase !== "boolean") {
                const err192 = { instancePath: instancePath + "/approvals/low/keep_on_identical_rebase", schemaPath: "#/properties/approvals/properties/low/properties/keep_on_identical_rebase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data64.unlinked_commits !== void 0) {
              let data73 = data64.unlinked_commits;
              if (!(data73 === "extra_approval" || data73 === "deny")) {
                const err193 = { instancePath: instancePath + "/approvals/low/unlinked_commits", schemaPath: "#/properties/approvals/properties/low/properties/unlinked_commits/enum", keyword: "enum", params: { allowedValues: schema31.properties.approvals.properties.low.properties.unlinked_commits.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
          } else {
            const err194 = { instancePath: instancePath + "/approvals/low", schemaPath: "#/properties/approvals/properties/low/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
      } else {
        const err195 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data74 = data.network;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key17 in data74) {
          if (!(key17 === "allow")) {
            const err196 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data74.allow !== void 0) {
          let data75 = data74.allow;
          if (Array.isArray(data75)) {
            if (data75.length > 100) {
              const err197 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err197];
              } else {
                vErrors.push(err197);
              }
              errors++;
            }
            const len22 = data75.length;
            for (let i33 = 0; i33 < len22; i33++) {
              let data76 = data75[i33];
              if (typeof data76 === "string") {
                if (func2(data76) > 253) {
                  const err198 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
                if (!pattern17.test(data76)) {
                  const err199 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$"' };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              } else {
                const err200 = { instancePath: instancePath + "/network/allow/" + i33, schemaPath: "#/properties/network/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            let i34 = data75.length;
            let j11;
            if (i34 > 1) {
              const indices11 = {};
              for (; i34--; ) {
                let item11 = data75[i34];
                if (typeof item11 !== "string") {
                  continue;
                }
                if (typeof indices11[item11] == "number") {
                  j11 = indices11[item11];
                  const err201 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i34, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i34 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                  break;
                }
                indices11[item11] = i34;
              }
            }
          } else {
            const err202 = { instancePath: instancePath + "/network/allow", schemaPath: "#/properties/network/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
        }
      } else {
        const err203 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err203];
        } else {
          vErrors.push(err203);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data77 = data.examples;
      if (Array.isArray(data77)) {
        if (data77.length > 500) {
          const err204 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err204];
          } else {
            vErrors.push(err204);
          }
          errors++;
        }
        const len23 = data77.length;
        for (let i35 = 0; i35 < len23; i35++) {
          let data78 = data77[i35];
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key18 in data78) {
              if (!(key18 === "name" || key18 === "path" || key18 === "paths" || key18 === "status" || key18 === "executable" || key18 === "verdict" || key18 === "tier")) {
                const err205 = { instancePath: instancePath + "/examples/" + i35, schemaPath: "#/properties/examples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data78.name !== void 0) {
              let data79 = data78.name;
              if (typeof data79 === "string") {
                if (func2(data79) > 200) {
                  const err206 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (func2(data79) < 1) {
                  const err207 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              } else {
                const err208 = { instancePath: instancePath + "/examples/" + i35 + "/name", schemaPath: "#/properties/examples/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data78.path !== void 0) {
              let data80 = data78.path;
              if (typeof data80 === "string") {
                if (func2(data80) > 4096) {
                  const err209 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
                if (func2(data80) < 1) {
                  const err210 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err210];
                  } else {
                    vErrors.push(err210);
                  }
                  errors++;
                }
              } else {
                const err211 = { instancePath: instancePath + "/examples/" + i35 + "/path", schemaPath: "#/properties/examples/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data78.paths !== void 0) {
              let data81 = data78.paths;
              if (Array.isArray(data81)) {
                if (data81.length > 100) {
                  const err212 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err212];
                  } else {
                    vErrors.push(err212);
                  }
                  errors++;
                }
                if (data81.length < 1) {
                  const err213 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                const len24 = data81.length;
                for (let i36 = 0; i36 < len24; i36++) {
                  let data82 = data81[i36];
                  if (typeof data82 === "string") {
                    if (func2(data82) > 4096) {
                      const err214 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                      if (vErrors === null) {
                        vErrors = [err214];
                      } else {
                        vErrors.push(err214);
                      }
                      errors++;
                    }
                    if (func2(data82) < 1) {
                      const err215 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err215];
                      } else {
                        vErrors.push(err215);
                      }
                      errors++;
                    }
                  } else {
                    const err216 = { instancePath: instancePath + "/examples/" + i35 + "/paths/" + i36, schemaPath: "#/properties/examples/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
              } else {
                const err217 = { instancePath: instancePath + "/examples/" + i35 + "/paths", schemaPath: "#/properties/examples/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data78.status !== void 0) {
              let data83 = data78.status;
              if (!(data83 === "added" || data83 === "modified" || data83 === "deleted")) {
                const err218 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (typeof data83 === "string") {
                if (func2(data83) > 8) {
                  const err219 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/maxLength", keyword: "maxLength", params: { limit: 8 }, message: "must NOT have more than 8 characters" };
                  if (vErrors === null) {
                    vErrors = [err219];
                  } else {
                    vErrors.push(err219);
                  }
                  errors++;
                }
              } else {
                const err220 = { instancePath: instancePath + "/examples/" + i35 + "/status", schemaPath: "#/properties/examples/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
            if (data78.executable !== void 0) {
              if (typeof data78.executable !== "boolean") {
                const err221 = { instancePath: instancePath + "/examples/" + i35 + "/executable", schemaPath: "#/properties/examples/items/properties/executable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data78.verdict !== void 0) {
              let data85 = data78.verdict;
              if (!(data85 === "allow" || data85 === "approval_required" || data85 === "deny")) {
                const err222 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
              if (typeof data85 === "string") {
                if (func2(data85) > 17) {
                  const err223 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/maxLength", keyword: "maxLength", params: { limit: 17 }, message: "must NOT have more than 17 characters" };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              } else {
                const err224 = { instancePath: instancePath + "/examples/" + i35 + "/verdict", schemaPath: "#/properties/examples/items/properties/verdict/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data78.tier !== void 0) {
              let data86 = data78.tier;
              if (!(data86 === "low" || data86 === "medium" || data86 === "high")) {
                const err225 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema31.properties.examples.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
              if (typeof data86 === "string") {
                if (func2(data86) > 6) {
                  const err226 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/maxLength", keyword: "maxLength", params: { limit: 6 }, message: "must NOT have more than 6 characters" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
              } else {
                const err227 = { instancePath: instancePath + "/examples/" + i35 + "/tier", schemaPath: "#/properties/examples/items/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
            }
          } else {
            const err228 = { instancePath: instancePath + "/examples/" + i35, schemaPath: "#/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
      } else {
        const err229 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err229];
        } else {
          vErrors.push(err229);
        }
        errors++;
      }
    }
    if (data.workflows !== void 0) {
      let data87 = data.workflows;
      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
        for (const key19 in data87) {
          if (!(key19 === "deny")) {
            const err230 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
        if (data87.deny !== void 0) {
          let data88 = data87.deny;
          if (Array.isArray(data88)) {
            if (data88.length > 100) {
              const err231 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
            const len25 = data88.length;
            for (let i37 = 0; i37 < len25; i37++) {
              let data89 = data88[i37];
              if (typeof data89 === "string") {
                if (func2(data89) > 74) {
                  const err232 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/maxLength", keyword: "maxLength", params: { limit: 74 }, message: "must NOT have more than 74 characters" };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
                if (!pattern18.test(data89)) {
                  const err233 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/pattern", keyword: "pattern", params: { pattern: "^workflows/[a-z][a-z0-9-]{0,63}$" }, message: 'must match pattern "^workflows/[a-z][a-z0-9-]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              } else {
                const err234 = { instancePath: instancePath + "/workflows/deny/" + i37, schemaPath: "#/properties/workflows/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            let i38 = data88.length;
            let j12;
            if (i38 > 1) {
              const indices12 = {};
              for (; i38--; ) {
                let item12 = data88[i38];
                if (typeof item12 !== "string") {
                  continue;
                }
                if (typeof indices12[item12] == "number") {
                  j12 = indices12[item12];
                  const err235 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i38 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                  break;
                }
                indices12[item12] = i38;
              }
            }
          } else {
            const err236 = { instancePath: instancePath + "/workflows/deny", schemaPath: "#/properties/workflows/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
      } else {
        const err237 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err237];
        } else {
          vErrors.push(err237);
        }
        errors++;
      }
    }
  } else {
    const err238 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err238];
    } else {
      vErrors.push(err238);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var manifest = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/manifest.schema.json", "title": "agent-guard task manifest", "type": "object", "additionalProperties": false, "required": ["agent_task"], "properties": { "agent_task": { "type": "object", "additionalProperties": false, "required": ["subject", "repository", "capabilities"], "properties": { "subject": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "branch_pattern": { "type": "string", "minLength": 1, "maxLength": 512 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "denied": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true }, "deny_default": { "type": "boolean" } } }, "initiator": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "task_id": { "type": "string", "pattern": "^[A-Za-z0-9_.:#/-]{1,128}$", "maxLength": 128 }, "description": { "type": "string", "maxLength": 2e3 }, "expires_at": { "type": "string", "format": "date-time", "maxLength": 64 } } } } };
var pattern25 = new RegExp("^[A-Za-z0-9_.:#/-]{1,128}$", "u");
var formats0 = require_formats().fullFormats["date-time"];
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.agent_task === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent_task" }, message: "must have required property 'agent_task'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "agent_task")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.agent_task !== void 0) {
      let data0 = data.agent_task;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.subject === void 0) {
          const err2 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.repository === void 0) {
          const err3 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.capabilities === void 0) {
          const err4 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!func1.call(schema32.properties.agent_task.properties, key1)) {
            const err5 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.subject !== void 0) {
          let data1 = data0.subject;
          if (typeof data1 === "string") {
            if (func2(data1) > 128) {
              const err6 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern8.test(data1)) {
              const err7 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/agent_task/subject", schemaPath: "#/properties/agent_task/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.repository !== void 0) {
          let data2 = data0.repository;
          if (typeof data2 === "string") {
            if (func2(data2) > 201) {
              const err9 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/maxLength", keyword: "maxLength", params: { limit: 201 }, message: "must NOT have more than 201 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern10.test(data2)) {
              const err10 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/agent_task/repository", schemaPath: "#/properties/agent_task/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.branch_pattern !== void 0) {
          let data3 = data0.branch_pattern;
          if (typeof data3 === "string") {
            if (func2(data3) > 512) {
              const err12 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/agent_task/branch_pattern", schemaPath: "#/properties/agent_task/properties/branch_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data4 = data0.capabilities;
          if (Array.isArray(data4)) {
            if (data4.length > 64) {
              const err15 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (func2(data5) > 64) {
                  const err16 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern5.test(data5)) {
                  const err17 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/agent_task/capabilities/" + i0, schemaPath: "#/properties/agent_task/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            let i1 = data4.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data4[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err19 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/agent_task/capabilities", schemaPath: "#/properties/agent_task/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.denied !== void 0) {
          let data6 = data0.denied;
          if (Array.isArray(data6)) {
            if (data6.length > 64) {
              const err21 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            const len1 = data6.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (func2(data7) > 64) {
                  const err22 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (!pattern5.test(data7)) {
                  const err23 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]{0,63}$" }, message: 'must match pattern "^[a-z][a-z0-9_]{0,63}$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/agent_task/denied/" + i2, schemaPath: "#/properties/agent_task/properties/denied/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i3 = data6.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data6[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err25 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/agent_task/denied", schemaPath: "#/properties/agent_task/properties/denied/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.network !== void 0) {
          let data8 = data0.network;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "allow" || key2 === "deny_default")) {
                const err27 = { instancePath: instancePath + "/agent_task/network", schemaPath: "#/properties/agent_task/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.allow !== void 0) {
              let data9 = data8.allow;
              if (Array.isArray(data9)) {
                if (data9.length > 100) {
                  const err28 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const len2 = data9.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data10 = data9[i4];
                  if (typeof data10 === "string") {
                    if (func2(data10) > 253) {
                      const err29 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data10)) {
                      const err30 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/agent_task/network/allow/" + i4, schemaPath: "#/properties/agent_task/properties/network/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                let i5 = data9.length;
                let j2;
                if (i5 > 1) {
                  const indices2 = {};
                  for (; i5--; ) {
                    let item2 = data9[i5];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err32 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i5;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/agent_task/network/allow", schemaPath: "#/properties/agent_task/properties/network/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data8.deny_default !== void 0) {
              if (typeof data8.deny_default !== "boolean") {
                const err34 = { instancePath: instancePath + "/agent_task/network/deny_default", schemaPath: "#/properties/agent_task/properties/network/properties/deny_default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/agent_task/network", schemaPath: "#/properties/agent_task/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0.initiator !== void 0) {
          let data12 = data0.initiator;
          if (typeof data12 === "string") {
            if (func2(data12) > 45) {
              const err36 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (!pattern11.test(data12)) {
              const err37 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/agent_task/initiator", schemaPath: "#/properties/agent_task/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data0.task_id !== void 0) {
          let data13 = data0.task_id;
          if (typeof data13 === "string") {
            if (func2(data13) > 128) {
              const err39 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (!pattern25.test(data13)) {
              const err40 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:#/-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_.:#/-]{1,128}$"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/agent_task/task_id", schemaPath: "#/properties/agent_task/properties/task_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          let data14 = data0.description;
          if (typeof data14 === "string") {
            if (func2(data14) > 2e3) {
              const err42 = { instancePath: instancePath + "/agent_task/description", schemaPath: "#/properties/agent_task/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/agent_task/description", schemaPath: "#/properties/agent_task/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data0.expires_at !== void 0) {
          let data15 = data0.expires_at;
          if (typeof data15 === "string") {
            if (func2(data15) > 64) {
              const err44 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (!formats0.validate(data15)) {
              const err45 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/agent_task/expires_at", schemaPath: "#/properties/agent_task/properties/expires_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/agent_task", schemaPath: "#/properties/agent_task/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var evidence = validate22;
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/evidence.schema.json", "title": "agent-guard evidence", "type": "object", "required": ["version", "action", "job", "timings"], "properties": { "version": { "const": "agent-guard.evidence/v1" }, "action": { "enum": ["guard-diff", "approval-gate", "request-capability", "command"] }, "mode": { "type": "string", "maxLength": 32 }, "job": { "type": "object", "additionalProperties": false, "required": ["repository", "run_id", "workflow", "actor", "event"], "properties": { "repository": { "type": ["string", "null"], "maxLength": 4096 }, "run_id": { "type": ["string", "null"], "maxLength": 4096 }, "run_attempt": { "type": ["string", "null"], "maxLength": 4096 }, "workflow": { "type": ["string", "null"], "maxLength": 4096 }, "job": { "type": ["string", "null"], "maxLength": 4096 }, "actor": { "type": ["string", "null"], "maxLength": 4096 }, "event": { "type": ["string", "null"], "maxLength": 4096 }, "ref": { "type": ["string", "null"], "maxLength": 4096 }, "sha": { "type": ["string", "null"], "maxLength": 4096 } } }, "base": { "type": ["string", "null"], "maxLength": 256 }, "head": { "type": ["string", "null"], "maxLength": 256 }, "merge_base": { "type": "string", "maxLength": 64 }, "branch": { "type": ["string", "null"], "maxLength": 4096 }, "policy": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["source", "sha256"], "properties": { "source": { "type": "string", "maxLength": 4096 }, "sha256": { "type": "string", "pattern": "^([0-9a-f]{64})?$", "maxLength": 64 }, "baseline": { "type": "boolean" } } }] }, "manifest": { "anyOf": [{ "type": "null" }, { "type": "object", "required": ["source", "sha256"], "properties": { "source": { "type": "string", "maxLength": 4096 }, "sha256": { "type": "string", "pattern": "^([0-9a-f]{64})?$", "maxLength": 64 } } }] }, "verdict": { "enum": ["allow", "approval_required", "deny", "granted", "refused"] }, "tier": { "enum": ["low", "medium", "high"] }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["path", "status", "kind", "tier", "capability", "decision", "reasons"], "properties": { "path": { "type": "string", "maxLength": 8192 }, "previous_path": { "type": "string", "maxLength": 8192 }, "status": { "enum": ["added", "modified", "deleted", "renamed", "copied", "type_changed"] }, "kind": { "type": "string", "maxLength": 32 }, "tier": { "enum": ["low", "medium", "high"] }, "capability": { "type": ["string", "null"], "maxLength": 64 }, "decision": { "enum": ["allow", "approval_required", "deny"] }, "reasons": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "message": { "type": "string", "maxLength": 8192 } } } } } } }, "violations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "path": { "type": "string", "maxLength": 8192 }, "message": { "type": "string", "maxLength": 8192 } } } }, "capabilities": { "anyOf": [{ "type": "object", "properties": { "granted": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "needed": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "used": { "type": "array", "items": { "type": "string", "maxLength": 64 } }, "unused": { "type": "array", "items": { "type": "string", "maxLength": 64 } } } }, { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "maxLength": 64 }, "tier": { "enum": ["low", "medium", "high", null] }, "permissions": { "type": "object" } } } }] }, "denials": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "code", "message"], "properties": { "rule": { "type": "string", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "path": { "type": "string", "maxLength": 8192 }, "capability": { "type": "string", "maxLength": 64 }, "message": { "type": "string", "maxLength": 8192 } } } }, "merge_commit": { "type": ["string", "null"], "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "approval_requested_at": { "type": ["string", "null"], "format": "date-time" }, "approval_decided_at": { "type": ["string", "null"], "format": "date-time" }, "notes": { "type": "array", "maxItems": 64, "items": { "type": "string", "maxLength": 4096 } }, "approvals": { "type": ["object", "null"] }, "credentials": { "type": "array", "items": { "type": "object", "required": ["permissions", "issued_at", "expires_at"], "properties": { "permissions": { "type": "object" }, "issued_at": { "type": ["string", "null"], "format": "date-time" }, "expires_at": { "type": ["string", "null"], "format": "date-time" }, "revoked_at": { "type": ["string", "null"], "format": "date-time" } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["tool", "decision", "rule", "code", "message", "argv", "command_line", "capability", "pattern", "cwd", "task", "exit"], "properties": { "tool": { "enum": ["exec", "hook"] }, "decision": { "enum": ["allow", "deny"] }, "rule": { "type": "string", "pattern": "^commands/", "maxLength": 128 }, "code": { "type": "string", "maxLength": 128 }, "message": { "type": "string", "maxLength": 16384 }, "argv": { "anyOf": [{ "type": "null" }, { "type": "array", "maxItems": 1024, "items": { "type": "string" } }] }, "command_line": { "type": ["string", "null"], "maxLength": 4096 }, "capability": { "type": ["string", "null"], "maxLength": 64 }, "pattern": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "type": "string" } }] }, "cwd": { "type": "string", "maxLength": 4096 }, "task": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["subject", "task_id"], "properties": { "subject": { "type": "string", "maxLength": 256 }, "task_id": { "type": ["string", "null"], "maxLength": 256 } } }] }, "runtime": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 200 } }, "env_passed": { "type": "array", "items": { "type": "string", "maxLength": 256 } }, "exit": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["exit_code", "signal", "duration_ms"], "properties": { "exit_code": { "type": ["integer", "null"] }, "signal": { "type": ["string", "null"], "maxLength": 32 }, "duration_ms": { "type": "number", "minimum": 0 }, "error": { "type": "string", "maxLength": 4096 } } }] } } }, "timings": { "type": "object", "required": ["started_at", "finished_at", "duration_ms"], "properties": { "started_at": { "type": "string", "format": "date-time" }, "finished_at": { "type": "string", "format": "date-time" }, "duration_ms": { "type": "number", "minimum": 0 } } } }, "additionalProperties": true };
var pattern26 = new RegExp("^([0-9a-f]{64})?$", "u");
var pattern28 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u");
var pattern29 = new RegExp("^commands/", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
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
        const err5 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema33.properties.action.enum }, message: "must be equal to one of the allowed values" };
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
        if (func2(data2) > 32) {
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
          if (!func1.call(schema33.properties.job.properties, key0)) {
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
            const err14 = { instancePath: instancePath + "/job/repository", schemaPath: "#/properties/job/properties/repository/type", keyword: "type", params: { type: schema33.properties.job.properties.repository.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 === "string") {
            if (func2(data4) > 4096) {
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
            const err16 = { instancePath: instancePath + "/job/run_id", schemaPath: "#/properties/job/properties/run_id/type", keyword: "type", params: { type: schema33.properties.job.properties.run_id.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data5 === "string") {
            if (func2(data5) > 4096) {
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
            const err18 = { instancePath: instancePath + "/job/run_attempt", schemaPath: "#/properties/job/properties/run_attempt/type", keyword: "type", params: { type: schema33.properties.job.properties.run_attempt.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (func2(data6) > 4096) {
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
            const err20 = { instancePath: instancePath + "/job/workflow", schemaPath: "#/properties/job/properties/workflow/type", keyword: "type", params: { type: schema33.properties.job.properties.workflow.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (func2(data7) > 4096) {
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
            const err22 = { instancePath: instancePath + "/job/job", schemaPath: "#/properties/job/properties/job/type", keyword: "type", params: { type: schema33.properties.job.properties.job.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data8 === "string") {
            if (func2(data8) > 4096) {
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
            const err24 = { instancePath: instancePath + "/job/actor", schemaPath: "#/properties/job/properties/actor/type", keyword: "type", params: { type: schema33.properties.job.properties.actor.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data9 === "string") {
            if (func2(data9) > 4096) {
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
            const err26 = { instancePath: instancePath + "/job/event", schemaPath: "#/properties/job/properties/event/type", keyword: "type", params: { type: schema33.properties.job.properties.event.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 === "string") {
            if (func2(data10) > 4096) {
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
            const err28 = { instancePath: instancePath + "/job/ref", schemaPath: "#/properties/job/properties/ref/type", keyword: "type", params: { type: schema33.properties.job.properties.ref.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data11 === "string") {
            if (func2(data11) > 4096) {
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
            const err30 = { instancePath: instancePath + "/job/sha", schemaPath: "#/properties/job/properties/sha/type", keyword: "type", params: { type: schema33.properties.job.properties.sha.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 === "string") {
            if (func2(data12) > 4096) {
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
        const err33 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: schema33.properties.base.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (func2(data13) > 256) {
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
        const err35 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: schema33.properties.head.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data14 === "string") {
        if (func2(data14) > 256) {
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
        if (func2(data15) > 64) {
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
        const err39 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: schema33.properties.branch.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data16 === "string") {
        if (func2(data16) > 4096) {
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
        if (data17.source !== void 0) {
          let data18 = data17.source;
          if (typeof data18 === "string") {
            if (func2(data18) > 4096) {
              const err44 = { instancePath: instancePath + "/policy/source", schemaPath: "#/properties/policy/anyOf/1/properties/source/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/policy/source", schemaPath: "#/properties/policy/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data17.sha256 !== void 0) {
          let data19 = data17.sha256;
          if (typeof data19 === "string") {
            if (func2(data19) > 64) {
              const err46 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (!pattern26.test(data19)) {
              const err47 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{64})?$" }, message: 'must match pattern "^([0-9a-f]{64})?$"' };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/policy/sha256", schemaPath: "#/properties/policy/anyOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data17.baseline !== void 0) {
          if (typeof data17.baseline !== "boolean") {
            const err49 = { instancePath: instancePath + "/policy/baseline", schemaPath: "#/properties/policy/anyOf/1/properties/baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid0 = _errs39 === errors;
      valid2 = valid2 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.source = true;
        props0.sha256 = true;
        props0.baseline = true;
      }
      if (!valid2) {
        const err51 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
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
      let data21 = data.manifest;
      const _errs48 = errors;
      let valid4 = false;
      const _errs49 = errors;
      if (data21 !== null) {
        const err52 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      var _valid1 = _errs49 === errors;
      valid4 = valid4 || _valid1;
      const _errs51 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.source === void 0) {
          const err53 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data21.sha256 === void 0) {
          const err54 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data21.source !== void 0) {
          let data22 = data21.source;
          if (typeof data22 === "string") {
            if (func2(data22) > 4096) {
              const err55 = { instancePath: instancePath + "/manifest/source", schemaPath: "#/properties/manifest/anyOf/1/properties/source/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/manifest/source", schemaPath: "#/properties/manifest/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data21.sha256 !== void 0) {
          let data23 = data21.sha256;
          if (typeof data23 === "string") {
            if (func2(data23) > 64) {
              const err57 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (!pattern26.test(data23)) {
              const err58 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{64})?$" }, message: 'must match pattern "^([0-9a-f]{64})?$"' };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/manifest/sha256", schemaPath: "#/properties/manifest/anyOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid1 = _errs51 === errors;
      valid4 = valid4 || _valid1;
      if (_valid1) {
        var props1 = {};
        props1.source = true;
        props1.sha256 = true;
      }
      if (!valid4) {
        const err61 = { instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      } else {
        errors = _errs48;
        if (vErrors !== null) {
          if (_errs48) {
            vErrors.length = _errs48;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.verdict !== void 0) {
      let data24 = data.verdict;
      if (!(data24 === "allow" || data24 === "approval_required" || data24 === "deny" || data24 === "granted" || data24 === "refused")) {
        const err62 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema33.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.tier !== void 0) {
      let data25 = data.tier;
      if (!(data25 === "low" || data25 === "medium" || data25 === "high")) {
        const err63 = { instancePath: instancePath + "/tier", schemaPath: "#/properties/tier/enum", keyword: "enum", params: { allowedValues: schema33.properties.tier.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data26 = data.files;
      if (Array.isArray(data26)) {
        const len0 = data26.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data27 = data26[i0];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.path === void 0) {
              const err64 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data27.status === void 0) {
              const err65 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data27.kind === void 0) {
              const err66 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data27.tier === void 0) {
              const err67 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data27.capability === void 0) {
              const err68 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data27.decision === void 0) {
              const err69 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data27.reasons === void 0) {
              const err70 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key1 in data27) {
              if (!(key1 === "path" || key1 === "previous_path" || key1 === "status" || key1 === "kind" || key1 === "tier" || key1 === "capability" || key1 === "decision" || key1 === "reasons")) {
                const err71 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data27.path !== void 0) {
              let data28 = data27.path;
              if (typeof data28 === "string") {
                if (func2(data28) > 8192) {
                  const err72 = { instancePath: instancePath + "/files/" + i0 + "/path", schemaPath: "#/properties/files/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/files/" + i0 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data27.previous_path !== void 0) {
              let data29 = data27.previous_path;
              if (typeof data29 === "string") {
                if (func2(data29) > 8192) {
                  const err74 = { instancePath: instancePath + "/files/" + i0 + "/previous_path", schemaPath: "#/properties/files/items/properties/previous_path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/files/" + i0 + "/previous_path", schemaPath: "#/properties/files/items/properties/previous_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data27.status !== void 0) {
              let data30 = data27.status;
              if (!(data30 === "added" || data30 === "modified" || data30 === "deleted" || data30 === "renamed" || data30 === "copied" || data30 === "type_changed")) {
                const err76 = { instancePath: instancePath + "/files/" + i0 + "/status", schemaPath: "#/properties/files/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema33.properties.files.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data27.kind !== void 0) {
              let data31 = data27.kind;
              if (typeof data31 === "string") {
                if (func2(data31) > 32) {
                  const err77 = { instancePath: instancePath + "/files/" + i0 + "/kind", schemaPath: "#/properties/files/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/files/" + i0 + "/kind", schemaPath: "#/properties/files/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data27.tier !== void 0) {
              let data32 = data27.tier;
              if (!(data32 === "low" || data32 === "medium" || data32 === "high")) {
                const err79 = { instancePath: instancePath + "/files/" + i0 + "/tier", schemaPath: "#/properties/files/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema33.properties.files.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data27.capability !== void 0) {
              let data33 = data27.capability;
              if (typeof data33 !== "string" && data33 !== null) {
                const err80 = { instancePath: instancePath + "/files/" + i0 + "/capability", schemaPath: "#/properties/files/items/properties/capability/type", keyword: "type", params: { type: schema33.properties.files.items.properties.capability.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (typeof data33 === "string") {
                if (func2(data33) > 64) {
                  const err81 = { instancePath: instancePath + "/files/" + i0 + "/capability", schemaPath: "#/properties/files/items/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
            }
            if (data27.decision !== void 0) {
              let data34 = data27.decision;
              if (!(data34 === "allow" || data34 === "approval_required" || data34 === "deny")) {
                const err82 = { instancePath: instancePath + "/files/" + i0 + "/decision", schemaPath: "#/properties/files/items/properties/decision/enum", keyword: "enum", params: { allowedValues: schema33.properties.files.items.properties.decision.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data27.reasons !== void 0) {
              let data35 = data27.reasons;
              if (Array.isArray(data35)) {
                const len1 = data35.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data36 = data35[i1];
                  if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    if (data36.rule === void 0) {
                      const err83 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    if (data36.code === void 0) {
                      const err84 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    if (data36.message === void 0) {
                      const err85 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1, schemaPath: "#/properties/files/items/properties/reasons/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    for (const key2 in data36) {
                      if (!(key2 === "rule" || key2 === "code" || key2 === "message")) {
                        const err86 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1, schemaPath: "#/properties/files/items/properties/reasons/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data36.rule !== void 0) {
                      let data37 = data36.rule;
                      if (typeof data37 === "string") {
                        if (func2(data37) > 128) {
                          const err87 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/rule", schemaPath: "#/properties/files/items/properties/reasons/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/rule", schemaPath: "#/properties/files/items/properties/reasons/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data36.code !== void 0) {
                      let data38 = data36.code;
                      if (typeof data38 === "string") {
                        if (func2(data38) > 128) {
                          const err89 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/code", schemaPath: "#/properties/files/items/properties/reasons/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/code", schemaPath: "#/properties/files/items/properties/reasons/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data36.message !== void 0) {
                      let data39 = data36.message;
                      if (typeof data39 === "string") {
                        if (func2(data39) > 8192) {
                          const err91 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/message", schemaPath: "#/properties/files/items/properties/reasons/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                      } else {
                        const err92 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1 + "/message", schemaPath: "#/properties/files/items/properties/reasons/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/files/" + i0 + "/reasons/" + i1, schemaPath: "#/properties/files/items/properties/reasons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/files/" + i0 + "/reasons", schemaPath: "#/properties/files/items/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.violations !== void 0) {
      let data40 = data.violations;
      if (Array.isArray(data40)) {
        const len2 = data40.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data41 = data40[i2];
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.rule === void 0) {
              const err97 = { instancePath: instancePath + "/violations/" + i2, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data41.code === void 0) {
              const err98 = { instancePath: instancePath + "/violations/" + i2, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data41.message === void 0) {
              const err99 = { instancePath: instancePath + "/violations/" + i2, schemaPath: "#/properties/violations/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            for (const key3 in data41) {
              if (!(key3 === "rule" || key3 === "code" || key3 === "path" || key3 === "message")) {
                const err100 = { instancePath: instancePath + "/violations/" + i2, schemaPath: "#/properties/violations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data41.rule !== void 0) {
              let data42 = data41.rule;
              if (typeof data42 === "string") {
                if (func2(data42) > 128) {
                  const err101 = { instancePath: instancePath + "/violations/" + i2 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              } else {
                const err102 = { instancePath: instancePath + "/violations/" + i2 + "/rule", schemaPath: "#/properties/violations/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data41.code !== void 0) {
              let data43 = data41.code;
              if (typeof data43 === "string") {
                if (func2(data43) > 128) {
                  const err103 = { instancePath: instancePath + "/violations/" + i2 + "/code", schemaPath: "#/properties/violations/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/violations/" + i2 + "/code", schemaPath: "#/properties/violations/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data41.path !== void 0) {
              let data44 = data41.path;
              if (typeof data44 === "string") {
                if (func2(data44) > 8192) {
                  const err105 = { instancePath: instancePath + "/violations/" + i2 + "/path", schemaPath: "#/properties/violations/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/violations/" + i2 + "/path", schemaPath: "#/properties/violations/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data41.message !== void 0) {
              let data45 = data41.message;
              if (typeof data45 === "string") {
                if (func2(data45) > 8192) {
                  const err107 = { instancePath: instancePath + "/violations/" + i2 + "/message", schemaPath: "#/properties/violations/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              } else {
                const err108 = { instancePath: instancePath + "/violations/" + i2 + "/message", schemaPath: "#/properties/violations/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/violations/" + i2, schemaPath: "#/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
      } else {
        const err110 = { instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data46 = data.capabilities;
      const _errs100 = errors;
      let valid15 = false;
      const _errs101 = errors;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        if (data46.granted !== void 0) {
          let data47 = data46.granted;
          if (Array.isArray(data47)) {
            const len3 = data47.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data48 = data47[i3];
              if (typeof data48 === "string") {
                if (func2(data48) > 64) {
                  const err111 = { instancePath: instancePath + "/capabilities/granted/" + i3, schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              } else {
                const err112 = { instancePath: instancePath + "/capabilities/granted/" + i3, schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
          } else {
            const err113 = { instancePath: instancePath + "/capabilities/granted", schemaPath: "#/properties/capabilities/anyOf/0/properties/granted/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data46.needed !== void 0) {
          let data49 = data46.needed;
          if (Array.isArray(data49)) {
            const len4 = data49.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data50 = data49[i4];
              if (typeof data50 === "string") {
                if (func2(data50) > 64) {
                  const err114 = { instancePath: instancePath + "/capabilities/needed/" + i4, schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = { instancePath: instancePath + "/capabilities/needed/" + i4, schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/capabilities/needed", schemaPath: "#/properties/capabilities/anyOf/0/properties/needed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data46.used !== void 0) {
          let data51 = data46.used;
          if (Array.isArray(data51)) {
            const len5 = data51.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data52 = data51[i5];
              if (typeof data52 === "string") {
                if (func2(data52) > 64) {
                  const err117 = { instancePath: instancePath + "/capabilities/used/" + i5, schemaPath: "#/properties/capabilities/anyOf/0/properties/used/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              } else {
                const err118 = { instancePath: instancePath + "/capabilities/used/" + i5, schemaPath: "#/properties/capabilities/anyOf/0/properties/used/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
          } else {
            const err119 = { instancePath: instancePath + "/capabilities/used", schemaPath: "#/properties/capabilities/anyOf/0/properties/used/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data46.unused !== void 0) {
          let data53 = data46.unused;
          if (Array.isArray(data53)) {
            const len6 = data53.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data54 = data53[i6];
              if (typeof data54 === "string") {
                if (func2(data54) > 64) {
                  const err120 = { instancePath: instancePath + "/capabilities/unused/" + i6, schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/capabilities/unused/" + i6, schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/capabilities/unused", schemaPath: "#/properties/capabilities/anyOf/0/properties/unused/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
      var _valid2 = _errs101 === errors;
      valid15 = valid15 || _valid2;
      if (_valid2) {
        var props2 = {};
        props2.granted = true;
        props2.needed = true;
        props2.used = true;
        props2.unused = true;
      }
      const _errs119 = errors;
      if (Array.isArray(data46)) {
        const len7 = data46.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data55 = data46[i7];
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.name === void 0) {
              const err124 = { instancePath: instancePath + "/capabilities/" + i7, schemaPath: "#/properties/capabilities/anyOf/1/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data55.name !== void 0) {
              let data56 = data55.name;
              if (typeof data56 === "string") {
                if (func2(data56) > 64) {
                  const err125 = { instancePath: instancePath + "/capabilities/" + i7 + "/name", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              } else {
                const err126 = { instancePath: instancePath + "/capabilities/" + i7 + "/name", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data55.tier !== void 0) {
              let data57 = data55.tier;
              if (!(data57 === "low" || data57 === "medium" || data57 === "high" || data57 === null)) {
                const err127 = { instancePath: instancePath + "/capabilities/" + i7 + "/tier", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema33.properties.capabilities.anyOf[1].items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data55.permissions !== void 0) {
              let data58 = data55.permissions;
              if (!(data58 && typeof data58 == "object" && !Array.isArray(data58))) {
                const err128 = { instancePath: instancePath + "/capabilities/" + i7 + "/permissions", schemaPath: "#/properties/capabilities/anyOf/1/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/capabilities/" + i7, schemaPath: "#/properties/capabilities/anyOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
      } else {
        const err130 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      var _valid2 = _errs119 === errors;
      valid15 = valid15 || _valid2;
      if (!valid15) {
        const err131 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      } else {
        errors = _errs100;
        if (vErrors !== null) {
          if (_errs100) {
            vErrors.length = _errs100;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.denials !== void 0) {
      let data59 = data.denials;
      if (Array.isArray(data59)) {
        const len8 = data59.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data60 = data59[i8];
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            if (data60.rule === void 0) {
              const err132 = { instancePath: instancePath + "/denials/" + i8, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data60.code === void 0) {
              const err133 = { instancePath: instancePath + "/denials/" + i8, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data60.message === void 0) {
              const err134 = { instancePath: instancePath + "/denials/" + i8, schemaPath: "#/properties/denials/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            for (const key4 in data60) {
              if (!(key4 === "rule" || key4 === "code" || key4 === "path" || key4 === "capability" || key4 === "message")) {
                const err135 = { instancePath: instancePath + "/denials/" + i8, schemaPath: "#/properties/denials/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data60.rule !== void 0) {
              let data61 = data60.rule;
              if (typeof data61 === "string") {
                if (func2(data61) > 128) {
                  const err136 = { instancePath: instancePath + "/denials/" + i8 + "/rule", schemaPath: "#/properties/denials/items/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              } else {
                const err137 = { instancePath: instancePath + "/denials/" + i8 + "/rule", schemaPath: "#/properties/denials/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data60.code !== void 0) {
              let data62 = data60.code;
              if (typeof data62 === "string") {
                if (func2(data62) > 128) {
                  const err138 = { instancePath: instancePath + "/denials/" + i8 + "/code", schemaPath: "#/properties/denials/items/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              } else {
                const err139 = { instancePath: instancePath + "/denials/" + i8 + "/code", schemaPath: "#/properties/denials/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data60.path !== void 0) {
              let data63 = data60.path;
              if (typeof data63 === "string") {
                if (func2(data63) > 8192) {
                  const err140 = { instancePath: instancePath + "/denials/" + i8 + "/path", schemaPath: "#/properties/denials/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/denials/" + i8 + "/path", schemaPath: "#/properties/denials/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data60.capability !== void 0) {
              let data64 = data60.capability;
              if (typeof data64 === "string") {
                if (func2(data64) > 64) {
                  const err142 = { instancePath: instancePath + "/denials/" + i8 + "/capability", schemaPath: "#/properties/denials/items/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              } else {
                const err143 = { instancePath: instancePath + "/denials/" + i8 + "/capability", schemaPath: "#/properties/denials/items/properties/capability/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
            if (data60.message !== void 0) {
              let data65 = data60.message;
              if (typeof data65 === "string") {
                if (func2(data65) > 8192) {
                  const err144 = { instancePath: instancePath + "/denials/" + i8 + "/message", schemaPath: "#/properties/denials/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
              } else {
                const err145 = { instancePath: instancePath + "/denials/" + i8 + "/message", schemaPath: "#/properties/denials/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
          } else {
            const err146 = { instancePath: instancePath + "/denials/" + i8, schemaPath: "#/properties/denials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
      } else {
        const err147 = { instancePath: instancePath + "/denials", schemaPath: "#/properties/denials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.merge_commit !== void 0) {
      let data66 = data.merge_commit;
      if (typeof data66 !== "string" && data66 !== null) {
        const err148 = { instancePath: instancePath + "/merge_commit", schemaPath: "#/properties/merge_commit/type", keyword: "type", params: { type: schema33.properties.merge_commit.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
      if (typeof data66 === "string") {
        if (!pattern28.test(data66)) {
          const err149 = { instancePath: instancePath + "/merge_commit", schemaPath: "#/properties/merge_commit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: 'must match pattern "^([0-9a-f]{40}|[0-9a-f]{64})$"' };
          if (vErrors === null) {
            vErrors = [err149];
          } else {
            vErrors.push(err149);
          }
          errors++;
        }
      }
    }
    if (data.approval_requested_at !== void 0) {
      let data67 = data.approval_requested_at;
      if (typeof data67 !== "string" && data67 !== null) {
        const err150 = { instancePath: instancePath + "/approval_requested_at", schemaPath: "#/properties/approval_requested_at/type", keyword: "type", params: { type: schema33.properties.approval_requested_at.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
      if (typeof data67 === "string") {
        if (!formats0.validate(data67)) {
          const err151 = { instancePath: instancePath + "/approval_requested_at", schemaPath: "#/properties/approval_requested_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
      }
    }
    if (data.approval_decided_at !== void 0) {
      let data68 = data.approval_decided_at;
      if (typeof data68 !== "string" && data68 !== null) {
        const err152 = { instancePath: instancePath + "/approval_decided_at", schemaPath: "#/properties/approval_decided_at/type", keyword: "type", params: { type: schema33.properties.approval_decided_at.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
      if (typeof data68 === "string") {
        if (!formats0.validate(data68)) {
          const err153 = { instancePath: instancePath + "/approval_decided_at", schemaPath: "#/properties/approval_decided_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err153];
          } else {
            vErrors.push(err153);
          }
          errors++;
        }
      }
    }
    if (data.notes !== void 0) {
      let data69 = data.notes;
      if (Array.isArray(data69)) {
        if (data69.length > 64) {
          const err154 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
          if (vErrors === null) {
            vErrors = [err154];
          } else {
            vErrors.push(err154);
          }
          errors++;
        }
        const len9 = data69.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data70 = data69[i9];
          if (typeof data70 === "string") {
            if (func2(data70) > 4096) {
              const err155 = { instancePath: instancePath + "/notes/" + i9, schemaPath: "#/properties/notes/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
          } else {
            const err156 = { instancePath: instancePath + "/notes/" + i9, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
      } else {
        const err157 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data71 = data.approvals;
      if (!(data71 && typeof data71 == "object" && !Array.isArray(data71)) && data71 !== null) {
        const err158 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: schema33.properties.approvals.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data72 = data.credentials;
      if (Array.isArray(data72)) {
        const len10 = data72.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data73 = data72[i10];
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.permissions === void 0) {
              const err159 = { instancePath: instancePath + "/credentials/" + i10, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "permissions" }, message: "must have required property 'permissions'" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data73.issued_at === void 0) {
              const err160 = { instancePath: instancePath + "/credentials/" + i10, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "issued_at" }, message: "must have required property 'issued_at'" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data73.expires_at === void 0) {
              const err161 = { instancePath: instancePath + "/credentials/" + i10, schemaPath: "#/properties/credentials/items/required", keyword: "required", params: { missingProperty: "expires_at" }, message: "must have required property 'expires_at'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            if (data73.permissions !== void 0) {
              let data74 = data73.permissions;
              if (!(data74 && typeof data74 == "object" && !Array.isArray(data74))) {
                const err162 = { instancePath: instancePath + "/credentials/" + i10 + "/permissions", schemaPath: "#/properties/credentials/items/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data73.issued_at !== void 0) {
              let data75 = data73.issued_at;
              if (typeof data75 !== "string" && data75 !== null) {
                const err163 = { instancePath: instancePath + "/credentials/" + i10 + "/issued_at", schemaPath: "#/properties/credentials/items/properties/issued_at/type", keyword: "type", params: { type: schema33.properties.credentials.items.properties.issued_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              if (typeof data75 === "string") {
                if (!formats0.validate(data75)) {
                  const err164 = { instancePath: instancePath + "/credentials/" + i10 + "/issued_at", schemaPath: "#/properties/credentials/items/properties/issued_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
              }
            }
            if (data73.expires_at !== void 0) {
              let data76 = data73.expires_at;
              if (typeof data76 !== "string" && data76 !== null) {
                const err165 = { instancePath: instancePath + "/credentials/" + i10 + "/expires_at", schemaPath: "#/properties/credentials/items/properties/expires_at/type", keyword: "type", params: { type: schema33.properties.credentials.items.properties.expires_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              if (typeof data76 === "string") {
                if (!formats0.validate(data76)) {
                  const err166 = { instancePath: instancePath + "/credentials/" + i10 + "/expires_at", schemaPath: "#/properties/credentials/items/properties/expires_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
              }
            }
            if (data73.revoked_at !== void 0) {
              let data77 = data73.revoked_at;
              if (typeof data77 !== "string" && data77 !== null) {
                const err167 = { instancePath: instancePath + "/credentials/" + i10 + "/revoked_at", schemaPath: "#/properties/credentials/items/properties/revoked_at/type", keyword: "type", params: { type: schema33.properties.credentials.items.properties.revoked_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
              if (typeof data77 === "string") {
                if (!formats0.validate(data77)) {
                  const err168 = { instancePath: instancePath + "/credentials/" + i10 + "/revoked_at", schemaPath: "#/properties/credentials/items/properties/revoked_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/credentials/" + i10, schemaPath: "#/properties/credentials/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      } else {
        const err170 = { instancePath: instancePath + "/credentials", schemaPath: "#/properties/credentials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data78 = data.command;
      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
        if (data78.tool === void 0) {
          const err171 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
          if (vErrors === null) {
            vErrors = [err171];
          } else {
            vErrors.push(err171);
          }
          errors++;
        }
        if (data78.decision === void 0) {
          const err172 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property 'decision'" };
          if (vErrors === null) {
            vErrors = [err172];
          } else {
            vErrors.push(err172);
          }
          errors++;
        }
        if (data78.rule === void 0) {
          const err173 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
          if (vErrors === null) {
            vErrors = [err173];
          } else {
            vErrors.push(err173);
          }
          errors++;
        }
        if (data78.code === void 0) {
          const err174 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err174];
          } else {
            vErrors.push(err174);
          }
          errors++;
        }
        if (data78.message === void 0) {
          const err175 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err175];
          } else {
            vErrors.push(err175);
          }
          errors++;
        }
        if (data78.argv === void 0) {
          const err176 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "argv" }, message: "must have required property 'argv'" };
          if (vErrors === null) {
            vErrors = [err176];
          } else {
            vErrors.push(err176);
          }
          errors++;
        }
        if (data78.command_line === void 0) {
          const err177 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "command_line" }, message: "must have required property 'command_line'" };
          if (vErrors === null) {
            vErrors = [err177];
          } else {
            vErrors.push(err177);
          }
          errors++;
        }
        if (data78.capability === void 0) {
          const err178 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'" };
          if (vErrors === null) {
            vErrors = [err178];
          } else {
            vErrors.push(err178);
          }
          errors++;
        }
        if (data78.pattern === void 0) {
          const err179 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'" };
          if (vErrors === null) {
            vErrors = [err179];
          } else {
            vErrors.push(err179);
          }
          errors++;
        }
        if (data78.cwd === void 0) {
          const err180 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "cwd" }, message: "must have required property 'cwd'" };
          if (vErrors === null) {
            vErrors = [err180];
          } else {
            vErrors.push(err180);
          }
          errors++;
        }
        if (data78.task === void 0) {
          const err181 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'" };
          if (vErrors === null) {
            vErrors = [err181];
          } else {
            vErrors.push(err181);
          }
          errors++;
        }
        if (data78.exit === void 0) {
          const err182 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/required", keyword: "required", params: { missingProperty: "exit" }, message: "must have required property 'exit'" };
          if (vErrors === null) {
            vErrors = [err182];
          } else {
            vErrors.push(err182);
          }
          errors++;
        }
        for (const key5 in data78) {
          if (!func1.call(schema33.properties.command.properties, key5)) {
            const err183 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
        }
        if (data78.tool !== void 0) {
          let data79 = data78.tool;
          if (!(data79 === "exec" || data79 === "hook")) {
            const err184 = { instancePath: instancePath + "/command/tool", schemaPath: "#/properties/command/properties/tool/enum", keyword: "enum", params: { allowedValues: schema33.properties.command.properties.tool.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data78.decision !== void 0) {
          let data80 = data78.decision;
          if (!(data80 === "allow" || data80 === "deny")) {
            const err185 = { instancePath: instancePath + "/command/decision", schemaPath: "#/properties/command/properties/decision/enum", keyword: "enum", params: { allowedValues: schema33.properties.command.properties.decision.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
        if (data78.rule !== void 0) {
          let data81 = data78.rule;
          if (typeof data81 === "string") {
            if (func2(data81) > 128) {
              const err186 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            if (!pattern29.test(data81)) {
              const err187 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/pattern", keyword: "pattern", params: { pattern: "^commands/" }, message: 'must match pattern "^commands/"' };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          } else {
            const err188 = { instancePath: instancePath + "/command/rule", schemaPath: "#/properties/command/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data78.code !== void 0) {
          let data82 = data78.code;
          if (typeof data82 === "string") {
            if (func2(data82) > 128) {
              const err189 = { instancePath: instancePath + "/command/code", schemaPath: "#/properties/command/properties/code/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
          } else {
            const err190 = { instancePath: instancePath + "/command/code", schemaPath: "#/properties/command/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
        if (data78.message !== void 0) {
          let data83 = data78.message;
          if (typeof data83 === "string") {
            if (func2(data83) > 16384) {
              const err191 = { instancePath: instancePath + "/command/message", schemaPath: "#/properties/command/properties/message/maxLength", keyword: "maxLength", params: { limit: 16384 }, message: "must NOT have more than 16384 characters" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
          } else {
            const err192 = { instancePath: instancePath + "/command/message", schemaPath: "#/properties/command/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data78.argv !== void 0) {
          let data84 = data78.argv;
          const _errs179 = errors;
          let valid37 = false;
          const _errs180 = errors;
          if (data84 !== null) {
            const err193 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
          var _valid3 = _errs180 === errors;
          valid37 = valid37 || _valid3;
          const _errs182 = errors;
          if (Array.isArray(data84)) {
            if (data84.length > 1024) {
              const err194 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1024 }, message: "must NOT have more than 1024 items" };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            const len11 = data84.length;
            for (let i11 = 0; i11 < len11; i11++) {
              if (typeof data84[i11] !== "string") {
                const err195 = { instancePath: instancePath + "/command/argv/" + i11, schemaPath: "#/properties/command/properties/argv/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          } else {
            const err196 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
          var _valid3 = _errs182 === errors;
          valid37 = valid37 || _valid3;
          if (!valid37) {
            const err197 = { instancePath: instancePath + "/command/argv", schemaPath: "#/properties/command/properties/argv/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          } else {
            errors = _errs179;
            if (vErrors !== null) {
              if (_errs179) {
                vErrors.length = _errs179;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data78.command_line !== void 0) {
          let data86 = data78.command_line;
          if (typeof data86 !== "string" && data86 !== null) {
            const err198 = { instancePath: instancePath + "/command/command_line", schemaPath: "#/properties/command/properties/command_line/type", keyword: "type", params: { type: schema33.properties.command.properties.command_line.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
          if (typeof data86 === "string") {
            if (func2(data86) > 4096) {
              const err199 = { instancePath: instancePath + "/command/command_line", schemaPath: "#/properties/command/properties/command_line/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err199];
              } else {
                vErrors.push(err199);
              }
              errors++;
            }
          }
        }
        if (data78.capability !== void 0) {
          let data87 = data78.capability;
          if (typeof data87 !== "string" && data87 !== null) {
            const err200 = { instancePath: instancePath + "/command/capability", schemaPath: "#/properties/command/properties/capability/type", keyword: "type", params: { type: schema33.properties.command.properties.capability.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
          if (typeof data87 === "string") {
            if (func2(data87) > 64) {
              const err201 = { instancePath: instancePath + "/command/capability", schemaPath: "#/properties/command/properties/capability/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
          }
        }
        if (data78.pattern !== void 0) {
          let data88 = data78.pattern;
          const _errs191 = errors;
          let valid40 = false;
          const _errs192 = errors;
          if (data88 !== null) {
            const err202 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          var _valid4 = _errs192 === errors;
          valid40 = valid40 || _valid4;
          const _errs194 = errors;
          if (Array.isArray(data88)) {
            const len12 = data88.length;
            for (let i12 = 0; i12 < len12; i12++) {
              if (typeof data88[i12] !== "string") {
                const err203 = { instancePath: instancePath + "/command/pattern/" + i12, schemaPath: "#/properties/command/properties/pattern/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
          } else {
            const err204 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
          var _valid4 = _errs194 === errors;
          valid40 = valid40 || _valid4;
          if (!valid40) {
            const err205 = { instancePath: instancePath + "/command/pattern", schemaPath: "#/properties/command/properties/pattern/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          } else {
            errors = _errs191;
            if (vErrors !== null) {
              if (_errs191) {
                vErrors.length = _errs191;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data78.cwd !== void 0) {
          let data90 = data78.cwd;
          if (typeof data90 === "string") {
            if (func2(data90) > 4096) {
              const err206 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
          } else {
            const err207 = { instancePath: instancePath + "/command/cwd", schemaPath: "#/properties/command/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data78.task !== void 0) {
          let data91 = data78.task;
          const _errs201 = errors;
          let valid43 = false;
          const _errs202 = errors;
          if (data91 !== null) {
            const err208 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
          var _valid5 = _errs202 === errors;
          valid43 = valid43 || _valid5;
          const _errs204 = errors;
          if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
            if (data91.subject === void 0) {
              const err209 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            if (data91.task_id === void 0) {
              const err210 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/required", keyword: "required", params: { missingProperty: "task_id" }, message: "must have required property 'task_id'" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            for (const key6 in data91) {
              if (!(key6 === "subject" || key6 === "task_id")) {
                const err211 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data91.subject !== void 0) {
              let data92 = data91.subject;
              if (typeof data92 === "string") {
                if (func2(data92) > 256) {
                  const err212 = { instancePath: instancePath + "/command/task/subject", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/subject/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err212];
                  } else {
                    vErrors.push(err212);
                  }
                  errors++;
                }
              } else {
                const err213 = { instancePath: instancePath + "/command/task/subject", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
            if (data91.task_id !== void 0) {
              let data93 = data91.task_id;
              if (typeof data93 !== "string" && data93 !== null) {
                const err214 = { instancePath: instancePath + "/command/task/task_id", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/task_id/type", keyword: "type", params: { type: schema33.properties.command.properties.task.anyOf[1].properties.task_id.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
              if (typeof data93 === "string") {
                if (func2(data93) > 256) {
                  const err215 = { instancePath: instancePath + "/command/task/task_id", schemaPath: "#/properties/command/properties/task/anyOf/1/properties/task_id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err216 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
          var _valid5 = _errs204 === errors;
          valid43 = valid43 || _valid5;
          if (!valid43) {
            const err217 = { instancePath: instancePath + "/command/task", schemaPath: "#/properties/command/properties/task/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
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
        if (data78.runtime !== void 0) {
          let data94 = data78.runtime;
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            for (const key7 in data94) {
              let data95 = data94[key7];
              if (typeof data95 === "string") {
                if (func2(data95) > 200) {
                  const err218 = { instancePath: instancePath + "/command/runtime/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/command/properties/runtime/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
              } else {
                const err219 = { instancePath: instancePath + "/command/runtime/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/command/properties/runtime/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
          } else {
            const err220 = { instancePath: instancePath + "/command/runtime", schemaPath: "#/properties/command/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
        }
        if (data78.env_passed !== void 0) {
          let data96 = data78.env_passed;
          if (Array.isArray(data96)) {
            const len13 = data96.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data97 = data96[i13];
              if (typeof data97 === "string") {
                if (func2(data97) > 256) {
                  const err221 = { instancePath: instancePath + "/command/env_passed/" + i13, schemaPath: "#/properties/command/properties/env_passed/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err221];
                  } else {
                    vErrors.push(err221);
                  }
                  errors++;
                }
              } else {
                const err222 = { instancePath: instancePath + "/command/env_passed/" + i13, schemaPath: "#/properties/command/properties/env_passed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
          } else {
            const err223 = { instancePath: instancePath + "/command/env_passed", schemaPath: "#/properties/command/properties/env_passed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data78.exit !== void 0) {
          let data98 = data78.exit;
          const _errs221 = errors;
          let valid48 = false;
          const _errs222 = errors;
          if (data98 !== null) {
            const err224 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
          var _valid6 = _errs222 === errors;
          valid48 = valid48 || _valid6;
          const _errs224 = errors;
          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
            if (data98.exit_code === void 0) {
              const err225 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "exit_code" }, message: "must have required property 'exit_code'" };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
            if (data98.signal === void 0) {
              const err226 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'" };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
            if (data98.duration_ms === void 0) {
              const err227 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/required", keyword: "required", params: { missingProperty: "duration_ms" }, message: "must have required property 'duration_ms'" };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            for (const key8 in data98) {
              if (!(key8 === "exit_code" || key8 === "signal" || key8 === "duration_ms" || key8 === "error")) {
                const err228 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err228];
                } else {
                  vErrors.push(err228);
                }
                errors++;
              }
            }
            if (data98.exit_code !== void 0) {
              let data99 = data98.exit_code;
              if (!(typeof data99 == "number" && (!(data99 % 1) && !isNaN(data99)) && isFinite(data99)) && data99 !== null) {
                const err229 = { instancePath: instancePath + "/command/exit/exit_code", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/exit_code/type", keyword: "type", params: { type: schema33.properties.command.properties.exit.anyOf[1].properties.exit_code.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
            if (data98.signal !== void 0) {
              let data100 = data98.signal;
              if (typeof data100 !== "string" && data100 !== null) {
                const err230 = { instancePath: instancePath + "/command/exit/signal", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/signal/type", keyword: "type", params: { type: schema33.properties.command.properties.exit.anyOf[1].properties.signal.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
              if (typeof data100 === "string") {
                if (func2(data100) > 32) {
                  const err231 = { instancePath: instancePath + "/command/exit/signal", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/signal/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              }
            }
            if (data98.duration_ms !== void 0) {
              let data101 = data98.duration_ms;
              if (typeof data101 == "number" && isFinite(data101)) {
                if (data101 < 0 || isNaN(data101)) {
                  const err232 = { instancePath: instancePath + "/command/exit/duration_ms", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
              } else {
                const err233 = { instancePath: instancePath + "/command/exit/duration_ms", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/duration_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
            if (data98.error !== void 0) {
              let data102 = data98.error;
              if (typeof data102 === "string") {
                if (func2(data102) > 4096) {
                  const err234 = { instancePath: instancePath + "/command/exit/error", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/error/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              } else {
                const err235 = { instancePath: instancePath + "/command/exit/error", schemaPath: "#/properties/command/properties/exit/anyOf/1/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
          } else {
            const err236 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
          var _valid6 = _errs224 === errors;
          valid48 = valid48 || _valid6;
          if (!valid48) {
            const err237 = { instancePath: instancePath + "/command/exit", schemaPath: "#/properties/command/properties/exit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err237];
            } else {
              vErrors.push(err237);
            }
            errors++;
          } else {
            errors = _errs221;
            if (vErrors !== null) {
              if (_errs221) {
                vErrors.length = _errs221;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err238 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err238];
        } else {
          vErrors.push(err238);
        }
        errors++;
      }
    }
    if (data.timings !== void 0) {
      let data103 = data.timings;
      if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
        if (data103.started_at === void 0) {
          const err239 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "started_at" }, message: "must have required property 'started_at'" };
          if (vErrors === null) {
            vErrors = [err239];
          } else {
            vErrors.push(err239);
          }
          errors++;
        }
        if (data103.finished_at === void 0) {
          const err240 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "finished_at" }, message: "must have required property 'finished_at'" };
          if (vErrors === null) {
            vErrors = [err240];
          } else {
            vErrors.push(err240);
          }
          errors++;
        }
        if (data103.duration_ms === void 0) {
          const err241 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/required", keyword: "required", params: { missingProperty: "duration_ms" }, message: "must have required property 'duration_ms'" };
          if (vErrors === null) {
            vErrors = [err241];
          } else {
            vErrors.push(err241);
          }
          errors++;
        }
        if (data103.started_at !== void 0) {
          let data104 = data103.started_at;
          if (typeof data104 === "string") {
            if (!formats0.validate(data104)) {
              const err242 = { instancePath: instancePath + "/timings/started_at", schemaPath: "#/properties/timings/properties/started_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
          } else {
            const err243 = { instancePath: instancePath + "/timings/started_at", schemaPath: "#/properties/timings/properties/started_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        if (data103.finished_at !== void 0) {
          let data105 = data103.finished_at;
          if (typeof data105 === "string") {
            if (!formats0.validate(data105)) {
              const err244 = { instancePath: instancePath + "/timings/finished_at", schemaPath: "#/properties/timings/properties/finished_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err244];
              } else {
                vErrors.push(err244);
              }
              errors++;
            }
          } else {
            const err245 = { instancePath: instancePath + "/timings/finished_at", schemaPath: "#/properties/timings/properties/finished_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err245];
            } else {
              vErrors.push(err245);
            }
            errors++;
          }
        }
        if (data103.duration_ms !== void 0) {
          let data106 = data103.duration_ms;
          if (typeof data106 == "number" && isFinite(data106)) {
            if (data106 < 0 || isNaN(data106)) {
              const err246 = { instancePath: instancePath + "/timings/duration_ms", schemaPath: "#/properties/timings/properties/duration_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err246];
              } else {
                vErrors.push(err246);
              }
              errors++;
            }
          } else {
            const err247 = { instancePath: instancePath + "/timings/duration_ms", schemaPath: "#/properties/timings/properties/duration_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        }
      } else {
        const err248 = { instancePath: instancePath + "/timings", schemaPath: "#/properties/timings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err248];
        } else {
          vErrors.push(err248);
        }
        errors++;
      }
    }
  } else {
    const err249 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err249];
    } else {
      vErrors.push(err249);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function schemaValidators() {
  return { policy, manifest, evidence };
}

export {
  BUILTIN_CAPABILITIES,
  isBuiltinCapability,
  isNeverMinted,
  schemaValidators
};
