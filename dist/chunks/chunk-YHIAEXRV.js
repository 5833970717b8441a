import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  isTable,
  parseToml
} from "./chunk-HMQHJBD5.js";
import {
  because
} from "./chunk-QM3FMFE2.js";
import {
  checkManifestAgainstPolicy,
  grantedCapabilities
} from "./chunk-5S2ND2EP.js";
import {
  hostAllowed
} from "./chunk-EE7EZIWX.js";
import {
  defineRule
} from "./chunk-PNJUBMPM.js";
import {
  maxTier,
  tierRank
} from "./chunk-DIY5OXXZ.js";
import {
  PROTECTED_RULES,
  canonicalisePath,
  foldPath,
  isCommunityFile,
  resolveSymlinkTarget,
  symlinkTargetClimbsThroughName
} from "./chunk-FVZA7SE4.js";
import {
  quoteUntrusted,
  quoteValue,
  stableJson
} from "./chunk-ERUCQBI4.js";
import {
  parseWorkflowYaml
} from "./chunk-5NA3HWDM.js";
import {
  isObj
} from "./chunk-MPYCKMVQ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LKLDWFYK.js";

// node_modules/@yarnpkg/parsers/lib/grammars/shell.js
var require_shell = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/grammars/shell.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(line) {
        return line ? line : [];
      }, peg$c1 = function(command, type, then) {
        return [{ command, type }].concat(then || []);
      }, peg$c2 = function(command, type) {
        return [{ command, type: type || ";" }];
      }, peg$c3 = function(then) {
        return then;
      }, peg$c4 = ";", peg$c5 = peg$literalExpectation(";", false), peg$c6 = "&", peg$c7 = peg$literalExpectation("&", false), peg$c8 = function(chain, then) {
        return then ? { chain, then } : { chain };
      }, peg$c9 = function(type, then) {
        return { type, line: then };
      }, peg$c10 = "&&", peg$c11 = peg$literalExpectation("&&", false), peg$c12 = "||", peg$c13 = peg$literalExpectation("||", false), peg$c14 = function(main, then) {
        return then ? { ...main, then } : main;
      }, peg$c15 = function(type, then) {
        return { type, chain: then };
      }, peg$c16 = "|&", peg$c17 = peg$literalExpectation("|&", false), peg$c18 = "|", peg$c19 = peg$literalExpectation("|", false), peg$c20 = "=", peg$c21 = peg$literalExpectation("=", false), peg$c22 = function(name, arg) {
        return { name, args: [arg] };
      }, peg$c23 = function(name) {
        return { name, args: [] };
      }, peg$c24 = "(", peg$c25 = peg$literalExpectation("(", false), peg$c26 = ")", peg$c27 = peg$literalExpectation(")", false), peg$c28 = function(subshell, args) {
        return { type: `subshell`, subshell, args };
      }, peg$c29 = "{", peg$c30 = peg$literalExpectation("{", false), peg$c31 = "}", peg$c32 = peg$literalExpectation("}", false), peg$c33 = function(group, args) {
        return { type: `group`, group, args };
      }, peg$c34 = function(envs, args) {
        return { type: `command`, args, envs };
      }, peg$c35 = function(envs) {
        return { type: `envs`, envs };
      }, peg$c36 = function(args) {
        return args;
      }, peg$c37 = function(arg) {
        return arg;
      }, peg$c38 = /^[0-9]/, peg$c39 = peg$classExpectation([["0", "9"]], false, false), peg$c40 = function(fd, redirect, arg) {
        return { type: `redirection`, subtype: redirect, fd: fd !== null ? parseInt(fd) : null, args: [arg] };
      }, peg$c41 = ">>", peg$c42 = peg$literalExpectation(">>", false), peg$c43 = ">&", peg$c44 = peg$literalExpectation(">&", false), peg$c45 = ">", peg$c46 = peg$literalExpectation(">", false), peg$c47 = "<<<", peg$c48 = peg$literalExpectation("<<<", false), peg$c49 = "<&", peg$c50 = peg$literalExpectation("<&", false), peg$c51 = "<", peg$c52 = peg$literalExpectation("<", false), peg$c53 = function(segments) {
        return { type: `argument`, segments: [].concat(...segments) };
      }, peg$c54 = function(string) {
        return string;
      }, peg$c55 = "$'", peg$c56 = peg$literalExpectation("$'", false), peg$c57 = "'", peg$c58 = peg$literalExpectation("'", false), peg$c59 = function(text2) {
        return [{ type: `text`, text: text2 }];
      }, peg$c60 = '""', peg$c61 = peg$literalExpectation('""', false), peg$c62 = function() {
        return { type: `text`, text: `` };
      }, peg$c63 = '"', peg$c64 = peg$literalExpectation('"', false), peg$c65 = function(segments) {
        return segments;
      }, peg$c66 = function(arithmetic) {
        return { type: `arithmetic`, arithmetic, quoted: true };
      }, peg$c67 = function(shell) {
        return { type: `shell`, shell, quoted: true };
      }, peg$c68 = function(variable) {
        return { type: `variable`, ...variable, quoted: true };
      }, peg$c69 = function(text2) {
        return { type: `text`, text: text2 };
      }, peg$c70 = function(arithmetic) {
        return { type: `arithmetic`, arithmetic, quoted: false };
      }, peg$c71 = function(shell) {
        return { type: `shell`, shell, quoted: false };
      }, peg$c72 = function(variable) {
        return { type: `variable`, ...variable, quoted: false };
      }, peg$c73 = function(pattern) {
        return { type: `glob`, pattern };
      }, peg$c74 = /^[^']/, peg$c75 = peg$classExpectation(["'"], true, false), peg$c76 = function(chars) {
        return chars.join(``);
      }, peg$c77 = /^[^$"]/, peg$c78 = peg$classExpectation(["$", '"'], true, false), peg$c79 = "\\\n", peg$c80 = peg$literalExpectation("\\\n", false), peg$c81 = function() {
        return ``;
      }, peg$c82 = "\\", peg$c83 = peg$literalExpectation("\\", false), peg$c84 = /^[\\$"`]/, peg$c85 = peg$classExpectation(["\\", "$", '"', "`"], false, false), peg$c86 = function(c) {
        return c;
      }, peg$c87 = "\\a", peg$c88 = peg$literalExpectation("\\a", false), peg$c89 = function() {
        return "a";
      }, peg$c90 = "\\b", peg$c91 = peg$literalExpectation("\\b", false), peg$c92 = function() {
        return "\b";
      }, peg$c93 = /^[Ee]/, peg$c94 = peg$classExpectation(["E", "e"], false, false), peg$c95 = function() {
        return "\x1B";
      }, peg$c96 = "\\f", peg$c97 = peg$literalExpectation("\\f", false), peg$c98 = function() {
        return "\f";
      }, peg$c99 = "\\n", peg$c100 = peg$literalExpectation("\\n", false), peg$c101 = function() {
        return "\n";
      }, peg$c102 = "\\r", peg$c103 = peg$literalExpectation("\\r", false), peg$c104 = function() {
        return "\r";
      }, peg$c105 = "\\t", peg$c106 = peg$literalExpectation("\\t", false), peg$c107 = function() {
        return "	";
      }, peg$c108 = "\\v", peg$c109 = peg$literalExpectation("\\v", false), peg$c110 = function() {
        return "\v";
      }, peg$c111 = /^[\\'"?]/, peg$c112 = peg$classExpectation(["\\", "'", '"', "?"], false, false), peg$c113 = function(c) {
        return String.fromCharCode(parseInt(c, 16));
      }, peg$c114 = "\\x", peg$c115 = peg$literalExpectation("\\x", false), peg$c116 = "\\u", peg$c117 = peg$literalExpectation("\\u", false), peg$c118 = "\\U", peg$c119 = peg$literalExpectation("\\U", false), peg$c120 = function(c) {
        return String.fromCodePoint(parseInt(c, 16));
      }, peg$c121 = /^[0-7]/, peg$c122 = peg$classExpectation([["0", "7"]], false, false), peg$c123 = /^[0-9a-fA-f]/, peg$c124 = peg$classExpectation([["0", "9"], ["a", "f"], ["A", "f"]], false, false), peg$c125 = peg$anyExpectation(), peg$c126 = "{}", peg$c127 = peg$literalExpectation("{}", false), peg$c128 = function() {
        return "{}";
      }, peg$c129 = "-", peg$c130 = peg$literalExpectation("-", false), peg$c131 = "+", peg$c132 = peg$literalExpectation("+", false), peg$c133 = ".", peg$c134 = peg$literalExpectation(".", false), peg$c135 = function(sign, left, right) {
        return { type: `number`, value: (sign === "-" ? -1 : 1) * parseFloat(left.join(``) + `.` + right.join(``)) };
      }, peg$c136 = function(sign, value) {
        return { type: `number`, value: (sign === "-" ? -1 : 1) * parseInt(value.join(``)) };
      }, peg$c137 = function(variable) {
        return { type: `variable`, ...variable };
      }, peg$c138 = function(name) {
        return { type: `variable`, name };
      }, peg$c139 = function(value) {
        return value;
      }, peg$c140 = "*", peg$c141 = peg$literalExpectation("*", false), peg$c142 = "/", peg$c143 = peg$literalExpectation("/", false), peg$c144 = function(left, op, right) {
        return { type: op === `*` ? `multiplication` : `division`, right };
      }, peg$c145 = function(left, rest) {
        return rest.reduce((left2, right) => ({ left: left2, ...right }), left);
      }, peg$c146 = function(left, op, right) {
        return { type: op === `+` ? `addition` : `subtraction`, right };
      }, peg$c147 = "$((", peg$c148 = peg$literalExpectation("$((", false), peg$c149 = "))", peg$c150 = peg$literalExpectation("))", false), peg$c151 = function(arithmetic) {
        return arithmetic;
      }, peg$c152 = "$(", peg$c153 = peg$literalExpectation("$(", false), peg$c154 = function(command) {
        return command;
      }, peg$c155 = "${", peg$c156 = peg$literalExpectation("${", false), peg$c157 = ":-", peg$c158 = peg$literalExpectation(":-", false), peg$c159 = function(name, arg) {
        return { name, defaultValue: arg };
      }, peg$c160 = ":-}", peg$c161 = peg$literalExpectation(":-}", false), peg$c162 = function(name) {
        return { name, defaultValue: [] };
      }, peg$c163 = ":+", peg$c164 = peg$literalExpectation(":+", false), peg$c165 = function(name, arg) {
        return { name, alternativeValue: arg };
      }, peg$c166 = ":+}", peg$c167 = peg$literalExpectation(":+}", false), peg$c168 = function(name) {
        return { name, alternativeValue: [] };
      }, peg$c169 = function(name) {
        return { name };
      }, peg$c170 = "$", peg$c171 = peg$literalExpectation("$", false), peg$c172 = function(pattern) {
        return options.isGlobPattern(pattern);
      }, peg$c173 = function(pattern) {
        return pattern;
      }, peg$c174 = /^[a-zA-Z0-9_]/, peg$c175 = peg$classExpectation([["a", "z"], ["A", "Z"], ["0", "9"], "_"], false, false), peg$c176 = function() {
        return text();
      }, peg$c177 = /^[$@*?#a-zA-Z0-9_\-]/, peg$c178 = peg$classExpectation(["$", "@", "*", "?", "#", ["a", "z"], ["A", "Z"], ["0", "9"], "_", "-"], false, false), peg$c179 = /^[()}<>$|&; \t"']/, peg$c180 = peg$classExpectation(["(", ")", "}", "<", ">", "$", "|", "&", ";", " ", "	", '"', "'"], false, false), peg$c181 = /^[<>&; \t"']/, peg$c182 = peg$classExpectation(["<", ">", "&", ";", " ", "	", '"', "'"], false, false), peg$c183 = /^[ \t]/, peg$c184 = peg$classExpectation([" ", "	"], false, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseStart() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseShellLine();
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c0(s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseShellLine() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$parseCommandLine();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseS();
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseS();
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseShellLineType();
            if (s3 !== peg$FAILED) {
              s4 = peg$parseShellLineThen();
              if (s4 === peg$FAILED) {
                s4 = null;
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c1(s1, s3, s4);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseCommandLine();
          if (s1 !== peg$FAILED) {
            s2 = [];
            s3 = peg$parseS();
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              s3 = peg$parseS();
            }
            if (s2 !== peg$FAILED) {
              s3 = peg$parseShellLineType();
              if (s3 === peg$FAILED) {
                s3 = null;
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c2(s1, s3);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parseShellLineThen() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseShellLine();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseS();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseS();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c3(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseShellLineType() {
        var s0;
        if (input.charCodeAt(peg$currPos) === 59) {
          s0 = peg$c4;
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c5);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 38) {
            s0 = peg$c6;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c7);
            }
          }
        }
        return s0;
      }
      function peg$parseCommandLine() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseCommandChain();
        if (s1 !== peg$FAILED) {
          s2 = peg$parseCommandLineThen();
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c8(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseCommandLineThen() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseCommandLineType();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseS();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseS();
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parseCommandLine();
              if (s4 !== peg$FAILED) {
                s5 = [];
                s6 = peg$parseS();
                while (s6 !== peg$FAILED) {
                  s5.push(s6);
                  s6 = peg$parseS();
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c9(s2, s4);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseCommandLineType() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c10) {
          s0 = peg$c10;
          peg$currPos += 2;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c11);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.substr(peg$currPos, 2) === peg$c12) {
            s0 = peg$c12;
            peg$currPos += 2;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c13);
            }
          }
        }
        return s0;
      }
      function peg$parseCommandChain() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseCommand();
        if (s1 !== peg$FAILED) {
          s2 = peg$parseCommandChainThen();
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c14(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseCommandChainThen() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseCommandChainType();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseS();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseS();
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parseCommandChain();
              if (s4 !== peg$FAILED) {
                s5 = [];
                s6 = peg$parseS();
                while (s6 !== peg$FAILED) {
                  s5.push(s6);
                  s6 = peg$parseS();
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c15(s2, s4);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseCommandChainType() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c16) {
          s0 = peg$c16;
          peg$currPos += 2;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c17);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 124) {
            s0 = peg$c18;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c19);
            }
          }
        }
        return s0;
      }
      function peg$parseVariableAssignment() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseEnvVariable();
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 61) {
            s2 = peg$c20;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c21);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseStrictValueArgument();
            if (s3 !== peg$FAILED) {
              s4 = [];
              s5 = peg$parseS();
              while (s5 !== peg$FAILED) {
                s4.push(s5);
                s5 = peg$parseS();
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c22(s1, s3);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseEnvVariable();
          if (s1 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 61) {
              s2 = peg$c20;
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c21);
              }
            }
            if (s2 !== peg$FAILED) {
              s3 = [];
              s4 = peg$parseS();
              while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$parseS();
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c23(s1);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parseCommand() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 40) {
            s2 = peg$c24;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c25);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseS();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseS();
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parseShellLine();
              if (s4 !== peg$FAILED) {
                s5 = [];
                s6 = peg$parseS();
                while (s6 !== peg$FAILED) {
                  s5.push(s6);
                  s6 = peg$parseS();
                }
                if (s5 !== peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 41) {
                    s6 = peg$c26;
                    peg$currPos++;
                  } else {
                    s6 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c27);
                    }
                  }
                  if (s6 !== peg$FAILED) {
                    s7 = [];
                    s8 = peg$parseS();
                    while (s8 !== peg$FAILED) {
                      s7.push(s8);
                      s8 = peg$parseS();
                    }
                    if (s7 !== peg$FAILED) {
                      s8 = [];
                      s9 = peg$parseRedirectArgument();
                      while (s9 !== peg$FAILED) {
                        s8.push(s9);
                        s9 = peg$parseRedirectArgument();
                      }
                      if (s8 !== peg$FAILED) {
                        s9 = [];
                        s10 = peg$parseS();
                        while (s10 !== peg$FAILED) {
                          s9.push(s10);
                          s10 = peg$parseS();
                        }
                        if (s9 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c28(s4, s8);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = [];
          s2 = peg$parseS();
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parseS();
          }
          if (s1 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 123) {
              s2 = peg$c29;
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c30);
              }
            }
            if (s2 !== peg$FAILED) {
              s3 = [];
              s4 = peg$parseS();
              while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$parseS();
              }
              if (s3 !== peg$FAILED) {
                s4 = peg$parseShellLine();
                if (s4 !== peg$FAILED) {
                  s5 = [];
                  s6 = peg$parseS();
                  while (s6 !== peg$FAILED) {
                    s5.push(s6);
                    s6 = peg$parseS();
                  }
                  if (s5 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 125) {
                      s6 = peg$c31;
                      peg$currPos++;
                    } else {
                      s6 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c32);
                      }
                    }
                    if (s6 !== peg$FAILED) {
                      s7 = [];
                      s8 = peg$parseS();
                      while (s8 !== peg$FAILED) {
                        s7.push(s8);
                        s8 = peg$parseS();
                      }
                      if (s7 !== peg$FAILED) {
                        s8 = [];
                        s9 = peg$parseRedirectArgument();
                        while (s9 !== peg$FAILED) {
                          s8.push(s9);
                          s9 = peg$parseRedirectArgument();
                        }
                        if (s8 !== peg$FAILED) {
                          s9 = [];
                          s10 = peg$parseS();
                          while (s10 !== peg$FAILED) {
                            s9.push(s10);
                            s10 = peg$parseS();
                          }
                          if (s9 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s1 = peg$c33(s4, s8);
                            s0 = s1;
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = [];
            s2 = peg$parseS();
            while (s2 !== peg$FAILED) {
              s1.push(s2);
              s2 = peg$parseS();
            }
            if (s1 !== peg$FAILED) {
              s2 = [];
              s3 = peg$parseVariableAssignment();
              while (s3 !== peg$FAILED) {
                s2.push(s3);
                s3 = peg$parseVariableAssignment();
              }
              if (s2 !== peg$FAILED) {
                s3 = [];
                s4 = peg$parseS();
                while (s4 !== peg$FAILED) {
                  s3.push(s4);
                  s4 = peg$parseS();
                }
                if (s3 !== peg$FAILED) {
                  s4 = [];
                  s5 = peg$parseArgument();
                  if (s5 !== peg$FAILED) {
                    while (s5 !== peg$FAILED) {
                      s4.push(s5);
                      s5 = peg$parseArgument();
                    }
                  } else {
                    s4 = peg$FAILED;
                  }
                  if (s4 !== peg$FAILED) {
                    s5 = [];
                    s6 = peg$parseS();
                    while (s6 !== peg$FAILED) {
                      s5.push(s6);
                      s6 = peg$parseS();
                    }
                    if (s5 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c34(s2, s4);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = [];
              s2 = peg$parseS();
              while (s2 !== peg$FAILED) {
                s1.push(s2);
                s2 = peg$parseS();
              }
              if (s1 !== peg$FAILED) {
                s2 = [];
                s3 = peg$parseVariableAssignment();
                if (s3 !== peg$FAILED) {
                  while (s3 !== peg$FAILED) {
                    s2.push(s3);
                    s3 = peg$parseVariableAssignment();
                  }
                } else {
                  s2 = peg$FAILED;
                }
                if (s2 !== peg$FAILED) {
                  s3 = [];
                  s4 = peg$parseS();
                  while (s4 !== peg$FAILED) {
                    s3.push(s4);
                    s4 = peg$parseS();
                  }
                  if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c35(s2);
                    s0 = s1;
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            }
          }
        }
        return s0;
      }
      function peg$parseCommandString() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseValueArgument();
          if (s3 !== peg$FAILED) {
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              s3 = peg$parseValueArgument();
            }
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseS();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseS();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c36(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseArgument() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseRedirectArgument();
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c37(s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = [];
          s2 = peg$parseS();
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parseS();
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parseValueArgument();
            if (s2 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c37(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parseRedirectArgument() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          if (peg$c38.test(input.charAt(peg$currPos))) {
            s2 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c39);
            }
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseRedirectType();
            if (s3 !== peg$FAILED) {
              s4 = peg$parseValueArgument();
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c40(s2, s3, s4);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseRedirectType() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c41) {
          s0 = peg$c41;
          peg$currPos += 2;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c42);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.substr(peg$currPos, 2) === peg$c43) {
            s0 = peg$c43;
            peg$currPos += 2;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c44);
            }
          }
          if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 62) {
              s0 = peg$c45;
              peg$currPos++;
            } else {
              s0 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c46);
              }
            }
            if (s0 === peg$FAILED) {
              if (input.substr(peg$currPos, 3) === peg$c47) {
                s0 = peg$c47;
                peg$currPos += 3;
              } else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c48);
                }
              }
              if (s0 === peg$FAILED) {
                if (input.substr(peg$currPos, 2) === peg$c49) {
                  s0 = peg$c49;
                  peg$currPos += 2;
                } else {
                  s0 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c50);
                  }
                }
                if (s0 === peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 60) {
                    s0 = peg$c51;
                    peg$currPos++;
                  } else {
                    s0 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c52);
                    }
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseValueArgument() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseS();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseS();
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseStrictValueArgument();
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c37(s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseStrictValueArgument() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseArgumentSegment();
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parseArgumentSegment();
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c53(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseArgumentSegment() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parseCQuoteString();
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c54(s1);
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseSglQuoteString();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c54(s1);
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseDblQuoteString();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c54(s1);
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parsePlainString();
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c54(s1);
              }
              s0 = s1;
            }
          }
        }
        return s0;
      }
      function peg$parseCQuoteString() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c55) {
          s1 = peg$c55;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c56);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseCQuoteStringText();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 39) {
              s3 = peg$c57;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c58);
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c59(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSglQuoteString() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 39) {
          s1 = peg$c57;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c58);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseSglQuoteStringText();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 39) {
              s3 = peg$c57;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c58);
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c59(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseDblQuoteString() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c60) {
          s1 = peg$c60;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c61);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c62();
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 34) {
            s1 = peg$c63;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c64);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = [];
            s3 = peg$parseDblQuoteStringSegment();
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              s3 = peg$parseDblQuoteStringSegment();
            }
            if (s2 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 34) {
                s3 = peg$c63;
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c64);
                }
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c65(s2);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parsePlainString() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parsePlainStringSegment();
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parsePlainStringSegment();
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c65(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseDblQuoteStringSegment() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parseArithmetic();
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c66(s1);
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseSubshell();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c67(s1);
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseVariable();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c68(s1);
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parseDblQuoteStringText();
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c69(s1);
              }
              s0 = s1;
            }
          }
        }
        return s0;
      }
      function peg$parsePlainStringSegment() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parseArithmetic();
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c70(s1);
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseSubshell();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c71(s1);
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseVariable();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c72(s1);
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parseGlob();
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c73(s1);
              }
              s0 = s1;
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                s1 = peg$parsePlainStringText();
                if (s1 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c69(s1);
                }
                s0 = s1;
              }
            }
          }
        }
        return s0;
      }
      function peg$parseSglQuoteStringText() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$c74.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c75);
          }
        }
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          if (peg$c74.test(input.charAt(peg$currPos))) {
            s2 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c75);
            }
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c76(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseDblQuoteStringText() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseDblQuoteEscapedChar();
        if (s2 === peg$FAILED) {
          if (peg$c77.test(input.charAt(peg$currPos))) {
            s2 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c78);
            }
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parseDblQuoteEscapedChar();
            if (s2 === peg$FAILED) {
              if (peg$c77.test(input.charAt(peg$currPos))) {
                s2 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c78);
                }
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c76(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseDblQuoteEscapedChar() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c79) {
          s1 = peg$c79;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c80);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c81();
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 92) {
            s1 = peg$c82;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c83);
            }
          }
          if (s1 !== peg$FAILED) {
            if (peg$c84.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c85);
              }
            }
            if (s2 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c86(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        return s0;
      }
      function peg$parseCQuoteStringText() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseCQuoteEscapedChar();
        if (s2 === peg$FAILED) {
          if (peg$c74.test(input.charAt(peg$currPos))) {
            s2 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c75);
            }
          }
        }
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseCQuoteEscapedChar();
          if (s2 === peg$FAILED) {
            if (peg$c74.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c75);
              }
            }
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c76(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseCQuoteEscapedChar() {
        var s0, s1, s2;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c87) {
          s1 = peg$c87;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c88);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c89();
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.substr(peg$currPos, 2) === peg$c90) {
            s1 = peg$c90;
            peg$currPos += 2;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c91);
            }
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c92();
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 92) {
              s1 = peg$c82;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c83);
              }
            }
            if (s1 !== peg$FAILED) {
              if (peg$c93.test(input.charAt(peg$currPos))) {
                s2 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s2 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c94);
                }
              }
              if (s2 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c95();
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.substr(peg$currPos, 2) === peg$c96) {
                s1 = peg$c96;
                peg$currPos += 2;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c97);
                }
              }
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c98();
              }
              s0 = s1;
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                if (input.substr(peg$currPos, 2) === peg$c99) {
                  s1 = peg$c99;
                  peg$currPos += 2;
                } else {
                  s1 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c100);
                  }
                }
                if (s1 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c101();
                }
                s0 = s1;
                if (s0 === peg$FAILED) {
                  s0 = peg$currPos;
                  if (input.substr(peg$currPos, 2) === peg$c102) {
                    s1 = peg$c102;
                    peg$currPos += 2;
                  } else {
                    s1 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c103);
                    }
                  }
                  if (s1 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c104();
                  }
                  s0 = s1;
                  if (s0 === peg$FAILED) {
                    s0 = peg$currPos;
                    if (input.substr(peg$currPos, 2) === peg$c105) {
                      s1 = peg$c105;
                      peg$currPos += 2;
                    } else {
                      s1 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c106);
                      }
                    }
                    if (s1 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c107();
                    }
                    s0 = s1;
                    if (s0 === peg$FAILED) {
                      s0 = peg$currPos;
                      if (input.substr(peg$currPos, 2) === peg$c108) {
                        s1 = peg$c108;
                        peg$currPos += 2;
                      } else {
                        s1 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c109);
                        }
                      }
                      if (s1 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s1 = peg$c110();
                      }
                      s0 = s1;
                      if (s0 === peg$FAILED) {
                        s0 = peg$currPos;
                        if (input.charCodeAt(peg$currPos) === 92) {
                          s1 = peg$c82;
                          peg$currPos++;
                        } else {
                          s1 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c83);
                          }
                        }
                        if (s1 !== peg$FAILED) {
                          if (peg$c111.test(input.charAt(peg$currPos))) {
                            s2 = input.charAt(peg$currPos);
                            peg$currPos++;
                          } else {
                            s2 = peg$FAILED;
                            if (peg$silentFails === 0) {
                              peg$fail(peg$c112);
                            }
                          }
                          if (s2 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s1 = peg$c86(s2);
                            s0 = s1;
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                        if (s0 === peg$FAILED) {
                          s0 = peg$parseHexCodeString();
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseHexCodeString() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 92) {
          s1 = peg$c82;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c83);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseHexCodeChar0();
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c113(s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.substr(peg$currPos, 2) === peg$c114) {
            s1 = peg$c114;
            peg$currPos += 2;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c115);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$currPos;
            s3 = peg$currPos;
            s4 = peg$parseHexCodeChar0();
            if (s4 !== peg$FAILED) {
              s5 = peg$parseHexCodeChar();
              if (s5 !== peg$FAILED) {
                s4 = [s4, s5];
                s3 = s4;
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 === peg$FAILED) {
              s3 = peg$parseHexCodeChar0();
            }
            if (s3 !== peg$FAILED) {
              s2 = input.substring(s2, peg$currPos);
            } else {
              s2 = s3;
            }
            if (s2 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c113(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.substr(peg$currPos, 2) === peg$c116) {
              s1 = peg$c116;
              peg$currPos += 2;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c117);
              }
            }
            if (s1 !== peg$FAILED) {
              s2 = peg$currPos;
              s3 = peg$currPos;
              s4 = peg$parseHexCodeChar();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseHexCodeChar();
                if (s5 !== peg$FAILED) {
                  s6 = peg$parseHexCodeChar();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseHexCodeChar();
                    if (s7 !== peg$FAILED) {
                      s4 = [s4, s5, s6, s7];
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
              if (s3 !== peg$FAILED) {
                s2 = input.substring(s2, peg$currPos);
              } else {
                s2 = s3;
              }
              if (s2 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c113(s2);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.substr(peg$currPos, 2) === peg$c118) {
                s1 = peg$c118;
                peg$currPos += 2;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c119);
                }
              }
              if (s1 !== peg$FAILED) {
                s2 = peg$currPos;
                s3 = peg$currPos;
                s4 = peg$parseHexCodeChar();
                if (s4 !== peg$FAILED) {
                  s5 = peg$parseHexCodeChar();
                  if (s5 !== peg$FAILED) {
                    s6 = peg$parseHexCodeChar();
                    if (s6 !== peg$FAILED) {
                      s7 = peg$parseHexCodeChar();
                      if (s7 !== peg$FAILED) {
                        s8 = peg$parseHexCodeChar();
                        if (s8 !== peg$FAILED) {
                          s9 = peg$parseHexCodeChar();
                          if (s9 !== peg$FAILED) {
                            s10 = peg$parseHexCodeChar();
                            if (s10 !== peg$FAILED) {
                              s11 = peg$parseHexCodeChar();
                              if (s11 !== peg$FAILED) {
                                s4 = [s4, s5, s6, s7, s8, s9, s10, s11];
                                s3 = s4;
                              } else {
                                peg$currPos = s3;
                                s3 = peg$FAILED;
                              }
                            } else {
                              peg$currPos = s3;
                              s3 = peg$FAILED;
                            }
                          } else {
                            peg$currPos = s3;
                            s3 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s3;
                          s3 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
                if (s3 !== peg$FAILED) {
                  s2 = input.substring(s2, peg$currPos);
                } else {
                  s2 = s3;
                }
                if (s2 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c120(s2);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            }
          }
        }
        return s0;
      }
      function peg$parseHexCodeChar0() {
        var s0;
        if (peg$c121.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c122);
          }
        }
        return s0;
      }
      function peg$parseHexCodeChar() {
        var s0;
        if (peg$c123.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c124);
          }
        }
        return s0;
      }
      function peg$parsePlainStringText() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 92) {
          s3 = peg$c82;
          peg$currPos++;
        } else {
          s3 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c83);
          }
        }
        if (s3 !== peg$FAILED) {
          if (input.length > peg$currPos) {
            s4 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s4 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c125);
            }
          }
          if (s4 !== peg$FAILED) {
            peg$savedPos = s2;
            s3 = peg$c86(s4);
            s2 = s3;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        if (s2 === peg$FAILED) {
          s2 = peg$currPos;
          if (input.substr(peg$currPos, 2) === peg$c126) {
            s3 = peg$c126;
            peg$currPos += 2;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c127);
            }
          }
          if (s3 !== peg$FAILED) {
            peg$savedPos = s2;
            s3 = peg$c128();
          }
          s2 = s3;
          if (s2 === peg$FAILED) {
            s2 = peg$currPos;
            s3 = peg$currPos;
            peg$silentFails++;
            s4 = peg$parseSpecialShellChars();
            peg$silentFails--;
            if (s4 === peg$FAILED) {
              s3 = void 0;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 !== peg$FAILED) {
              if (input.length > peg$currPos) {
                s4 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c125);
                }
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s2;
                s3 = peg$c86(s4);
                s2 = s3;
              } else {
                peg$currPos = s2;
                s2 = peg$FAILED;
              }
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 92) {
              s3 = peg$c82;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c83);
              }
            }
            if (s3 !== peg$FAILED) {
              if (input.length > peg$currPos) {
                s4 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c125);
                }
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s2;
                s3 = peg$c86(s4);
                s2 = s3;
              } else {
                peg$currPos = s2;
                s2 = peg$FAILED;
              }
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
            if (s2 === peg$FAILED) {
              s2 = peg$currPos;
              if (input.substr(peg$currPos, 2) === peg$c126) {
                s3 = peg$c126;
                peg$currPos += 2;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c127);
                }
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s2;
                s3 = peg$c128();
              }
              s2 = s3;
              if (s2 === peg$FAILED) {
                s2 = peg$currPos;
                s3 = peg$currPos;
                peg$silentFails++;
                s4 = peg$parseSpecialShellChars();
                peg$silentFails--;
                if (s4 === peg$FAILED) {
                  s3 = void 0;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
                if (s3 !== peg$FAILED) {
                  if (input.length > peg$currPos) {
                    s4 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s4 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c125);
                    }
                  }
                  if (s4 !== peg$FAILED) {
                    peg$savedPos = s2;
                    s3 = peg$c86(s4);
                    s2 = s3;
                  } else {
                    peg$currPos = s2;
                    s2 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s2;
                  s2 = peg$FAILED;
                }
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c76(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseArithmeticPrimary() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 45) {
          s1 = peg$c129;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c130);
          }
        }
        if (s1 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 43) {
            s1 = peg$c131;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c132);
            }
          }
        }
        if (s1 === peg$FAILED) {
          s1 = null;
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          if (peg$c38.test(input.charAt(peg$currPos))) {
            s3 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c39);
            }
          }
          if (s3 !== peg$FAILED) {
            while (s3 !== peg$FAILED) {
              s2.push(s3);
              if (peg$c38.test(input.charAt(peg$currPos))) {
                s3 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c39);
                }
              }
            }
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 46) {
              s3 = peg$c133;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c134);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = [];
              if (peg$c38.test(input.charAt(peg$currPos))) {
                s5 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c39);
                }
              }
              if (s5 !== peg$FAILED) {
                while (s5 !== peg$FAILED) {
                  s4.push(s5);
                  if (peg$c38.test(input.charAt(peg$currPos))) {
                    s5 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s5 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c39);
                    }
                  }
                }
              } else {
                s4 = peg$FAILED;
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c135(s1, s2, s4);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 45) {
            s1 = peg$c129;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c130);
            }
          }
          if (s1 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 43) {
              s1 = peg$c131;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c132);
              }
            }
          }
          if (s1 === peg$FAILED) {
            s1 = null;
          }
          if (s1 !== peg$FAILED) {
            s2 = [];
            if (peg$c38.test(input.charAt(peg$currPos))) {
              s3 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c39);
              }
            }
            if (s3 !== peg$FAILED) {
              while (s3 !== peg$FAILED) {
                s2.push(s3);
                if (peg$c38.test(input.charAt(peg$currPos))) {
                  s3 = input.charAt(peg$currPos);
                  peg$currPos++;
                } else {
                  s3 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c39);
                  }
                }
              }
            } else {
              s2 = peg$FAILED;
            }
            if (s2 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c136(s1, s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseVariable();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c137(s1);
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parseIdentifier();
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c138(s1);
              }
              s0 = s1;
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                if (input.charCodeAt(peg$currPos) === 40) {
                  s1 = peg$c24;
                  peg$currPos++;
                } else {
                  s1 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c25);
                  }
                }
                if (s1 !== peg$FAILED) {
                  s2 = [];
                  s3 = peg$parseS();
                  while (s3 !== peg$FAILED) {
                    s2.push(s3);
                    s3 = peg$parseS();
                  }
                  if (s2 !== peg$FAILED) {
                    s3 = peg$parseArithmeticExpression();
                    if (s3 !== peg$FAILED) {
                      s4 = [];
                      s5 = peg$parseS();
                      while (s5 !== peg$FAILED) {
                        s4.push(s5);
                        s5 = peg$parseS();
                      }
                      if (s4 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 41) {
                          s5 = peg$c26;
                          peg$currPos++;
                        } else {
                          s5 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c27);
                          }
                        }
                        if (s5 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c139(s3);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseArithmeticTimesExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseArithmeticPrimary();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = [];
          s5 = peg$parseS();
          while (s5 !== peg$FAILED) {
            s4.push(s5);
            s5 = peg$parseS();
          }
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 42) {
              s5 = peg$c140;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c141);
              }
            }
            if (s5 === peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 47) {
                s5 = peg$c142;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c143);
                }
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = [];
              s7 = peg$parseS();
              while (s7 !== peg$FAILED) {
                s6.push(s7);
                s7 = peg$parseS();
              }
              if (s6 !== peg$FAILED) {
                s7 = peg$parseArithmeticPrimary();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c144(s1, s5, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = [];
            s5 = peg$parseS();
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              s5 = peg$parseS();
            }
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 42) {
                s5 = peg$c140;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c141);
                }
              }
              if (s5 === peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 47) {
                  s5 = peg$c142;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c143);
                  }
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = [];
                s7 = peg$parseS();
                while (s7 !== peg$FAILED) {
                  s6.push(s7);
                  s7 = peg$parseS();
                }
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseArithmeticPrimary();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c144(s1, s5, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c145(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseArithmeticExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseArithmeticTimesExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = [];
          s5 = peg$parseS();
          while (s5 !== peg$FAILED) {
            s4.push(s5);
            s5 = peg$parseS();
          }
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 43) {
              s5 = peg$c131;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c132);
              }
            }
            if (s5 === peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 45) {
                s5 = peg$c129;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c130);
                }
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = [];
              s7 = peg$parseS();
              while (s7 !== peg$FAILED) {
                s6.push(s7);
                s7 = peg$parseS();
              }
              if (s6 !== peg$FAILED) {
                s7 = peg$parseArithmeticTimesExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c146(s1, s5, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = [];
            s5 = peg$parseS();
            while (s5 !== peg$FAILED) {
              s4.push(s5);
              s5 = peg$parseS();
            }
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 43) {
                s5 = peg$c131;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c132);
                }
              }
              if (s5 === peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 45) {
                  s5 = peg$c129;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c130);
                  }
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = [];
                s7 = peg$parseS();
                while (s7 !== peg$FAILED) {
                  s6.push(s7);
                  s7 = peg$parseS();
                }
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseArithmeticTimesExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c146(s1, s5, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c145(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseArithmetic() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3) === peg$c147) {
          s1 = peg$c147;
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c148);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseS();
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseS();
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseArithmeticExpression();
            if (s3 !== peg$FAILED) {
              s4 = [];
              s5 = peg$parseS();
              while (s5 !== peg$FAILED) {
                s4.push(s5);
                s5 = peg$parseS();
              }
              if (s4 !== peg$FAILED) {
                if (input.substr(peg$currPos, 2) === peg$c149) {
                  s5 = peg$c149;
                  peg$currPos += 2;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c150);
                  }
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c151(s3);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSubshell() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c152) {
          s1 = peg$c152;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c153);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseShellLine();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 41) {
              s3 = peg$c26;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c27);
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c154(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseVariable() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c155) {
          s1 = peg$c155;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c156);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseIdentifier();
          if (s2 !== peg$FAILED) {
            if (input.substr(peg$currPos, 2) === peg$c157) {
              s3 = peg$c157;
              peg$currPos += 2;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c158);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parseCommandString();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 125) {
                  s5 = peg$c31;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c32);
                  }
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c159(s2, s4);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.substr(peg$currPos, 2) === peg$c155) {
            s1 = peg$c155;
            peg$currPos += 2;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c156);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parseIdentifier();
            if (s2 !== peg$FAILED) {
              if (input.substr(peg$currPos, 3) === peg$c160) {
                s3 = peg$c160;
                peg$currPos += 3;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c161);
                }
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c162(s2);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.substr(peg$currPos, 2) === peg$c155) {
              s1 = peg$c155;
              peg$currPos += 2;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c156);
              }
            }
            if (s1 !== peg$FAILED) {
              s2 = peg$parseIdentifier();
              if (s2 !== peg$FAILED) {
                if (input.substr(peg$currPos, 2) === peg$c163) {
                  s3 = peg$c163;
                  peg$currPos += 2;
                } else {
                  s3 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c164);
                  }
                }
                if (s3 !== peg$FAILED) {
                  s4 = peg$parseCommandString();
                  if (s4 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 125) {
                      s5 = peg$c31;
                      peg$currPos++;
                    } else {
                      s5 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c32);
                      }
                    }
                    if (s5 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c165(s2, s4);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.substr(peg$currPos, 2) === peg$c155) {
                s1 = peg$c155;
                peg$currPos += 2;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c156);
                }
              }
              if (s1 !== peg$FAILED) {
                s2 = peg$parseIdentifier();
                if (s2 !== peg$FAILED) {
                  if (input.substr(peg$currPos, 3) === peg$c166) {
                    s3 = peg$c166;
                    peg$currPos += 3;
                  } else {
                    s3 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c167);
                    }
                  }
                  if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c168(s2);
                    s0 = s1;
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                if (input.substr(peg$currPos, 2) === peg$c155) {
                  s1 = peg$c155;
                  peg$currPos += 2;
                } else {
                  s1 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c156);
                  }
                }
                if (s1 !== peg$FAILED) {
                  s2 = peg$parseIdentifier();
                  if (s2 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 125) {
                      s3 = peg$c31;
                      peg$currPos++;
                    } else {
                      s3 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c32);
                      }
                    }
                    if (s3 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c169(s2);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
                if (s0 === peg$FAILED) {
                  s0 = peg$currPos;
                  if (input.charCodeAt(peg$currPos) === 36) {
                    s1 = peg$c170;
                    peg$currPos++;
                  } else {
                    s1 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c171);
                    }
                  }
                  if (s1 !== peg$FAILED) {
                    s2 = peg$parseIdentifier();
                    if (s2 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c169(s2);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseGlob() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = peg$parseGlobText();
        if (s1 !== peg$FAILED) {
          peg$savedPos = peg$currPos;
          s2 = peg$c172(s1);
          if (s2) {
            s2 = void 0;
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c173(s1);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseGlobText() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$currPos;
        s3 = peg$currPos;
        peg$silentFails++;
        s4 = peg$parseGlobSpecialShellChars();
        peg$silentFails--;
        if (s4 === peg$FAILED) {
          s3 = void 0;
        } else {
          peg$currPos = s3;
          s3 = peg$FAILED;
        }
        if (s3 !== peg$FAILED) {
          if (input.length > peg$currPos) {
            s4 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s4 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c125);
            }
          }
          if (s4 !== peg$FAILED) {
            peg$savedPos = s2;
            s3 = peg$c86(s4);
            s2 = s3;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$currPos;
            s3 = peg$currPos;
            peg$silentFails++;
            s4 = peg$parseGlobSpecialShellChars();
            peg$silentFails--;
            if (s4 === peg$FAILED) {
              s3 = void 0;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 !== peg$FAILED) {
              if (input.length > peg$currPos) {
                s4 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c125);
                }
              }
              if (s4 !== peg$FAILED) {
                peg$savedPos = s2;
                s3 = peg$c86(s4);
                s2 = s3;
              } else {
                peg$currPos = s2;
                s2 = peg$FAILED;
              }
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c76(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseEnvVariable() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$c174.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c175);
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            if (peg$c174.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c175);
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c176();
        }
        s0 = s1;
        return s0;
      }
      function peg$parseIdentifier() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$c177.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c178);
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            if (peg$c177.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c178);
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c176();
        }
        s0 = s1;
        return s0;
      }
      function peg$parseSpecialShellChars() {
        var s0;
        if (peg$c179.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c180);
          }
        }
        return s0;
      }
      function peg$parseGlobSpecialShellChars() {
        var s0;
        if (peg$c181.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c182);
          }
        }
        return s0;
      }
      function peg$parseS() {
        var s0, s1;
        s0 = [];
        if (peg$c183.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c184);
          }
        }
        if (s1 !== peg$FAILED) {
          while (s1 !== peg$FAILED) {
            s0.push(s1);
            if (peg$c183.test(input.charAt(peg$currPos))) {
              s1 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c184);
              }
            }
          }
        } else {
          s0 = peg$FAILED;
        }
        return s0;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// node_modules/@yarnpkg/parsers/lib/shell.js
var require_shell2 = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseShell = parseShell;
    exports.stringifyShellLine = stringifyShellLine;
    exports.stringifyShell = stringifyShellLine;
    exports.stringifyCommandLine = stringifyCommandLine;
    exports.stringifyCommandLineThen = stringifyCommandLineThen;
    exports.stringifyCommandChain = stringifyCommandChain;
    exports.stringifyCommandChainThen = stringifyCommandChainThen;
    exports.stringifyCommand = stringifyCommand;
    exports.stringifyEnvSegment = stringifyEnvSegment;
    exports.stringifyArgument = stringifyArgument;
    exports.stringifyRedirectArgument = stringifyRedirectArgument;
    exports.stringifyValueArgument = stringifyValueArgument;
    exports.stringifyArgumentSegment = stringifyArgumentSegment;
    exports.stringifyArithmeticExpression = stringifyArithmeticExpression;
    var shell_1 = require_shell();
    function parseShell(source, options = { isGlobPattern: () => false }) {
      try {
        return (0, shell_1.parse)(source, options);
      } catch (error) {
        if (error.location)
          error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
        throw error;
      }
    }
    function stringifyShellLine(shellLine, { endSemicolon = false } = {}) {
      return shellLine.map(({ command, type }, index) => `${stringifyCommandLine(command)}${type === `;` ? index !== shellLine.length - 1 || endSemicolon ? `;` : `` : ` &`}`).join(` `);
    }
    function stringifyCommandLine(commandLine) {
      return `${stringifyCommandChain(commandLine.chain)}${commandLine.then ? ` ${stringifyCommandLineThen(commandLine.then)}` : ``}`;
    }
    function stringifyCommandLineThen(commandLineThen) {
      return `${commandLineThen.type} ${stringifyCommandLine(commandLineThen.line)}`;
    }
    function stringifyCommandChain(commandChain) {
      return `${stringifyCommand(commandChain)}${commandChain.then ? ` ${stringifyCommandChainThen(commandChain.then)}` : ``}`;
    }
    function stringifyCommandChainThen(commandChainThen) {
      return `${commandChainThen.type} ${stringifyCommandChain(commandChainThen.chain)}`;
    }
    function stringifyCommand(command) {
      switch (command.type) {
        case `command`:
          return `${command.envs.length > 0 ? `${command.envs.map((env) => stringifyEnvSegment(env)).join(` `)} ` : ``}${command.args.map((argument) => stringifyArgument(argument)).join(` `)}`;
        case `subshell`:
          return `(${stringifyShellLine(command.subshell)})${command.args.length > 0 ? ` ${command.args.map((argument) => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
        case `group`:
          return `{ ${stringifyShellLine(command.group, {
            /* Bash compat */
            endSemicolon: true
          })} }${command.args.length > 0 ? ` ${command.args.map((argument) => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
        case `envs`:
          return command.envs.map((env) => stringifyEnvSegment(env)).join(` `);
        default:
          throw new Error(`Unsupported command type:  "${command.type}"`);
      }
    }
    function stringifyEnvSegment(envSegment) {
      return `${envSegment.name}=${envSegment.args[0] ? stringifyValueArgument(envSegment.args[0]) : ``}`;
    }
    function stringifyArgument(argument) {
      switch (argument.type) {
        case `redirection`:
          return stringifyRedirectArgument(argument);
        case `argument`:
          return stringifyValueArgument(argument);
        default:
          throw new Error(`Unsupported argument type: "${argument.type}"`);
      }
    }
    function stringifyRedirectArgument(argument) {
      return `${argument.subtype} ${argument.args.map((argument2) => stringifyValueArgument(argument2)).join(` `)}`;
    }
    function stringifyValueArgument(argument) {
      return argument.segments.map((segment) => stringifyArgumentSegment(segment)).join(``);
    }
    var ESCAPED_CONTROL_CHARS = /* @__PURE__ */ new Map([
      [`\f`, `\\f`],
      [`
`, `\\n`],
      [`\r`, `\\r`],
      [`	`, `\\t`],
      [`\v`, `\\v`],
      [`\0`, `\\0`]
    ]);
    var ESCAPED_DBL_CHARS = new Map([
      [`\\`, `\\\\`],
      [`$`, `\\$`],
      [`"`, `\\"`],
      ...Array.from(ESCAPED_CONTROL_CHARS, ([c, replacement]) => {
        return [c, `"$'${replacement}'"`];
      })
    ]);
    var getEscapedControlChar = (c) => {
      return ESCAPED_CONTROL_CHARS.get(c) ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, `0`)}`;
    };
    var getEscapedDblChar = (match) => {
      return ESCAPED_DBL_CHARS.get(match) ?? `"$'${getEscapedControlChar(match)}'"`;
    };
    function stringifyArgumentSegment(argumentSegment) {
      const doubleQuoteIfRequested = (string, quote) => quote ? `"${string}"` : string;
      const quoteIfNeeded = (text) => {
        if (text === ``)
          return `''`;
        if (!text.match(/[()}<>$|&;"'\n\t ]/))
          return text;
        if (!text.match(/['\t\p{C}]/u))
          return `'${text}'`;
        if (!text.match(/'/)) {
          return `$'${text.replace(/[\t\p{C}]/u, getEscapedControlChar)}'`;
        } else {
          return `"${text.replace(/["$\t\p{C}]/u, getEscapedDblChar)}"`;
        }
      };
      switch (argumentSegment.type) {
        case `text`:
          return quoteIfNeeded(argumentSegment.text);
        case `glob`:
          return argumentSegment.pattern;
        case `shell`:
          return doubleQuoteIfRequested(`$(${stringifyShellLine(argumentSegment.shell)})`, argumentSegment.quoted);
        case `variable`:
          return doubleQuoteIfRequested(typeof argumentSegment.defaultValue === `undefined` ? typeof argumentSegment.alternativeValue === `undefined` ? `\${${argumentSegment.name}}` : argumentSegment.alternativeValue.length === 0 ? `\${${argumentSegment.name}:+}` : `\${${argumentSegment.name}:+${argumentSegment.alternativeValue.map((argument) => stringifyValueArgument(argument)).join(` `)}}` : argumentSegment.defaultValue.length === 0 ? `\${${argumentSegment.name}:-}` : `\${${argumentSegment.name}:-${argumentSegment.defaultValue.map((argument) => stringifyValueArgument(argument)).join(` `)}}`, argumentSegment.quoted);
        case `arithmetic`:
          return `$(( ${stringifyArithmeticExpression(argumentSegment.arithmetic)} ))`;
        default:
          throw new Error(`Unsupported argument segment type: "${argumentSegment.type}"`);
      }
    }
    function stringifyArithmeticExpression(argument) {
      const getOperator = (type) => {
        switch (type) {
          case `addition`:
            return `+`;
          case `subtraction`:
            return `-`;
          case `multiplication`:
            return `*`;
          case `division`:
            return `/`;
          default:
            throw new Error(`Can't extract operator from arithmetic expression of type "${type}"`);
        }
      };
      const parenthesizeIfRequested = (string, parenthesize) => parenthesize ? `( ${string} )` : string;
      const stringifyAndParenthesizeIfNeeded = (expression) => (
        // Right now we parenthesize all arithmetic operator expressions because it's easier
        parenthesizeIfRequested(stringifyArithmeticExpression(expression), ![`number`, `variable`].includes(expression.type))
      );
      switch (argument.type) {
        case `number`:
          return String(argument.value);
        case `variable`:
          return argument.name;
        default:
          return `${stringifyAndParenthesizeIfNeeded(argument.left)} ${getOperator(argument.type)} ${stringifyAndParenthesizeIfNeeded(argument.right)}`;
      }
    }
  }
});

// node_modules/@yarnpkg/parsers/lib/grammars/resolution.js
var require_resolution = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/grammars/resolution.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { resolution: peg$parseresolution }, peg$startRuleFunction = peg$parseresolution, peg$c0 = "/", peg$c1 = peg$literalExpectation("/", false), peg$c2 = function(from, descriptor) {
        return { from, descriptor };
      }, peg$c3 = function(descriptor) {
        return { descriptor };
      }, peg$c4 = "@", peg$c5 = peg$literalExpectation("@", false), peg$c6 = function(fullName, description) {
        return { fullName, description };
      }, peg$c7 = function(fullName) {
        return { fullName };
      }, peg$c8 = function() {
        return text();
      }, peg$c9 = /^[^\/@]/, peg$c10 = peg$classExpectation(["/", "@"], true, false), peg$c11 = /^[^\/]/, peg$c12 = peg$classExpectation(["/"], true, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseresolution() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parsespecifier();
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 47) {
            s2 = peg$c0;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c1);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parsespecifier();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c2(s1, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parsespecifier();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c3(s1);
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parsespecifier() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parsefullName();
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 64) {
            s2 = peg$c4;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c5);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parsedescription();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c6(s1, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parsefullName();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c7(s1);
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parsefullName() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 64) {
          s1 = peg$c4;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c5);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseident();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 47) {
              s3 = peg$c0;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c1);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parseident();
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c8();
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseident();
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c8();
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parseident() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$c9.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c10);
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            if (peg$c9.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c10);
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c8();
        }
        s0 = s1;
        return s0;
      }
      function peg$parsedescription() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (peg$c11.test(input.charAt(peg$currPos))) {
          s2 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c12);
          }
        }
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            if (peg$c11.test(input.charAt(peg$currPos))) {
              s2 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s2 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c12);
              }
            }
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c8();
        }
        s0 = s1;
        return s0;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// node_modules/@yarnpkg/parsers/lib/resolution.js
var require_resolution2 = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/resolution.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseResolution = parseResolution;
    exports.stringifyResolution = stringifyResolution;
    var resolution_1 = require_resolution();
    function parseResolution(source) {
      const legacyResolution = source.match(/^\*{1,2}\/(.*)/);
      if (legacyResolution)
        throw new Error(`The override for '${source}' includes a glob pattern. Glob patterns have been removed since their behaviours don't match what you'd expect. Set the override to '${legacyResolution[1]}' instead.`);
      try {
        return (0, resolution_1.parse)(source);
      } catch (error) {
        if (error.location)
          error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
        throw error;
      }
    }
    function stringifyResolution(resolution) {
      let str = ``;
      if (resolution.from) {
        str += resolution.from.fullName;
        if (resolution.from.description)
          str += `@${resolution.from.description}`;
        str += `/`;
      }
      str += resolution.descriptor.fullName;
      if (resolution.descriptor.description)
        str += `@${resolution.descriptor.description}`;
      return str;
    }
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/common.js
var require_common = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/common.js"(exports, module) {
    "use strict";
    function isNothing(subject) {
      return typeof subject === "undefined" || subject === null;
    }
    function isObject(subject) {
      return typeof subject === "object" && subject !== null;
    }
    function toArray(sequence) {
      if (Array.isArray(sequence)) return sequence;
      else if (isNothing(sequence)) return [];
      return [sequence];
    }
    function extend(target, source) {
      if (source) {
        const sourceKeys = Object.keys(source);
        for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
          const key = sourceKeys[index];
          target[key] = source[key];
        }
      }
      return target;
    }
    function repeat(string, count) {
      let result = "";
      for (let cycle = 0; cycle < count; cycle += 1) {
        result += string;
      }
      return result;
    }
    function isNegativeZero(number) {
      return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
    }
    module.exports.isNothing = isNothing;
    module.exports.isObject = isObject;
    module.exports.toArray = toArray;
    module.exports.repeat = repeat;
    module.exports.isNegativeZero = isNegativeZero;
    module.exports.extend = extend;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/exception.js
var require_exception = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/exception.js"(exports, module) {
    "use strict";
    function formatError(exception, compact) {
      let where = "";
      const message = exception.reason || "(unknown reason)";
      if (!exception.mark) return message;
      if (exception.mark.name) {
        where += 'in "' + exception.mark.name + '" ';
      }
      where += "(" + (exception.mark.line + 1) + ":" + (exception.mark.column + 1) + ")";
      if (!compact && exception.mark.snippet) {
        where += "\n\n" + exception.mark.snippet;
      }
      return message + " " + where;
    }
    function YAMLException(reason, mark) {
      Error.call(this);
      this.name = "YAMLException";
      this.reason = reason;
      this.mark = mark;
      this.message = formatError(this, false);
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, this.constructor);
      } else {
        this.stack = new Error().stack || "";
      }
    }
    YAMLException.prototype = Object.create(Error.prototype);
    YAMLException.prototype.constructor = YAMLException;
    YAMLException.prototype.toString = function toString(compact) {
      return this.name + ": " + formatError(this, compact);
    };
    module.exports = YAMLException;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/snippet.js
var require_snippet = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/snippet.js"(exports, module) {
    "use strict";
    var common = require_common();
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "";
      let tail = "";
      const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      if (position - lineStart > maxHalfLength) {
        head = " ... ";
        lineStart = position - maxHalfLength + head.length;
      }
      if (lineEnd - position > maxHalfLength) {
        tail = " ...";
        lineEnd = position + maxHalfLength - tail.length;
      }
      return {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
        pos: position - lineStart + head.length
        // relative position
      };
    }
    function padStart(string, max) {
      return common.repeat(" ", max - string.length) + string;
    }
    function makeSnippet(mark, options) {
      options = Object.create(options || null);
      if (!mark.buffer) return null;
      if (!options.maxLength) options.maxLength = 79;
      if (typeof options.indent !== "number") options.indent = 1;
      if (typeof options.linesBefore !== "number") options.linesBefore = 3;
      if (typeof options.linesAfter !== "number") options.linesAfter = 2;
      const re = /\r?\n|\r|\0/g;
      const lineStarts = [0];
      const lineEnds = [];
      let match;
      let foundLineNo = -1;
      while (match = re.exec(mark.buffer)) {
        lineEnds.push(match.index);
        lineStarts.push(match.index + match[0].length);
        if (mark.position <= match.index && foundLineNo < 0) {
          foundLineNo = lineStarts.length - 2;
        }
      }
      if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
      let result = "";
      const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
      for (let i = 1; i <= options.linesBefore; i++) {
        if (foundLineNo - i < 0) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo - i],
          lineEnds[foundLineNo - i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
          maxLineLength
        );
        result = common.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
      }
      const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
      result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
      for (let i = 1; i <= options.linesAfter; i++) {
        if (foundLineNo + i >= lineEnds.length) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo + i],
          lineEnds[foundLineNo + i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
          maxLineLength
        );
        result += common.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
      }
      return result.replace(/\n$/, "");
    }
    module.exports = makeSnippet;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type.js
var require_type = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type.js"(exports, module) {
    "use strict";
    var YAMLException = require_exception();
    var TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "multi",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "representName",
      "defaultStyle",
      "styleAliases"
    ];
    var YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    function compileStyleAliases(map) {
      const result = {};
      if (map !== null) {
        Object.keys(map).forEach(function(style) {
          map[style].forEach(function(alias) {
            result[String(alias)] = style;
          });
        });
      }
      return result;
    }
    function Type(tag, options) {
      options = options || {};
      Object.keys(options).forEach(function(name) {
        if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
          throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
        }
      });
      this.options = options;
      this.tag = tag;
      this.kind = options["kind"] || null;
      this.resolve = options["resolve"] || function() {
        return true;
      };
      this.construct = options["construct"] || function(data) {
        return data;
      };
      this.instanceOf = options["instanceOf"] || null;
      this.predicate = options["predicate"] || null;
      this.represent = options["represent"] || null;
      this.representName = options["representName"] || null;
      this.defaultStyle = options["defaultStyle"] || null;
      this.multi = options["multi"] || false;
      this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
      if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
        throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
      }
    }
    module.exports = Type;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema.js
var require_schema = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema.js"(exports, module) {
    "use strict";
    var YAMLException = require_exception();
    var Type = require_type();
    function compileList(schema, name) {
      const result = [];
      schema[name].forEach(function(currentType) {
        let newIndex = result.length;
        result.forEach(function(previousType, previousIndex) {
          if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
            newIndex = previousIndex;
          }
        });
        result[newIndex] = currentType;
      });
      return result;
    }
    function compileMap() {
      const result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {},
        multi: {
          scalar: [],
          sequence: [],
          mapping: [],
          fallback: []
        }
      };
      function collectType(type) {
        if (type.multi) {
          result.multi[type.kind].push(type);
          result.multi["fallback"].push(type);
        } else {
          result[type.kind][type.tag] = result["fallback"][type.tag] = type;
        }
      }
      for (let index = 0, length = arguments.length; index < length; index += 1) {
        arguments[index].forEach(collectType);
      }
      return result;
    }
    function Schema(definition) {
      return this.extend(definition);
    }
    Schema.prototype.extend = function extend(definition) {
      let implicit = [];
      let explicit = [];
      if (definition instanceof Type) {
        explicit.push(definition);
      } else if (Array.isArray(definition)) {
        explicit = explicit.concat(definition);
      } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
        if (definition.implicit) implicit = implicit.concat(definition.implicit);
        if (definition.explicit) explicit = explicit.concat(definition.explicit);
      } else {
        throw new YAMLException("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
      }
      implicit.forEach(function(type) {
        if (!(type instanceof Type)) {
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
        if (type.loadKind && type.loadKind !== "scalar") {
          throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        }
        if (type.multi) {
          throw new YAMLException("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
        }
      });
      explicit.forEach(function(type) {
        if (!(type instanceof Type)) {
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
      });
      const result = Object.create(Schema.prototype);
      result.implicit = (this.implicit || []).concat(implicit);
      result.explicit = (this.explicit || []).concat(explicit);
      result.compiledImplicit = compileList(result, "implicit");
      result.compiledExplicit = compileList(result, "explicit");
      result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
      return result;
    };
    module.exports = Schema;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/str.js
var require_str = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/str.js"(exports, module) {
    "use strict";
    var Type = require_type();
    module.exports = new Type("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/seq.js
var require_seq = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/seq.js"(exports, module) {
    "use strict";
    var Type = require_type();
    module.exports = new Type("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/map.js
var require_map = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/map.js"(exports, module) {
    "use strict";
    var Type = require_type();
    module.exports = new Type("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/failsafe.js
var require_failsafe = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/failsafe.js"(exports, module) {
    "use strict";
    var Schema = require_schema();
    module.exports = new Schema({
      explicit: [
        require_str(),
        require_seq(),
        require_map()
      ]
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/null.js
var require_null = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/null.js"(exports, module) {
    "use strict";
    var Type = require_type();
    function resolveYamlNull(data) {
      if (data === null) return true;
      const max = data.length;
      return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
    }
    function constructYamlNull() {
      return null;
    }
    function isNull(object) {
      return object === null;
    }
    module.exports = new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        },
        empty: function() {
          return "";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/bool.js
var require_bool = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/bool.js"(exports, module) {
    "use strict";
    var Type = require_type();
    function resolveYamlBoolean(data) {
      if (data === null) return false;
      const max = data.length;
      return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
    }
    function constructYamlBoolean(data) {
      return data === "true" || data === "True" || data === "TRUE";
    }
    function isBoolean(object) {
      return Object.prototype.toString.call(object) === "[object Boolean]";
    }
    module.exports = new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/int.js
var require_int = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/int.js"(exports, module) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    function isHexCode(c) {
      return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    }
    function isOctCode(c) {
      return c >= 48 && c <= 55;
    }
    function isDecCode(c) {
      return c >= 48 && c <= 57;
    }
    function resolveYamlInteger(data) {
      if (data === null) return false;
      const max = data.length;
      let index = 0;
      let hasDigits = false;
      if (!max) return false;
      let ch = data[index];
      if (ch === "-" || ch === "+") {
        ch = data[++index];
      }
      if (ch === "0") {
        if (index + 1 === max) return true;
        ch = data[++index];
        if (ch === "b") {
          index++;
          for (; index < max; index++) {
            ch = data[index];
            if (ch !== "0" && ch !== "1") return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "x") {
          index++;
          for (; index < max; index++) {
            if (!isHexCode(data.charCodeAt(index))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "o") {
          index++;
          for (; index < max; index++) {
            if (!isOctCode(data.charCodeAt(index))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
      }
      for (; index < max; index++) {
        if (!isDecCode(data.charCodeAt(index))) {
          return false;
        }
        hasDigits = true;
      }
      if (!hasDigits) return false;
      return isFinite(parseYamlInteger(data));
    }
    function parseYamlInteger(data) {
      let value = data;
      let sign = 1;
      let ch = value[0];
      if (ch === "-" || ch === "+") {
        if (ch === "-") sign = -1;
        value = value.slice(1);
        ch = value[0];
      }
      if (value === "0") return 0;
      if (ch === "0") {
        if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
        if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
        if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
      }
      return sign * parseInt(value, 10);
    }
    function constructYamlInteger(data) {
      return parseYamlInteger(data);
    }
    function isInteger(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
    }
    module.exports = new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/float.js
var require_float = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/float.js"(exports, module) {
    "use strict";
    var common = require_common();
    var Type = require_type();
    var YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    var YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
      "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    function resolveYamlFloat(data) {
      if (data === null) return false;
      if (!YAML_FLOAT_PATTERN.test(data)) {
        return false;
      }
      if (isFinite(parseFloat(data, 10))) {
        return true;
      }
      return YAML_FLOAT_SPECIAL_PATTERN.test(data);
    }
    function constructYamlFloat(data) {
      let value = data.toLowerCase();
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".indexOf(value[0]) >= 0) {
        value = value.slice(1);
      }
      if (value === ".inf") {
        return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      } else if (value === ".nan") {
        return NaN;
      }
      return sign * parseFloat(value, 10);
    }
    var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    function representYamlFloat(object, style) {
      if (isNaN(object)) {
        switch (style) {
          case "lowercase":
            return ".nan";
          case "uppercase":
            return ".NAN";
          case "camelcase":
            return ".NaN";
        }
      } else if (Number.POSITIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return ".inf";
          case "uppercase":
            return ".INF";
          case "camelcase":
            return ".Inf";
        }
      } else if (Number.NEGATIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return "-.inf";
          case "uppercase":
            return "-.INF";
          case "camelcase":
            return "-.Inf";
        }
      } else if (common.isNegativeZero(object)) {
        return "-0.0";
      }
      const res = object.toString(10);
      return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
    }
    function isFloat(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
    }
    module.exports = new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/json.js
var require_json = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/json.js"(exports, module) {
    "use strict";
    module.exports = require_failsafe().extend({
      implicit: [
        require_null(),
        require_bool(),
        require_int(),
        require_float()
      ]
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/core.js
var require_core = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/core.js"(exports, module) {
    "use strict";
    module.exports = require_json();
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/timestamp.js"(exports, module) {
    "use strict";
    var Type = require_type();
    var YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    );
    var YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    function resolveYamlTimestamp(data) {
      if (data === null) return false;
      if (YAML_DATE_REGEXP.exec(data) !== null) return true;
      if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
      return false;
    }
    function constructYamlTimestamp(data) {
      let fraction = 0;
      let delta = null;
      let match = YAML_DATE_REGEXP.exec(data);
      if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
      if (match === null) throw new Error("Date resolve error");
      const year = +match[1];
      const month = +match[2] - 1;
      const day = +match[3];
      if (!match[4]) {
        return new Date(Date.UTC(year, month, day));
      }
      const hour = +match[4];
      const minute = +match[5];
      const second = +match[6];
      if (match[7]) {
        fraction = match[7].slice(0, 3);
        while (fraction.length < 3) {
          fraction += "0";
        }
        fraction = +fraction;
      }
      if (match[9]) {
        const tzHour = +match[10];
        const tzMinute = +(match[11] || 0);
        delta = (tzHour * 60 + tzMinute) * 6e4;
        if (match[9] === "-") delta = -delta;
      }
      const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      if (delta) date.setTime(date.getTime() - delta);
      return date;
    }
    function representYamlTimestamp(object) {
      return object.toISOString();
    }
    module.exports = new Type("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/merge.js
var require_merge = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/merge.js"(exports, module) {
    "use strict";
    var Type = require_type();
    function resolveYamlMerge(data) {
      return data === "<<" || data === null;
    }
    module.exports = new Type("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/binary.js
var require_binary = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/binary.js"(exports, module) {
    "use strict";
    var Type = require_type();
    var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    function resolveYamlBinary(data) {
      if (data === null) return false;
      let bitlen = 0;
      const max = data.length;
      const map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++) {
        const code = map.indexOf(data.charAt(idx));
        if (code > 64) continue;
        if (code < 0) return false;
        bitlen += 6;
      }
      return bitlen % 8 === 0;
    }
    function constructYamlBinary(data) {
      const input = data.replace(/[\r\n=]/g, "");
      const max = input.length;
      const map = BASE64_MAP;
      let bits = 0;
      const result = [];
      for (let idx = 0; idx < max; idx++) {
        if (idx % 4 === 0 && idx) {
          result.push(bits >> 16 & 255);
          result.push(bits >> 8 & 255);
          result.push(bits & 255);
        }
        bits = bits << 6 | map.indexOf(input.charAt(idx));
      }
      const tailbits = max % 4 * 6;
      if (tailbits === 0) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      } else if (tailbits === 18) {
        result.push(bits >> 10 & 255);
        result.push(bits >> 2 & 255);
      } else if (tailbits === 12) {
        result.push(bits >> 4 & 255);
      }
      return new Uint8Array(result);
    }
    function representYamlBinary(object) {
      let result = "";
      let bits = 0;
      const max = object.length;
      const map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++) {
        if (idx % 3 === 0 && idx) {
          result += map[bits >> 18 & 63];
          result += map[bits >> 12 & 63];
          result += map[bits >> 6 & 63];
          result += map[bits & 63];
        }
        bits = (bits << 8) + object[idx];
      }
      const tail = max % 3;
      if (tail === 0) {
        result += map[bits >> 18 & 63];
        result += map[bits >> 12 & 63];
        result += map[bits >> 6 & 63];
        result += map[bits & 63];
      } else if (tail === 2) {
        result += map[bits >> 10 & 63];
        result += map[bits >> 4 & 63];
        result += map[bits << 2 & 63];
        result += map[64];
      } else if (tail === 1) {
        result += map[bits >> 2 & 63];
        result += map[bits << 4 & 63];
        result += map[64];
        result += map[64];
      }
      return result;
    }
    function isBinary(obj) {
      return Object.prototype.toString.call(obj) === "[object Uint8Array]";
    }
    module.exports = new Type("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary,
      represent: representYamlBinary
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/omap.js
var require_omap = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/omap.js"(exports, module) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var _toString = Object.prototype.toString;
    function resolveYamlOmap(data) {
      if (data === null) return true;
      const objectKeys = {};
      const object = data;
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        let pairHasKey = false;
        if (_toString.call(pair) !== "[object Object]") return false;
        let pairKey;
        for (pairKey in pair) {
          if (_hasOwnProperty.call(pair, pairKey)) {
            if (!pairHasKey) pairHasKey = true;
            else return false;
          }
        }
        if (!pairHasKey) return false;
        if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
        Object.defineProperty(objectKeys, pairKey, { value: true });
      }
      return true;
    }
    function constructYamlOmap(data) {
      return data !== null ? data : [];
    }
    module.exports = new Type("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/pairs.js
var require_pairs = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/pairs.js"(exports, module) {
    "use strict";
    var Type = require_type();
    var _toString = Object.prototype.toString;
    function resolveYamlPairs(data) {
      if (data === null) return true;
      const object = data;
      const result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        if (_toString.call(pair) !== "[object Object]") return false;
        const keys = Object.keys(pair);
        if (keys.length !== 1) return false;
        result[index] = [keys[0], pair[keys[0]]];
      }
      return true;
    }
    function constructYamlPairs(data) {
      if (data === null) return [];
      const object = data;
      const result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        const keys = Object.keys(pair);
        result[index] = [keys[0], pair[keys[0]]];
      }
      return result;
    }
    module.exports = new Type("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/set.js
var require_set = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/type/set.js"(exports, module) {
    "use strict";
    var Type = require_type();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    function resolveYamlSet(data) {
      if (data === null) return true;
      const object = data;
      for (const key in object) {
        if (_hasOwnProperty.call(object, key)) {
          if (object[key] !== null) return false;
        }
      }
      return true;
    }
    function constructYamlSet(data) {
      return data !== null ? data : {};
    }
    module.exports = new Type("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/default.js
var require_default = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/schema/default.js"(exports, module) {
    "use strict";
    module.exports = require_core().extend({
      implicit: [
        require_timestamp(),
        require_merge()
      ],
      explicit: [
        require_binary(),
        require_omap(),
        require_pairs(),
        require_set()
      ]
    });
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/loader.js
var require_loader = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/loader.js"(exports, module) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var makeSnippet = require_snippet();
    var DEFAULT_SCHEMA = require_default();
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CONTEXT_FLOW_IN = 1;
    var CONTEXT_FLOW_OUT = 2;
    var CONTEXT_BLOCK_IN = 3;
    var CONTEXT_BLOCK_OUT = 4;
    var CHOMPING_CLIP = 1;
    var CHOMPING_STRIP = 2;
    var CHOMPING_KEEP = 3;
    var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
    var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    var PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
    function _class(obj) {
      return Object.prototype.toString.call(obj);
    }
    function isEol(c) {
      return c === 10 || c === 13;
    }
    function isWhiteSpace(c) {
      return c === 9 || c === 32;
    }
    function isWsOrEol(c) {
      return c === 9 || c === 32 || c === 10 || c === 13;
    }
    function isFlowIndicator(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromHexCode(c) {
      if (c >= 48 && c <= 57) {
        return c - 48;
      }
      const lc = c | 32;
      if (lc >= 97 && lc <= 102) {
        return lc - 97 + 10;
      }
      return -1;
    }
    function escapedHexLen(c) {
      if (c === 120) {
        return 2;
      }
      if (c === 117) {
        return 4;
      }
      if (c === 85) {
        return 8;
      }
      return 0;
    }
    function fromDecimalCode(c) {
      if (c >= 48 && c <= 57) {
        return c - 48;
      }
      return -1;
    }
    function simpleEscapeSequence(c) {
      switch (c) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return "\n";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "";
        case 95:
          return " ";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    function charFromCodepoint(c) {
      if (c <= 65535) {
        return String.fromCharCode(c);
      }
      return String.fromCharCode(
        (c - 65536 >> 10) + 55296,
        (c - 65536 & 1023) + 56320
      );
    }
    function setProperty(object, key, value) {
      if (key === "__proto__") {
        Object.defineProperty(object, key, {
          configurable: true,
          enumerable: true,
          writable: true,
          value
        });
      } else {
        object[key] = value;
      }
    }
    var simpleEscapeCheck = new Array(256);
    var simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    function State(input, options) {
      this.input = input;
      this.filename = options["filename"] || null;
      this.schema = options["schema"] || DEFAULT_SCHEMA;
      this.onWarning = options["onWarning"] || null;
      this.legacy = options["legacy"] || false;
      this.json = options["json"] || false;
      this.listener = options["listener"] || null;
      this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
      this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
      this.implicitTypes = this.schema.compiledImplicit;
      this.typeMap = this.schema.compiledTypeMap;
      this.length = input.length;
      this.position = 0;
      this.line = 0;
      this.lineStart = 0;
      this.lineIndent = 0;
      this.depth = 0;
      this.totalMergeKeys = 0;
      this.firstTabInLine = -1;
      this.documents = [];
      this.anchorMapTransactions = [];
    }
    function generateError(state, message) {
      const mark = {
        name: state.filename,
        buffer: state.input.slice(0, -1),
        // omit trailing \0
        position: state.position,
        line: state.line,
        column: state.position - state.lineStart
      };
      mark.snippet = makeSnippet(mark);
      return new YAMLException(message, mark);
    }
    function throwError(state, message) {
      throw generateError(state, message);
    }
    function throwWarning(state, message) {
      if (state.onWarning) {
        state.onWarning.call(null, generateError(state, message));
      }
    }
    function storeAnchor(state, name, value) {
      const transactions = state.anchorMapTransactions;
      if (transactions.length !== 0) {
        const transaction = transactions[transactions.length - 1];
        if (!_hasOwnProperty.call(transaction, name)) {
          transaction[name] = {
            existed: _hasOwnProperty.call(state.anchorMap, name),
            value: state.anchorMap[name]
          };
        }
      }
      state.anchorMap[name] = value;
    }
    function beginAnchorTransaction(state) {
      state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
    }
    function commitAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const transactions = state.anchorMapTransactions;
      if (transactions.length === 0) return;
      const parent = transactions[transactions.length - 1];
      const names = Object.keys(transaction);
      for (let index = 0, length = names.length; index < length; index += 1) {
        const name = names[index];
        if (!_hasOwnProperty.call(parent, name)) {
          parent[name] = transaction[name];
        }
      }
    }
    function rollbackAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const names = Object.keys(transaction);
      for (let index = names.length - 1; index >= 0; index -= 1) {
        const entry = transaction[names[index]];
        if (entry.existed) {
          state.anchorMap[names[index]] = entry.value;
        } else {
          delete state.anchorMap[names[index]];
        }
      }
    }
    function snapshotState(state) {
      return {
        position: state.position,
        line: state.line,
        lineStart: state.lineStart,
        lineIndent: state.lineIndent,
        firstTabInLine: state.firstTabInLine,
        tag: state.tag,
        anchor: state.anchor,
        kind: state.kind,
        result: state.result
      };
    }
    function restoreState(state, snapshot) {
      state.position = snapshot.position;
      state.line = snapshot.line;
      state.lineStart = snapshot.lineStart;
      state.lineIndent = snapshot.lineIndent;
      state.firstTabInLine = snapshot.firstTabInLine;
      state.tag = snapshot.tag;
      state.anchor = snapshot.anchor;
      state.kind = snapshot.kind;
      state.result = snapshot.result;
    }
    var directiveHandlers = {
      YAML: function handleYamlDirective(state, name, args) {
        if (state.version !== null) {
          throwError(state, "duplication of %YAML directive");
        }
        if (args.length !== 1) {
          throwError(state, "YAML directive accepts exactly one argument");
        }
        const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) {
          throwError(state, "ill-formed argument of the YAML directive");
        }
        const major = parseInt(match[1], 10);
        const minor = parseInt(match[2], 10);
        if (major !== 1) {
          throwError(state, "unacceptable YAML version of the document");
        }
        state.version = args[0];
        state.checkLineBreaks = minor < 2;
        if (minor !== 1 && minor !== 2) {
          throwWarning(state, "unsupported YAML version of the document");
        }
      },
      TAG: function handleTagDirective(state, name, args) {
        let prefix;
        if (args.length !== 2) {
          throwError(state, "TAG directive accepts exactly two arguments");
        }
        const handle = args[0];
        prefix = args[1];
        if (!PATTERN_TAG_HANDLE.test(handle)) {
          throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        }
        if (_hasOwnProperty.call(state.tagMap, handle)) {
          throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
        }
        if (!PATTERN_TAG_URI.test(prefix)) {
          throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        }
        try {
          prefix = decodeURIComponent(prefix);
        } catch (err) {
          throwError(state, "tag prefix is malformed: " + prefix);
        }
        state.tagMap[handle] = prefix;
      }
    };
    function captureSegment(state, start, end, checkJson) {
      if (start < end) {
        const _result = state.input.slice(start, end);
        if (checkJson) {
          for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
            const _character = _result.charCodeAt(_position);
            if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
              throwError(state, "expected valid JSON character");
            }
          }
        } else if (PATTERN_NON_PRINTABLE.test(_result)) {
          throwError(state, "the stream contains non-printable characters");
        }
        state.result += _result;
      }
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys++;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
        throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
      }
    }
    function mergeMappings(state, destination, source, overridableKeys) {
      if (!common.isObject(source)) {
        throwError(state, "cannot merge mappings; the provided source object is unacceptable");
      }
      chargeMergeWork(state);
      const sourceKeys = Object.keys(source);
      for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
        const key = sourceKeys[index];
        chargeMergeWork(state);
        if (!_hasOwnProperty.call(destination, key)) {
          setProperty(destination, key, source[key]);
          overridableKeys[key] = true;
        }
      }
    }
    function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
      if (Array.isArray(keyNode)) {
        keyNode = Array.prototype.slice.call(keyNode);
        for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
          if (Array.isArray(keyNode[index])) {
            throwError(state, "nested arrays are not supported inside keys");
          }
          if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
            keyNode[index] = "[object Object]";
          }
        }
      }
      if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
        keyNode = "[object Object]";
      }
      keyNode = String(keyNode);
      if (_result === null) {
        _result = {};
      }
      if (keyTag === "tag:yaml.org,2002:merge") {
        if (Array.isArray(valueNode)) {
          if (valueNode.length > 100) {
            throwError(state, "abnormal merge sequence size");
          }
          for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
            mergeMappings(state, _result, valueNode[index], overridableKeys);
          }
        } else {
          mergeMappings(state, _result, valueNode, overridableKeys);
        }
      } else {
        if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
          state.line = startLine || state.line;
          state.lineStart = startLineStart || state.lineStart;
          state.position = startPos || state.position;
          throwError(state, "duplicated mapping key");
        }
        setProperty(_result, keyNode, valueNode);
        delete overridableKeys[keyNode];
      }
      return _result;
    }
    function readLineBreak(state) {
      const ch = state.input.charCodeAt(state.position);
      if (ch === 10) {
        state.position++;
      } else if (ch === 13) {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) {
          state.position++;
        }
      } else {
        throwError(state, "a line break is expected");
      }
      state.line += 1;
      state.lineStart = state.position;
      state.firstTabInLine = -1;
    }
    function skipSeparationSpace(state, allowComments, checkIndent) {
      let lineBreaks = 0;
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          if (ch === 9 && state.firstTabInLine === -1) {
            state.firstTabInLine = state.position;
          }
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 10 && ch !== 13 && ch !== 0);
        }
        if (isEol(ch)) {
          readLineBreak(state);
          ch = state.input.charCodeAt(state.position);
          lineBreaks++;
          state.lineIndent = 0;
          while (ch === 32) {
            state.lineIndent++;
            ch = state.input.charCodeAt(++state.position);
          }
        } else {
          break;
        }
      }
      if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
        throwWarning(state, "deficient indentation");
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state) {
      let _position = state.position;
      let ch = state.input.charCodeAt(_position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
        _position += 3;
        ch = state.input.charCodeAt(_position);
        if (ch === 0 || isWsOrEol(ch)) {
          return true;
        }
      }
      return false;
    }
    function writeFoldedLines(state, count) {
      if (count === 1) {
        state.result += " ";
      } else if (count > 1) {
        state.result += common.repeat("\n", count - 1);
      }
    }
    function readPlainScalar(state, nodeIndent, withinFlowCollection) {
      let captureStart;
      let captureEnd;
      let hasPendingContent;
      let _line;
      let _lineStart;
      let _lineIndent;
      const _kind = state.kind;
      const _result = state.result;
      let ch = state.input.charCodeAt(state.position);
      if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
        return false;
      }
      if (ch === 63 || ch === 45) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          return false;
        }
      }
      state.kind = "scalar";
      state.result = "";
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
      while (ch !== 0) {
        if (ch === 58) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
            break;
          }
        } else if (ch === 35) {
          const preceding = state.input.charCodeAt(state.position - 1);
          if (isWsOrEol(preceding)) {
            break;
          }
        } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
          break;
        } else if (isEol(ch)) {
          _line = state.line;
          _lineStart = state.lineStart;
          _lineIndent = state.lineIndent;
          skipSeparationSpace(state, false, -1);
          if (state.lineIndent >= nodeIndent) {
            hasPendingContent = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd;
            state.line = _line;
            state.lineStart = _lineStart;
            state.lineIndent = _lineIndent;
            break;
          }
        }
        if (hasPendingContent) {
          captureSegment(state, captureStart, captureEnd, false);
          writeFoldedLines(state, state.line - _line);
          captureStart = captureEnd = state.position;
          hasPendingContent = false;
        }
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position + 1;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, captureEnd, false);
      if (state.result) {
        return true;
      }
      state.kind = _kind;
      state.result = _result;
      return false;
    }
    function readSingleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 39) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 39) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (ch === 39) {
            captureStart = state.position;
            state.position++;
            captureEnd = state.position;
          } else {
            return true;
          }
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a single quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 34) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 34) {
          captureSegment(state, captureStart, state.position, true);
          state.position++;
          return true;
        } else if (ch === 92) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (isEol(ch)) {
            skipSeparationSpace(state, false, nodeIndent);
          } else if (ch < 256 && simpleEscapeCheck[ch]) {
            state.result += simpleEscapeMap[ch];
            state.position++;
          } else if ((tmp = escapedHexLen(ch)) > 0) {
            let hexLength = tmp;
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              ch = state.input.charCodeAt(++state.position);
              if ((tmp = fromHexCode(ch)) >= 0) {
                hexResult = (hexResult << 4) + tmp;
              } else {
                throwError(state, "expected hexadecimal character");
              }
            }
            state.result += charFromCodepoint(hexResult);
            state.position++;
          } else {
            throwError(state, "unknown escape sequence");
          }
          captureStart = captureEnd = state.position;
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a double quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readFlowCollection(state, nodeIndent) {
      let readNext = true;
      let _line;
      let _lineStart;
      let _pos;
      const _tag = state.tag;
      let _result;
      const _anchor = state.anchor;
      let terminator;
      let isPair;
      let isExplicitPair;
      let isMapping;
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyNode;
      let keyTag;
      let valueNode;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 91) {
        terminator = 93;
        isMapping = false;
        _result = [];
      } else if (ch === 123) {
        terminator = 125;
        isMapping = true;
        _result = {};
      } else {
        return false;
      }
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      ch = state.input.charCodeAt(++state.position);
      while (ch !== 0) {
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === terminator) {
          state.position++;
          state.tag = _tag;
          state.anchor = _anchor;
          state.kind = isMapping ? "mapping" : "sequence";
          state.result = _result;
          return true;
        } else if (!readNext) {
          throwError(state, "missed comma between flow collection entries");
        } else if (ch === 44) {
          throwError(state, "expected the node content, but found ','");
        }
        keyTag = keyNode = valueNode = null;
        isPair = isExplicitPair = false;
        if (ch === 63) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following)) {
            isPair = isExplicitPair = true;
            state.position++;
            skipSeparationSpace(state, true, nodeIndent);
          }
        }
        _line = state.line;
        _lineStart = state.lineStart;
        _pos = state.position;
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        keyTag = state.tag;
        keyNode = state.result;
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if ((isExplicitPair || state.line === _line) && ch === 58) {
          isPair = true;
          ch = state.input.charCodeAt(++state.position);
          skipSeparationSpace(state, true, nodeIndent);
          composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
          valueNode = state.result;
        }
        if (isMapping) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
        } else if (isPair) {
          _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
        } else {
          _result.push(keyNode);
        }
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === 44) {
          readNext = true;
          ch = state.input.charCodeAt(++state.position);
        } else {
          readNext = false;
        }
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockScalar(state, nodeIndent) {
      let folding;
      let chomping = CHOMPING_CLIP;
      let didReadContent = false;
      let detectedIndent = false;
      let textIndent = nodeIndent;
      let emptyLines = 0;
      let atMoreIndented = false;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 124) {
        folding = false;
      } else if (ch === 62) {
        folding = true;
      } else {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      while (ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
        if (ch === 43 || ch === 45) {
          if (CHOMPING_CLIP === chomping) {
            chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
          } else {
            throwError(state, "repeat of a chomping mode identifier");
          }
        } else if ((tmp = fromDecimalCode(ch)) >= 0) {
          if (tmp === 0) {
            throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          } else if (!detectedIndent) {
            textIndent = nodeIndent + tmp - 1;
            detectedIndent = true;
          } else {
            throwError(state, "repeat of an indentation width identifier");
          }
        } else {
          break;
        }
      }
      if (isWhiteSpace(ch)) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (isWhiteSpace(ch));
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (!isEol(ch) && ch !== 0);
        }
      }
      while (ch !== 0) {
        readLineBreak(state);
        state.lineIndent = 0;
        ch = state.input.charCodeAt(state.position);
        while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
        if (!detectedIndent && state.lineIndent > textIndent) {
          textIndent = state.lineIndent;
        }
        if (isEol(ch)) {
          emptyLines++;
          continue;
        }
        if (!detectedIndent && textIndent === 0) {
          throwError(state, "missing indentation for block scalar");
        }
        if (state.lineIndent < textIndent) {
          if (chomping === CHOMPING_KEEP) {
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (chomping === CHOMPING_CLIP) {
            if (didReadContent) {
              state.result += "\n";
            }
          }
          break;
        }
        if (folding) {
          if (isWhiteSpace(ch)) {
            atMoreIndented = true;
            state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            state.result += common.repeat("\n", emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) {
              state.result += " ";
            }
          } else {
            state.result += common.repeat("\n", emptyLines);
          }
        } else {
          state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        }
        didReadContent = true;
        detectedIndent = true;
        emptyLines = 0;
        const captureStart = state.position;
        while (!isEol(ch) && ch !== 0) {
          ch = state.input.charCodeAt(++state.position);
        }
        captureSegment(state, captureStart, state.position, false);
      }
      return true;
    }
    function readBlockSequence(state, nodeIndent) {
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = [];
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        if (ch !== 45) {
          break;
        }
        const following = state.input.charCodeAt(state.position + 1);
        if (!isWsOrEol(following)) {
          break;
        }
        detected = true;
        state.position++;
        if (skipSeparationSpace(state, true, -1)) {
          if (state.lineIndent <= nodeIndent) {
            _result.push(null);
            ch = state.input.charCodeAt(state.position);
            continue;
          }
        }
        const _line = state.line;
        composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        _result.push(state.result);
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a sequence entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "sequence";
        state.result = _result;
        return true;
      }
      return false;
    }
    function readBlockMapping(state, nodeIndent, flowIndent) {
      let allowCompact;
      let _keyLine;
      let _keyLineStart;
      let _keyPos;
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = {};
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyTag = null;
      let keyNode = null;
      let valueNode = null;
      let atExplicitKey = false;
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (!atExplicitKey && state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const following = state.input.charCodeAt(state.position + 1);
        const _line = state.line;
        if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
          if (ch === 63) {
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = true;
            allowCompact = true;
          } else if (atExplicitKey) {
            atExplicitKey = false;
            allowCompact = true;
          } else {
            throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
          }
          state.position += 1;
          ch = following;
        } else {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
          if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
            break;
          }
          if (state.line === _line) {
            ch = state.input.charCodeAt(state.position);
            while (isWhiteSpace(ch)) {
              ch = state.input.charCodeAt(++state.position);
            }
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!isWsOrEol(ch)) {
                throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              }
              if (atExplicitKey) {
                storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
                keyTag = keyNode = valueNode = null;
              }
              detected = true;
              atExplicitKey = false;
              allowCompact = false;
              keyTag = state.tag;
              keyNode = state.result;
            } else if (detected) {
              throwError(state, "can not read an implicit mapping pair; a colon is missed");
            } else {
              state.tag = _tag;
              state.anchor = _anchor;
              return true;
            }
          } else if (detected) {
            throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        }
        if (state.line === _line || state.lineIndent > nodeIndent) {
          if (atExplicitKey) {
            _keyLine = state.line;
            _keyLineStart = state.lineStart;
            _keyPos = state.position;
          }
          if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
            if (atExplicitKey) {
              keyNode = state.result;
            } else {
              valueNode = state.result;
            }
          }
          if (!atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          skipSeparationSpace(state, true, -1);
          ch = state.input.charCodeAt(state.position);
        }
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a mapping entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "mapping";
        state.result = _result;
      }
      return detected;
    }
    function readTagProperty(state) {
      let isVerbatim = false;
      let isNamed = false;
      let tagHandle;
      let tagName;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 33) return false;
      if (state.tag !== null) {
        throwError(state, "duplication of a tag property");
      }
      ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      } else {
        tagHandle = "!";
      }
      let _position = state.position;
      if (isVerbatim) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && ch !== 62);
        if (state.position < state.length) {
          tagName = state.input.slice(_position, state.position);
          ch = state.input.charCodeAt(++state.position);
        } else {
          throwError(state, "unexpected end of the stream within a verbatim tag");
        }
      } else {
        while (ch !== 0 && !isWsOrEol(ch)) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(_position - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
                throwError(state, "named tag handle cannot contain such characters");
              }
              isNamed = true;
              _position = state.position + 1;
            } else {
              throwError(state, "tag suffix cannot contain exclamation marks");
            }
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName = state.input.slice(_position, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName)) {
          throwError(state, "tag suffix cannot contain flow indicator characters");
        }
      }
      if (tagName && !PATTERN_TAG_URI.test(tagName)) {
        throwError(state, "tag name cannot contain such characters: " + tagName);
      }
      try {
        tagName = decodeURIComponent(tagName);
      } catch (err) {
        throwError(state, "tag name is malformed: " + tagName);
      }
      if (isVerbatim) {
        state.tag = tagName;
      } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
        state.tag = state.tagMap[tagHandle] + tagName;
      } else if (tagHandle === "!") {
        state.tag = "!" + tagName;
      } else if (tagHandle === "!!") {
        state.tag = "tag:yaml.org,2002:" + tagName;
      } else {
        throwError(state, 'undeclared tag handle "' + tagHandle + '"');
      }
      return true;
    }
    function readAnchorProperty(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 38) return false;
      if (state.anchor !== null) {
        throwError(state, "duplication of an anchor property");
      }
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an anchor node must contain at least one character");
      }
      state.anchor = state.input.slice(_position, state.position);
      return true;
    }
    function readAlias(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 42) return false;
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an alias node must contain at least one character");
      }
      const alias = state.input.slice(_position, state.position);
      if (!_hasOwnProperty.call(state.anchorMap, alias)) {
        throwError(state, 'unidentified alias "' + alias + '"');
      }
      state.result = state.anchorMap[alias];
      skipSeparationSpace(state, true, -1);
      return true;
    }
    function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
      const fallbackState = snapshotState(state);
      beginAnchorTransaction(state);
      restoreState(state, propertyStart);
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
        commitAnchorTransaction(state);
        return true;
      }
      rollbackAnchorTransaction(state);
      restoreState(state, fallbackState);
      return false;
    }
    function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
      let allowBlockScalars;
      let allowBlockCollections;
      let indentStatus = 1;
      let atNewLine = false;
      let hasContent = false;
      let propertyStart = null;
      let type;
      let flowIndent;
      let blockIndent;
      if (state.depth >= state.maxDepth) {
        throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
      }
      state.depth += 1;
      if (state.listener !== null) {
        state.listener("open", state);
      }
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
      if (allowToSeek) {
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        }
      }
      if (indentStatus === 1) {
        while (true) {
          const ch = state.input.charCodeAt(state.position);
          const propertyState = snapshotState(state);
          if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
            break;
          }
          if (!readTagProperty(state) && !readAnchorProperty(state)) {
            break;
          }
          if (propertyStart === null) {
            propertyStart = propertyState;
          }
          if (skipSeparationSpace(state, true, -1)) {
            atNewLine = true;
            allowBlockCollections = allowBlockStyles;
            if (state.lineIndent > parentIndent) {
              indentStatus = 1;
            } else if (state.lineIndent === parentIndent) {
              indentStatus = 0;
            } else if (state.lineIndent < parentIndent) {
              indentStatus = -1;
            }
          } else {
            allowBlockCollections = false;
          }
        }
      }
      if (allowBlockCollections) {
        allowBlockCollections = atNewLine || allowCompact;
      }
      if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
        if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
          flowIndent = parentIndent;
        } else {
          flowIndent = parentIndent + 1;
        }
        blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
            hasContent = true;
          } else {
            const ch = state.input.charCodeAt(state.position);
            if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
              state,
              propertyStart,
              propertyStart.position - propertyStart.lineStart,
              flowIndent
            )) {
              hasContent = true;
            } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
              hasContent = true;
            } else if (readAlias(state)) {
              hasContent = true;
              if (state.tag !== null || state.anchor !== null) {
                throwError(state, "alias node should not have any properties");
              }
            } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
              hasContent = true;
              if (state.tag === null) {
                state.tag = "?";
              }
            }
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
          }
        } else if (indentStatus === 0) {
          hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
        }
      }
      if (state.tag === null) {
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      } else if (state.tag === "?") {
        if (state.result !== null && state.kind !== "scalar") {
          throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
        }
        for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
          type = state.implicitTypes[typeIndex];
          if (type.resolve(state.result)) {
            state.result = type.construct(state.result);
            state.tag = type.tag;
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
            break;
          }
        }
      } else if (state.tag !== "!") {
        if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
          type = state.typeMap[state.kind || "fallback"][state.tag];
        } else {
          type = null;
          const typeList = state.typeMap.multi[state.kind || "fallback"];
          for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
            if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
              type = typeList[typeIndex];
              break;
            }
          }
        }
        if (!type) {
          throwError(state, "unknown tag !<" + state.tag + ">");
        }
        if (state.result !== null && type.kind !== state.kind) {
          throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
        }
        if (!type.resolve(state.result, state.tag)) {
          throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
        } else {
          state.result = type.construct(state.result, state.tag);
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      }
      if (state.listener !== null) {
        state.listener("close", state);
      }
      state.depth -= 1;
      return state.tag !== null || state.anchor !== null || hasContent;
    }
    function readDocument(state) {
      const documentStart = state.position;
      let hasDirectives = false;
      let ch;
      state.version = null;
      state.checkLineBreaks = state.legacy;
      state.tagMap = /* @__PURE__ */ Object.create(null);
      state.anchorMap = /* @__PURE__ */ Object.create(null);
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if (state.lineIndent > 0 || ch !== 37) {
          break;
        }
        hasDirectives = true;
        ch = state.input.charCodeAt(++state.position);
        let _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        const directiveName = state.input.slice(_position, state.position);
        const directiveArgs = [];
        if (directiveName.length < 1) {
          throwError(state, "directive name must not be less than one character in length");
        }
        while (ch !== 0) {
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 35) {
            do {
              ch = state.input.charCodeAt(++state.position);
            } while (ch !== 0 && !isEol(ch));
            break;
          }
          if (isEol(ch)) break;
          _position = state.position;
          while (ch !== 0 && !isWsOrEol(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          directiveArgs.push(state.input.slice(_position, state.position));
        }
        if (ch !== 0) readLineBreak(state);
        if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
          directiveHandlers[directiveName](state, directiveName, directiveArgs);
        } else {
          throwWarning(state, 'unknown document directive "' + directiveName + '"');
        }
      }
      skipSeparationSpace(state, true, -1);
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      } else if (hasDirectives) {
        throwError(state, "directives end mark is expected");
      }
      composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
      skipSeparationSpace(state, true, -1);
      if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
        throwWarning(state, "non-ASCII line breaks are interpreted as content");
      }
      state.documents.push(state.result);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        if (state.input.charCodeAt(state.position) === 46) {
          state.position += 3;
          skipSeparationSpace(state, true, -1);
        }
        return;
      }
      if (state.position < state.length - 1) {
        throwError(state, "end of the stream or a document separator is expected");
      }
    }
    function loadDocuments(input, options) {
      input = String(input);
      options = options || {};
      if (input.length !== 0) {
        if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
          input += "\n";
        }
        if (input.charCodeAt(0) === 65279) {
          input = input.slice(1);
        }
      }
      const state = new State(input, options);
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) {
        state.position = nullpos;
        throwError(state, "null byte is not allowed in input");
      }
      state.input += "\0";
      while (state.input.charCodeAt(state.position) === 32) {
        state.lineIndent += 1;
        state.position += 1;
      }
      while (state.position < state.length - 1) {
        readDocument(state);
      }
      return state.documents;
    }
    function loadAll(input, iterator, options) {
      if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
        options = iterator;
        iterator = null;
      }
      const documents = loadDocuments(input, options);
      if (typeof iterator !== "function") {
        return documents;
      }
      for (let index = 0, length = documents.length; index < length; index += 1) {
        iterator(documents[index]);
      }
    }
    function load(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) {
        return void 0;
      } else if (documents.length === 1) {
        return documents[0];
      }
      throw new YAMLException("expected a single document in the stream, but found more");
    }
    module.exports.loadAll = loadAll;
    module.exports.load = load;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/dumper.js
var require_dumper = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/lib/dumper.js"(exports, module) {
    "use strict";
    var common = require_common();
    var YAMLException = require_exception();
    var DEFAULT_SCHEMA = require_default();
    var _toString = Object.prototype.toString;
    var _hasOwnProperty = Object.prototype.hasOwnProperty;
    var CHAR_BOM = 65279;
    var CHAR_TAB = 9;
    var CHAR_LINE_FEED = 10;
    var CHAR_CARRIAGE_RETURN = 13;
    var CHAR_SPACE = 32;
    var CHAR_EXCLAMATION = 33;
    var CHAR_DOUBLE_QUOTE = 34;
    var CHAR_SHARP = 35;
    var CHAR_PERCENT = 37;
    var CHAR_AMPERSAND = 38;
    var CHAR_SINGLE_QUOTE = 39;
    var CHAR_ASTERISK = 42;
    var CHAR_COMMA = 44;
    var CHAR_MINUS = 45;
    var CHAR_COLON = 58;
    var CHAR_EQUALS = 61;
    var CHAR_GREATER_THAN = 62;
    var CHAR_QUESTION = 63;
    var CHAR_COMMERCIAL_AT = 64;
    var CHAR_LEFT_SQUARE_BRACKET = 91;
    var CHAR_RIGHT_SQUARE_BRACKET = 93;
    var CHAR_GRAVE_ACCENT = 96;
    var CHAR_LEFT_CURLY_BRACKET = 123;
    var CHAR_VERTICAL_LINE = 124;
    var CHAR_RIGHT_CURLY_BRACKET = 125;
    var ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    var DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    var DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
    function compileStyleMap(schema, map) {
      if (map === null) return {};
      const result = {};
      const keys = Object.keys(map);
      for (let index = 0, length = keys.length; index < length; index += 1) {
        let tag = keys[index];
        let style = String(map[tag]);
        if (tag.slice(0, 2) === "!!") {
          tag = "tag:yaml.org,2002:" + tag.slice(2);
        }
        const type = schema.compiledTypeMap["fallback"][tag];
        if (type && _hasOwnProperty.call(type.styleAliases, style)) {
          style = type.styleAliases[style];
        }
        result[tag] = style;
      }
      return result;
    }
    function encodeHex(character) {
      let handle;
      let length;
      const string = character.toString(16).toUpperCase();
      if (character <= 255) {
        handle = "x";
        length = 2;
      } else if (character <= 65535) {
        handle = "u";
        length = 4;
      } else if (character <= 4294967295) {
        handle = "U";
        length = 8;
      } else {
        throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
      }
      return "\\" + handle + common.repeat("0", length - string.length) + string;
    }
    var QUOTING_TYPE_SINGLE = 1;
    var QUOTING_TYPE_DOUBLE = 2;
    function State(options) {
      this.schema = options["schema"] || DEFAULT_SCHEMA;
      this.indent = Math.max(1, options["indent"] || 2);
      this.noArrayIndent = options["noArrayIndent"] || false;
      this.skipInvalid = options["skipInvalid"] || false;
      this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
      this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
      this.sortKeys = options["sortKeys"] || false;
      this.lineWidth = options["lineWidth"] || 80;
      this.noRefs = options["noRefs"] || false;
      this.noCompatMode = options["noCompatMode"] || false;
      this.condenseFlow = options["condenseFlow"] || false;
      this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
      this.forceQuotes = options["forceQuotes"] || false;
      this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
      this.implicitTypes = this.schema.compiledImplicit;
      this.explicitTypes = this.schema.compiledExplicit;
      this.tag = null;
      this.result = "";
      this.duplicates = [];
      this.usedDuplicates = null;
    }
    function indentString(string, spaces) {
      const ind = common.repeat(" ", spaces);
      let position = 0;
      let result = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += ind;
        result += line;
      }
      return result;
    }
    function generateNextLine(state, level) {
      return "\n" + common.repeat(" ", state.indent * level);
    }
    function testImplicitResolving(state, str) {
      for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
        const type = state.implicitTypes[index];
        if (type.resolve(str)) {
          return true;
        }
      }
      return false;
    }
    function isWhitespace(c) {
      return c === CHAR_SPACE || c === CHAR_TAB;
    }
    function isPrintable(c) {
      return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
    }
    function isNsCharOrWhitespace(c) {
      return isPrintable(c) && c !== CHAR_BOM && // - b-char
      c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
    }
    function isPlainSafe(c, prev, inblock) {
      const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
      const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
      return (
        // ns-plain-safe
        (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
        c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
        c !== CHAR_SHARP && // false on '#'
        !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
        isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
        prev === CHAR_COLON && cIsNsChar
      );
    }
    function isPlainSafeFirst(c) {
      return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
      // - (c-indicator ::=
      // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
      c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
      c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
      c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
    }
    function isPlainSafeLast(c) {
      return !isWhitespace(c) && c !== CHAR_COLON;
    }
    function codePointAt(string, pos) {
      const first = string.charCodeAt(pos);
      let second;
      if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
        second = string.charCodeAt(pos + 1);
        if (second >= 56320 && second <= 57343) {
          return (first - 55296) * 1024 + second - 56320 + 65536;
        }
      }
      return first;
    }
    function needIndentIndicator(string) {
      const leadingSpaceRe = /^\n* /;
      return leadingSpaceRe.test(string);
    }
    var STYLE_PLAIN = 1;
    var STYLE_SINGLE = 2;
    var STYLE_LITERAL = 3;
    var STYLE_FOLDED = 4;
    var STYLE_DOUBLE = 5;
    function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
      let i;
      let char = 0;
      let prevChar = null;
      let hasLineBreak = false;
      let hasFoldableLine = false;
      const shouldTrackWidth = lineWidth !== -1;
      let previousLineBreak = -1;
      let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
      if (singleLineOnly || forceQuotes) {
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          char = codePointAt(string, i);
          if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
      } else {
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          char = codePointAt(string, i);
          if (char === CHAR_LINE_FEED) {
            hasLineBreak = true;
            if (shouldTrackWidth) {
              hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
              i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
              previousLineBreak = i;
            }
          } else if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
        hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
      }
      if (!hasLineBreak && !hasFoldableLine) {
        if (plain && !forceQuotes && !testAmbiguousType(string)) {
          return STYLE_PLAIN;
        }
        return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
      }
      if (indentPerLevel > 9 && needIndentIndicator(string)) {
        return STYLE_DOUBLE;
      }
      if (!forceQuotes) {
        return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    function writeScalar(state, string, level, iskey, inblock) {
      state.dump = (function() {
        if (string.length === 0) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
        }
        if (!state.noCompatMode) {
          if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
            return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
          }
        }
        const indent = state.indent * Math.max(1, level);
        const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
        const singleLineOnly = iskey || // No block styles in flow mode.
        state.flowLevel > -1 && level >= state.flowLevel;
        function testAmbiguity(string2) {
          return testImplicitResolving(state, string2);
        }
        switch (chooseScalarStyle(
          string,
          singleLineOnly,
          state.indent,
          lineWidth,
          testAmbiguity,
          state.quotingType,
          state.forceQuotes && !iskey,
          inblock
        )) {
          case STYLE_PLAIN:
            return string;
          case STYLE_SINGLE:
            return "'" + string.replace(/'/g, "''") + "'";
          case STYLE_LITERAL:
            return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
          case STYLE_FOLDED:
            return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
          case STYLE_DOUBLE:
            return '"' + escapeString(string, lineWidth) + '"';
          default:
            throw new YAMLException("impossible error: invalid scalar style");
        }
      })();
    }
    function blockHeader(string, indentPerLevel) {
      const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
      const clip = string[string.length - 1] === "\n";
      const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
      const chomp = keep ? "+" : clip ? "" : "-";
      return indentIndicator + chomp + "\n";
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function foldString(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let result = (function() {
        let nextLF = string.indexOf("\n");
        nextLF = nextLF !== -1 ? nextLF : string.length;
        lineRe.lastIndex = nextLF;
        return foldLine(string.slice(0, nextLF), width);
      })();
      let prevMoreIndented = string[0] === "\n" || string[0] === " ";
      let moreIndented;
      let match;
      while (match = lineRe.exec(string)) {
        const prefix = match[1];
        const line = match[2];
        moreIndented = line[0] === " ";
        result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    function foldLine(line, width) {
      if (line === "" || line[0] === " ") return line;
      const breakRe = / [^ ]/g;
      let match;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match = breakRe.exec(line)) {
        next = match.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += "\n" + line.slice(start, end);
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) {
        result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
      } else {
        result += line.slice(start);
      }
      return result.slice(1);
    }
    function escapeString(string) {
      let result = "";
      let char = 0;
      for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        const escapeSeq = ESCAPE_SEQUENCES[char];
        if (!escapeSeq && isPrintable(char)) {
          result += string[i];
          if (char >= 65536) result += string[i + 1];
        } else {
          result += escapeSeq || encodeHex(char);
        }
      }
      return result;
    }
    function writeFlowSequence(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        if (state.replacer) {
          value = state.replacer.call(object, String(index), value);
        }
        if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
          if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = "[" + _result + "]";
    }
    function writeBlockSequence(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        if (state.replacer) {
          value = state.replacer.call(object, String(index), value);
        }
        if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
          if (!compact || _result !== "") {
            _result += generateNextLine(state, level);
          }
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            _result += "-";
          } else {
            _result += "- ";
          }
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = _result || "[]";
    }
    function writeFlowMapping(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        if (_result !== "") pairBuffer += ", ";
        if (state.condenseFlow) pairBuffer += '"';
        const objectKey = objectKeyList[index];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level, objectKey, false, false)) {
          continue;
        }
        if (state.dump.length > 1024) pairBuffer += "? ";
        pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
        if (!writeNode(state, level, objectValue, false, false)) {
          continue;
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = "{" + _result + "}";
    }
    function writeBlockMapping(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      if (state.sortKeys === true) {
        objectKeyList.sort();
      } else if (typeof state.sortKeys === "function") {
        objectKeyList.sort(state.sortKeys);
      } else if (state.sortKeys) {
        throw new YAMLException("sortKeys must be a boolean or a function");
      }
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        if (!compact || _result !== "") {
          pairBuffer += generateNextLine(state, level);
        }
        const objectKey = objectKeyList[index];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level + 1, objectKey, true, true, true)) {
          continue;
        }
        const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
        if (explicitPair) {
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            pairBuffer += "?";
          } else {
            pairBuffer += "? ";
          }
        }
        pairBuffer += state.dump;
        if (explicitPair) {
          pairBuffer += generateNextLine(state, level);
        }
        if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
          continue;
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += ":";
        } else {
          pairBuffer += ": ";
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = _result || "{}";
    }
    function detectType(state, object, explicit) {
      const typeList = explicit ? state.explicitTypes : state.implicitTypes;
      for (let index = 0, length = typeList.length; index < length; index += 1) {
        const type = typeList[index];
        if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object === "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
          if (explicit) {
            if (type.multi && type.representName) {
              state.tag = type.representName(object);
            } else {
              state.tag = type.tag;
            }
          } else {
            state.tag = "?";
          }
          if (type.represent) {
            const style = state.styleMap[type.tag] || type.defaultStyle;
            let _result;
            if (_toString.call(type.represent) === "[object Function]") {
              _result = type.represent(object, style);
            } else if (_hasOwnProperty.call(type.represent, style)) {
              _result = type.represent[style](object, style);
            } else {
              throw new YAMLException("!<" + type.tag + '> tag resolver accepts not "' + style + '" style');
            }
            state.dump = _result;
          }
          return true;
        }
      }
      return false;
    }
    function writeNode(state, level, object, block, compact, iskey, isblockseq) {
      state.tag = null;
      state.dump = object;
      if (!detectType(state, object, false)) {
        detectType(state, object, true);
      }
      const type = _toString.call(state.dump);
      const inblock = block;
      if (block) {
        block = state.flowLevel < 0 || state.flowLevel > level;
      }
      const objectOrArray = type === "[object Object]" || type === "[object Array]";
      let duplicateIndex;
      let duplicate;
      if (objectOrArray) {
        duplicateIndex = state.duplicates.indexOf(object);
        duplicate = duplicateIndex !== -1;
      }
      if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
        compact = false;
      }
      if (duplicate && state.usedDuplicates[duplicateIndex]) {
        state.dump = "*ref_" + duplicateIndex;
      } else {
        if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
          state.usedDuplicates[duplicateIndex] = true;
        }
        if (type === "[object Object]") {
          if (block && Object.keys(state.dump).length !== 0) {
            writeBlockMapping(state, level, state.dump, compact);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowMapping(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object Array]") {
          if (block && state.dump.length !== 0) {
            if (state.noArrayIndent && !isblockseq && level > 0) {
              writeBlockSequence(state, level - 1, state.dump, compact);
            } else {
              writeBlockSequence(state, level, state.dump, compact);
            }
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowSequence(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type === "[object String]") {
          if (state.tag !== "?") {
            writeScalar(state, state.dump, level, iskey, inblock);
          }
        } else if (type === "[object Undefined]") {
          return false;
        } else {
          if (state.skipInvalid) return false;
          throw new YAMLException("unacceptable kind of an object to dump " + type);
        }
        if (state.tag !== null && state.tag !== "?") {
          let tagStr = encodeURI(
            state.tag[0] === "!" ? state.tag.slice(1) : state.tag
          ).replace(/!/g, "%21");
          if (state.tag[0] === "!") {
            tagStr = "!" + tagStr;
          } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
            tagStr = "!!" + tagStr.slice(18);
          } else {
            tagStr = "!<" + tagStr + ">";
          }
          state.dump = tagStr + " " + state.dump;
        }
      }
      return true;
    }
    function getDuplicateReferences(object, state) {
      const objects = [];
      const duplicatesIndexes = [];
      inspectNode(object, objects, duplicatesIndexes);
      const length = duplicatesIndexes.length;
      for (let index = 0; index < length; index += 1) {
        state.duplicates.push(objects[duplicatesIndexes[index]]);
      }
      state.usedDuplicates = new Array(length);
    }
    function inspectNode(object, objects, duplicatesIndexes) {
      if (object !== null && typeof object === "object") {
        const index = objects.indexOf(object);
        if (index !== -1) {
          if (duplicatesIndexes.indexOf(index) === -1) {
            duplicatesIndexes.push(index);
          }
        } else {
          objects.push(object);
          if (Array.isArray(object)) {
            for (let i = 0, length = object.length; i < length; i += 1) {
              inspectNode(object[i], objects, duplicatesIndexes);
            }
          } else {
            const objectKeyList = Object.keys(object);
            for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
              inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
            }
          }
        }
      }
    }
    function dump(input, options) {
      options = options || {};
      const state = new State(options);
      if (!state.noRefs) getDuplicateReferences(input, state);
      let value = input;
      if (state.replacer) {
        value = state.replacer.call({ "": value }, "", value);
      }
      if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
      return "";
    }
    module.exports.dump = dump;
  }
});

// node_modules/@yarnpkg/parsers/node_modules/js-yaml/index.js
var require_js_yaml = __commonJS({
  "node_modules/@yarnpkg/parsers/node_modules/js-yaml/index.js"(exports, module) {
    "use strict";
    var loader = require_loader();
    var dumper = require_dumper();
    function renamed(from, to) {
      return function() {
        throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
      };
    }
    module.exports.Type = require_type();
    module.exports.Schema = require_schema();
    module.exports.FAILSAFE_SCHEMA = require_failsafe();
    module.exports.JSON_SCHEMA = require_json();
    module.exports.CORE_SCHEMA = require_core();
    module.exports.DEFAULT_SCHEMA = require_default();
    module.exports.load = loader.load;
    module.exports.loadAll = loader.loadAll;
    module.exports.dump = dumper.dump;
    module.exports.YAMLException = require_exception();
    module.exports.types = {
      binary: require_binary(),
      float: require_float(),
      map: require_map(),
      null: require_null(),
      pairs: require_pairs(),
      set: require_set(),
      timestamp: require_timestamp(),
      bool: require_bool(),
      int: require_int(),
      merge: require_merge(),
      omap: require_omap(),
      seq: require_seq(),
      str: require_str()
    };
    module.exports.safeLoad = renamed("safeLoad", "load");
    module.exports.safeLoadAll = renamed("safeLoadAll", "loadAll");
    module.exports.safeDump = renamed("safeDump", "dump");
  }
});

// node_modules/@yarnpkg/parsers/lib/grammars/syml.js
var require_syml = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/grammars/syml.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(statements) {
        return [].concat(...statements);
      }, peg$c1 = "-", peg$c2 = peg$literalExpectation("-", false), peg$c3 = function(value) {
        return value;
      }, peg$c4 = function(statements) {
        return Object.assign({}, ...statements);
      }, peg$c5 = "#", peg$c6 = peg$literalExpectation("#", false), peg$c7 = peg$anyExpectation(), peg$c8 = function() {
        return {};
      }, peg$c9 = ":", peg$c10 = peg$literalExpectation(":", false), peg$c11 = function(property, value) {
        return { [property]: value };
      }, peg$c12 = ",", peg$c13 = peg$literalExpectation(",", false), peg$c14 = function(property, other) {
        return other;
      }, peg$c15 = function(property, others, value) {
        return Object.assign({}, ...[property].concat(others).map((property2) => ({ [property2]: value })));
      }, peg$c16 = function(statements) {
        return statements;
      }, peg$c17 = function(expression) {
        return expression;
      }, peg$c18 = peg$otherExpectation("correct indentation"), peg$c19 = " ", peg$c20 = peg$literalExpectation(" ", false), peg$c21 = function(spaces) {
        return spaces.length === indentLevel * INDENT_STEP;
      }, peg$c22 = function(spaces) {
        return spaces.length === (indentLevel + 1) * INDENT_STEP;
      }, peg$c23 = function() {
        indentLevel++;
        return true;
      }, peg$c24 = function() {
        indentLevel--;
        return true;
      }, peg$c25 = function() {
        return text();
      }, peg$c26 = peg$otherExpectation("pseudostring"), peg$c27 = /^[^\r\n\t ?:,\][{}#&*!|>'"%@`\-]/, peg$c28 = peg$classExpectation(["\r", "\n", "	", " ", "?", ":", ",", "]", "[", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", "-"], true, false), peg$c29 = /^[^\r\n\t ,\][{}:#"']/, peg$c30 = peg$classExpectation(["\r", "\n", "	", " ", ",", "]", "[", "{", "}", ":", "#", '"', "'"], true, false), peg$c31 = function() {
        return text().replace(/^ *| *$/g, "");
      }, peg$c32 = "--", peg$c33 = peg$literalExpectation("--", false), peg$c34 = /^[a-zA-Z\/0-9]/, peg$c35 = peg$classExpectation([["a", "z"], ["A", "Z"], "/", ["0", "9"]], false, false), peg$c36 = /^[^\r\n\t :,]/, peg$c37 = peg$classExpectation(["\r", "\n", "	", " ", ":", ","], true, false), peg$c38 = "null", peg$c39 = peg$literalExpectation("null", false), peg$c40 = function() {
        return null;
      }, peg$c41 = "true", peg$c42 = peg$literalExpectation("true", false), peg$c43 = function() {
        return true;
      }, peg$c44 = "false", peg$c45 = peg$literalExpectation("false", false), peg$c46 = function() {
        return false;
      }, peg$c47 = peg$otherExpectation("string"), peg$c48 = '"', peg$c49 = peg$literalExpectation('"', false), peg$c50 = function() {
        return "";
      }, peg$c51 = function(chars) {
        return chars;
      }, peg$c52 = function(chars) {
        return chars.join(``);
      }, peg$c53 = /^[^"\\\0-\x1F\x7F]/, peg$c54 = peg$classExpectation(['"', "\\", ["\0", ""], ""], true, false), peg$c55 = '\\"', peg$c56 = peg$literalExpectation('\\"', false), peg$c57 = function() {
        return `"`;
      }, peg$c58 = "\\\\", peg$c59 = peg$literalExpectation("\\\\", false), peg$c60 = function() {
        return `\\`;
      }, peg$c61 = "\\/", peg$c62 = peg$literalExpectation("\\/", false), peg$c63 = function() {
        return `/`;
      }, peg$c64 = "\\b", peg$c65 = peg$literalExpectation("\\b", false), peg$c66 = function() {
        return `\b`;
      }, peg$c67 = "\\f", peg$c68 = peg$literalExpectation("\\f", false), peg$c69 = function() {
        return `\f`;
      }, peg$c70 = "\\n", peg$c71 = peg$literalExpectation("\\n", false), peg$c72 = function() {
        return `
`;
      }, peg$c73 = "\\r", peg$c74 = peg$literalExpectation("\\r", false), peg$c75 = function() {
        return `\r`;
      }, peg$c76 = "\\t", peg$c77 = peg$literalExpectation("\\t", false), peg$c78 = function() {
        return `	`;
      }, peg$c79 = "\\u", peg$c80 = peg$literalExpectation("\\u", false), peg$c81 = function(h1, h2, h3, h4) {
        return String.fromCharCode(parseInt(`0x${h1}${h2}${h3}${h4}`));
      }, peg$c82 = /^[0-9a-fA-F]/, peg$c83 = peg$classExpectation([["0", "9"], ["a", "f"], ["A", "F"]], false, false), peg$c84 = peg$otherExpectation("blank space"), peg$c85 = /^[ \t]/, peg$c86 = peg$classExpectation([" ", "	"], false, false), peg$c87 = peg$otherExpectation("white space"), peg$c88 = /^[ \t\n\r]/, peg$c89 = peg$classExpectation([" ", "	", "\n", "\r"], false, false), peg$c90 = "\r\n", peg$c91 = peg$literalExpectation("\r\n", false), peg$c92 = "\n", peg$c93 = peg$literalExpectation("\n", false), peg$c94 = "\r", peg$c95 = peg$literalExpectation("\r", false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseStart() {
        var s0;
        s0 = peg$parsePropertyStatements();
        return s0;
      }
      function peg$parseItemStatements() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parseItemStatement();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parseItemStatement();
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c0(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseItemStatement() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$parseSamedent();
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 45) {
            s2 = peg$c1;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c2);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = peg$parseB();
            if (s3 !== peg$FAILED) {
              s4 = peg$parseExpression();
              if (s4 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c3(s4);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsePropertyStatements() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parsePropertyStatement();
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          s2 = peg$parsePropertyStatement();
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c4(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parsePropertyStatement() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8;
        s0 = peg$currPos;
        s1 = peg$parseB();
        if (s1 === peg$FAILED) {
          s1 = null;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 35) {
            s3 = peg$c5;
            peg$currPos++;
          } else {
            s3 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c6);
            }
          }
          if (s3 !== peg$FAILED) {
            s4 = [];
            s5 = peg$currPos;
            s6 = peg$currPos;
            peg$silentFails++;
            s7 = peg$parseEOL();
            peg$silentFails--;
            if (s7 === peg$FAILED) {
              s6 = void 0;
            } else {
              peg$currPos = s6;
              s6 = peg$FAILED;
            }
            if (s6 !== peg$FAILED) {
              if (input.length > peg$currPos) {
                s7 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s7 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c7);
                }
              }
              if (s7 !== peg$FAILED) {
                s6 = [s6, s7];
                s5 = s6;
              } else {
                peg$currPos = s5;
                s5 = peg$FAILED;
              }
            } else {
              peg$currPos = s5;
              s5 = peg$FAILED;
            }
            if (s5 !== peg$FAILED) {
              while (s5 !== peg$FAILED) {
                s4.push(s5);
                s5 = peg$currPos;
                s6 = peg$currPos;
                peg$silentFails++;
                s7 = peg$parseEOL();
                peg$silentFails--;
                if (s7 === peg$FAILED) {
                  s6 = void 0;
                } else {
                  peg$currPos = s6;
                  s6 = peg$FAILED;
                }
                if (s6 !== peg$FAILED) {
                  if (input.length > peg$currPos) {
                    s7 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s7 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c7);
                    }
                  }
                  if (s7 !== peg$FAILED) {
                    s6 = [s6, s7];
                    s5 = s6;
                  } else {
                    peg$currPos = s5;
                    s5 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s5;
                  s5 = peg$FAILED;
                }
              }
            } else {
              s4 = peg$FAILED;
            }
            if (s4 !== peg$FAILED) {
              s3 = [s3, s4];
              s2 = s3;
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 === peg$FAILED) {
            s2 = null;
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseEOL_ANY();
            if (s4 !== peg$FAILED) {
              while (s4 !== peg$FAILED) {
                s3.push(s4);
                s4 = peg$parseEOL_ANY();
              }
            } else {
              s3 = peg$FAILED;
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c8();
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseSamedent();
          if (s1 !== peg$FAILED) {
            s2 = peg$parseName();
            if (s2 !== peg$FAILED) {
              s3 = peg$parseB();
              if (s3 === peg$FAILED) {
                s3 = null;
              }
              if (s3 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 58) {
                  s4 = peg$c9;
                  peg$currPos++;
                } else {
                  s4 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c10);
                  }
                }
                if (s4 !== peg$FAILED) {
                  s5 = peg$parseB();
                  if (s5 === peg$FAILED) {
                    s5 = null;
                  }
                  if (s5 !== peg$FAILED) {
                    s6 = peg$parseExpression();
                    if (s6 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c11(s2, s6);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseSamedent();
            if (s1 !== peg$FAILED) {
              s2 = peg$parseLegacyName();
              if (s2 !== peg$FAILED) {
                s3 = peg$parseB();
                if (s3 === peg$FAILED) {
                  s3 = null;
                }
                if (s3 !== peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 58) {
                    s4 = peg$c9;
                    peg$currPos++;
                  } else {
                    s4 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c10);
                    }
                  }
                  if (s4 !== peg$FAILED) {
                    s5 = peg$parseB();
                    if (s5 === peg$FAILED) {
                      s5 = null;
                    }
                    if (s5 !== peg$FAILED) {
                      s6 = peg$parseExpression();
                      if (s6 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s1 = peg$c11(s2, s6);
                        s0 = s1;
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parseSamedent();
              if (s1 !== peg$FAILED) {
                s2 = peg$parseLegacyName();
                if (s2 !== peg$FAILED) {
                  s3 = peg$parseB();
                  if (s3 !== peg$FAILED) {
                    s4 = peg$parseLegacyLiteral();
                    if (s4 !== peg$FAILED) {
                      s5 = [];
                      s6 = peg$parseEOL_ANY();
                      if (s6 !== peg$FAILED) {
                        while (s6 !== peg$FAILED) {
                          s5.push(s6);
                          s6 = peg$parseEOL_ANY();
                        }
                      } else {
                        s5 = peg$FAILED;
                      }
                      if (s5 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s1 = peg$c11(s2, s4);
                        s0 = s1;
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                s1 = peg$parseSamedent();
                if (s1 !== peg$FAILED) {
                  s2 = peg$parseLegacyName();
                  if (s2 !== peg$FAILED) {
                    s3 = [];
                    s4 = peg$currPos;
                    s5 = peg$parseB();
                    if (s5 === peg$FAILED) {
                      s5 = null;
                    }
                    if (s5 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 44) {
                        s6 = peg$c12;
                        peg$currPos++;
                      } else {
                        s6 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c13);
                        }
                      }
                      if (s6 !== peg$FAILED) {
                        s7 = peg$parseB();
                        if (s7 === peg$FAILED) {
                          s7 = null;
                        }
                        if (s7 !== peg$FAILED) {
                          s8 = peg$parseLegacyName();
                          if (s8 !== peg$FAILED) {
                            peg$savedPos = s4;
                            s5 = peg$c14(s2, s8);
                            s4 = s5;
                          } else {
                            peg$currPos = s4;
                            s4 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s4;
                          s4 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s4;
                        s4 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s4;
                      s4 = peg$FAILED;
                    }
                    if (s4 !== peg$FAILED) {
                      while (s4 !== peg$FAILED) {
                        s3.push(s4);
                        s4 = peg$currPos;
                        s5 = peg$parseB();
                        if (s5 === peg$FAILED) {
                          s5 = null;
                        }
                        if (s5 !== peg$FAILED) {
                          if (input.charCodeAt(peg$currPos) === 44) {
                            s6 = peg$c12;
                            peg$currPos++;
                          } else {
                            s6 = peg$FAILED;
                            if (peg$silentFails === 0) {
                              peg$fail(peg$c13);
                            }
                          }
                          if (s6 !== peg$FAILED) {
                            s7 = peg$parseB();
                            if (s7 === peg$FAILED) {
                              s7 = null;
                            }
                            if (s7 !== peg$FAILED) {
                              s8 = peg$parseLegacyName();
                              if (s8 !== peg$FAILED) {
                                peg$savedPos = s4;
                                s5 = peg$c14(s2, s8);
                                s4 = s5;
                              } else {
                                peg$currPos = s4;
                                s4 = peg$FAILED;
                              }
                            } else {
                              peg$currPos = s4;
                              s4 = peg$FAILED;
                            }
                          } else {
                            peg$currPos = s4;
                            s4 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s4;
                          s4 = peg$FAILED;
                        }
                      }
                    } else {
                      s3 = peg$FAILED;
                    }
                    if (s3 !== peg$FAILED) {
                      s4 = peg$parseB();
                      if (s4 === peg$FAILED) {
                        s4 = null;
                      }
                      if (s4 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 58) {
                          s5 = peg$c9;
                          peg$currPos++;
                        } else {
                          s5 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c10);
                          }
                        }
                        if (s5 !== peg$FAILED) {
                          s6 = peg$parseB();
                          if (s6 === peg$FAILED) {
                            s6 = null;
                          }
                          if (s6 !== peg$FAILED) {
                            s7 = peg$parseExpression();
                            if (s7 !== peg$FAILED) {
                              peg$savedPos = s0;
                              s1 = peg$c15(s2, s3, s7);
                              s0 = s1;
                            } else {
                              peg$currPos = s0;
                              s0 = peg$FAILED;
                            }
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseExpression() {
        var s0, s1, s2, s3, s4, s5, s6;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$currPos;
        s3 = peg$parseEOL();
        if (s3 !== peg$FAILED) {
          s4 = peg$parseExtradent();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 45) {
              s5 = peg$c1;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c2);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parseB();
              if (s6 !== peg$FAILED) {
                s3 = [s3, s4, s5, s6];
                s2 = s3;
              } else {
                peg$currPos = s2;
                s2 = peg$FAILED;
              }
            } else {
              peg$currPos = s2;
              s2 = peg$FAILED;
            }
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
        } else {
          peg$currPos = s2;
          s2 = peg$FAILED;
        }
        peg$silentFails--;
        if (s2 !== peg$FAILED) {
          peg$currPos = s1;
          s1 = void 0;
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseEOL_ANY();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseIndent();
            if (s3 !== peg$FAILED) {
              s4 = peg$parseItemStatements();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseDedent();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c16(s4);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseEOL();
          if (s1 !== peg$FAILED) {
            s2 = peg$parseIndent();
            if (s2 !== peg$FAILED) {
              s3 = peg$parsePropertyStatements();
              if (s3 !== peg$FAILED) {
                s4 = peg$parseDedent();
                if (s4 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c16(s3);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseLiteral();
            if (s1 !== peg$FAILED) {
              s2 = [];
              s3 = peg$parseEOL_ANY();
              if (s3 !== peg$FAILED) {
                while (s3 !== peg$FAILED) {
                  s2.push(s3);
                  s3 = peg$parseEOL_ANY();
                }
              } else {
                s2 = peg$FAILED;
              }
              if (s2 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c17(s1);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          }
        }
        return s0;
      }
      function peg$parseSamedent() {
        var s0, s1, s2;
        peg$silentFails++;
        s0 = peg$currPos;
        s1 = [];
        if (input.charCodeAt(peg$currPos) === 32) {
          s2 = peg$c19;
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c20);
          }
        }
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          if (input.charCodeAt(peg$currPos) === 32) {
            s2 = peg$c19;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c20);
            }
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = peg$currPos;
          s2 = peg$c21(s1);
          if (s2) {
            s2 = void 0;
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c18);
          }
        }
        return s0;
      }
      function peg$parseExtradent() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        if (input.charCodeAt(peg$currPos) === 32) {
          s2 = peg$c19;
          peg$currPos++;
        } else {
          s2 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c20);
          }
        }
        while (s2 !== peg$FAILED) {
          s1.push(s2);
          if (input.charCodeAt(peg$currPos) === 32) {
            s2 = peg$c19;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c20);
            }
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = peg$currPos;
          s2 = peg$c22(s1);
          if (s2) {
            s2 = void 0;
          } else {
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseIndent() {
        var s0;
        peg$savedPos = peg$currPos;
        s0 = peg$c23();
        if (s0) {
          s0 = void 0;
        } else {
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseDedent() {
        var s0;
        peg$savedPos = peg$currPos;
        s0 = peg$c24();
        if (s0) {
          s0 = void 0;
        } else {
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseName() {
        var s0;
        s0 = peg$parsestring();
        if (s0 === peg$FAILED) {
          s0 = peg$parsepseudostring();
        }
        return s0;
      }
      function peg$parseLegacyName() {
        var s0, s1, s2;
        s0 = peg$parsestring();
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = [];
          s2 = peg$parsepseudostringLegacy();
          if (s2 !== peg$FAILED) {
            while (s2 !== peg$FAILED) {
              s1.push(s2);
              s2 = peg$parsepseudostringLegacy();
            }
          } else {
            s1 = peg$FAILED;
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c25();
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parseLiteral() {
        var s0;
        s0 = peg$parsenull();
        if (s0 === peg$FAILED) {
          s0 = peg$parseboolean();
          if (s0 === peg$FAILED) {
            s0 = peg$parsestring();
            if (s0 === peg$FAILED) {
              s0 = peg$parsepseudostring();
            }
          }
        }
        return s0;
      }
      function peg$parseLegacyLiteral() {
        var s0;
        s0 = peg$parsenull();
        if (s0 === peg$FAILED) {
          s0 = peg$parsestring();
          if (s0 === peg$FAILED) {
            s0 = peg$parsepseudostringLegacy();
          }
        }
        return s0;
      }
      function peg$parsepseudostring() {
        var s0, s1, s2, s3, s4, s5;
        peg$silentFails++;
        s0 = peg$currPos;
        if (peg$c27.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c28);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parseB();
          if (s4 === peg$FAILED) {
            s4 = null;
          }
          if (s4 !== peg$FAILED) {
            if (peg$c29.test(input.charAt(peg$currPos))) {
              s5 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c30);
              }
            }
            if (s5 !== peg$FAILED) {
              s4 = [s4, s5];
              s3 = s4;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parseB();
            if (s4 === peg$FAILED) {
              s4 = null;
            }
            if (s4 !== peg$FAILED) {
              if (peg$c29.test(input.charAt(peg$currPos))) {
                s5 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c30);
                }
              }
              if (s5 !== peg$FAILED) {
                s4 = [s4, s5];
                s3 = s4;
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c31();
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c26);
          }
        }
        return s0;
      }
      function peg$parsepseudostringLegacy() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2) === peg$c32) {
          s1 = peg$c32;
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c33);
          }
        }
        if (s1 === peg$FAILED) {
          s1 = null;
        }
        if (s1 !== peg$FAILED) {
          if (peg$c34.test(input.charAt(peg$currPos))) {
            s2 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c35);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            if (peg$c36.test(input.charAt(peg$currPos))) {
              s4 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s4 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c37);
              }
            }
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              if (peg$c36.test(input.charAt(peg$currPos))) {
                s4 = input.charAt(peg$currPos);
                peg$currPos++;
              } else {
                s4 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c37);
                }
              }
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c31();
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsenull() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 4) === peg$c38) {
          s1 = peg$c38;
          peg$currPos += 4;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c39);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c40();
        }
        s0 = s1;
        return s0;
      }
      function peg$parseboolean() {
        var s0, s1;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 4) === peg$c41) {
          s1 = peg$c41;
          peg$currPos += 4;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c42);
          }
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c43();
        }
        s0 = s1;
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.substr(peg$currPos, 5) === peg$c44) {
            s1 = peg$c44;
            peg$currPos += 5;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c45);
            }
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c46();
          }
          s0 = s1;
        }
        return s0;
      }
      function peg$parsestring() {
        var s0, s1, s2, s3;
        peg$silentFails++;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 34) {
          s1 = peg$c48;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c49);
          }
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 34) {
            s2 = peg$c48;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c49);
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c50();
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 34) {
            s1 = peg$c48;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c49);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parsechars();
            if (s2 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 34) {
                s3 = peg$c48;
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c49);
                }
              }
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c51(s2);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c47);
          }
        }
        return s0;
      }
      function peg$parsechars() {
        var s0, s1, s2;
        s0 = peg$currPos;
        s1 = [];
        s2 = peg$parsechar();
        if (s2 !== peg$FAILED) {
          while (s2 !== peg$FAILED) {
            s1.push(s2);
            s2 = peg$parsechar();
          }
        } else {
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c52(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parsechar() {
        var s0, s1, s2, s3, s4, s5;
        if (peg$c53.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c54);
          }
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.substr(peg$currPos, 2) === peg$c55) {
            s1 = peg$c55;
            peg$currPos += 2;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c56);
            }
          }
          if (s1 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c57();
          }
          s0 = s1;
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.substr(peg$currPos, 2) === peg$c58) {
              s1 = peg$c58;
              peg$currPos += 2;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c59);
              }
            }
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c60();
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.substr(peg$currPos, 2) === peg$c61) {
                s1 = peg$c61;
                peg$currPos += 2;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c62);
                }
              }
              if (s1 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c63();
              }
              s0 = s1;
              if (s0 === peg$FAILED) {
                s0 = peg$currPos;
                if (input.substr(peg$currPos, 2) === peg$c64) {
                  s1 = peg$c64;
                  peg$currPos += 2;
                } else {
                  s1 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c65);
                  }
                }
                if (s1 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c66();
                }
                s0 = s1;
                if (s0 === peg$FAILED) {
                  s0 = peg$currPos;
                  if (input.substr(peg$currPos, 2) === peg$c67) {
                    s1 = peg$c67;
                    peg$currPos += 2;
                  } else {
                    s1 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c68);
                    }
                  }
                  if (s1 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c69();
                  }
                  s0 = s1;
                  if (s0 === peg$FAILED) {
                    s0 = peg$currPos;
                    if (input.substr(peg$currPos, 2) === peg$c70) {
                      s1 = peg$c70;
                      peg$currPos += 2;
                    } else {
                      s1 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c71);
                      }
                    }
                    if (s1 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c72();
                    }
                    s0 = s1;
                    if (s0 === peg$FAILED) {
                      s0 = peg$currPos;
                      if (input.substr(peg$currPos, 2) === peg$c73) {
                        s1 = peg$c73;
                        peg$currPos += 2;
                      } else {
                        s1 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c74);
                        }
                      }
                      if (s1 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s1 = peg$c75();
                      }
                      s0 = s1;
                      if (s0 === peg$FAILED) {
                        s0 = peg$currPos;
                        if (input.substr(peg$currPos, 2) === peg$c76) {
                          s1 = peg$c76;
                          peg$currPos += 2;
                        } else {
                          s1 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c77);
                          }
                        }
                        if (s1 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c78();
                        }
                        s0 = s1;
                        if (s0 === peg$FAILED) {
                          s0 = peg$currPos;
                          if (input.substr(peg$currPos, 2) === peg$c79) {
                            s1 = peg$c79;
                            peg$currPos += 2;
                          } else {
                            s1 = peg$FAILED;
                            if (peg$silentFails === 0) {
                              peg$fail(peg$c80);
                            }
                          }
                          if (s1 !== peg$FAILED) {
                            s2 = peg$parsehexDigit();
                            if (s2 !== peg$FAILED) {
                              s3 = peg$parsehexDigit();
                              if (s3 !== peg$FAILED) {
                                s4 = peg$parsehexDigit();
                                if (s4 !== peg$FAILED) {
                                  s5 = peg$parsehexDigit();
                                  if (s5 !== peg$FAILED) {
                                    peg$savedPos = s0;
                                    s1 = peg$c81(s2, s3, s4, s5);
                                    s0 = s1;
                                  } else {
                                    peg$currPos = s0;
                                    s0 = peg$FAILED;
                                  }
                                } else {
                                  peg$currPos = s0;
                                  s0 = peg$FAILED;
                                }
                              } else {
                                peg$currPos = s0;
                                s0 = peg$FAILED;
                              }
                            } else {
                              peg$currPos = s0;
                              s0 = peg$FAILED;
                            }
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parsehexDigit() {
        var s0;
        if (peg$c82.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c83);
          }
        }
        return s0;
      }
      function peg$parseB() {
        var s0, s1;
        peg$silentFails++;
        s0 = [];
        if (peg$c85.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c86);
          }
        }
        if (s1 !== peg$FAILED) {
          while (s1 !== peg$FAILED) {
            s0.push(s1);
            if (peg$c85.test(input.charAt(peg$currPos))) {
              s1 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c86);
              }
            }
          }
        } else {
          s0 = peg$FAILED;
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c84);
          }
        }
        return s0;
      }
      function peg$parseS() {
        var s0, s1;
        peg$silentFails++;
        s0 = [];
        if (peg$c88.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c89);
          }
        }
        if (s1 !== peg$FAILED) {
          while (s1 !== peg$FAILED) {
            s0.push(s1);
            if (peg$c88.test(input.charAt(peg$currPos))) {
              s1 = input.charAt(peg$currPos);
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c89);
              }
            }
          }
        } else {
          s0 = peg$FAILED;
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c87);
          }
        }
        return s0;
      }
      function peg$parseEOL_ANY() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseEOL();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parseB();
          if (s4 === peg$FAILED) {
            s4 = null;
          }
          if (s4 !== peg$FAILED) {
            s5 = peg$parseEOL();
            if (s5 !== peg$FAILED) {
              s4 = [s4, s5];
              s3 = s4;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parseB();
            if (s4 === peg$FAILED) {
              s4 = null;
            }
            if (s4 !== peg$FAILED) {
              s5 = peg$parseEOL();
              if (s5 !== peg$FAILED) {
                s4 = [s4, s5];
                s3 = s4;
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseEOL() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c90) {
          s0 = peg$c90;
          peg$currPos += 2;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c91);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 10) {
            s0 = peg$c92;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c93);
            }
          }
          if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 13) {
              s0 = peg$c94;
              peg$currPos++;
            } else {
              s0 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c95);
              }
            }
          }
        }
        return s0;
      }
      const INDENT_STEP = 2;
      let indentLevel = 0;
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// node_modules/@yarnpkg/parsers/lib/syml.js
var require_syml2 = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/syml.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PreserveOrdering = void 0;
    exports.stringifySyml = stringifySyml;
    exports.parseSyml = parseSyml4;
    var js_yaml_1 = require_js_yaml();
    var syml_1 = require_syml();
    var simpleStringPattern = /^(?![-?:,\][{}#&*!|>'"%@` \t\r\n]).([ \t]*(?![,\][{}:# \t\r\n]).)*$/;
    var specialObjectKeys = [`__metadata`, `version`, `resolution`, `dependencies`, `peerDependencies`, `dependenciesMeta`, `peerDependenciesMeta`, `binaries`];
    var PreserveOrdering = class {
      constructor(data) {
        this.data = data;
      }
    };
    exports.PreserveOrdering = PreserveOrdering;
    function stringifyString(value) {
      if (value.match(simpleStringPattern)) {
        return value;
      } else {
        return JSON.stringify(value);
      }
    }
    function isRemovableField(value) {
      if (typeof value === `undefined`)
        return true;
      if (typeof value === `object` && value !== null && !Array.isArray(value))
        return Object.keys(value).every((key) => isRemovableField(value[key]));
      return false;
    }
    function stringifyValue(value, indentLevel, newLineIfObject) {
      if (value === null)
        return `null
`;
      if (typeof value === `number` || typeof value === `boolean`)
        return `${value.toString()}
`;
      if (typeof value === `string`)
        return `${stringifyString(value)}
`;
      if (Array.isArray(value)) {
        if (value.length === 0)
          return `[]
`;
        const indent = `  `.repeat(indentLevel);
        const serialized = value.map((sub) => {
          return `${indent}- ${stringifyValue(sub, indentLevel + 1, false)}`;
        }).join(``);
        return `
${serialized}`;
      }
      if (typeof value === `object` && value) {
        const [data, sort] = value instanceof PreserveOrdering ? [value.data, false] : [value, true];
        const indent = `  `.repeat(indentLevel);
        const keys = Object.keys(data);
        if (sort) {
          keys.sort((a, b) => {
            const aIndex = specialObjectKeys.indexOf(a);
            const bIndex = specialObjectKeys.indexOf(b);
            if (aIndex === -1 && bIndex === -1)
              return a < b ? -1 : a > b ? 1 : 0;
            if (aIndex !== -1 && bIndex === -1)
              return -1;
            if (aIndex === -1 && bIndex !== -1)
              return 1;
            return aIndex - bIndex;
          });
        }
        const fields = keys.filter((key) => {
          return !isRemovableField(data[key]);
        }).map((key, index) => {
          const value2 = data[key];
          const stringifiedKey = stringifyString(key);
          const stringifiedValue = stringifyValue(value2, indentLevel + 1, true);
          const recordIndentation = index > 0 || newLineIfObject ? indent : ``;
          const keyPart = stringifiedKey.length > 1024 ? `? ${stringifiedKey}
${recordIndentation}:` : `${stringifiedKey}:`;
          const valuePart = stringifiedValue.startsWith(`
`) ? stringifiedValue : ` ${stringifiedValue}`;
          return `${recordIndentation}${keyPart}${valuePart}`;
        }).join(indentLevel === 0 ? `
` : ``) || `
`;
        if (!newLineIfObject) {
          return `${fields}`;
        } else {
          return `
${fields}`;
        }
      }
      throw new Error(`Unsupported value type (${value})`);
    }
    function stringifySyml(value) {
      try {
        const stringified = stringifyValue(value, 0, false);
        return stringified !== `
` ? stringified : ``;
      } catch (error) {
        if (error.location)
          error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
        throw error;
      }
    }
    stringifySyml.PreserveOrdering = PreserveOrdering;
    function parseViaPeg(source) {
      if (!source.endsWith(`
`))
        source += `
`;
      return (0, syml_1.parse)(source);
    }
    var LEGACY_REGEXP = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
    function parseViaJsYaml(source) {
      if (LEGACY_REGEXP.test(source))
        return parseViaPeg(source);
      const value = (0, js_yaml_1.load)(source, {
        schema: js_yaml_1.FAILSAFE_SCHEMA,
        json: true
      });
      if (value === void 0 || value === null)
        return {};
      if (typeof value !== `object`)
        throw new Error(`Expected an indexed object, got a ${typeof value} instead. Does your file follow Yaml's rules?`);
      if (Array.isArray(value))
        throw new Error(`Expected an indexed object, got an array instead. Does your file follow Yaml's rules?`);
      return value;
    }
    function parseSyml4(source) {
      return parseViaJsYaml(source);
    }
  }
});

// node_modules/@yarnpkg/parsers/lib/index.js
var require_lib = __commonJS({
  "node_modules/@yarnpkg/parsers/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.stringifySyml = exports.parseSyml = exports.stringifyResolution = exports.parseResolution = exports.stringifyValueArgument = exports.stringifyShellLine = exports.stringifyRedirectArgument = exports.stringifyEnvSegment = exports.stringifyCommandLineThen = exports.stringifyCommandLine = exports.stringifyCommandChainThen = exports.stringifyCommandChain = exports.stringifyCommand = exports.stringifyArithmeticExpression = exports.stringifyArgumentSegment = exports.stringifyArgument = exports.stringifyShell = exports.parseShell = void 0;
    var shell_1 = require_shell2();
    Object.defineProperty(exports, "parseShell", { enumerable: true, get: function() {
      return shell_1.parseShell;
    } });
    Object.defineProperty(exports, "stringifyShell", { enumerable: true, get: function() {
      return shell_1.stringifyShell;
    } });
    Object.defineProperty(exports, "stringifyArgument", { enumerable: true, get: function() {
      return shell_1.stringifyArgument;
    } });
    Object.defineProperty(exports, "stringifyArgumentSegment", { enumerable: true, get: function() {
      return shell_1.stringifyArgumentSegment;
    } });
    Object.defineProperty(exports, "stringifyArithmeticExpression", { enumerable: true, get: function() {
      return shell_1.stringifyArithmeticExpression;
    } });
    Object.defineProperty(exports, "stringifyCommand", { enumerable: true, get: function() {
      return shell_1.stringifyCommand;
    } });
    Object.defineProperty(exports, "stringifyCommandChain", { enumerable: true, get: function() {
      return shell_1.stringifyCommandChain;
    } });
    Object.defineProperty(exports, "stringifyCommandChainThen", { enumerable: true, get: function() {
      return shell_1.stringifyCommandChainThen;
    } });
    Object.defineProperty(exports, "stringifyCommandLine", { enumerable: true, get: function() {
      return shell_1.stringifyCommandLine;
    } });
    Object.defineProperty(exports, "stringifyCommandLineThen", { enumerable: true, get: function() {
      return shell_1.stringifyCommandLineThen;
    } });
    Object.defineProperty(exports, "stringifyEnvSegment", { enumerable: true, get: function() {
      return shell_1.stringifyEnvSegment;
    } });
    Object.defineProperty(exports, "stringifyRedirectArgument", { enumerable: true, get: function() {
      return shell_1.stringifyRedirectArgument;
    } });
    Object.defineProperty(exports, "stringifyShellLine", { enumerable: true, get: function() {
      return shell_1.stringifyShellLine;
    } });
    Object.defineProperty(exports, "stringifyValueArgument", { enumerable: true, get: function() {
      return shell_1.stringifyValueArgument;
    } });
    var resolution_1 = require_resolution2();
    Object.defineProperty(exports, "parseResolution", { enumerable: true, get: function() {
      return resolution_1.parseResolution;
    } });
    Object.defineProperty(exports, "stringifyResolution", { enumerable: true, get: function() {
      return resolution_1.stringifyResolution;
    } });
    var syml_1 = require_syml2();
    Object.defineProperty(exports, "parseSyml", { enumerable: true, get: function() {
      return syml_1.parseSyml;
    } });
    Object.defineProperty(exports, "stringifySyml", { enumerable: true, get: function() {
      return syml_1.stringifySyml;
    } });
  }
});

// src/core/rules/kinds/change-set.ts
var changeSet = defineRule({
  id: "kinds/change-set",
  codes: [
    "GIT_FAILED",
    "GIT_NOT_FOUND",
    "NOT_A_REPOSITORY",
    "INVALID_REF",
    "UNKNOWN_REF",
    "NO_MERGE_BASE",
    "MULTIPLE_MERGE_BASES",
    "SHALLOW_REPOSITORY",
    "EMPTY_CHANGESET",
    "TOO_LARGE",
    "UNEXPECTED_OUTPUT",
    "UNSUPPORTED_STATUS",
    "INVALID_PATH",
    "NOT_A_FILE",
    "TIMEOUT",
    "INVALID_OPTION",
    "kind_unknown",
    "files_api_status"
  ],
  summary: "When the change set cannot be established from git (no merge base, a shallow clone, a timeout, ...) the change is denied; when only the files API is available, file kinds are unknown and every file is treated as high.",
  fix: "Check out the repository with full history (fetch-depth: 0) so the change set and file modes come from git."
});

// src/core/formats/jsonc.ts
function stripJsonc(text) {
  const blank = [];
  const stack = [];
  let pendingComma = -1;
  let i = 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    if (ch === 34) {
      const start = i;
      i++;
      while (i < n && text.charCodeAt(i) !== 34) {
        const d = text.charCodeAt(i);
        if (d === 10) return { error: `unterminated string at line ${line}` };
        i += d === 92 ? 2 : 1;
      }
      if (i >= n) return { error: `unterminated string at line ${line}` };
      i++;
      pendingComma = -1;
      const top = stack[stack.length - 1];
      if (top?.obj && top.expectKey) {
        let k;
        try {
          k = JSON.parse(text.slice(start, i));
        } catch {
          return { error: `invalid string at line ${line}` };
        }
        if (top.keys.has(k)) return { error: `duplicate key ${JSON.stringify(k).slice(0, 120)} at line ${line}` };
        top.keys.add(k);
        top.expectKey = false;
      }
      continue;
    }
    if (ch === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const end = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
      if (block && end < 0) return { error: `unterminated comment at line ${line}` };
      const stop = block ? end + 2 : end < 0 ? n : end;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      blank.push([i, stop]);
      i = stop;
      continue;
    }
    if (ch === 123 || ch === 91) {
      stack.push({ obj: ch === 123, keys: /* @__PURE__ */ new Set(), expectKey: ch === 123 });
      pendingComma = -1;
    } else if (ch === 125 || ch === 93) {
      if (pendingComma >= 0) blank.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
      stack.pop();
    } else if (ch === 44) {
      pendingComma = i;
      const top = stack[stack.length - 1];
      if (top?.obj) top.expectKey = true;
    } else if (ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) pendingComma = -1;
    i++;
  }
  if (blank.length === 0) return text;
  blank.sort((x, y) => x[0] - y[0]);
  const parts = [];
  let last = 0;
  for (const [from, to] of blank) {
    parts.push(text.slice(last, from), " ");
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

// src/core/formats/sources.ts
var SHORTHAND_HOSTS = {
  github: "github.com",
  gitlab: "gitlab.com",
  bitbucket: "bitbucket.org",
  gist: "gist.github.com"
};
var authorityCache = /* @__PURE__ */ new Map();
function parseAuthority(scheme, authority) {
  let perScheme = authorityCache.get(scheme);
  if (perScheme === void 0) {
    perScheme = /* @__PURE__ */ new Map();
    authorityCache.set(scheme, perScheme);
  }
  const cached = perScheme.get(authority);
  if (cached !== void 0) return cached;
  let result = null;
  if (scheme !== "http" && scheme !== "https" && (authority.includes("\\") || authority.indexOf("@") !== authority.lastIndexOf("@"))) {
    const last = authority.lastIndexOf("@");
    result = last >= 0 ? { host: `***@${authority.slice(last + 1).toLowerCase()}`, userinfo: true } : { host: authority.toLowerCase(), userinfo: false };
    perScheme.set(authority, result);
    return result;
  }
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let host;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    host = close > 0 ? hostPort.slice(0, close + 1) : hostPort;
  } else {
    const colon = hostPort.indexOf(":");
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  }
  if (scheme === "http" || scheme === "https") {
    try {
      hostPort = new URL(`${scheme}://${authority}/`).hostname;
      host = hostPort;
    } catch {
    }
  }
  host = host.toLowerCase().replace(/\.$/, "");
  if (host.length > 0) {
    const credentials = userinfo.length > 0 && (userinfo.includes(":") || scheme === "http" || scheme === "https" || /^git\+https?$/.test(scheme));
    result = { host, userinfo: credentials };
  }
  if (perScheme.size > 1e4) perScheme.clear();
  perScheme.set(authority, result);
  return result;
}
function redactUrl(spec) {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, "$1***@");
}
var HTTPS_MATCH = ["https://", "https"];
var NETWORK_SCHEME = /^(https?|ftp|wss?|git|ssh|git\+(ssh|https?))$/i;
function classifySource(raw) {
  const spec = raw.trim();
  const scheme = spec.startsWith("https://") ? HTTPS_MATCH : /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec);
  if (scheme) {
    const s = scheme[1].toLowerCase();
    const rest = spec.slice(scheme[0].length);
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch === 47 || ch === 63 || ch === 35) {
        end = i;
        break;
      }
    }
    if (s === "file" || s === "git+file") return { kind: "file", spec };
    const auth = parseAuthority(s, rest.slice(0, end));
    if (!auth) {
      let host = "";
      if (s === "http" || s === "https") {
        try {
          host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "");
        } catch {
        }
      }
      return host ? { kind: "unknown", host, spec: redactUrl(spec) } : { kind: "unknown", spec: redactUrl(spec) };
    }
    const shown = auth.userinfo ? redactUrl(spec) : spec;
    if (auth.userinfo) return { kind: "credentials", host: auth.host, spec: shown, insecure: s === "http" || s === "git" || s === "git+http" };
    if (s === "https") return { kind: "https", host: auth.host, spec: shown };
    if (s === "http") return { kind: "http", host: auth.host, spec: shown, insecure: true };
    if (/^(git|git\+ssh|ssh|git\+https|git\+http)$/.test(s)) return { kind: "git", host: auth.host, spec: shown, insecure: s === "git" || s === "git+http" };
    return { kind: "unknown", host: auth.host, spec: shown };
  }
  const proto = /^([a-z][a-z0-9+.-]*):/i.exec(spec);
  if (proto && NETWORK_SCHEME.test(proto[1])) {
    let host;
    try {
      host = new URL(spec).hostname.toLowerCase().replace(/\.$/, "") || void 0;
    } catch {
    }
    return host === void 0 ? { kind: "unknown", spec: redactUrl(spec) } : { kind: "unknown", host, spec: redactUrl(spec) };
  }
  if (/^[\\/]{2}/.test(spec)) return { kind: "unknown", spec };
  if (proto) {
    const p = proto[1].toLowerCase();
    const shorthand = SHORTHAND_HOSTS[p];
    if (shorthand) return { kind: "git", host: shorthand, spec };
    if (p === "file" || p === "portal") return { kind: "file", spec };
    if (p === "link") return { kind: "local", spec };
    if (p === "exec") return { kind: "exec", spec };
    if (p === "npm" || p === "workspace" || p === "catalog" || p === "jsr") return { kind: "registry", spec };
    if (p === "patch") {
      const inner = spec.slice(6).split("#")[0] ?? "";
      let decoded = inner;
      try {
        decoded = decodeURIComponent(inner);
      } catch {
      }
      const source = afterPackageName(decoded);
      return source === null ? { kind: "unknown", spec } : classifySource(source) ?? { kind: "registry", spec };
    }
  }
  const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)/.exec(spec);
  if (scp) return { kind: "git", host: scp[1].toLowerCase(), spec };
  return null;
}
function afterPackageName(entry) {
  const at = entry.indexOf("@", entry.startsWith("@") ? 1 : 0);
  return at < 0 ? null : entry.slice(at + 1);
}

// src/core/formats/lines.ts
var PY_SPACE = "\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");
function pyStrip(text) {
  return text.replace(PY_STRIP, "");
}
var PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function forEachLine(text, fn) {
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    n++;
    fn(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), n);
    start = end + 1;
  }
}
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && (t.startsWith('"') && t.endsWith('"') || t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

// src/core/formats/json-document.ts
function parseJsonObject(text) {
  try {
    const v = JSON.parse(stripBom(text));
    return isObj(v) ? v : "the top level is not a JSON object";
  } catch (err) {
    return `not valid JSON: ${err.message.split("\n")[0]}`;
  }
}

// src/core/rules/dependencies/lockfile-readable.ts
var lockfileReadable = defineRule({
  id: "dependencies/lockfile-readable",
  codes: ["dependency_lockfile_unparseable", "dependency_lockfile_binary", "dependency_lockfile_removed"],
  summary: "A lockfile that cannot be read (invalid, binary, too large) is a deny, since its sources cannot be checked; a removed lockfile is high.",
  fix: "Commit a lockfile the tool itself wrote, in its text format."
});

// src/core/rules/dependencies/lockfile-sources.ts
var lockfileSources = defineRule({
  id: "dependencies/lockfile-sources",
  codes: ["dependency_insecure_source", "dependency_git_source", "dependency_file_source", "dependency_exec_source", "dependency_url_credentials", "dependency_unknown_source"],
  summary: "A new lockfile source that is not a registry download over TLS (plain http, git, a local file, exec:, a URL with credentials) is high; one that cannot be read is a deny.",
  fix: "Resolve the package from the registry, or have the source approved."
});

// src/core/rules/dependencies/source-hosts.ts
var sourceHosts = defineRule({
  id: "dependencies/source-hosts",
  codes: ["dependency_host_not_allowed", "dependency_host_not_allowed_existing"],
  summary: "A source host outside the network allow list, new in the head, is a deny in every ecosystem (dependency confusion): any host a lockfile names under any key (values, keys, locator parameters), and the hosts of the dependency, registry and index settings of manifests and configuration files; one a lockfile already named in the base is reported once per file as high.",
  fix: "Resolve the package from an allowed registry, or add its host to the network allow list of the policy."
});

// src/core/rules/dependencies/walk.ts
var URL_IN_TEXT = /([a-z][a-z0-9+.-]*):\/\/([^/?#\s"'<>]*)/gi;
var PARAMETER_BREAK = /::|[#&?=]/;
function hostsOf(value, fn) {
  if (value.indexOf(":") < 0 && value.indexOf("%3") < 0) return;
  if (value.startsWith("https://") && value.indexOf(":", 8) < 0 && value.indexOf("%") < 0) {
    const host = classifySource(value)?.host;
    if (host !== void 0 && host !== "") fn(host);
    return;
  }
  const seen = /* @__PURE__ */ new Set();
  const report = (host) => {
    if (host === void 0 || host === "" || seen.has(host)) return;
    seen.add(host);
    fn(host);
  };
  const read = (text2, depth) => {
    const tail = afterPackageName(text2);
    const spec = tail === null || tail === "" ? null : classifySource(tail);
    report(spec === null ? classifySource(text2)?.host : spec.host);
    URL_IN_TEXT.lastIndex = 0;
    for (let m = URL_IN_TEXT.exec(text2); m !== null; m = URL_IN_TEXT.exec(text2)) report(classifySource(`${m[1]}://${m[2]}/`)?.host);
    if (depth > 0 && PARAMETER_BREAK.test(text2)) {
      for (const part of text2.split(PARAMETER_BREAK)) if (part !== "" && part !== text2 && part.indexOf(":") >= 0) read(part, depth - 1);
    }
  };
  read(value, 2);
  let text = value;
  for (let i = 0; i < 3 && text.indexOf("%") >= 0; i++) {
    let decoded;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      decoded = text.replace(/%3a/gi, ":").replace(/%2f/gi, "/").replace(/%40/gi, "@");
    }
    if (decoded === text) break;
    text = decoded;
    read(text, 2);
  }
}
function keyPath(keys) {
  let out = "";
  for (const k of keys) {
    if (/^\[\d+\]$/.test(k)) out += k;
    else if (/^[A-Za-z_$][\w$-]*$/.test(k)) out += out === "" ? k : `.${k}`;
    else out += `['${k.replace(/[\\']/g, "\\$&")}']`;
  }
  return out;
}
function pathOf(frame, key) {
  const keys = key === void 0 ? [] : [typeof key === "number" ? `[${key}]` : key];
  for (let f = frame; f !== void 0 && f.parent !== void 0; f = f.parent) keys.push(typeof f.key === "number" ? `[${f.key}]` : f.key);
  return keyPath(keys.reverse());
}
function walkHosts(root, fn, opts = {}) {
  const rewrite = opts.rewrite;
  const inert = opts.inert;
  const visited = opts.shared === true ? /* @__PURE__ */ new WeakSet() : void 0;
  const found = [];
  const reported = /* @__PURE__ */ new Set();
  const collect = (host) => {
    if (!reported.has(host)) found.push(host);
  };
  const read = (text, frame, key) => {
    if (text.indexOf(":") < 0 && text.indexOf("%3") < 0) return;
    found.length = 0;
    hostsOf(rewrite === void 0 ? text : rewrite(text), collect);
    if (found.length === 0) return;
    const where = pathOf(frame, key);
    for (const host of found) {
      reported.add(host);
      fn(host, where);
    }
  };
  if (typeof root === "string") {
    hostsOf(rewrite === void 0 ? root : rewrite(root), (host) => fn(host, ""));
    return;
  }
  if (typeof root !== "object" || root === null) return;
  const stack = [{ value: root, key: "", parent: void 0 }];
  const children = [];
  while (stack.length > 0) {
    const frame = stack.pop();
    const v = frame.value;
    if (visited !== void 0) {
      if (visited.has(v)) continue;
      visited.add(v);
    }
    children.length = 0;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === "string") read(x, frame, i);
        else if (typeof x === "object" && x !== null) children.push({ value: x, key: i, parent: frame });
      }
    } else {
      let holder = frame;
      while (holder !== void 0 && typeof holder.key === "number") holder = holder.parent;
      const parentKey = holder?.parent === void 0 ? void 0 : holder.key;
      const o = v;
      for (const key of Object.keys(o)) {
        if (inert !== void 0 && inert(key, parentKey)) continue;
        read(key, frame, key);
        const x = o[key];
        if (typeof x === "string") read(x, frame, key);
        else if (typeof x === "object" && x !== null) children.push({ value: x, key, parent: frame });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
function pick(doc, paths) {
  const out = {};
  for (const path of paths) {
    let v = doc;
    for (const k of path) v = typeof v === "object" && v !== null && !Array.isArray(v) && Object.hasOwn(v, k) ? v[k] : void 0;
    if (v === void 0) continue;
    let at = out;
    for (const k of path.slice(0, -1)) {
      if (!Object.hasOwn(at, k)) Object.defineProperty(at, k, { value: {}, enumerable: true, writable: true, configurable: true });
      at = at[k];
    }
    Object.defineProperty(at, path[path.length - 1], { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function inertKeys(names, notUnder = []) {
  const set = new Set(names);
  const maps = new Set(notUnder);
  return (key, parentKey) => set.has(key) && (parentKey === void 0 || !maps.has(parentKey));
}
function settingSources(parse, isSource, split) {
  return (text, c) => {
    const settings = parse(text);
    if (typeof settings === "string") {
      c.error = settings;
      return;
    }
    for (const [key, value] of settings) {
      if (!isSource(key)) continue;
      for (const part of split === void 0 ? [value] : value.split(split)) hostsOf(part.trim(), (host) => c.host(host, key));
    }
  };
}

// src/core/rules/dependencies/lockfile.ts
var MAX_LOCKFILE_CHARS = 256 * 1024 * 1024;
var Collector = class {
  hostSites = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  error;
  /** A value that must be a source (npm `resolved`, yarn `resolved`, pnpm `tarball`/`repo`). */
  resolved(value, where, allowRelative = false) {
    const c = classifySource(value);
    if (c === null) {
      if (allowRelative) return;
      this.source({ kind: "unknown", spec: value }, where);
      return;
    }
    this.record(c, where);
  }
  /**
   * A spec that may be a plain range (ignored) or a non-registry source (recorded). `withHost` false for
   * what a package asked for (a yarn entry header), as opposed to where it was fetched from.
   */
  spec(value, where, withHost = true) {
    const c = classifySource(value);
    if (c !== null) this.record(c, where, withHost);
  }
  record(c, where, withHost = true) {
    if (withHost && c.host !== void 0 && !this.hostSites.has(c.host)) this.hostSites.set(c.host, where);
    if (c.kind === "https" || c.kind === "registry" || c.kind === "local") return;
    this.source({ kind: c.insecure && c.kind === "git" ? "http" : c.kind, spec: c.spec }, where);
    if (c.kind === "credentials" && c.insecure) this.source({ kind: "http", spec: c.spec }, where);
  }
  /** A host named in the document (the source walk): checked against the allow list, its kind is the reader's concern. */
  host(host, where) {
    if (!this.hostSites.has(host)) this.hostSites.set(host, where);
  }
  /** Every host the whole parsed document names, whatever key it sits under (walk.ts). */
  walk(root, opts) {
    walkHosts(root, (host, where) => this.host(host, where), opts);
  }
  source(s, where) {
    const key = `${s.kind}|${s.spec}`;
    if (!this.sources.has(key)) this.sources.set(key, { ...s, where });
  }
  result() {
    const sources = [...this.sources.values()];
    const problems = sources.map((s) => `${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)})`);
    if (this.error !== void 0) problems.unshift(this.error);
    const scan = { hosts: [...this.hostSites.keys()].sort(), problems, sources, hostSites: this.hostSites };
    if (this.error !== void 0) scan.error = this.error;
    return scan;
  }
};
var SOURCE_TEXT = {
  http: "non-TLS source (plain http or git protocol)",
  git: "git source",
  file: "local file source",
  exec: "exec: source (runs a script to build the package)",
  credentials: "source URL with embedded credentials",
  unknown: "unrecognised source"
};
function urlOrPath(c, value, where) {
  const k = classifySource(value);
  if (k !== null) c.record(k, where);
  else localPath(c, value, where);
}
function localPath(c, value, where) {
  const v = value.trim();
  if (v === "." || v === "./" || v === "") return;
  const k = classifySource(v);
  if (k !== null && k.kind !== "registry" && k.kind !== "local") c.record(k, where);
  else c.source({ kind: "file", spec: v }, where);
}
function vcsSource(c, value, where) {
  const k = classifySource(value);
  if (k === null) localPath(c, value, where);
  else if (k.kind === "https" || k.kind === "http") c.record({ ...k, kind: "git" }, where);
  else c.record(k, where);
}
function tomlLocked(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = `not valid TOML: ${r.reason}`;
    return null;
  }
  const at = (t, k, fallback) => r.pathOf(t, k) || fallback;
  return { doc: r.value, at };
}
function tomlPackages(doc, c, required) {
  const p = doc.package;
  if (p === void 0) return [];
  if (!Array.isArray(p) || !p.every(isTable)) {
    if (required) c.error = '"package" is not an array of tables';
    return [];
  }
  return p;
}
function walkToml(root, fn, skip) {
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x !== "string") stack.push(x);
      continue;
    }
    if (typeof v === "string") continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (skip?.(v, key)) continue;
      if (typeof x === "string") fn(v, key, x);
      else if (Array.isArray(x)) {
        for (const y of x) if (typeof y === "string") fn(v, key, y);
        stack.push(x);
      } else stack.push(x);
    }
  }
}
function parseJsonDoc(text, c) {
  const doc = parseJsonObject(text);
  if (typeof doc !== "string") return doc;
  c.error = doc;
  return null;
}
function scanLockfile(read, text) {
  const c = new Collector();
  if (text.length > MAX_LOCKFILE_CHARS) {
    c.error = `the lockfile is ${text.length} characters; the limit is ${MAX_LOCKFILE_CHARS}`;
    return c.result();
  }
  read(stripBom(text), c);
  return c.result();
}
var SOURCE_CODE = {
  http: "dependency_insecure_source",
  git: "dependency_git_source",
  file: "dependency_file_source",
  exec: "dependency_exec_source",
  credentials: "dependency_url_credentials",
  unknown: "dependency_unknown_source"
};
var UNREADABLE = "is not UTF-8 text or is too large to read";
function lockfileReviewer(kind, matches, read) {
  const reviewer = {
    kind,
    matches,
    review: (base, head, ctx) => reviewLockfile(read, base, head, ctx),
    unreadable: (ctx) => [lockfileReadable.finding("dependency_lockfile_unparseable", "deny", `${ctx.file} could not be read (it ${UNREADABLE}), so its resolved hosts cannot be checked against the network allow list.`)]
  };
  READERS.set(reviewer, read);
  return reviewer;
}
var READERS = /* @__PURE__ */ new WeakMap();
function reviewLockfile(read, baseText, headText, { file, allow }) {
  const out = [];
  if (headText === null) {
    if (baseText !== null) {
      out.push(lockfileReadable.finding("dependency_lockfile_removed", "high", `${file} was removed; the next install resolves every dependency afresh, from whatever registry is configured.`));
    }
    return out;
  }
  const head = scanLockfile(read, headText);
  if (head.error !== void 0) {
    out.push(lockfileReadable.finding("dependency_lockfile_unparseable", "deny", `${file} could not be read (${quoteValue(head.error)}), so its resolved hosts cannot be checked against the network allow list.`));
    return out;
  }
  const base = baseText === null ? null : scanLockfile(read, baseText);
  out.push(...hostFindings(file, head, base, allow, "resolved host"));
  const baseSources = new Set((base?.sources ?? []).map((s) => `${s.kind}|${s.spec}`));
  for (const s of head.sources) {
    if (baseSources.has(`${s.kind}|${s.spec}`)) continue;
    out.push(lockfileSources.finding(SOURCE_CODE[s.kind], s.kind === "unknown" ? "deny" : "high", `${file} adds a ${SOURCE_TEXT[s.kind]}: ${quoteValue(s.spec)} (at ${quoteValue(s.where, 120)}).`));
  }
  return out;
}
function hostFindings(file, head, base, allow, noun, reportExisting = true) {
  const out = [];
  const baseHosts = new Set(base && base.error === void 0 ? base.hosts : []);
  const existingOutside = [];
  for (const host of head.hosts) {
    if (hostAllowed(allow, host)) continue;
    if (baseHosts.has(host)) {
      existingOutside.push(host);
      continue;
    }
    out.push(
      sourceHosts.finding(
        "dependency_host_not_allowed",
        "deny",
        `${file}: dependency confusion: ${noun} ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(head.hostSites.get(host) ?? "", 120)}).`
      )
    );
  }
  if (reportExisting && existingOutside.length > 0) {
    const shown = existingOutside.slice(0, 20).map((h) => quoteValue(h)).join(", ");
    const more = existingOutside.length > 20 ? ` and ${existingOutside.length - 20} more` : "";
    out.push(
      sourceHosts.finding(
        "dependency_host_not_allowed_existing",
        "high",
        `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`
      )
    );
  }
  return out;
}
function reviewSourceHosts(read, baseText, headText, { file, allow }) {
  const head = scanLockfile(read, headText);
  if (head.error !== void 0) return [];
  return hostFindings(file, head, baseText === null ? null : scanLockfile(read, baseText), allow, "source host", false);
}

// src/core/rules/dependencies/reviewer.ts
function byName(...names) {
  const set = new Set(names);
  return (_p, base) => set.has(base);
}
function hostNote(value, allow) {
  const c = classifySource(value);
  if (!c || c.host === void 0) return "";
  const notes = [];
  if (c.insecure) notes.push("over plain http, without TLS");
  if (!hostAllowed(allow, c.host)) notes.push(`host ${quoteValue(c.host)} is not in the network allow list`);
  return notes.length > 0 ? ` (${notes.join("; ")})` : "";
}
function firstUrlNote(value, allow) {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, ""), allow) : "";
}

// src/core/formats/toml-settings.ts
function tomlSettings(text) {
  const r = parseToml(text);
  if (!r.ok) return r.reason;
  const out = /* @__PURE__ */ new Map();
  flattenTomlValue(r.value, out);
  return out;
}
function tomlKeySegment(key) {
  return key === "" || /[.[\]"]/.test(key) ? JSON.stringify(key) : key;
}
function flattenTomlValue(root, out) {
  const stack = [[root, ""]];
  while (stack.length > 0) {
    const [value, prefix] = stack.pop();
    if (typeof value === "string") out.set(prefix, value);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v === "string")) out.set(prefix, JSON.stringify(value));
      else for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${prefix}[${i}]`]);
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        stack.push([value[k], prefix === "" ? tomlKeySegment(k) : `${prefix}.${tomlKeySegment(k)}`]);
      }
    }
  }
}

// src/core/rules/dependencies/settings.ts
function reviewSettings(rule, file, base, head, classify) {
  const out = [];
  for (const [key, value] of head) {
    const before = base.get(key);
    if (before === value) continue;
    const c = classify(key, value, before);
    if (!c) continue;
    const shown = c.redact ? redacted(value) : quoteValue(value);
    out.push(rule.finding(c.code, "high", `${file} ${before === void 0 ? "sets" : "changes"} ${quoteValue(key)} to ${shown}: ${c.why}.`));
  }
  for (const [key, before] of base) {
    if (head.has(key)) continue;
    const c = classify(key, void 0, before);
    if (!c) continue;
    out.push(rule.finding(c.code, "high", `${file} removes ${quoteValue(key)} (was ${c.redact ? redacted(before) : quoteValue(before)}): ${c.why}.`));
  }
  return out;
}
function reviewTomlSettings(rule, unparseable, file, baseText, headText, classify) {
  const head = tomlSettings(headText ?? "");
  if (typeof head === "string") return [rule.finding(unparseable, "high", `${file} could not be parsed as TOML (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = tomlSettings(baseText ?? "");
  return reviewSettings(rule, file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, classify);
}
function redacted(value) {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value.trim())) return quoteValue(value.trim());
  return `(redacted: a literal ${value.length}-character credential is committed)`;
}

// src/core/rules/dependencies/bun.ts
var bun = defineRule({
  id: "dependencies/bun",
  codes: ["bunfig_registry", "bunfig_auth", "bunfig_preload", "bunfig_executable", "bunfig_tls", "bunfig_setting", "bunfig_unparseable"],
  summary: "New or changed bunfig.toml settings are high: registries redirect installs, preload modules run before every script and test, credentials are redacted.",
  fix: "Have the change approved; keep registries and preloads out of an agent change."
});
function scanBunLock(text, c) {
  const json = stripJsonc(text);
  if (typeof json !== "string") {
    c.error = json.error;
    return;
  }
  const doc = parseJsonDoc(json, c);
  if (doc === null) return;
  const packages = doc.packages;
  if (packages === void 0) return;
  if (!isObj(packages)) {
    c.error = '"packages" is not an object';
    return;
  }
  for (const key of Object.keys(packages)) {
    const entry = packages[key];
    if (!Array.isArray(entry) || typeof entry[0] !== "string") {
      c.error = `packages[${JSON.stringify(key)}] is not a [name@resolution, ...] tuple`;
      return;
    }
    const ident = entry[0];
    const source = afterPackageName(ident);
    if (source === null) {
      c.source({ kind: "unknown", spec: ident }, key);
      continue;
    }
    c.spec(source, key);
    if (entry.length === 4 && typeof entry[1] === "string" && entry[1] !== "") c.resolved(entry[1], key);
    else if (entry.length === 4 && typeof entry[1] !== "string" && entry[1] !== void 0 && !isObj(entry[1])) c.source({ kind: "unknown", spec: stableJson(entry[1]) }, key);
  }
  c.walk(doc);
}
function bunfigClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    const last = k.slice(k.lastIndexOf(".") + 1);
    if (/^install\.(registry|scopes)(\.|$)/.test(k) && /(token|password|username)$/.test(last)) return { code: "bunfig_auth", why: "registry credentials", redact: true };
    if (/^install\.(registry|scopes)(\.|$)/.test(k)) {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "bunfig_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}${credentials ? " (the URL carries credentials)" : ""}`, redact: credentials };
    }
    if (last === "preload") return { code: "bunfig_preload", why: "bun loads these modules before every script, test or run" };
    if (/^run\.(shell|bun)$/.test(k)) return { code: "bunfig_executable", why: "bun runs scripts through this program" };
    if (/^install\.(ca|cafile)$/.test(k)) return { code: "bunfig_tls", why: "changes how registry connections are verified" };
    return { code: "bunfig_setting", why: "bun configuration applies to every install, run and test" };
  };
}
function bunLockbFinding(file) {
  return lockfileReadable.finding(
    "dependency_lockfile_binary",
    "deny",
    `${file} is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list. Switch to the text lockfile (Bun 1.2 or later): run \`bun install --save-text-lockfile --frozen-lockfile --lockfile-only\`, commit bun.lock and delete bun.lockb.`
  );
}
var bunfigSources = settingSources((t) => tomlSettings(t), (key) => /^install\.(registry|scopes)(\.|$)/i.test(key) && !/(token|password|username)$/i.test(key));
var BUN_REVIEWERS = [
  lockfileReviewer("bun-lock", byName("bun.lock"), scanBunLock),
  {
    kind: "bun-lockb",
    matches: byName("bun.lockb"),
    // A deleted bun.lockb is no finding: nothing is left to resolve from.
    review: (_base, head, { file }) => head === null ? [] : [bunLockbFinding(file)],
    unreadable: ({ file }) => [bunLockbFinding(file)]
  },
  { kind: "bunfig", matches: byName("bunfig.toml"), sources: bunfigSources, review: (base, head, { file, allow }) => reviewTomlSettings(bun, "bunfig_unparseable", file, base, head, bunfigClassifier(allow)) }
];

// src/core/rules/dependencies/cargo.ts
var cargo = defineRule({
  id: "dependencies/cargo",
  codes: ["cargo_rustc_wrapper", "cargo_runner", "cargo_registry", "cargo_setting", "cargo_config_unparseable", "cargo_dependency_source", "cargo_manifest_unparseable"],
  summary: "New or changed .cargo/config.toml settings are high (wrappers, runners and linkers run on every build, registries and source replacement redirect crates), and so are Cargo.toml dependencies from git, a path or another registry, and its [patch] and [replace] tables.",
  fix: "Have the change approved; keep toolchain wrappers and registries out of an agent change."
});
var CRATES_IO_SOURCE = "registry+https://github.com/rust-lang/crates.io-index";
function cargoSource(c, src, where) {
  if (src === CRATES_IO_SOURCE) {
    c.record({ kind: "https", host: "crates.io", spec: src }, where);
    return;
  }
  const m = /^(registry|sparse)\+(.*)$/.exec(src);
  if (m) {
    const k = classifySource(m[2]);
    if (k === null) c.source({ kind: "unknown", spec: src }, where);
    else c.record(k, where);
    return;
  }
  if (/^git\+/i.test(src)) c.resolved(src, where);
  else c.source({ kind: "unknown", spec: src }, where);
}
function scanCargoLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const tables = [...tomlPackages(doc, c, true)];
  if (isTable(doc.patch) && Array.isArray(doc.patch.unused)) tables.push(...doc.patch.unused.filter(isTable));
  for (const pkg of tables) {
    const where = at(pkg, "source", typeof pkg.name === "string" ? pkg.name : "package");
    if (pkg.source !== void 0) {
      if (typeof pkg.source === "string") cargoSource(c, pkg.source, where);
      else c.source({ kind: "unknown", spec: JSON.stringify(pkg.source) }, where);
    }
    if (Array.isArray(pkg.dependencies)) {
      for (const d of pkg.dependencies) {
        const m = typeof d === "string" ? /\(([^()]+)\)\s*$/.exec(d) : null;
        if (m) cargoSource(c, m[1], at(pkg, "dependencies", where));
      }
    }
  }
  c.walk(doc, { inert: CARGO_LOCK_INERT, rewrite: (v) => v.includes(CRATES_IO_SOURCE) ? v.split(CRATES_IO_SOURCE).join("crates-io") : v });
}
var CARGO_LOCK_INERT = inertKeys(["description"]);
function cargoClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    if (/^build\.(rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc)$/.test(k)) return { code: "cargo_rustc_wrapper", why: "cargo runs this program for every compilation (toolchain hijack)" };
    if (/^(target\..+|host(\..+)?)\.(runner|linker|ar)$/.test(k)) return { code: "cargo_runner", why: "cargo runs this program to link or run every binary and test" };
    if (/^(registries|registry|source|patch)(\.|$)/.test(k)) return { code: "cargo_registry", why: `crates now resolve from a different registry or source (dependency confusion)${firstUrlNote(value, allow)}` };
    return { code: "cargo_setting", why: "cargo configuration applies to every build" };
  };
}
var cargoConfigSources = settingSources((t) => tomlSettings(t), (key) => /^(registries|registry|source|patch)(\.|$)/i.test(key) && !/(token|credential-provider)$/i.test(key));
var CARGO_DEPENDENCY_KEY = /^(?:(?:target\.[^.]+|workspace)\.)?(?:dependencies|dev-dependencies|dev_dependencies|build-dependencies|build_dependencies)\.|^(?:patch|replace)\./;
function cargoManifestClassifier(allow) {
  return (key, value) => {
    if (value === void 0 || !CARGO_DEPENDENCY_KEY.test(key)) return null;
    if (/^(patch|replace)\./.test(key)) return { code: "cargo_dependency_source", why: `cargo builds this in place of the crate it patches or replaces${firstUrlNote(value, allow)}` };
    if (/\.git$/.test(key)) return { code: "cargo_dependency_source", why: `the crate is fetched from that git repository, not crates.io, and its build script runs${firstUrlNote(value, allow)}` };
    if (/\.path$/.test(key)) return { code: "cargo_dependency_source", why: "the crate is built from that local directory" };
    if (/\.(registry|registry-index)$/.test(key)) return { code: "cargo_dependency_source", why: `the crate comes from another registry than crates.io${firstUrlNote(value, allow)}` };
    return null;
  };
}
function cargoManifestSources(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  const doc = r.value;
  const paths = [["patch"], ["replace"], ["workspace", "dependencies"], ["target"]];
  for (const t of ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies"]) paths.push([t]);
  c.walk(pick(doc, paths));
}
var CARGO_REVIEWERS = [
  lockfileReviewer("cargo-lock", byName("cargo.lock"), scanCargoLock),
  { kind: "cargo-toml", matches: byName("cargo.toml"), sources: cargoManifestSources, review: (base, head, { file, allow }) => reviewTomlSettings(cargo, "cargo_manifest_unparseable", file, base, head, cargoManifestClassifier(allow)) },
  {
    kind: "cargo-config",
    matches: (p, base) => (base === "config.toml" || base === "config") && /(^|\/)\.cargo\/config(\.toml)?$/.test(p),
    sources: cargoConfigSources,
    review: (base, head, { file, allow }) => reviewTomlSettings(cargo, "cargo_config_unparseable", file, base, head, cargoClassifier(allow))
  }
];

// src/core/rules/dependencies/scripts.ts
function scriptsRunAutomatically(scripts, isRoot, callees) {
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  for (const name of Object.keys(scripts)) {
    if (!isRoot(name)) continue;
    reached.set(name, name);
    queue.push(name);
  }
  while (queue.length > 0) {
    const name = queue.shift();
    for (const callee of callees(scripts[name])) {
      if (!Object.hasOwn(scripts, callee) || reached.has(callee)) continue;
      reached.set(callee, reached.get(name));
      queue.push(callee);
    }
  }
  return reached;
}
function newOrChangedScripts(reached, scripts, baseScripts) {
  const out = [];
  for (const [name, root] of reached) {
    const value = scripts[name];
    const inBase = Object.hasOwn(baseScripts, name);
    if (inBase && stableJson(baseScripts[name]) === stableJson(value)) continue;
    out.push({ name, root, value, verb: inBase ? "changes" : "adds" });
  }
  return out;
}

// src/core/rules/dependencies/composer.ts
var composer = defineRule({
  id: "dependencies/composer",
  codes: ["composer_script", "composer_repository", "composer_plugins", "composer_tls", "composer_auth", "composer_setting", "composer_json_unparseable"],
  summary: "composer.json scripts run on install events, package repositories (looked up before packagist.org), and plugin, TLS and credential settings are high when new, changed or removed.",
  fix: "Have the change approved; keep repositories and install-time scripts out of an agent change."
});
function scanComposerLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  for (const list of ["packages", "packages-dev"]) {
    const pkgs = doc[list];
    if (pkgs === void 0) continue;
    if (!Array.isArray(pkgs)) {
      c.error = `"${list}" is not an array`;
      return;
    }
    pkgs.forEach((p, i) => {
      if (!isObj(p)) return;
      const where = typeof p.name === "string" ? `${list}: ${p.name}` : `${list}[${i}]`;
      for (const field of ["dist", "source"]) {
        const d = p[field];
        if (d === void 0 || d === null) continue;
        if (!isObj(d) || typeof d.url !== "string") {
          c.source({ kind: "unknown", spec: stableJson(d) }, `${where} ${field}`);
          continue;
        }
        if (d.type === "path") localPath(c, d.url, `${where} ${field}`);
        else urlOrPath(c, d.url, `${where} ${field}`);
        if (Array.isArray(d.mirrors)) {
          for (const m of d.mirrors) if (isObj(m) && typeof m.url === "string") urlOrPath(c, m.url, `${where} ${field} mirror`);
        }
      }
      if (typeof p["notification-url"] === "string") c.resolved(p["notification-url"], `${where} notification-url`);
    });
  }
  c.walk(doc, { inert: COMPOSER_LOCK_INERT });
}
var COMPOSER_LOCK_INERT = inertKeys(
  ["_readme", "description", "homepage", "support", "funding", "authors", "keywords", "license", "extra", "autoload", "autoload-dev", "suggest", "time", "readme", "abandoned"],
  ["require", "require-dev", "conflict", "replace", "provide"]
);
var COMPOSER_EVENTS = /* @__PURE__ */ new Set([
  "pre-install-cmd",
  "post-install-cmd",
  "pre-update-cmd",
  "post-update-cmd",
  "pre-status-cmd",
  "post-status-cmd",
  "pre-archive-cmd",
  "post-archive-cmd",
  "pre-autoload-dump",
  "post-autoload-dump",
  "post-root-package-install",
  "post-create-project-cmd",
  "pre-operations-exec",
  "pre-dependencies-solving",
  "post-dependencies-solving",
  "pre-package-install",
  "post-package-install",
  "pre-package-update",
  "post-package-update",
  "pre-package-uninstall",
  "post-package-uninstall",
  "init",
  "command",
  "pre-file-download",
  "post-file-download",
  "pre-command-run",
  "pre-pool-create"
]);
var COMPOSER_SCRIPT_COMMANDS = /* @__PURE__ */ new Set(["php", "composer", "putenv", "additional_args"]);
function composerAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => COMPOSER_EVENTS.has(name),
    (value) => (Array.isArray(value) ? value : [value]).flatMap((command) => {
      const ref = typeof command === "string" ? /^@([^\s]+)/.exec(command.trim()) : null;
      return ref && !COMPOSER_SCRIPT_COMMANDS.has(ref[1]) ? [ref[1]] : [];
    })
  );
}
function composerRepositories(doc) {
  const out = /* @__PURE__ */ new Map();
  const repos = doc.repositories;
  if (Array.isArray(repos)) repos.forEach((r, i) => out.set(`repositories[${i}]`, r));
  else if (isObj(repos)) for (const k of Object.keys(repos)) out.set(`repositories.${k}`, repos[k]);
  else if (repos !== void 0) out.set("repositories", repos);
  return out;
}
function composerConfigWhy(key) {
  if (key === "allow-plugins") return { code: "composer_plugins", why: "composer runs the code of the plugins it allows on every install and update" };
  if (["secure-http", "disable-tls", "cafile", "capath"].includes(key)) return { code: "composer_tls", why: "changes whether downloads use TLS and how it is verified" };
  if (["http-basic", "bearer", "github-oauth", "gitlab-oauth", "gitlab-token", "bitbucket-oauth", "forgejo-token"].includes(key)) {
    return { code: "composer_auth", why: "registry credentials (committed, and sent to the hosts they name)", redact: true };
  }
  if (["github-domains", "gitlab-domains", "use-github-api", "github-protocols"].includes(key)) return { code: "composer_setting", why: "changes which hosts composer treats as GitHub or GitLab and sends their credentials to" };
  return null;
}
function reviewComposerJson(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [composer.finding("composer_json_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its scripts and repositories were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const out = [];
  const add = (code, message) => out.push(composer.finding(code, "high", message));
  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: event, value, verb } of newOrChangedScripts(composerAutoScripts(scripts), scripts, baseScripts)) {
    const how = name === event ? `composer runs it on the ${quoteValue(event)} event` : `the ${quoteValue(event)} event runs it through "@${quoteValue(name).slice(1, -1)}"`;
    add("composer_script", `${file} ${verb} the script scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}; ${how} (install-time code execution).`);
  }
  if (head.scripts !== void 0 && !isObj(head.scripts) && stableJson(head.scripts) !== stableJson(base.scripts)) {
    add("composer_script", `${file} sets scripts = ${quoteValue(head.scripts)}, which is not an object of scripts.`);
  }
  const repos = composerRepositories(head);
  const baseRepos = composerRepositories(base);
  for (const [key, value] of repos) {
    if (baseRepos.has(key) && stableJson(baseRepos.get(key)) === stableJson(value)) continue;
    const url = isObj(value) && typeof value.url === "string" ? hostNote(value.url, allow) : "";
    const disables = value === false || isObj(value) && value["packagist.org"] === false;
    const why = disables ? "composer no longer looks packages up there" : `composer looks packages up there before packagist.org, and the first repository that has a package name wins (dependency confusion)${url}`;
    add("composer_repository", `${file} ${baseRepos.has(key) ? "changes" : "sets"} ${quoteValue(key)} to ${quoteValue(redactedRepository(value))}: ${why}.`);
  }
  for (const [key, value] of baseRepos) {
    if (repos.has(key)) continue;
    add("composer_repository", `${file} removes ${quoteValue(key)} (was ${quoteValue(redactedRepository(value))}): the packages it served now resolve from the remaining repositories (packagist.org by default), where anyone may publish the same names.`);
  }
  const config = isObj(head.config) ? head.config : {};
  const baseConfig = isObj(base.config) ? base.config : {};
  for (const key of Object.keys(config)) {
    if (stableJson(config[key]) === stableJson(baseConfig[key])) continue;
    const c = composerConfigWhy(key);
    if (c === null) continue;
    const shown = c.redact ? "(redacted: credentials are committed)" : quoteValue(config[key]);
    add(c.code, `${file} ${Object.hasOwn(baseConfig, key) ? "changes" : "sets"} config.${quoteValue(key).slice(1, -1)} = ${shown}: ${c.why}.`);
  }
  return out;
}
function redactedRepository(value) {
  if (!isObj(value) || typeof value.url !== "string") return value;
  return { ...value, url: redactUrl(value.url) };
}
function composerJsonSources(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc !== null && Object.hasOwn(doc, "repositories")) c.walk({ repositories: doc.repositories });
}
var COMPOSER_REVIEWERS = [
  lockfileReviewer("composer-lock", byName("composer.lock"), scanComposerLock),
  { kind: "composer-json", matches: byName("composer.json"), sources: composerJsonSources, review: (base, head, { file, allow }) => reviewComposerJson(file, base, head, allow) }
];

// src/core/rules/dependencies/dependabot.ts
var dependabot = defineRule({
  id: "dependencies/dependabot",
  codes: ["dependabot_registry", "dependabot_registry_auth", "dependabot_unparseable"],
  summary: "New, changed or removed dependabot registries (URLs, replaces-base, credentials) are high.",
  fix: "Have the change approved; keep dependabot registries as the base has them."
});
function dependabotRegistries(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj(value) || !isObj(value.registries)) return out;
  for (const name of Object.keys(value.registries)) {
    const r = value.registries[name];
    if (!isObj(r)) out.set(`registries.${name}`, stableJson(r));
    else for (const k of Object.keys(r)) out.set(`registries.${name}.${k}`, typeof r[k] === "string" ? r[k] : stableJson(r[k]));
  }
  return out;
}
function dependabotClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (/^(password|token|key|username)$/.test(last)) return { code: "dependabot_registry_auth", why: "dependabot sends these credentials to the registry", redact: true };
    if (last === "url") {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: "dependabot_registry", why: `dependabot resolves updates there and sends the registry credentials to it${hostNote(value, allow)}`, redact: credentials };
    }
    if (last === "replaces-base") return { code: "dependabot_registry", why: "every dependency of that ecosystem now resolves from this registry instead of the public one" };
    return { code: "dependabot_registry", why: "changes a registry dependabot uses (and the credentials it sends)" };
  };
}
function reviewDependabot(file, baseText, headText, allow) {
  if (headText === null) return [];
  const head = parseWorkflowYaml(headText);
  if (!head.ok) return [dependabot.finding("dependabot_unparseable", "high", `${file} could not be parsed (${quoteValue(head.reason)}), so its registries were not reviewed.`)];
  const base = baseText === null ? null : parseWorkflowYaml(baseText);
  return reviewSettings(dependabot, file, base?.ok ? dependabotRegistries(base.value) : /* @__PURE__ */ new Map(), dependabotRegistries(head.value), dependabotClassifier(allow));
}
var DEPENDABOT_REVIEWERS = [
  { kind: "dependabot", matches: (p) => p === ".github/dependabot.yml" || p === ".github/dependabot.yaml", review: (base, head, { file, allow }) => reviewDependabot(file, base, head, allow) }
];

// src/core/formats/ini.ts
var PY_RSTRIP = new RegExp(`[${PY_SPACE}]+$`);
var PY_NONSPACE = new RegExp(`[^${PY_SPACE}]`);
var PY_OPTION = new RegExp(`^([^\\n]*?)[${PY_SPACE}]*([=:])[${PY_SPACE}]*([^\\n]*)$`);
function parsePipConf(text) {
  const sections = /* @__PURE__ */ new Map();
  let cur = null;
  let option = null;
  let indent = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = pyStrip(line);
    const comment = stripped.startsWith("#") || stripped.startsWith(";");
    const value = comment ? "" : stripped;
    if (value === "") {
      if (!comment && cur !== null && option !== null) cur.get(option)?.push("");
      continue;
    }
    const level = line.search(PY_NONSPACE);
    if (cur !== null && option !== null && level > indent) {
      cur.get(option).push(value);
      continue;
    }
    indent = level;
    const header = /^\[([^\n]+)\]/.exec(value);
    if (header) {
      const name = header[1];
      cur = sections.get(name) ?? /* @__PURE__ */ new Map();
      sections.set(name, cur);
      option = null;
      continue;
    }
    const m = cur === null ? null : PY_OPTION.exec(value);
    if (m === null || m[1] === "") continue;
    option = m[1].replace(PY_RSTRIP, "").toLowerCase();
    cur.set(option, [pyStrip(m[3])]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, options] of sections) for (const [key, lines] of options) out.set(`${name}.${key}`, lines.join("\n").replace(PY_RSTRIP, ""));
  return out;
}
function parseGoEnv(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const i = line.indexOf("=");
    if (i < 0 || line[0] < "A" || line[0] > "Z") continue;
    out.set(line.slice(0, i), line.slice(i + 1));
  }
  return out;
}
function parseNpmrc(text) {
  const out = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Set();
  let section = "";
  let skipSection = false;
  for (const line of text.split(/[\r\n]+/)) {
    if (line === "" || /^\s*[;#]/.test(line) || /^\s*$/.test(line)) continue;
    const m = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/.exec(line);
    if (!m) continue;
    if (m[1] !== void 0) {
      section = npmrcUnsafe(m[1]);
      skipSection = section === "__proto__";
      continue;
    }
    if (skipSection) continue;
    const raw = npmrcUnsafe(m[2]);
    const isList = raw.length > 2 && raw.endsWith("[]");
    const key = isList ? raw.slice(0, -2) : raw;
    if (key === "__proto__") continue;
    const value = m[3] !== void 0 ? npmrcUnsafe(m[4] ?? "") : "true";
    const full = section ? `${section}.${key}` : key;
    if (isList || lists.has(full)) {
      out.set(full, out.has(full) ? `${out.get(full)}
${value}` : value);
      lists.add(full);
    } else out.set(full, value);
  }
  return out;
}
function npmrcUnsafe(text) {
  let val = text.trim();
  const quoted = val.length >= 2 ? val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'") : val === '"' || val === "'";
  if (quoted) {
    if (val.startsWith("'")) val = val.slice(1, -1);
    try {
      const parsed = JSON.parse(val);
      return typeof parsed === "string" ? parsed : typeof parsed === "object" && parsed !== null ? val : String(parsed);
    } catch {
      return val;
    }
  }
  let out = "";
  let esc = false;
  for (const c of val) {
    if (esc) {
      out += "\\;#".includes(c) ? c : `\\${c}`;
      esc = false;
    } else if (c === ";" || c === "#") break;
    else if (c === "\\") esc = true;
    else out += c;
  }
  if (esc) out += "\\";
  return out.trim();
}
function parseProperties(text) {
  const out = /* @__PURE__ */ new Map();
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^[ \t\f]+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/^[ \t\f]+/, "");
    let k = 0;
    while (k < line.length && !/[=: \t\f]/.test(line[k])) k += line[k] === "\\" ? 2 : 1;
    const key = unescapeProperty(line.slice(0, k));
    const rest = line.slice(k).replace(/^[ \t\f]*[=:]?[ \t\f]*/, "");
    out.set(key, unescapeProperty(rest));
  }
  return out;
}
function unescapeProperty(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === "t" ? "	" : e === "n" ? "\n" : e === "r" ? "\r" : e === "f" ? "\f" : e;
  });
}
function parseYarnrcClassic(text) {
  const out = /* @__PURE__ */ new Map();
  forEachLine(text, (line) => {
    const key = yarnToken(line, skipSpaces(line, 0));
    if (key === null) return;
    let at = skipSpaces(line, key.end);
    if (line[at] === ":") at = skipSpaces(line, at + 1);
    const value = yarnToken(line, at);
    if (value === null) {
      out.set(key.text, "true");
      return;
    }
    const rest = skipSpaces(line, value.end);
    const clean = value.ok && (rest >= line.length || line[rest] === "#");
    out.set(key.text, clean ? value.text : unquote(line.slice(at).trim()));
  });
  return out;
}
function skipSpaces(line, i) {
  while (i < line.length && (line[i] === " " || line[i] === "	")) i++;
  return i;
}
function yarnToken(line, i) {
  if (i >= line.length || line[i] === "#") return null;
  if (line[i] === '"') {
    let j2 = i + 1;
    for (; j2 < line.length; j2++) {
      if (line[j2] === '"' && !(line[j2 - 1] === "\\" && line[j2 - 2] !== "\\")) {
        j2++;
        break;
      }
    }
    try {
      const v = JSON.parse(line.slice(i, j2));
      return { text: String(v), end: j2, ok: typeof v === "string" };
    } catch {
      return { text: line.slice(i, j2), end: j2, ok: false };
    }
  }
  const num = /^[0-9]+/.exec(line.slice(i));
  if (num) return { text: num[0], end: i + num[0].length, ok: true };
  if (line.startsWith("true", i)) return { text: "true", end: i + 4, ok: true };
  if (line.startsWith("false", i)) return { text: "false", end: i + 5, ok: true };
  if (/[a-zA-Z/.-]/.test(line[i])) {
    let j2 = i;
    while (j2 < line.length && !":, \r\n".includes(line[j2])) j2++;
    return { text: line.slice(i, j2), end: j2, ok: true };
  }
  const j = line.indexOf(" ", i);
  return { text: line.slice(i, j < 0 ? line.length : j), end: j < 0 ? line.length : j, ok: false };
}

// src/core/formats/go-mod.ts
function goTokens(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (line.startsWith("//", i)) break;
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
      if (j >= line.length) return null;
      try {
        out.push(JSON.parse(line.slice(i, j + 1)));
      } catch {
        return null;
      }
      i = j + 1;
    } else if (ch === "`") {
      const j = line.indexOf("`", i + 1);
      if (j < 0) return null;
      out.push(line.slice(i + 1, j));
      i = j + 1;
    } else if ("()[]{},".includes(ch)) {
      out.push(ch);
      i++;
    } else {
      let j = i;
      while (j < line.length && !/[\s"`()[\]{},]/.test(line[j]) && !line.startsWith("//", j)) j++;
      out.push(line.slice(i, j));
      i = j;
    }
  }
  return out;
}
function readGoMod(text) {
  const out = [];
  const toolchains = [];
  let block = null;
  let error = null;
  forEachLine(stripBom(text), (line, n) => {
    if (error !== null) return;
    const tokens = goTokens(line);
    if (tokens === null) {
      error = `line ${n} has an unterminated string`;
      return;
    }
    if (tokens.length === 0) return;
    if (block !== null) {
      if (tokens.length === 1 && tokens[0] === ")") {
        block = null;
        return;
      }
      if (block !== "replace") return;
    } else {
      if (tokens[tokens.length - 1] === "(" && tokens.length === 2) {
        block = tokens[0];
        return;
      }
      if ((tokens[0] === "go" || tokens[0] === "toolchain") && tokens.length === 2) {
        toolchains.push({ verb: tokens[0], value: tokens[1], line: n });
        return;
      }
      if (tokens[0] !== "replace") return;
      tokens.shift();
    }
    const arrow = tokens.indexOf("=>");
    const left = arrow < 0 ? [] : tokens.slice(0, arrow);
    const right = arrow < 0 ? [] : tokens.slice(arrow + 1);
    if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
      error = `line ${n} is not a replace directive go can read ("old [version] => new [version]")`;
      return;
    }
    out.push({ old: left.join(" "), to: right[0], version: right[1] ?? "", line: n });
  });
  if (error !== null) return error;
  if (block !== null) return `the ${JSON.stringify(block)} block is never closed`;
  return { replaces: out, toolchains };
}
function goLocalPath(p) {
  return p === "." || p === ".." || /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p);
}
function goVersionKey(v) {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v);
  if (!m) return null;
  const kind = m[3] !== void 0 ? 4 : m[4] === "rc" ? 3 : m[4] === "beta" ? 2 : m[4] === "alpha" ? 1 : 0;
  return [Number(m[1]), Number(m[2] ?? 0), kind, Number(m[3] ?? m[5] ?? 0)];
}
function goVersionAbove(v, than) {
  const key = goVersionKey(v);
  if (key === null) return true;
  return than.every((t) => {
    const other = goVersionKey(t);
    if (other === null) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== other[i]) return key[i] > other[i];
    return false;
  });
}

// src/core/rules/dependencies/go.ts
var go = defineRule({
  id: "dependencies/go",
  codes: ["go_mod_unparseable", "go_replace", "go_replace_local", "go_replace_unrecognised", "go_toolchain", "go_env_proxy", "go_env_checksum", "go_env_setting"],
  summary: "New replace directives (module paths are identities fetched through GOPROXY, not hosts), raised go and toolchain lines in go.mod / go.work, and go.env settings that change where modules come from or which toolchain runs are high.",
  fix: "Have the change approved; keep module sources and toolchains as the base has them."
});
function reviewGoMod(file, baseText, headText) {
  if (headText === null) return [];
  const head = readGoMod(headText);
  if (typeof head === "string") {
    return [go.finding("go_mod_unparseable", "deny", `${file} could not be read (${quoteValue(head)}), so its replace directives cannot be checked against the network allow list.`)];
  }
  const parsedBase = baseText === null ? null : readGoMod(baseText);
  const base = parsedBase === null || typeof parsedBase === "string" ? { replaces: [], toolchains: [] } : parsedBase;
  const before = new Set(base.replaces.map((r) => `${r.old}
${r.to}
${r.version}`));
  const out = reviewGoToolchains(file, base.toolchains, head.toolchains);
  for (const r of head.replaces) {
    if (before.has(`${r.old}
${r.to}
${r.version}`)) continue;
    const what = `${file} line ${r.line}: replace ${quoteValue(r.old)} => ${quoteValue(r.version ? `${r.to} ${r.version}` : r.to)}`;
    if (goLocalPath(r.to)) {
      out.push(go.finding("go_replace_local", "high", `${what}: the build uses the code in that local directory instead of the module.`));
      continue;
    }
    if (!/^[^/@:\\]+\.[^/@:\\]+(\/[^@\\]*)?$/.test(r.to)) {
      out.push(go.finding("go_replace_unrecognised", "deny", `${what}: the replacement is neither a local directory nor a module path.`));
    } else {
      out.push(go.finding("go_replace", "high", `${what}: the build uses another module's code in place of this one (fetched through the module proxy like every module).`));
    }
  }
  return out;
}
function reviewGoToolchains(file, base, head) {
  const out = [];
  for (const t of head) {
    const before = base.filter((b) => b.verb === t.verb).map((b) => b.value);
    if (before.includes(t.value)) continue;
    if (t.verb === "toolchain" && t.value === "default") continue;
    if (t.verb === "go" && before.length > 0 && !goVersionAbove(t.value, before)) continue;
    const was = before.length === 0 ? "new" : `was ${before.map((b) => quoteValue(b)).join(", ")}`;
    const what = t.verb === "go" ? "go 1.21 and later download and run a toolchain at least this new when the installed one is older" : "go 1.21 and later download and run this toolchain when it is newer than the installed one";
    out.push(go.finding("go_toolchain", "high", `${file} line ${t.line}: ${t.verb} ${quoteValue(t.value)} (${was}): ${what} (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.`));
  }
  return out;
}
function goEnvClassifier(allow) {
  return (key, value) => {
    const k = key.toUpperCase();
    if (!/^(GOPROXY|GONOPROXY|GOPRIVATE|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOFLAGS|GOTOOLCHAIN|GOAUTH|GOVCS)$/.test(k)) {
      return value === void 0 ? null : { code: "go_env_setting", why: "go reads this for every build" };
    }
    if (k === "GOPROXY") {
      const notes = (value ?? "").split(/[,|]/).map((u) => hostNote(u.trim(), allow)).filter((x) => x !== "");
      return { code: "go_env_proxy", why: `modules now resolve from there (dependency confusion)${notes.join("")}` };
    }
    if (k === "GOSUMDB" || k === "GONOSUMDB" || k === "GONOSUMCHECK" || k === "GOINSECURE") {
      return { code: "go_env_checksum", why: "changes which modules are verified against the checksum database or fetched without TLS" };
    }
    if (k === "GONOPROXY" || k === "GOPRIVATE") return { code: "go_env_proxy", why: "modules matching these patterns are fetched directly from their hosts, bypassing the proxy and the checksum database" };
    return { code: "go_env_setting", why: "changes how go fetches modules or which toolchain it downloads and runs" };
  };
}
function scanGopkg(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed !== null) c.walk(parsed.doc);
}
var GO_REVIEWERS = [
  lockfileReviewer("gopkg", byName("gopkg.lock", "gopkg.toml"), scanGopkg),
  {
    kind: "go-mod",
    matches: byName("go.mod", "go.work"),
    review: (base, head, { file }) => reviewGoMod(file, base, head),
    unreadable: ({ file }) => [go.finding("go_mod_unparseable", "deny", `${file} could not be read (it is not UTF-8 text or is too large to read), so its replace directives cannot be checked against the network allow list.`)]
  },
  { kind: "go-env", matches: byName("go.env"), sources: settingSources(parseGoEnv, (key) => /^(GOPROXY|GOSUMDB)$/i.test(key), /[,|\s]/), review: (base, head, { file, allow }) => reviewSettings(go, file, parseGoEnv(base ?? ""), parseGoEnv(head ?? ""), goEnvClassifier(allow)) }
];

// src/core/rules/dependencies/helm.ts
var import_parsers = __toESM(require_lib(), 1);
var helm = defineRule({
  id: "dependencies/helm",
  codes: ["helm_chart_unparseable"],
  summary: "A Chart.yaml, requirements.yaml or Chart.lock that cannot be read as YAML is high: the repositories of its dependencies cannot be checked.",
  fix: "Commit a chart file helm reads."
});
function parseChart(text) {
  try {
    const doc = (0, import_parsers.parseSyml)(text.startsWith("#") ? `
${text}` : text);
    return isObj(doc) ? doc : "the top level is not a mapping";
  } catch (err) {
    return `not valid YAML: ${err.message.split("\n")[0]}`;
  }
}
function chartSources(text, c) {
  const doc = parseChart(text);
  if (typeof doc === "string") {
    c.error = doc;
    return;
  }
  c.walk(pick(doc, [["dependencies"]]), { shared: true });
}
var HELM_REVIEWERS = [
  {
    kind: "helm-chart",
    matches: byName("chart.yaml", "requirements.yaml", "chart.lock", "requirements.lock"),
    sources: chartSources,
    review: (_base, head, { file }) => {
      if (head === null) return [];
      const doc = parseChart(head);
      return typeof doc === "string" ? [helm.finding("helm_chart_unparseable", "high", `${file} could not be read (${quoteValue(doc)}), so the repositories of its dependencies were not checked.`)] : [];
    }
  }
];

// src/core/rules/dependencies/json-lockfiles.ts
function scanDenoLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc !== null) c.walk(doc);
}
function scanPackageResolved(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  if (!Array.isArray(doc.pins) && !(isObj(doc.object) && Array.isArray(doc.object.pins))) {
    c.error = 'no "pins" list (version 2 or 3) or "object.pins" (version 1)';
    return;
  }
  c.walk(doc);
}
var JSON_LOCKFILE_REVIEWERS = [
  lockfileReviewer("deno-lock", byName("deno.lock"), scanDenoLock),
  lockfileReviewer("swift-resolved", byName("package.resolved"), scanPackageResolved)
];

// src/core/rules/dependencies/linked-content.ts
var linkedContent = defineRule({
  id: "dependencies/linked-content",
  codes: ["dependency_link_not_followed"],
  summary: "A lockfile or dependency manifest that is a symlink is reviewed through its in-repository target; a link that leaves the repository, names another link or cannot be read is a deny.",
  fix: "Commit the file itself at that path, not a symlink."
});

// src/core/rules/dependencies/test-runners.ts
var testRunners = defineRule({
  id: "dependencies/test-runners",
  codes: ["test_runner_setup", "test_runner_config_changed"],
  summary: "A changed test runner configuration is high, naming each new option that loads code (globalSetup, setupFiles, transform, reporters, ...).",
  fix: "Have the change approved, or keep setup code out of the runner configuration."
});
var TEST_RUNNER_KEYS = /\b(globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|setupFilesAfterEach|testEnvironment|testRunner|runner|transform|reporters|watchPlugins|snapshotResolver|preset|resolver|moduleLoader|testSequencer|testResultsProcessor|dependencyExtractor|prettierPath|haste|plugins|globalSetupFile|webServer|require|loader|import|node-option|nodeArguments)\b/;
var TEST_RUNNER_CONFIG = /^(jest|vitest|vite|playwright|cypress|karma|ava|mocha)\.config\.(js|cjs|mjs|ts|cts|mts|json)$|^karma\.conf\.(js|cjs|ts)$|^\.mocharc\.(js|cjs|json|ya?ml)$/;
function reviewTestRunnerConfig(file, baseText, headText) {
  if (headText === null) return [];
  const lines = (text) => new Set((text ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""));
  const before = lines(baseText);
  const out = [];
  for (const line of lines(headText)) {
    if (before.has(line)) continue;
    const m = TEST_RUNNER_KEYS.exec(line);
    if (m) out.push(testRunners.finding("test_runner_setup", "high", `${file} sets ${quoteValue(m[1])} (${quoteValue(line)}); the test runner loads that code, so a test-only change executes it.`));
  }
  if (out.length === 0) {
    out.push(testRunners.finding("test_runner_config_changed", "high", `${file} changed; test runner configuration is code the runner executes before any test.`));
  }
  return out;
}
var TEST_RUNNER_REVIEWER = {
  kind: "test-runner-config",
  matches: (_p, base) => TEST_RUNNER_CONFIG.test(base),
  review: (base, head, { file }) => reviewTestRunnerConfig(file, base, head)
};

// src/core/rules/dependencies/npm.ts
var npm = defineRule({
  id: "dependencies/npm",
  codes: [
    "package_lifecycle_script",
    "package_bin",
    "package_dependency_source",
    "package_manager_changed",
    "package_tool_config",
    "package_json_unparseable",
    "npmrc_auth",
    "npmrc_registry",
    "npmrc_node_options",
    "npmrc_script_shell",
    "npmrc_ignore_scripts",
    "npmrc_executable",
    "npmrc_tls",
    "npmrc_setting"
  ],
  summary: "package.json scripts npm runs on install, bin links, non-registry dependency sources (a host outside the allow list is a deny of dependencies/source-hosts), packageManager and code-loading tool keys, and .npmrc settings (registries, credentials, shells, node options) are high when new or changed.",
  fix: "Have the change approved; keep registries and install-time code out of an agent change."
});
function scanNpmLock(text, c) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    c.error = `not valid JSON: ${err.message.split("\n")[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = "the top level is not a JSON object";
    return;
  }
  const packages = doc.packages;
  if (packages !== void 0) {
    if (!isObj(packages)) c.error = '"packages" is not an object';
    else
      for (const key of Object.keys(packages)) {
        const entry = packages[key];
        if (!isObj(entry)) continue;
        const where = key === "" ? "(root)" : key;
        const resolved = entry.resolved;
        if (resolved === void 0) continue;
        if (typeof resolved !== "string") {
          c.source({ kind: "unknown", spec: stableJson(resolved) }, where);
          continue;
        }
        c.resolved(resolved, where, entry.link === true);
      }
  }
  const stack = [{ deps: doc.dependencies, prefix: "" }];
  while (stack.length > 0) {
    const { deps, prefix } = stack.pop();
    if (!isObj(deps)) continue;
    for (const name of Object.keys(deps)) {
      const entry = deps[name];
      if (!isObj(entry)) continue;
      const where = `${prefix}${name}`;
      if (typeof entry.resolved === "string") c.resolved(entry.resolved, where, true);
      if (typeof entry.version === "string") c.spec(entry.version, where);
      if (entry.dependencies !== void 0) stack.push({ deps: entry.dependencies, prefix: `${where} > ` });
    }
  }
  c.walk(doc, { inert: NPM_LOCK_INERT });
}
var NPM_LOCK_INERT = inertKeys(
  ["funding", "deprecated", "license", "licenses", "homepage", "bugs", "description", "author", "contributors", "maintainers", "repository"],
  ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta", "requires", "bundleDependencies", "bundledDependencies"]
);
var LIFECYCLE_SCRIPTS = /* @__PURE__ */ new Set([
  "preinstall",
  "install",
  "postinstall",
  "prepare",
  "preprepare",
  "postprepare",
  "prepack",
  "pack",
  "postpack",
  "prepublish",
  "prepublishonly",
  "publish",
  "postpublish",
  "preuninstall",
  "uninstall",
  "postuninstall",
  "preversion",
  "version",
  "postversion",
  "dependencies",
  "predependencies",
  "postdependencies",
  "preshrinkwrap",
  "shrinkwrap",
  "postshrinkwrap"
]);
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var SCRIPT_CALL = /(?:^|[\s;&|()`'"])(?:npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?:run(?:-script)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*)?([\w:.@/-]+)/g;
var SCRIPT_LIST_CALL = /(?:^|[\s;&|()`'"])(?:npm-run-all|run-s|run-p)\s+([^;&|]+)/g;
function npmAutoScripts(scripts) {
  return scriptsRunAutomatically(
    scripts,
    (name) => LIFECYCLE_SCRIPTS.has(name.toLowerCase()),
    (value) => {
      if (typeof value !== "string") return [];
      const names = [];
      for (const m of value.matchAll(SCRIPT_CALL)) names.push(m[1]);
      for (const m of value.matchAll(SCRIPT_LIST_CALL)) for (const arg of m[1].split(/\s+/)) if (arg && !arg.startsWith("-")) names.push(arg);
      return names.flatMap((n) => [n, `pre${n}`, `post${n}`]);
    }
  );
}
var CODE_RUNNING_KEYS = Object.freeze({
  husky: "husky (v4) runs these commands as git hooks",
  "simple-git-hooks": "simple-git-hooks installs these commands as git hooks",
  "lint-staged": "lint-staged runs these commands on every commit",
  "pre-commit": "the pre-commit package runs these scripts as a git hook",
  precommit: "the pre-commit package runs these scripts as a git hook",
  "pre-push": "the pre-push package runs these scripts as a git hook",
  prepush: "the pre-push package runs these scripts as a git hook",
  gitHooks: "yorkie runs these commands as git hooks",
  ghooks: "ghooks runs these commands as git hooks",
  "git-hooks": "these commands run as git hooks",
  mocha: "mocha loads the modules it names (require, reporter, ui) before any test",
  ava: "ava loads the modules it names (require, extensions) before any test",
  nyc: "nyc loads the modules it names (require) into every test process",
  c8: "c8 configuration applies to every test process",
  babel: "babel loads these plugins and presets (code) on every build and test",
  eslintConfig: "eslint loads these plugins and parsers (code)",
  prettier: "prettier loads these plugins (code)",
  stylelint: "stylelint loads these plugins (code)",
  xo: "xo loads these plugins (code)",
  trustedDependencies: "bun runs the install scripts of these dependencies"
});
var PNPM_SCRIPT_KEYS = ["onlyBuiltDependencies", "onlyBuiltDependenciesFile", "neverBuiltDependencies", "ignoredBuiltDependencies", "packageExtensions", "patchedDependencies"];
function stringEntries(v, prefix, out) {
  if (typeof v === "string") out.set(prefix, v);
  else if (isObj(v)) for (const k of Object.keys(v)) stringEntries(v[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}
var GITHUB_SHORTHAND = /^[^@\s/.:][^\s/:]*\/[^\s/:]+(#.*)?$/;
function dependencySourceText(spec) {
  const s = spec.trim();
  if (/^npm:/i.test(s)) return "an npm alias that installs a differently named package";
  const c = classifySource(s);
  if (c) {
    if (c.kind === "registry") return null;
    if (c.kind === "https") return "a tarball URL";
    if (c.kind === "local") return "a link to a local directory";
    return SOURCE_TEXT[c.kind];
  }
  if (GITHUB_SHORTHAND.test(s)) return "a GitHub repository (user/repo shorthand)";
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return "a local path";
  return null;
}
function reviewPackageJson(file, baseText, headText, allow) {
  const out = [];
  if (headText === null) return out;
  const head = parseJsonObject(headText);
  if (typeof head === "string") {
    return [npm.finding("package_json_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its scripts and dependencies were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base = typeof parsedBase === "string" ? {} : parsedBase;
  const add = (code, message) => out.push(npm.finding(code, "high", message));
  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: lifecycle, value, verb } of newOrChangedScripts(npmAutoScripts(scripts), scripts, baseScripts)) {
    const script = `scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}`;
    add(
      "package_lifecycle_script",
      name === lifecycle ? `${file} ${verb} the lifecycle script ${script}; npm runs it automatically (install-time code execution, as in the Nx and Cline payloads).` : `${file} ${verb} ${script}, which the lifecycle script ${quoteValue(lifecycle)} runs; so it runs automatically on install too.`
    );
  }
  if (head.bin !== void 0 && stableJson(head.bin) !== stableJson(base.bin)) {
    const headBins = typeof head.bin === "string" ? /* @__PURE__ */ new Map([["bin", head.bin]]) : stringEntries(head.bin, "bin", /* @__PURE__ */ new Map());
    const baseBins = typeof base.bin === "string" ? /* @__PURE__ */ new Map([["bin", base.bin]]) : stringEntries(base.bin, "bin", /* @__PURE__ */ new Map());
    for (const [key, value] of headBins) {
      if (baseBins.get(key) === value) continue;
      add("package_bin", `${file} ${baseBins.has(key) ? "changes" : "adds"} the executable ${quoteValue(key)} = ${quoteValue(value)}; it is linked onto PATH for scripts and dependants.`);
    }
    if (headBins.size === 0) add("package_bin", `${file} sets bin = ${quoteValue(head.bin)}.`);
  }
  const specs = (doc) => {
    const m = /* @__PURE__ */ new Map();
    for (const field of DEPENDENCY_FIELDS) {
      const deps = doc[field];
      if (isObj(deps)) {
        for (const name of Object.keys(deps)) if (typeof deps[name] === "string") m.set(`${field}.${name}`, deps[name]);
      }
    }
    stringEntries(doc.overrides, "overrides", m);
    stringEntries(doc.resolutions, "resolutions", m);
    if (isObj(doc.pnpm)) stringEntries(doc.pnpm.overrides, "pnpm.overrides", m);
    return m;
  };
  const baseSpecs = specs(base);
  for (const [key, value] of specs(head)) {
    if (baseSpecs.get(key) === value) continue;
    const what = dependencySourceText(value);
    if (what === null) continue;
    const host = classifySource(value)?.host ?? (GITHUB_SHORTHAND.test(value.trim()) ? "github.com" : void 0);
    const outside = host !== void 0 && !hostAllowed(allow, host);
    add("package_dependency_source", `${file} sets ${quoteValue(key)} = ${quoteValue(redactUrl(value))}: ${what}, not a version from the registry${hostNote(value, allow) || (outside ? ` (host ${quoteValue(host)} is not in the network allow list)` : "")}.`);
  }
  if (head.packageManager !== void 0 && stableJson(head.packageManager) !== stableJson(base.packageManager)) {
    add("package_manager_changed", `${file} sets packageManager = ${quoteValue(head.packageManager)}; corepack downloads and runs that package manager${typeof head.packageManager === "string" ? hostNote(head.packageManager.replace(/^[^@]+@/, ""), allow) : ""}.`);
  }
  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(CODE_RUNNING_KEYS, key)) continue;
    if (stableJson(head[key]) === stableJson(base[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(base, key) ? "changes" : "sets"} ${quoteValue(key)} = ${quoteValue(head[key])}; ${CODE_RUNNING_KEYS[key]} (the package.json form of a protected configuration file).`);
  }
  const pnpmHead = isObj(head.pnpm) ? head.pnpm : {};
  const pnpmBase = isObj(base.pnpm) ? base.pnpm : {};
  for (const key of PNPM_SCRIPT_KEYS) {
    if (!Object.hasOwn(pnpmHead, key) || stableJson(pnpmHead[key]) === stableJson(pnpmBase[key])) continue;
    add("package_tool_config", `${file} ${Object.hasOwn(pnpmBase, key) ? "changes" : "sets"} pnpm.${key} = ${quoteValue(pnpmHead[key])}; it decides which dependencies run install scripts or how they are patched.`);
  }
  const jestHeadAll = isObj(head.jest) ? head.jest : {};
  const jestBaseAll = isObj(base.jest) ? base.jest : {};
  for (const key of Object.keys(jestHeadAll)) {
    if (!TEST_RUNNER_KEYS.test(key)) continue;
    if (stableJson(jestHeadAll[key]) === stableJson(jestBaseAll[key])) continue;
    out.push(testRunners.finding("test_runner_setup", "high", `${file} sets jest.${quoteValue(key).slice(1, -1)} = ${quoteValue(jestHeadAll[key])}; the test runner loads that code.`));
  }
  return out;
}
function npmrcClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/(?<=[a-z])_(?=[a-z])/g, "-");
    const last = k.slice(k.lastIndexOf(":") + 1);
    if (value === void 0) {
      if (last === "ignore-scripts" && before?.trim().toLowerCase() === "true") {
        return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run again" };
      }
      return null;
    }
    if (/(^|:)_?(authtoken|auth|password|_password)$/.test(k) || /:_/.test(k) || last === "username" || last === "certfile" || last === "keyfile" || last === "email") {
      return { code: "npmrc_auth", why: "registry credentials decide where installs authenticate (a token sent to an attacker host leaks)", redact: /auth|password/.test(last) };
    }
    if (last === "registry") return { code: "npmrc_registry", why: `every install now resolves packages there (dependency confusion)${hostNote(value, allow)}` };
    if (k === "node-options") return { code: "npmrc_node_options", why: "Node runs with these options in every npm script (--require runs code before every npm run and npm test)" };
    if (k === "script-shell" || k === "shell") return { code: "npmrc_script_shell", why: "npm runs every script through this program" };
    if (k === "ignore-scripts") {
      if (value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_ignore_scripts", why: "install scripts of every dependency run" };
    }
    if (["git", "node-gyp", "editor", "browser", "viewer", "onload-script", "init-module", "prefix", "globalconfig", "userconfig", "npm-path"].includes(k)) {
      return { code: "npmrc_executable", why: "npm runs or loads this file" };
    }
    if (["strict-ssl", "ca", "cafile", "cert", "key", "https-proxy", "proxy", "noproxy", "replace-registry-host"].includes(last)) {
      if (last === "strict-ssl" && value.trim().toLowerCase() === "true") return null;
      return { code: "npmrc_tls", why: "changes how registry connections are made or verified" };
    }
    return { code: "npmrc_setting", why: "npm configuration applies to every install and script" };
  };
}
function packageJsonSources(text, c) {
  const doc = parseJsonObject(text);
  if (typeof doc === "string") {
    c.error = doc;
    return;
  }
  c.walk(pick(doc, PACKAGE_JSON_SOURCES));
  for (const field of DEPENDENCY_FIELDS) {
    const deps = doc[field];
    if (isObj(deps)) {
      for (const name of Object.keys(deps)) if (typeof deps[name] === "string" && GITHUB_SHORTHAND.test(deps[name].trim())) c.host("github.com", `${field}.${name}`);
    }
  }
}
var PACKAGE_JSON_SOURCES = [
  ...[...DEPENDENCY_FIELDS, "bundleDependencies", "bundledDependencies", "overrides", "resolutions", "packageManager", "devEngines", "catalog", "catalogs"].map((k) => [k]),
  ["pnpm", "overrides"],
  ["pnpm", "patchedDependencies"],
  ["pnpm", "packageExtensions"],
  ["workspaces", "catalog"],
  ["workspaces", "catalogs"]
];
var npmrcSources = settingSources(parseNpmrc, (key) => /(^|:)registry$/i.test(key.trim()));
var NPM_REVIEWERS = [
  lockfileReviewer("npm-lock", byName("package-lock.json", "npm-shrinkwrap.json"), scanNpmLock),
  { kind: "package-json", matches: byName("package.json"), review: (base, head, { file, allow }) => reviewPackageJson(file, base, head, allow), sources: packageJsonSources },
  { kind: "npmrc", matches: byName(".npmrc"), sources: npmrcSources, review: (base, head, { file, allow }) => reviewSettings(npm, file, parseNpmrc(base ?? ""), parseNpmrc(head ?? ""), npmrcClassifier(allow)) }
];

// src/core/rules/dependencies/pnpm.ts
var import_parsers2 = __toESM(require_lib(), 1);
var PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
var PNPM_SKIP_KEYS = /* @__PURE__ */ new Set(["deprecated", "integrity", "checksum", "homepage", "funding"]);
var YARN_V1_HEADER = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
function pnpmPair(c, key, value, where) {
  if (value === "" || PNPM_SKIP_KEYS.has(key)) return;
  if (key === "tarball" || key === "repo") c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: "git", host: value.slice(0, value.indexOf("/")).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}
function pnpmKey(c, key, where) {
  if (PNPM_GIT_HOST_PATH.test(key)) c.record({ kind: "git", host: key.slice(0, key.indexOf("/")).toLowerCase(), spec: key }, where);
  else {
    const source = afterPackageName(key.startsWith("/") ? key.slice(1) : key);
    if (source !== null) c.spec(source, where);
  }
}
var maySource = (s) => s.indexOf(":") >= 0 || s.indexOf("//") >= 0 || s.indexOf("\\\\") >= 0 || PNPM_GIT_HOST_PATH.test(s);
function scanPnpmLock(text, c) {
  if (YARN_V1_HEADER.test(text)) {
    c.error = "the file opens with a yarn v1 lockfile header, which pnpm never writes";
    return;
  }
  let doc;
  try {
    doc = (0, import_parsers2.parseSyml)(text);
  } catch (err) {
    c.error = `not valid YAML: ${err.message.split("\n")[0]}`;
    return;
  }
  const pathOf2 = (n, key) => {
    const keys = [key];
    for (let p = n; p !== void 0 && p.parent !== void 0; p = p.parent) keys.push(p.key);
    return keyPath(keys.reverse());
  };
  const seen = /* @__PURE__ */ new WeakSet();
  const stack = [{ v: doc, node: { key: "", parent: void 0 } }];
  while (stack.length > 0) {
    const { v, node } = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (typeof x === "object" && x !== null) stack.push({ v: x, node: { key: `[${i}]`, parent: node } });
      });
      continue;
    }
    if (!isObj(v)) continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (typeof x === "string") {
        if (x !== "" && !PNPM_SKIP_KEYS.has(key) && (key === "tarball" || key === "repo" || maySource(x))) pnpmPair(c, key, x, pathOf2(node, key));
      } else {
        if (node.parent !== void 0 && maySource(key)) pnpmKey(c, key, pathOf2(node, key));
        if (typeof x === "object" && x !== null) stack.push({ v: x, node: { key, parent: node } });
      }
    }
  }
  c.walk(doc, { shared: true, inert: PNPM_INERT });
}
var PNPM_INERT = inertKeys(["deprecated"], ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta", "overrides", "transitivePeerDependencies"]);
var PNPM_REVIEWERS = [lockfileReviewer("pnpm-lock", byName("pnpm-lock.yaml"), scanPnpmLock)];

// src/core/formats/requirements.ts
function normalise(line) {
  return line.trim().replace(/\s+/g, " ").replace(/^-([iferc])(?=[^\s=-])/, "-$1 ");
}
var COMMENT = new RegExp(`(^|[${PY_SPACE}]+)#.*$`, "s");
var COMMENT_AT_START = new RegExp(`^(?:[${PY_SPACE}]+)?#`);
function requirementLines(text) {
  if (text === null) return [];
  const joined = [];
  let pending = [];
  const lines = stripBom(text).split(PY_LINE_BREAK);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    const comment = COMMENT_AT_START.test(line);
    if (!line.endsWith("\\") || comment) {
      const l = comment ? ` ${line}` : line;
      if (pending.length > 0) {
        pending.push(l);
        joined.push(pending.join(""));
        pending = [];
      } else joined.push(l);
    } else pending.push(line.replace(/^\\+|\\+$/g, ""));
  }
  if (pending.length > 0) joined.push(pending.join(""));
  const out = [];
  for (const line of joined) {
    const full = normalise(pyStrip(line.replace(COMMENT, "")));
    if (full !== "") out.push(full);
  }
  return out;
}

// src/core/rules/dependencies/python.ts
var python = defineRule({
  id: "dependencies/python",
  codes: [
    "python_index",
    "python_trusted_host",
    "python_vcs_source",
    "python_direct_source",
    "python_unreviewed_include",
    "python_setting",
    "python_build_backend",
    "uv_toml_unparseable",
    "pyproject_unparseable",
    "pipfile_unparseable"
  ],
  summary: "New package indexes, trusted hosts, VCS and direct-URL requirements, unreviewed requirement includes, build backends and installer settings in requirements files, pip.conf, uv.toml and pyproject.toml are high.",
  fix: "Have the change approved; install from the allowed index by version."
});
function isRequirementsPath(lowerPath, base) {
  return /requirements.*\.(txt|in)$|^constraints.*\.txt$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(lowerPath);
}
function scanUvLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  tomlPackages(doc, c, true);
  walkToml(doc, (t, key, value) => {
    const where = at(t, key, key);
    if (key === "registry" || key === "url" || key === "index") urlOrPath(c, value, where);
    else if (key === "git") vcsSource(c, value, where);
    else if (key === "path" || key === "directory") localPath(c, value, where);
    else if (key === "editable" || key === "virtual") localPath(c, value, where);
  });
  c.walk(doc);
}
function scanPoetryLock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  for (const pkg of tomlPackages(doc, c, true)) {
    const src = pkg.source;
    const name = typeof pkg.name === "string" ? pkg.name : "package";
    if (src !== void 0) {
      if (!isTable(src) || typeof src.url !== "string") {
        c.source({ kind: "unknown", spec: JSON.stringify(src) }, at(pkg, "source", name));
      } else {
        const type = typeof src.type === "string" ? src.type.toLowerCase() : "";
        const where = at(src, "url", name);
        if (type === "git") vcsSource(c, src.url, where);
        else if (type === "file" || type === "directory") localPath(c, src.url, where);
        else if (type === "legacy" || type === "url" || type === "pypi" || type === "") c.resolved(src.url, where);
        else c.source({ kind: "unknown", spec: `${type} ${src.url}` }, where);
      }
    }
  }
  walkToml(
    doc,
    (t, key, value) => {
      const where = at(t, key, key);
      if (key === "url") urlOrPath(c, value, where);
      else if (key === "git") vcsSource(c, value, where);
      else if (key === "path" || key === "directory") localPath(c, value, where);
    },
    (t, key) => key === "source" && isTable(t.source) && Object.hasOwn(t, "name")
  );
  c.walk(doc, { inert: POETRY_LOCK_INERT });
}
var POETRY_LOCK_INERT = inertKeys(["description"], ["dependencies", "extras"]);
function scanPipfileLock(text, c) {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  const meta = doc._meta;
  if (!isObj(meta)) {
    c.error = '"_meta" is missing or not an object';
    return;
  }
  if (meta.sources !== void 0) {
    if (!Array.isArray(meta.sources)) c.error = '"_meta.sources" is not an array';
    else
      meta.sources.forEach((s, i) => {
        const where = `_meta.sources[${i}]`;
        if (!isObj(s) || typeof s.url !== "string") c.source({ kind: "unknown", spec: stableJson(s) }, where);
        else c.resolved(s.url, where);
      });
  }
  for (const category of Object.keys(doc)) {
    if (category === "_meta") continue;
    const pkgs = doc[category];
    if (!isObj(pkgs)) continue;
    for (const name of Object.keys(pkgs)) {
      const p = pkgs[name];
      if (!isObj(p)) continue;
      const where = `${category}.${name}`;
      for (const vcs of ["git", "hg", "svn", "bzr"]) if (typeof p[vcs] === "string") vcsSource(c, p[vcs], where);
      if (typeof p.file === "string") urlOrPath(c, p.file, where);
      if (typeof p.path === "string") localPath(c, p.path, where);
    }
  }
  c.walk(doc);
}
function pythonClassifier(allow) {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/_/g, "-");
    if (value === void 0) {
      if (/require-hashes/.test(k) && before !== void 0) return { code: "python_setting", why: "hash checking of downloaded packages is no longer required" };
      return null;
    }
    if (/\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror)$/.test(k)) {
      return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
    }
    if (/trusted-host|allow-insecure-host/.test(k)) return { code: "python_trusted_host", why: "TLS verification is switched off for that host" };
    return { code: "python_setting", why: "installer configuration applies to every install" };
  };
}
function reviewRequirements(file, baseText, headText, allow) {
  const before = new Set(requirementLines(baseText));
  const headLines = requirementLines(headText);
  const out = [];
  const add = (code, key, value, why) => out.push(python.finding(code, "high", `${file} adds ${quoteValue(key)} ${quoteValue(value)}: ${why}.`));
  for (const line of headLines) {
    if (before.has(line)) continue;
    const opt = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable|-r|--requirement|-c|--constraint|--[\w-]+)(?:\s*=\s*|\s+|$)(.*)$/.exec(line);
    if (opt) {
      const name = opt[1];
      const value = opt[2] ?? "";
      if (/^(-i|--index-url|--extra-index-url|-f|--find-links)$/.test(name)) {
        add("python_index", name, value, `pip now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}`);
      } else if (name === "--trusted-host") add("python_trusted_host", name, value, "pip switches off TLS verification for that host");
      else if (name === "-e" || name === "--editable") {
        if (/^(git|hg|svn|bzr)\+/i.test(value)) add("python_vcs_source", name, value, `an editable install from version control runs its build code${firstUrlNote(value, allow)}`);
        else if (/:\/\//.test(value)) add("python_direct_source", name, value, `an editable install from a URL${firstUrlNote(value, allow)}`);
      } else if (/^(-r|--requirement|-c|--constraint)$/.test(name)) {
        if (/:\/\//.test(value)) add("python_direct_source", name, value, `includes requirements from a URL${firstUrlNote(value, allow)}`);
        else if (!isRequirementsPath(value.toLowerCase(), value.toLowerCase().slice(value.lastIndexOf("/") + 1))) {
          add("python_unreviewed_include", name, value, "pip applies every option and source in that file, whose name is not one this review reads (requirements*.txt, requirements/*.txt, constraints*.txt), so its index URLs and sources are not checked");
        }
      } else if (!/^--(hash|pre|prefer-binary|only-binary|require-hashes)$/.test(name)) {
        add("python_setting", name, value, "changes how pip installs every requirement");
      }
      continue;
    }
    const vcs = /(^|\s|@\s*)((git|hg|svn|bzr)\+[^\s;]+)/i.exec(line);
    if (vcs) {
      add("python_vcs_source", "requirement", line, `installs from version control, not the index, and runs its build code${firstUrlNote(vcs[2], allow)}`);
      continue;
    }
    const url = /(^|@\s*)((https?|file|ftp):\/\/[^\s;]+|file:[^\s;]+)/i.exec(line);
    if (url) add("python_direct_source", "requirement", line, `installs from a direct URL, not the index${firstUrlNote(url[2], allow)}`);
  }
  if (before.has("--require-hashes") && !headLines.includes("--require-hashes")) {
    out.push(python.finding("python_setting", "high", `${file} removes "--require-hashes": downloaded packages are no longer hash-checked.`));
  }
  return out;
}
function pyprojectClassifier(allow) {
  const py = pythonClassifier(allow);
  return (key, value, before) => {
    const k = key.toLowerCase();
    if (k.startsWith("build-system.") || /^tool\.hatch\..*hooks/.test(k) || /^tool\.setuptools\.cmdclass/.test(k)) {
      if (value === void 0) return null;
      return { code: "python_build_backend", why: "the build backend and its requirements run when the project is built or installed" };
    }
    if (/^tool\.(poetry|pdm)\.source\[\d+\]\./.test(k) || /^tool\.uv\.index\[\d+\]\./.test(k)) {
      if (value === void 0) return null;
      if (/\.url$/.test(k)) return { code: "python_index", why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
      return { code: "python_setting", why: "changes a package index definition (its name, priority or scope)" };
    }
    if (k.startsWith("tool.uv.sources.") || /^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies\./.test(k) || /^tool\.pdm\.dev-dependencies/.test(k)) {
      if (value === void 0) return null;
      if (/git/.test(k) || /\bgit\s*=|git\+|\.git\b/.test(value)) return { code: "python_vcs_source", why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)url$|:\/\//.test(k + value)) return { code: "python_direct_source", why: `installs from a direct URL, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)path$|\bpath\s*=/.test(k + value)) return { code: "python_direct_source", why: "installs from a local path" };
      return null;
    }
    if (k.startsWith("tool.uv.")) {
      if (!/index|find-links|mirror|insecure|trusted|require-hashes/.test(k)) return null;
      return py(key.slice("tool.uv.".length), value, before);
    }
    if (/^(project\.(dependencies|optional-dependencies)|dependency-groups)/.test(k) && value !== void 0) {
      const refs = (v) => new Set((v ?? "").match(/(git|hg|svn|bzr)\+[^\s"',\]]+|(https?|file):\/\/[^\s"',\]]+/gi) ?? []);
      const beforeRefs = refs(before);
      const added = [...refs(value)].filter((r) => !beforeRefs.has(r));
      if (added.length === 0) return null;
      if (added.some((r) => /^(git|hg|svn|bzr)\+/i.test(r))) return { code: "python_vcs_source", why: `a dependency now installs from version control${firstUrlNote(added.join(" "), allow)}` };
      return { code: "python_direct_source", why: `a dependency now installs from a direct URL${firstUrlNote(added.join(" "), allow)}` };
    }
    return null;
  };
}
function requirementsSources(text, c) {
  for (const line of requirementLines(text)) hostsOf(line, (host) => c.host(host, line));
}
var isIndexKey = (key) => {
  const k = key.toLowerCase().replace(/_/g, "-");
  return /\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror|python-downloads-json-url)$/.test(k);
};
function pyprojectSources(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  const doc = r.value;
  const poetry = isTable(doc.tool) && isTable(doc.tool.poetry) ? Object.keys(doc.tool.poetry).filter((k) => !POETRY_METADATA.has(k)) : [];
  c.walk(pick(doc, [...PYPROJECT_SOURCES, ...poetry.map((k) => ["tool", "poetry", k])]));
}
var PYPROJECT_SOURCES = [["project", "dependencies"], ["project", "optional-dependencies"], ["dependency-groups"], ["build-system", "requires"], ["tool", "uv"], ["tool", "pdm"], ["tool", "hatch", "envs"]];
var POETRY_METADATA = /* @__PURE__ */ new Set(["name", "version", "description", "license", "authors", "maintainers", "readme", "homepage", "repository", "documentation", "keywords", "classifiers", "urls", "packages", "include", "exclude"]);
function scanPylock(text, c) {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const packages = doc.packages;
  if (packages !== void 0 && (!Array.isArray(packages) || !packages.every(isTable))) {
    c.error = '"packages" is not an array of tables';
    return;
  }
  for (const pkg of packages ?? []) {
    if (!isTable(pkg)) continue;
    const name = typeof pkg.name === "string" ? pkg.name : "package";
    if (isTable(pkg.vcs)) {
      if (typeof pkg.vcs.url === "string") vcsSource(c, pkg.vcs.url, at(pkg.vcs, "url", name));
      if (typeof pkg.vcs.path === "string") localPath(c, pkg.vcs.path, at(pkg.vcs, "path", name));
    }
    if (isTable(pkg.directory) && typeof pkg.directory.path === "string") localPath(c, pkg.directory.path, at(pkg.directory, "path", name));
    for (const file of [pkg.archive, pkg.sdist, ...Array.isArray(pkg.wheels) ? pkg.wheels : []]) {
      if (!isTable(file)) continue;
      if (typeof file.url === "string") c.resolved(file.url, at(file, "url", name));
      else if (typeof file.path === "string") localPath(c, file.path, at(file, "path", name));
    }
    if (typeof pkg.index === "string") c.resolved(pkg.index, at(pkg, "index", name));
  }
  c.walk(doc);
}
function pipfileSources(text, c) {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  c.walk(r.value, { inert: (key, parent) => parent === void 0 && (key === "scripts" || key === "requires" || key === "pipenv") });
}
function pipfileClassifier(allow) {
  return (key, value) => {
    if (value === void 0) return null;
    const k = key.toLowerCase();
    if (/^source\[\d+\]\.url$/.test(k)) return { code: "python_index", why: `pipenv now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}` };
    if (/^source\[\d+\]\./.test(k)) return { code: "python_setting", why: "changes a package index definition (TLS verification, its name)" };
    if (/^(scripts|requires|pipenv)\./.test(k)) return /^scripts\./.test(k) ? { code: "python_setting", why: "pipenv runs this command by name" } : null;
    if (/\.(git|hg|svn|bzr)$/.test(k)) return { code: "python_vcs_source", why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
    if (/\.(file|path)$/.test(k) || /:\/\//.test(value)) return { code: "python_direct_source", why: `installs from a URL or a local path, not the index${firstUrlNote(value, allow)}` };
    if (/\.index$/.test(k)) return { code: "python_index", why: "the package now comes from that named index" };
    return null;
  };
}
var PYTHON_REVIEWERS = [
  { kind: "requirements", matches: isRequirementsPath, sources: requirementsSources, review: (base, head, { file, allow }) => reviewRequirements(file, base, head, allow) },
  { kind: "pip-conf", matches: byName("pip.conf", "pip.ini"), sources: settingSources(parsePipConf, isIndexKey), review: (base, head, { file, allow }) => reviewSettings(python, file, parsePipConf(base ?? ""), parsePipConf(head ?? ""), pythonClassifier(allow)) },
  { kind: "uv-toml", matches: byName("uv.toml"), sources: settingSources((t) => tomlSettings(t), isIndexKey), review: (base, head, { file, allow }) => reviewTomlSettings(python, "uv_toml_unparseable", file, base, head, pythonClassifier(allow)) },
  { kind: "pyproject", matches: byName("pyproject.toml"), sources: pyprojectSources, review: (base, head, { file, allow }) => reviewTomlSettings(python, "pyproject_unparseable", file, base, head, pyprojectClassifier(allow)) },
  lockfileReviewer("uv-lock", byName("uv.lock"), scanUvLock),
  lockfileReviewer("poetry-lock", byName("poetry.lock"), scanPoetryLock),
  lockfileReviewer("pipfile-lock", byName("pipfile.lock"), scanPipfileLock),
  lockfileReviewer("pylock", (_p, base) => base === "pylock.toml" || /^pylock\.[a-z0-9_-]+\.toml$/.test(base), scanPylock),
  { kind: "pipfile", matches: byName("pipfile"), sources: pipfileSources, review: (base, head, { file, allow }) => reviewTomlSettings(python, "pipfile_unparseable", file, base, head, pipfileClassifier(allow)) }
];

// src/core/rules/dependencies/ruby.ts
var GEMFILE_SECTIONS = /* @__PURE__ */ new Set(["GIT", "GEM", "PATH", "PLUGIN SOURCE", "PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS"]);
function scanGemfileLock(text, c) {
  let section = "";
  forEachLine(text, (line, n) => {
    if (c.error !== void 0 || line.trim() === "") return;
    if (/^(<{7}|={7}|>{7})/.test(line)) {
      c.error = `merge-conflict marker at line ${n}`;
      return;
    }
    if (!/^\s/.test(line)) {
      section = line.trim();
      return;
    }
    const m = /^ {2}remote: (.*)$/.exec(line);
    if (!m) {
      if (/^\s*remote\s*:/.test(line)) c.error = `a "remote:" line at line ${n} is not indented by two spaces as Bundler reads it`;
      return;
    }
    const value = m[1].trim();
    const where = `line ${n}`;
    if (section === "GEM" || section === "PLUGIN SOURCE") urlOrPath(c, value, where);
    else if (section === "GIT") vcsSource(c, value, where);
    else if (section === "PATH") localPath(c, value, where);
    else c.error = `a "remote:" at line ${n} in ${GEMFILE_SECTIONS.has(section) ? "the" : "an unknown"} section ${JSON.stringify(section)}`;
  });
}
var RUBY_REVIEWERS = [lockfileReviewer("gemfile-lock", byName("gemfile.lock", "gems.locked"), scanGemfileLock)];

// src/core/rules/dependencies/wrappers.ts
var wrappers = defineRule({
  id: "dependencies/wrappers",
  codes: ["wrapper_distribution_url", "wrapper_setting"],
  summary: "A new or changed wrapper distribution URL (the build tool the wrapper downloads and runs) or checksum setting is high.",
  fix: "Have the change approved; take the distribution from the official host with its checksum."
});
function wrapperClassifier(allow) {
  return (key, value) => {
    if (/^(distributionurl|wrapperurl)$/i.test(key)) {
      if (value === void 0) return { code: "wrapper_setting", why: "the wrapper no longer names its distribution" };
      return { code: "wrapper_distribution_url", why: `the wrapper downloads and runs the build tool from there (toolchain hijack)${hostNote(value, allow)}` };
    }
    return { code: "wrapper_setting", why: value === void 0 ? "a wrapper setting (such as the distribution checksum) was removed" : "changes how the wrapper downloads or verifies the build tool" };
  };
}
var WRAPPER_REVIEWERS = [
  {
    kind: "wrapper-properties",
    matches: byName("gradle-wrapper.properties", "maven-wrapper.properties"),
    // The distribution is downloaded from there: a source, as a registry is.
    sources: settingSources(parseProperties, (key) => /^(distributionurl|wrapperurl)$/i.test(key)),
    review: (base, head, { file, allow }) => reviewSettings(wrappers, file, parseProperties(base ?? ""), parseProperties(head ?? ""), wrapperClassifier(allow))
  }
];

// src/core/rules/dependencies/yarn.ts
var import_parsers3 = __toESM(require_lib(), 1);
var yarn = defineRule({
  id: "dependencies/yarn",
  codes: ["yarnrc_yarn_path", "yarnrc_registry", "yarnrc_plugins", "yarnrc_auth", "yarnrc_setting", "yarnrc_unparseable"],
  summary: "New or changed .yarnrc.yml / .yarnrc settings are high: yarnPath and plugins run code on every command, registries redirect every install, credentials are redacted.",
  fix: "Have the change approved; keep registries and yarn binaries out of an agent change."
});
function scanYarnLock(text, c) {
  let doc;
  try {
    doc = (0, import_parsers3.parseSyml)(text);
  } catch (err) {
    c.error = `not a yarn lockfile Yarn reads: ${err.message.split("\n")[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = "the top level is not a mapping";
    return;
  }
  for (const key of Object.keys(doc)) {
    if (key === "__metadata") continue;
    const entry = doc[key];
    const where = keyPath([key]);
    if (!isObj(entry)) {
      c.source({ kind: "unknown", spec: stableJson(entry) }, where);
      continue;
    }
    if (entry.resolved !== void 0) {
      if (typeof entry.resolved === "string") c.resolved(entry.resolved, keyPath([key, "resolved"]));
      else c.source({ kind: "unknown", spec: stableJson(entry.resolved) }, keyPath([key, "resolved"]));
    } else if (entry.resolution !== void 0) {
      const resolution = typeof entry.resolution === "string" ? entry.resolution : stableJson(entry.resolution);
      const source = afterPackageName(resolution);
      const k = source === null ? null : classifySource(source);
      if (k === null) c.source({ kind: "unknown", spec: resolution }, keyPath([key, "resolution"]));
      else c.record(k, keyPath([key, "resolution"]));
    } else {
      for (const part of key.split(",")) {
        const source = afterPackageName(part.trim());
        if (source !== null) c.spec(source, where, false);
      }
    }
  }
  c.walk(doc, { shared: true });
}
function flattenYarnrc(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === "npmScopes" && isObj(v)) {
      for (const scope2 of Object.keys(v)) {
        const s = v[scope2];
        if (isObj(s)) for (const k of Object.keys(s)) out.set(`npmScopes.${scope2}.${k}`, typeof s[k] === "string" ? s[k] : stableJson(s[k]));
        else out.set(`npmScopes.${scope2}`, stableJson(s));
      }
    } else out.set(key, typeof v === "string" ? v : stableJson(v));
  }
  return out;
}
function yarnrcClassifier(allow) {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
    if (value === void 0) {
      if (last === "enablescripts" && before?.trim() === "false") return { code: "yarnrc_setting", why: "install scripts of dependencies run again" };
      return null;
    }
    if (last === "yarnpath" || last === "yarn-path") return { code: "yarnrc_yarn_path", why: "yarn executes that JavaScript file for every command" };
    if (last === "npmregistryserver" || last === "npmpublishregistry" || last === "registry") {
      return { code: "yarnrc_registry", why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}` };
    }
    if (last === "plugins") return { code: "yarnrc_plugins", why: "yarn loads and runs these plugins on every command" };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: "yarnrc_auth", why: "registry credentials", redact: true };
    return { code: "yarnrc_setting", why: "yarn configuration applies to every install" };
  };
}
function reviewYarnrcYml(file, baseText, headText, allow) {
  const parse = (t) => {
    if (t === null || t.trim() === "") return /* @__PURE__ */ new Map();
    const r = parseWorkflowYaml(t);
    return r.ok ? flattenYarnrc(r.value) : r.reason;
  };
  const head = parse(headText);
  if (typeof head === "string") return [yarn.finding("yarnrc_unparseable", "high", `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = parse(baseText);
  return reviewSettings(yarn, file, typeof base === "string" ? /* @__PURE__ */ new Map() : base, head, yarnrcClassifier(allow));
}
var isRegistryKey = (key) => /(^|[.:])(npmregistryserver|registry)$/i.test(key);
var yarnrcYmlSources = settingSources((t) => {
  if (t.trim() === "") return /* @__PURE__ */ new Map();
  const r = parseWorkflowYaml(t);
  return r.ok ? flattenYarnrc(r.value) : r.reason;
}, isRegistryKey);
var yarnrcSources = settingSources(parseYarnrcClassic, isRegistryKey);
var YARN_REVIEWERS = [
  lockfileReviewer("yarn-lock", byName("yarn.lock"), scanYarnLock),
  { kind: "yarnrc-yml", matches: byName(".yarnrc.yml", ".yarnrc.yaml"), sources: yarnrcYmlSources, review: (base, head, { file, allow }) => reviewYarnrcYml(file, base, head, allow) },
  { kind: "yarnrc", matches: byName(".yarnrc"), sources: yarnrcSources, review: (base, head, { file, allow }) => reviewSettings(yarn, file, parseYarnrcClassic(base ?? ""), parseYarnrcClassic(head ?? ""), yarnrcClassifier(allow)) }
];

// src/core/rules/dependencies/index.ts
var DEPENDENCY_REVIEWERS = Object.freeze([
  ...NPM_REVIEWERS,
  ...YARN_REVIEWERS,
  ...PNPM_REVIEWERS,
  ...BUN_REVIEWERS,
  ...PYTHON_REVIEWERS,
  ...CARGO_REVIEWERS,
  ...GO_REVIEWERS,
  ...RUBY_REVIEWERS,
  ...COMPOSER_REVIEWERS,
  ...JSON_LOCKFILE_REVIEWERS,
  ...HELM_REVIEWERS,
  ...WRAPPER_REVIEWERS,
  ...DEPENDABOT_REVIEWERS,
  TEST_RUNNER_REVIEWER
]);
var DEPENDENCY_RULES = Object.freeze({
  id: "dependencies",
  title: "Dependencies",
  doc: "Runs on every changed lockfile, dependency manifest and package-manager, registry or toolchain configuration file (matched case-insensitively), comparing the head text with the base text at the same path. Lockfiles are parsed for every source they resolve from; configuration files are read as settings.",
  rules: [sourceHosts, lockfileSources, lockfileReadable, linkedContent, npm, yarn, bun, python, cargo, go, helm, composer, wrappers, dependabot, testRunners]
});
function reviewerFor(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  return DEPENDENCY_REVIEWERS.find((r) => r.matches(lower, base));
}
function dependencyFileKind(path) {
  return reviewerFor(path)?.kind ?? null;
}
function isDependencyFile(path) {
  return reviewerFor(path) !== void 0;
}
function reviewDependencyChange(path, baseText, headText, allow, opts = {}) {
  const reviewer = reviewerFor(path);
  if (reviewer === void 0) return [];
  const ctx = { path, file: quoteValue(path), allow };
  if (headText === null && opts.headUnreadable === true) return finish(ctx.file, reviewer.unreadable?.(ctx) ?? []);
  if (baseText === headText) return [];
  const findings = reviewer.review(baseText, headText, ctx);
  if (reviewer.sources !== void 0 && headText !== null) findings.push(...reviewSourceHosts(reviewer.sources, baseText, headText, ctx));
  return finish(ctx.file, findings);
}
var CAP_PER_CODE = 20;
function finish(file, findings) {
  const ordered = [...findings.filter((f) => f.severity === "deny"), ...findings.filter((f) => f.severity !== "deny")];
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  const dropped = /* @__PURE__ */ new Map();
  for (const f of ordered) {
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= CAP_PER_CODE) out.push(f);
    else {
      const d = dropped.get(f.code) ?? { ...f, n: 0 };
      d.n++;
      if (f.severity === "deny") d.severity = "deny";
      dropped.set(f.code, d);
    }
  }
  for (const [code, d] of dropped) out.push({ rule: d.rule, code, severity: d.severity, message: `${file}: ${d.n} more ${code} findings not listed.` });
  return out;
}

// src/core/identify/content.ts
var SOURCE = [
  "go",
  "ts",
  "tsx",
  "mts",
  "cts",
  "js",
  "jsx",
  "mjs",
  "cjs",
  "py",
  "pyi",
  "rb",
  "rs",
  "java",
  "kt",
  "kts",
  "scala",
  "sc",
  "groovy",
  "c",
  "h",
  "cc",
  "cpp",
  "cxx",
  "hpp",
  "hh",
  "hxx",
  "inl",
  "cs",
  "fs",
  "fsi",
  "fsx",
  "vb",
  "swift",
  "m",
  "mm",
  "php",
  "pl",
  "pm",
  "t",
  "lua",
  "ex",
  "exs",
  "erl",
  "hrl",
  "hs",
  "lhs",
  "ml",
  "mli",
  "clj",
  "cljs",
  "cljc",
  "edn",
  "dart",
  "r",
  "jl",
  "sql",
  "vue",
  "svelte",
  "astro",
  "css",
  "scss",
  "sass",
  "less",
  "styl",
  "html",
  "htm",
  "xhtml",
  "sh",
  "bash",
  "zsh",
  "fish",
  "ps1",
  "psm1",
  "psd1",
  "bat",
  "cmd",
  "tf",
  "tfvars",
  "hcl",
  "proto",
  "graphql",
  "gql",
  "thrift",
  "avsc",
  "elm",
  "nim",
  "zig",
  "sol",
  "cu",
  "cuh",
  "f90",
  "f",
  "tmpl",
  "tpl",
  "gotmpl",
  "j2",
  "jinja",
  "jinja2",
  "hbs",
  "handlebars",
  "ejs",
  "pug",
  "mustache",
  "liquid",
  "twig",
  "erb",
  "haml",
  "slim",
  "cshtml",
  "razor",
  "xaml",
  "ipynb",
  "rego",
  "cue",
  "jsonnet",
  "libsonnet",
  "lean",
  "v",
  "sv",
  "vhd",
  "vhdl",
  "asm",
  "s",
  "ada",
  "adb",
  "ads",
  "pas",
  "d",
  "cr",
  "purs",
  "res",
  "resi",
  "re",
  "rei",
  "gleam",
  "odin",
  "wat",
  "awk",
  "sed",
  "tcl",
  "vim",
  "el",
  "lisp",
  "scm",
  "rkt",
  "coffee",
  "ls",
  "mdx",
  "qml",
  "glsl",
  "hlsl",
  "wgsl",
  "metal",
  "smithy",
  "kql",
  "prisma"
];
var DOCS = ["md", "markdown", "mdown", "rst", "adoc", "asciidoc", "txt", "text", "rtf", "tex", "org", "pod", "textile", "wiki", "man", "nfo", "bib"];
var ASSET = [
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "ico",
  "icns",
  "webp",
  "avif",
  "bmp",
  "tif",
  "tiff",
  "heic",
  "woff",
  "woff2",
  "ttf",
  "otf",
  "eot",
  "mp3",
  "mp4",
  "m4a",
  "m4v",
  "webm",
  "mov",
  "avi",
  "wav",
  "ogg",
  "oga",
  "flac",
  "pdf",
  "drawio",
  "excalidraw",
  "cast",
  "psd",
  "xcf",
  "sketch",
  "fig",
  "ai",
  "eps",
  "dot",
  "puml",
  "plantuml",
  "mermaid",
  "mmd",
  "odp",
  "odt",
  "ods",
  "odg",
  "pptx",
  "docx",
  "xlsx"
];
var DATA = [
  "json",
  "jsonc",
  "json5",
  "jsonl",
  "ndjson",
  "geojson",
  "yaml",
  "yml",
  "toml",
  "xml",
  "xsd",
  "xsl",
  "xslt",
  "wsdl",
  "csv",
  "tsv",
  "psv",
  "ini",
  "cfg",
  "conf",
  "properties",
  "golden",
  "snap",
  "out",
  "log",
  "diff",
  "patch",
  "crt",
  "cer",
  "csr",
  "der",
  "pub",
  "asc",
  "sig",
  "sha256",
  "sha512",
  "sha1",
  "md5",
  "list",
  "po",
  "pot",
  "mo",
  "arb",
  "xliff",
  "xlf",
  "strings",
  "resx",
  "plist",
  "sum",
  "srt",
  "vtt",
  "ics",
  "vcf",
  "parquet",
  "avro",
  "sqlite",
  "db",
  "har",
  "pcap",
  "eml",
  "gpx",
  "kml",
  "wkt",
  "tgz",
  "gz",
  "zip",
  "tar",
  "bz2",
  "xz",
  "zst",
  "dat",
  "bin",
  "raw",
  "npy",
  "npz",
  "pb",
  "onnx",
  "safetensors",
  "ttl",
  "rdf",
  "nt",
  "jks",
  "p12",
  "pfx",
  "keystore",
  "tfstate",
  "mod",
  "lock",
  "example",
  "sample",
  "bak",
  "orig",
  "old",
  "template",
  "tmp"
];
var BY_EXTENSION = new Map([
  ...DATA.map((e) => [e, "data"]),
  ...ASSET.map((e) => [e, "asset"]),
  ...DOCS.map((e) => [e, "docs"]),
  ...SOURCE.map((e) => [e, "source"])
]);
var PROSE_NAMES = /* @__PURE__ */ new Set([
  "readme",
  "license",
  "licence",
  "copying",
  "copyright",
  "notice",
  "authors",
  "contributors",
  "changelog",
  "changes",
  "history",
  "news",
  "maintainers",
  "code_of_conduct",
  "contributing",
  "security",
  "support",
  "patents",
  "governance",
  "thanks",
  "todo",
  "users",
  "adopters",
  "roadmap",
  "releasing",
  "release",
  "version",
  "unlicense",
  "install",
  "credits",
  "faq",
  "security_contacts"
]);
var TEST_DIRS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "testdata",
  "test-data",
  "test_data",
  "__tests__",
  "spec",
  "specs",
  "fixtures",
  "__fixtures__",
  "fixture",
  "__snapshots__",
  "e2e",
  "testing",
  "golden",
  "goldens",
  "examples",
  "example",
  "samples",
  "sample"
]);
function contentKindOfName(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return PROSE_NAMES.has(name) ? "docs" : null;
  const kind = BY_EXTENSION.get(name.slice(dot + 1));
  if (kind !== void 0) return kind;
  return PROSE_NAMES.has(name.slice(0, name.indexOf("."))) ? "docs" : null;
}
function inTestDirectory(segments) {
  for (let i = 0; i < segments.length - 1; i++) if (TEST_DIRS.has(segments[i])) return true;
  return false;
}

// src/core/identify/dependencies.ts
var NAMES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "jsr.json",
  "bower.json",
  "go.mod",
  "go.sum",
  "go.work.sum",
  "gopkg.toml",
  "gopkg.lock",
  "glide.yaml",
  "glide.lock",
  "cargo.toml",
  "cargo.lock",
  "pyproject.toml",
  "poetry.lock",
  "uv.lock",
  "pdm.lock",
  "pipfile",
  "pipfile.lock",
  "pylock.toml",
  "environment.yml",
  "environment.yaml",
  "conda-lock.yml",
  "gemfile",
  "gemfile.lock",
  "gems.rb",
  "gems.locked",
  "composer.json",
  "composer.lock",
  "pom.xml",
  "gradle.lockfile",
  "packages.config",
  "packages.lock.json",
  "paket.dependencies",
  "paket.lock",
  "mix.lock",
  "pubspec.yaml",
  "pubspec.lock",
  "package.resolved",
  "podfile.lock",
  "cartfile",
  "cartfile.resolved",
  "vcpkg.json",
  "conanfile.txt",
  "flake.lock",
  "renv.lock",
  "description",
  "stack.yaml",
  "stack.yaml.lock",
  "cabal.project",
  "cabal.project.freeze",
  "shard.yml",
  "shard.lock",
  "gleam.toml",
  "manifest.toml",
  "project.toml",
  "chart.yaml",
  "requirements.yaml",
  "galaxy.yml",
  "jsonnetfile.json",
  "jsonnetfile.lock.json",
  "libman.json",
  ".terraform.lock.hcl",
  "dependencies.yml",
  "build.zig.zon",
  "elm.json",
  "esy.json",
  "rockspec",
  "anaconda-project.yml"
]);
var PATTERN = /^(?:(?:requirements|constraints)(?:[._-][a-z0-9._-]*)?\.(?:txt|in)|[^/]+\.(?:gemspec|cabal|rockspec|nuspec)|pylock\.[a-z0-9_-]+\.toml)$/;
function isDependencyName(segments) {
  const name = segments[segments.length - 1];
  if (NAMES.has(name) || PATTERN.test(name)) return true;
  return segments.length >= 2 && segments[segments.length - 2] === "requirements" && /\.(?:txt|in)$/.test(name);
}
var HASHES_ONLY = /* @__PURE__ */ new Set(["go.sum", "go.work.sum"]);
function hasDependencyReader(segments) {
  return HASHES_ONLY.has(segments[segments.length - 1]) || isDependencyFile(segments.join("/"));
}

// src/core/identify/families.ts
var AGENT_INSTRUCTION_NAME = /^(?:agents?|claude|gemini|qwen|crush|warp|codex|junie|cline|goose|aider|opencode|amp|devin|jules|kiro|augment|copilot-instructions|copilot)(?:\.[a-z0-9_-]+)*\.(?:md|mdc|markdown|txt)$/;
var AGENT_SUFFIX = /(?:\.(?:prompt|instructions|chatmode|agent|rules)\.md|\.mdc)$/;
var AGENT_DOTFILE = /^\.(?:cursorrules|windsurfrules|clinerules|continuerules|goosehints|augment-guidelines|roomodes|kilocodemodes|rules|openhands_instructions|aider.*|crush\.json|mcp\.json)$/;
var AGENT_NAMES = /* @__PURE__ */ new Set(["skill.md", "mcp.json", "opencode.json", "opencode.jsonc", "crush.json", "agents.json"]);
var AGENT_DIR = /^\.(?:agents?|claude|codex|cursor|gemini|windsurf|roo|kiro|kilocode|augment|trae|opencode|zed|qwen|continue|junie|amazonq|openhands|clinerules|crush|amp|goose|aider|devin|jules|copilot|github-copilot|tabnine|codeium|sourcegraph|cody|factory|droid|qoder|lingma|void|pearai|zencoder|mcp)(?:[._-].*)?$/;
var GITHUB_AGENT_DIRS = /* @__PURE__ */ new Set(["agents", "prompts", "instructions", "chatmodes", "copilot"]);
function isAgentFile(segments) {
  const name = segments[segments.length - 1];
  if (AGENT_INSTRUCTION_NAME.test(name) || AGENT_SUFFIX.test(name) || AGENT_DOTFILE.test(name) || AGENT_NAMES.has(name)) return true;
  for (let i = 0; i < segments.length - 1; i++) {
    if (AGENT_DIR.test(segments[i])) return true;
    if (segments[i] === ".github" && GITHUB_AGENT_DIRS.has(segments[i + 1] ?? "") && i + 1 < segments.length - 1) return true;
  }
  return false;
}
var TOOL_CONFIG_SUFFIX = /\.(?:config|conf|workspace|setup)\.[a-z0-9]+$/;
var TOOL_CONFIG_NAMES = /* @__PURE__ */ new Set([
  "conftest.py",
  "pytest.ini",
  ".pytest.ini",
  "tox.ini",
  "tox.toml",
  "noxfile.py",
  "setup.py",
  "setup.cfg",
  "hatch.toml",
  ".coveragerc",
  "mypy.ini",
  ".mypy.ini",
  "pylintrc",
  ".pylintrc",
  ".flake8",
  "ruff.toml",
  ".ruff.toml",
  "pyrightconfig.json",
  ".bandit",
  "pytest.toml",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "deno.jsonc",
  "biome.json",
  "biome.jsonc",
  "turbo.json",
  "nx.json",
  "lerna.json",
  ".swcrc",
  "angular.json",
  "nest-cli.json",
  "vercel.json",
  "netlify.toml",
  "phpunit.xml",
  "phpunit.xml.dist",
  "phpstan.neon",
  "psalm.xml",
  "rector.php",
  ".rubocop.yml",
  ".rspec",
  ".simplecov",
  "guardfile",
  "dangerfile",
  "dangerfile.js",
  "dangerfile.ts",
  "mkdocs.yml",
  "mkdocs.yaml",
  "_config.yml",
  "book.toml",
  "hugo.toml",
  "rustfmt.toml",
  ".rustfmt.toml",
  "clippy.toml",
  ".clippy.toml",
  "deny.toml",
  "cross.toml",
  "taplo.toml",
  ".golangci.yml",
  ".golangci.yaml",
  ".golangci.toml",
  ".golangci.json",
  ".goreleaser.yml",
  ".goreleaser.yaml",
  ".mockery.yaml",
  "buf.yaml",
  "buf.gen.yaml",
  "buf.work.yaml",
  "skaffold.yaml",
  "devfile.yaml",
  ".devfile.yaml",
  "chart.lock",
  ".helmignore",
  "pom.xml",
  "detekt.yml",
  "checkstyle.xml",
  ".scalafmt.conf",
  ".scalafix.conf",
  ".jshintrc",
  ".jscsrc",
  ".editorconfig-checker.json",
  "cspell.json",
  ".cspell.json",
  "lychee.toml",
  ".markdownlint.yaml",
  ".markdownlint.yml",
  ".markdownlint.json",
  ".markdownlintrc",
  ".yamllint",
  ".yamllint.yml",
  ".hadolint.yaml",
  ".shellcheckrc",
  ".spectral.yaml",
  ".vale.ini",
  "stylua.toml",
  ".luacheckrc",
  ".luarc.json",
  "selene.toml"
]);
function isToolConfig(name) {
  return TOOL_CONFIG_NAMES.has(name) || TOOL_CONFIG_SUFFIX.test(name) && /^[a-z0-9_@-]+\./.test(name);
}
function isPackagingManifest(name) {
  return name === "manifest.in";
}
var EDITOR_LOADED = /* @__PURE__ */ new Set([
  "pylintrc",
  ".pylintrc",
  ".flake8",
  "mypy.ini",
  ".mypy.ini",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "deno.jsonc",
  ".luarc.json"
]);
function isEditorLoadedConfig(name) {
  return EDITOR_LOADED.has(name) || /^tsconfig\.[a-z0-9_.-]+\.json$/.test(name);
}
function isReviewAssignment(name) {
  return name === "owners" || name === "owners_aliases";
}
var STARTUP = /^(?:sitecustomize\.py|usercustomize\.py|[^/]+\.pth|\.pythonrc(?:\.py)?|\.pythonstartup|\.irbrc|\.pryrc|\.pdbrc(?:\.py)?|\.rprofile|rprofile\.site|\.iex\.exs|startup\.jl|\.noderc|\.node_repl_history|\.psqlrc|\.sqliterc|\.perldb|\.ghci|\.sbtrc|\.inputrc)$/;
function isInterpreterStartup(name) {
  return STARTUP.test(name);
}
var TOOLCHAIN = /^(?:\.[a-z0-9_]+-version|\.nvmrc|\.tool-versions|\.prototools|rust-toolchain(?:\.toml)?|\.sdkmanrc|\.bazelversion|\.terraform-version|\.pdm-python|global\.json)$/;
function isToolchainSelector(name) {
  return TOOLCHAIN.test(name);
}
var CI_SERVICE = /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines.*\.ya?ml|jenkinsfile.*|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.?appveyor\.ya?ml|\.cirrus\.(?:ya?ml|star)|codemagic\.ya?ml|bitrise\.ya?ml|cloudbuild\.(?:ya?ml|json)|buildspec\.ya?ml|\.readthedocs\.ya?ml|readthedocs\.ya?ml|\.gitpod\.ya?ml|\.gitpod\.dockerfile|render\.ya?ml|fly\.toml|railway\.(?:json|toml)|amplify\.ya?ml|app\.json|firebase\.json|\.firebaserc|wrangler\.(?:toml|json|jsonc)|vercel\.json|now\.json|netlify\.toml|\.?mergify\.ya?ml|\.kodiak\.toml|\.coderabbit\.ya?ml|\.deepsource\.toml|\.sourcery\.ya?ml|\.snyk|codefresh\.ya?ml|wercker\.ya?ml|\.woodpecker\.ya?ml|renovate\.json5?|\.renovaterc(?:\.json5?)?|\.pre-commit-config\.ya?ml|\.pre-commit-hooks\.ya?ml|lefthook(?:-local)?\.ya?ml|\.lefthook\.ya?ml|okteto\.ya?ml|garden\.ya?ml|\.platform\.app\.yaml|apprunner\.yaml|\.?codecov\.ya?ml|sonar-project\.properties|\.sonarcloud\.properties)$/;
function isCiServiceFile(name) {
  return CI_SERVICE.test(name);
}
var BUILD_SCRIPT = /^(?:(?:gnu)?makefile|[^/]+\.mk|cmakelists\.txt|[^/]+\.cmake|meson\.build|meson_options\.txt|meson\.options|build\.bazel|workspace\.bazel|module\.bazel|[^/]+\.bzl|rakefile|[^/]+\.rake|(?:docker|container)file(?:[._-].*)?|[^/]+\.(?:docker|container)file|(?:docker-)?compose(?:[._-].*)?\.ya?ml|\.?justfile|taskfile(?:\.dist)?\.ya?ml|magefile\.go|[^/]+\.gradle(?:\.kts)?|[^/]+\.sbt|build\.xml|sconstruct|sconscript|earthfile|tiltfile|vagrantfile|build\.zig|build\.zig\.zon|flake\.nix|default\.nix|shell\.nix|brewfile|podfile|package\.swift|mix\.exs|rebar\.config|[^/]+\.csproj|[^/]+\.fsproj|[^/]+\.vbproj|[^/]+\.vcxproj|[^/]+\.sln|[^/]+\.props|[^/]+\.targets|build\.cake|build\.ps1|build\.fsx|dune|dune-project|[^/]+\.opam|procfile(?:\.[a-z0-9_-]+)?)$/;
var DOCS_BUILD = /^(?:conf\.py|gatsby-(?:config|node|browser|ssr)\.(?:[cm]?js|[cm]?ts|jsx|tsx))$/;
var RUST_MODULE_DIRS = /* @__PURE__ */ new Set(["src", "tests", "examples", "benches"]);
function isBuildScript(segments) {
  const name = segments[segments.length - 1];
  if (name === "build.rs") return !segments.slice(0, -1).some((s) => RUST_MODULE_DIRS.has(s));
  return BUILD_SCRIPT.test(name) || DOCS_BUILD.test(name);
}

// src/core/identify/index.ts
var NAMED = "high unless the policy names it by exact path or a narrow pattern";
var MEDIUM = "at least medium unless the policy names it by exact path or a narrow pattern";
var intern = /* @__PURE__ */ new Map();
function identity(rule, code, message, floor, protect = false) {
  const key = `${code}\0${message}`;
  let id = intern.get(key);
  if (id === void 0) intern.set(key, id = Object.freeze({ rule, code, message, floor, protect }));
  return id;
}
var CONFIG_EXTENSIONS = /* @__PURE__ */ new Set(["json", "jsonc", "json5", "yml", "yaml", "toml", "ini", "cfg", "conf", "properties", "xml", "config", "plist", "hcl", "nix", "star"]);
var INERT_DOTFILE = /^\.(?:[a-z0-9_-]*ignore|gitkeep|keep|editorconfig|mailmap|nojekyll)$/;
var RC_NAME = /^[a-z][a-z0-9_-]{2,}rc(?:\.(?:json5?|jsonc|ya?ml|[cm]?js|ts|toml|ini|conf|cfg|sh|py|rb))?$/;
function identifyPath(folded) {
  const segments = folded.split("/");
  const name = segments[segments.length - 1];
  if (isAgentFile(segments)) {
    return identity("paths/agent-instructions", "protected_agent_config", `agent instructions or an agent's configuration or skill folder (${name}): agents read it by name`, "high", true);
  }
  if (isInterpreterStartup(name)) {
    return identity("paths/tool-config", "protected_tool_config", `interpreter start-up file (${name}): the interpreter runs it before any code`, "high", true);
  }
  if (isToolchainSelector(name)) {
    return identity("paths/toolchain-selectors", "protected_toolchain_selector", `toolchain selector (${name}): a version manager or setup action selects, and may download, another toolchain`, "high", true);
  }
  if (isCommunityFile(folded)) return identity("paths/identify", "content_docs", "community file GitHub shows to people (contributing guide, security policy, templates): documentation", null);
  if (isCiServiceFile(name)) return identity("paths/identify", "ci_service_config", `CI or hosted-build service configuration (${name}): the service runs it from the pushed commit; ${NAMED}`, "high");
  if (isDependencyName(segments)) {
    if (!hasDependencyReader(segments)) return identity("paths/identify", "dependency_manifest", `dependency manifest or lockfile (${name}) that the dependency review has no reader for, so where it installs from is not checked: ${NAMED}`, "high");
    return identity("paths/identify", "dependency_manifest", `dependency manifest or lockfile (${name}): at least medium, the tier of a dependency change; its content review escalates what it finds`, "medium");
  }
  if (isReviewAssignment(name)) return identity("paths/identify", "review_config", `review assignment file (${name}): review bots take who may approve from it; ${NAMED}`, "high");
  if (isEditorLoadedConfig(name)) {
    return identity("paths/identify", "tool_config", `configuration that names plugins to load, run by editors when the folder is opened (${name}): ${NAMED}`, "high");
  }
  if (isToolConfig(name)) return identity("paths/identify", "tool_config", `configuration of a tool run by a person or a workflow (${name}): its effect is in the diff; ${MEDIUM}`, "medium");
  if (isPackagingManifest(name)) {
    return identity("paths/identify", "tool_config", `packaging manifest (${name}): setuptools reads it to choose the files of a source distribution when a person or a workflow builds one; nothing in it runs and its effect is in the diff; ${MEDIUM}`, "medium");
  }
  if (isBuildScript(segments)) return identity("paths/identify", "build_script", `build script run by a person or a workflow (${name}): its commands are in the diff; ${MEDIUM}`, "medium");
  if (inTestDirectory(segments) && segments.includes("testdata")) return identity("paths/identify", "content_test", "test code or test data (in a test or fixture directory)", null);
  const dotDir = segments.findIndex((s, i) => i < segments.length - 1 && s.startsWith("."));
  if (dotDir !== -1) return identity("paths/identify", "dotfile", `in a dot-directory (${segments[dotDir]}/): tools discover such folders by name; ${NAMED}`, "high");
  if (name.startsWith(".") && !INERT_DOTFILE.test(name)) return identity("paths/identify", "dotfile", `dotfile (${name}): tools discover and load dotfiles by name; ${NAMED}`, "high");
  if (RC_NAME.test(name)) return identity("paths/identify", "rc_file", `run-control file (${name}): a tool loads it by name; ${NAMED}`, "high");
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1) : "";
  if (segments.length === 1 && CONFIG_EXTENSIONS.has(ext)) {
    return identity("paths/identify", "root_config", `configuration file at the repository root (${name}): tools look for their configuration there by name; ${NAMED}`, "high");
  }
  if (name.startsWith(".")) return identity("paths/identify", "content_data", "ignore list or editor settings: lists paths or formatting only", null);
  const kind = contentKindOfName(name);
  if (inTestDirectory(segments) && (kind === null || kind === "source" || kind === "data")) {
    return identity("paths/identify", "content_test", "test code or test data (in a test or fixture directory)", null);
  }
  switch (kind) {
    case "source":
      return identity("paths/identify", "content_source", `source code (.${ext})`, null);
    case "docs":
      return identity("paths/identify", "content_docs", "documentation", null);
    case "asset":
      return identity("paths/identify", "content_asset", `static asset (.${ext})`, null);
    case "data":
      return identity("paths/identify", "content_data", `data (.${ext})`, null);
    default:
      return identity("paths/identify", "unidentified", `not identified as source, documentation, test, asset or data (${ext === "" ? "no extension" : `.${ext}`}): ${NAMED}`, "high");
  }
}
function isNarrowGlob(glob) {
  const last = glob.slice(glob.lastIndexOf("/") + 1);
  if (!/[*?[]/.test(last)) return true;
  return !/^\*+(?:\.(?:[^.*?[/]+|\{[^}]*\}))?$/.test(last);
}

// src/core/rules/paths/action-code.ts
var actionCode = defineRule({
  id: "paths/action-code",
  codes: ["action_directory", "action_runs"],
  summary: "Files in an action's directory, and every file its action.yml runs (runs.main, pre, post, and scripts its composite steps run), are the action's code: workflows that use the action run them, so they are high.",
  fix: "Have a person review and approve changes to code an action runs."
});

// src/core/rules/paths/agent-instructions.ts
var agentInstructions = defineRule({
  id: "paths/agent-instructions",
  codes: ["protected_agent_config"],
  summary: "Agent instruction files in every case and suffix variant (AGENTS.md, CLAUDE.md, *.prompt.md, ...) and every coding agent's configuration and skill folders steer an agent and can start processes: always high.",
  fix: "Have a person review and approve changes to what agents are told or run."
});

// src/core/rules/paths/canonical.ts
var canonicalPaths = defineRule({
  id: "paths/canonical",
  codes: ["path_rejected"],
  summary: "A path that is not valid UTF-8, has control or invisible characters, or is not canonical (., .., //, a trailing slash) is denied: it would be read differently by different tools.",
  fix: "Rename the file to a plain canonical path."
});

// src/core/rules/paths/git-config.ts
var gitConfig = defineRule({
  id: "paths/git-config",
  codes: ["protected_git_config"],
  summary: "Git attributes, submodules, LFS configuration, hooks and hook managers change what a diff shows and what is fetched or run: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/guard-files.ts
var guardFiles = defineRule({
  id: "paths/guard-files",
  codes: ["guard_file", "guard_file_needs_modify_policy"],
  summary: "The policy, task manifests and agent-guard's own configuration decide what an agent may do: always high, and denied unless the task is granted modify_policy.",
  fix: "Change the policy or a manifest in a change of its own, made by a person or by a task granted modify_policy."
});

// src/core/rules/paths/identify.ts
var identify = defineRule({
  id: "paths/identify",
  codes: [
    "content_source",
    "content_docs",
    "content_test",
    "content_asset",
    "content_data",
    "dependency_manifest",
    "tool_config",
    "ci_service_config",
    "build_script",
    "review_config",
    "dotfile",
    "rc_file",
    "root_config",
    "unidentified"
  ],
  summary: "A directory-wide tier glob (docs/**, **/*.md) or default_tier gives its tier only to files identified as source, documentation, tests, assets or data; dependency manifests, build scripts and the configuration of tools a person or workflow invokes are at least medium; files tools load on their own by name (dotfiles, *rc, root configuration, editor-loaded and CI-service configuration, review assignments) and unidentified files are high.",
  fix: "Name the file in the policy by exact path or a narrow pattern (jest.config.*, not test/**) to give it another tier."
});

// src/core/rules/paths/package-manager.ts
var packageManager = defineRule({
  id: "paths/package-manager",
  codes: ["protected_package_manager_config"],
  summary: "Package-manager configuration (registries, install hooks, loaders) and installed-dependency or bytecode directories run code on install or replace what the lockfile installs: always high.",
  fix: "Have a person review and approve the change; never commit node_modules, .venv or bytecode."
});

// src/core/rules/paths/policy-protected.ts
var policyProtected = defineRule({
  id: "paths/policy-protected",
  codes: ["protected_by_policy", "protected_exempt"],
  summary: "The policy's own protected globs are always high; `protected.exempt` takes an exact path out of the built-in set, with its reason shown on every file it applies to.",
  fix: "Have a person approve the change, or exempt the exact path in the policy with a reason (never a guard file)."
});

// src/core/rules/paths/review-rules.ts
var reviewRules = defineRule({
  id: "paths/review-rules",
  codes: ["protected_review_config"],
  summary: "CODEOWNERS decides who must review a change: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/runs-in-ci.ts
var runsInCi = defineRule({
  id: "paths/runs-in-ci",
  codes: ["protected_ci_config"],
  summary: "CI, automation and preview-build configuration (everything under .github/ but its community files, action.yml, other CI services' files) runs with the repository's credentials: always high.",
  fix: "Have a person review and approve the change; it cannot be lowered by a tier rule."
});

// src/core/rules/paths/secrets.ts
var secrets = defineRule({
  id: "paths/secrets",
  codes: ["protected_secret_file"],
  summary: "Environment and credential files (.env, keys, .netrc) hold secrets that later steps load: always high.",
  fix: "Keep secrets out of the repository; have a person approve test fixtures that look like them."
});

// src/core/rules/paths/tier-rules.ts
var tierRules = defineRule({
  id: "paths/tier-rules",
  codes: ["tier_rule", "default_tier", "case_variant"],
  summary: "The policy's tier globs and default_tier give a path its tier (the highest that matches wins); a case or Unicode variant of a path gets the higher tier of the path it imitates.",
  fix: "Name the path in the policy tier you mean, by exact path or a narrow pattern for files that tools load."
});

// src/core/rules/paths/tool-config.ts
var toolConfig = defineRule({
  id: "paths/tool-config",
  codes: ["protected_tool_config"],
  summary: "Test-runner, linter, formatter, build-tool, IDE and dev-environment configuration is loaded and executed automatically by the tools that find it: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/toolchain-selectors.ts
var toolchainSelectors = defineRule({
  id: "paths/toolchain-selectors",
  codes: ["protected_toolchain_selector"],
  summary: "Toolchain selectors (.nvmrc, .node-version, .python-version, rust-toolchain, .tool-versions, mise, JVM options, ...) make a version manager or setup action select, and often download, another toolchain: always high.",
  fix: "Have a person review and approve the toolchain change."
});

// src/core/rules/paths/index.ts
var PROTECTED_RULE_BY_ID = Object.freeze({
  "paths/guard-files": guardFiles,
  "paths/runs-in-ci": runsInCi,
  "paths/review-rules": reviewRules,
  "paths/git-config": gitConfig,
  "paths/package-manager": packageManager,
  "paths/toolchain-selectors": toolchainSelectors,
  "paths/tool-config": toolConfig,
  "paths/secrets": secrets,
  "paths/agent-instructions": agentInstructions
});
var PATH_RULES = Object.freeze({
  id: "paths",
  title: "Paths and the protected set",
  doc: "Runs on every changed path (both sides of a rename) in guard-diff, the approval gate and `agent-guard check`. A path is canonicalised, matched against the built-in protected set (grouped by why each file matters), the policy's own protected list and its tier rules, and positively identified; case and Unicode variants can only raise a tier.",
  rules: [canonicalPaths, guardFiles, runsInCi, agentInstructions, reviewRules, gitConfig, packageManager, toolchainSelectors, toolConfig, secrets, policyProtected, tierRules, identify, actionCode]
});

// src/core/classify.ts
var memos = /* @__PURE__ */ new WeakMap();
var NO_EXEMPTIONS = /* @__PURE__ */ new Map();
var exemptionMaps = /* @__PURE__ */ new WeakMap();
function classifyPath(path, compiled, folded = foldPath(path)) {
  const exactHits = compiled.tierRules.matchAll(path);
  const foldedHits = path === folded ? compiled.foldedVariantTierRules.matchAll(path) : compiled.foldedTierRules.matchAll(folded);
  const identity2 = identifyPath(folded);
  const exempt = exemptionsOf(compiled).get(path);
  if (exempt !== void 0 || exactHits.length > 1 || foldedHits.length > 1) return build(exactHits, foldedHits, identity2, compiled, folded, exempt);
  let memo = memos.get(compiled);
  if (memo === void 0) memos.set(compiled, memo = /* @__PURE__ */ new Map());
  let inner = memo.get(exactHits);
  if (inner === void 0) memo.set(exactHits, inner = /* @__PURE__ */ new Map());
  let byIdentity = inner.get(foldedHits);
  if (byIdentity === void 0) inner.set(foldedHits, byIdentity = /* @__PURE__ */ new Map());
  let c = byIdentity.get(identity2);
  if (c === void 0) {
    c = freeze(build(exactHits, foldedHits, identity2, compiled, folded, void 0));
    if (!exactHits.some((h) => h.value.except) && !foldedHits.some((h) => h.value.except)) byIdentity.set(identity2, c);
  }
  return c;
}
function exemptionsOf(compiled) {
  const list = compiled.policy.protectedExempt;
  if (list === void 0 || list.length === 0) return NO_EXEMPTIONS;
  let m = exemptionMaps.get(compiled);
  if (m === void 0) exemptionMaps.set(compiled, m = new Map(list.map((e) => [e.path, e.reason])));
  return m;
}
function build(exactHits, foldedHits, identity2, compiled, folded, exemptReason) {
  const keep = (m) => !(m.except?.(folded) ?? false) && !(exemptReason !== void 0 && m.builtin === true && m.rule !== guardFiles.id);
  const exact = exactHits.map((m) => m.value).filter(keep);
  const foldedMatches = foldedHits.map((m) => m.value).filter(keep);
  const reasons = [];
  const defaultTier = compiled.policy.defaultTier;
  const protectedExact = exact.filter((m) => m.source === "protected");
  const policyExact = exact.filter((m) => m.source === "policy");
  const family = identity2.protect && exemptReason === void 0;
  let tier;
  if (protectedExact.length > 0) {
    tier = "high";
    reasons.push(describe(mostSpecific(protectedExact)));
  } else if (family) {
    tier = "high";
    reasons.push({ rule: identity2.rule, code: identity2.code, message: identity2.message });
  } else if (policyExact.length > 0) {
    tier = policyExact.reduce((t, m) => maxTier(t, m.tier), "low");
    reasons.push(describe(policyExact.find((m) => m.tier === tier)));
    if (exemptReason === void 0 && !policyExact.some((m) => isNarrowGlob(m.glob))) tier = applyFloor(tier, identity2, reasons);
  } else {
    tier = defaultTier;
    reasons.push({ rule: tierRules.id, code: "default_tier", message: `no tier rule names this path: default_tier ${tier}` });
    if (exemptReason === void 0) tier = applyFloor(tier, identity2, reasons);
  }
  if (exemptReason !== void 0 && exactHits.some((m) => m.value.builtin === true)) {
    reasons.push({ rule: policyProtected.id, code: "protected_exempt", message: `exempt from the built-in protected set by the policy: ${exemptReason}` });
  }
  const foldedOnly = foldedMatches.filter((f) => !exact.some((e) => e.glob === f.glob));
  const topFolded = foldedOnly.reduce((best, f) => best === void 0 || maxTier(best.tier, f.tier) !== best.tier ? f : best, void 0);
  if (topFolded && maxTier(tier, topFolded.tier) === topFolded.tier) {
    const raised = tierRank(topFolded.tier) > tierRank(tier);
    tier = topFolded.tier;
    const r = { rule: tierRules.id, code: "case_variant", message: `case/Unicode variant of a ${topFolded.tier}-tier path: ${describe(topFolded).message}` };
    if (raised) reasons.unshift(r);
    else reasons.push(r);
  }
  return {
    tier,
    matches: exact,
    foldedMatches: foldedOnly,
    protected: family || protectedExact.length > 0 || foldedOnly.some((m) => m.source === "protected"),
    guardFile: exact.some((m) => m.guard === true) || foldedOnly.some((m) => m.guard === true),
    identity: identity2,
    reasons
  };
}
function mostSpecific(matches) {
  const rank = (m) => (m.guard === true ? 2 : 0) + (m.glob.endsWith("/**") ? 0 : 1);
  return matches.reduce((best, m) => rank(m) > rank(best) || rank(m) === rank(best) && m.glob.length > best.glob.length ? m : best);
}
function applyFloor(tier, identity2, reasons) {
  if (identity2.protect || identity2.floor === null || tierRank(identity2.floor) <= tierRank(tier)) return tier;
  reasons.unshift({ rule: identity2.rule, code: identity2.code, message: identity2.message });
  return identity2.floor;
}
function freeze(c) {
  Object.freeze(c.matches);
  Object.freeze(c.foldedMatches);
  for (const r of c.reasons) Object.freeze(r);
  Object.freeze(c.reasons);
  return Object.freeze(c);
}
function describe(m) {
  if (m.source !== "protected") return { rule: tierRules.id, code: "tier_rule", message: `tier rule ${m.tier}: ${m.glob}` };
  const message = `protected path (${m.glob}): ${m.why ?? "always high"}`;
  if (m.guard === true) return { rule: guardFiles.id, code: "guard_file", message };
  if (m.rule === policyProtected.id) return { rule: policyProtected.id, code: "protected_by_policy", message };
  const rule = PROTECTED_RULE_BY_ID[m.rule];
  return { rule: m.rule, code: rule?.codes[0] ?? "protected_by_policy", message };
}

// src/core/rules/kinds/not-a-file.ts
var notAFile = defineRule({
  id: "kinds/not-a-file",
  codes: ["link_target_not_a_file", "link_target_missing", "link_target_unknown"],
  summary: "A link between two protected paths is allowed only when the head commit holds a regular file at its target: a directory, symlink, submodule, nothing, or a kind not established is denied.",
  fix: "Point the link at the protected file itself."
});

// src/core/rules/kinds/symlinks.ts
var symlinks = defineRule({
  id: "kinds/symlinks",
  codes: [
    "symlink_unreadable",
    "symlink_chain",
    "symlink_climbs",
    "symlink_outside",
    "symlink_into_protected",
    "symlink_between_protected",
    "symlink_low_tier",
    "symlink_to_lower_tier",
    "symlink_target",
    "symlink_replaced",
    "symlink_alias"
  ],
  summary: "A symlink is judged by where it resolves: out of the repository, through another link, into the protected set (except between two protected files of one kind), from a low-tier path, or to a lower-tier path is denied; any other link, and a file other paths reach through links, is at least as high as those paths.",
  fix: "Commit the file itself instead of a link, or link only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)."
});

// src/core/rules/kinds/symlink-check.ts
var SYMLINK_DIRECTORY_PROBE = "x";
var RULE_BY_GLOB = new Map(PROTECTED_RULES.map((r) => [r.glob, r]));
var GIT_DIRECTORY_GLOBS = /* @__PURE__ */ new Set([".git", ".git/**"]);
var ONLY_BETWEEN_PROTECTED_FILES = "a symlink into the protected set is allowed only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)";
function pathTier(path, compiled) {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled, canon.folded).tier : "high";
}
function symlinkOutcome(entry, compiled, headKinds) {
  if (entry.newKind !== "symlink") return null;
  const target = entry.symlinkTarget;
  if (target === void 0) return { deny: because(symlinks, "symlink_unreadable", "symlink target could not be read") };
  if (entry.symlinkVia !== void 0) {
    return { deny: because(symlinks, "symlink_chain", `symlink target ${quoteUntrusted(target)} goes through another symlink (${quoteUntrusted(entry.symlinkVia)}), so it resolves somewhere else than its text says`) };
  }
  if (symlinkTargetClimbsThroughName(target)) {
    return { deny: because(symlinks, "symlink_climbs", `symlink target ${quoteUntrusted(target)} climbs out of a directory it names ("x/.."): if that directory is itself a symlink, the link resolves somewhere else than its text says`) };
  }
  const resolved = resolveSymlinkTarget(entry.path, target);
  if (resolved === null) return { deny: because(symlinks, "symlink_outside", `symlink points outside the repository (${quoteUntrusted(target)})`) };
  const t = classifyPath(resolved, compiled);
  const under = t.protected ? t : classifyPath(`${resolved}/${SYMLINK_DIRECTORY_PROBE}`, compiled);
  const linkTier = pathTier(entry.path, compiled);
  if (t.protected) {
    const between = linkBetweenProtected(entry.path, t, compiled);
    const kind = between.ok ? headKinds?.get(resolved) : void 0;
    if (between.ok && kind === "file") {
      return {
        raise: because(
          symlinks,
          "symlink_between_protected",
          `symlink between two protected files (${between.categories.join(", ")}): ${quoteUntrusted(entry.path)} -> ${quoteUntrusted(resolved)}, a protected file at the head; the link widens nothing (both paths are protected, and later edits of the target are judged at its protected tier)`
        )
      };
    }
    if (between.ok) {
      const problem = targetKindProblem(kind);
      return { deny: because(notAFile, problem.code, `symlink points into a protected path (${quoteUntrusted(resolved)}): ${problem.message}`) };
    }
    return { deny: because(symlinks, "symlink_into_protected", `symlink points into a protected path (${quoteUntrusted(resolved)}): ${between.why}`) };
  }
  if (under.protected) return { deny: because(symlinks, "symlink_into_protected", `symlink points into a protected path (${quoteUntrusted(resolved)}, a directory of protected files)`) };
  if (tierRank(linkTier) === 0) return { deny: because(symlinks, "symlink_low_tier", `a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`) };
  if (tierRank(t.tier) < tierRank(linkTier)) {
    return {
      deny: because(
        symlinks,
        "symlink_to_lower_tier",
        `a symlink at a ${linkTier}-tier path to a ${t.tier}-tier path (${quoteUntrusted(resolved)}): later ${t.tier}-tier changes to the target would change this ${linkTier}-tier file`
      )
    };
  }
  return { raise: because(symlinks, "symlink_target", `symlink to ${quoteUntrusted(resolved)}`) };
}
function linkBetweenProtected(linkPath, target, compiled) {
  const to = protectedCategories(target);
  if ("why" in to) return { ok: false, why: `the target is ${to.why}` };
  const canon = canonicalisePath(linkPath);
  if (!canon.ok) return { ok: false, why: `the link's own path is rejected: ${canon.message}` };
  const own = classifyPath(canon.path, compiled, canon.folded);
  if (!own.protected) return { ok: false, why: `the link's own path is not protected, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  const link = protectedCategories(own);
  if ("why" in link) return { ok: false, why: `the link's own path is ${link.why}` };
  const shared = link.categories.filter((c) => to.categories.includes(c));
  if (shared.length === 0) {
    const list = (c) => c.length > 0 ? c.join(", ") : "a case or Unicode variant only";
    return { ok: false, why: `the link's path (${list(link.categories)}) and its target (${list(to.categories)}) are protected for different reasons, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
  return { ok: true, categories: shared };
}
function protectedCategories(c) {
  const all = [...c.matches, ...c.foldedMatches].filter((m) => m.source === "protected");
  if (all.some((m) => m.guard === true)) return { why: "the policy or a task manifest (a guard file)" };
  if (all.some((m) => GIT_DIRECTORY_GLOBS.has(m.glob))) return { why: "in the repository's .git directory (hooks, and the checkout's config with its credentials)" };
  if (all.some((m) => RULE_BY_GLOB.get(m.glob)?.category === "agent-guard" && RULE_BY_GLOB.get(m.glob)?.why === m.why)) {
    return { why: "agent-guard's own configuration (a policy or manifest path)" };
  }
  const categories = /* @__PURE__ */ new Set();
  for (const m of c.matches) {
    if (m.source !== "protected") continue;
    const rule = RULE_BY_GLOB.get(m.glob);
    categories.add(rule !== void 0 && rule.why === m.why ? rule.category : "policy");
  }
  if (c.identity.protect && categories.size === 0) categories.add(c.identity.rule === "paths/agent-instructions" ? "agent" : c.identity.rule);
  return { categories: [...categories].sort() };
}
function targetKindProblem(kind) {
  switch (kind) {
    case "not_a_file":
      return { code: "link_target_not_a_file", message: `in the head commit the target is not a regular file (a directory, a symlink or a submodule), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    case "missing":
      return { code: "link_target_missing", message: `the target does not exist in the head commit (a dangling link), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    default:
      return { code: "link_target_unknown", message: `what the target is in the head commit was not established, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
}
function protectedLinkTarget(entry, compiled) {
  if (entry.newKind !== "symlink" || entry.symlinkTarget === void 0 || entry.symlinkVia !== void 0 || entry.invalidUtf8) return null;
  if (symlinkTargetClimbsThroughName(entry.symlinkTarget)) return null;
  const resolved = resolveSymlinkTarget(entry.path, entry.symlinkTarget);
  if (resolved === null) return null;
  const t = classifyPath(resolved, compiled);
  return t.protected && linkBetweenProtected(entry.path, t, compiled).ok ? resolved : null;
}

// src/core/rules/kinds/binaries.ts
var binaries = defineRule({
  id: "kinds/binaries",
  codes: ["native_binary", "lfs_pointer", "binary_content"],
  summary: "A native executable or library (ELF, PE, Mach-O) is high and the reason names its format; a Git LFS pointer hides its content from review (high); other binary content is at least medium, since content rules cannot see inside it.",
  fix: "Build binaries in CI from reviewed source instead of committing them, or have a person approve the change."
});

// src/core/rules/kinds/modes.ts
var modes = defineRule({
  id: "kinds/modes",
  codes: ["type_changed", "executable_added", "executable_mode"],
  summary: "A type change (file, symlink, submodule), a new executable file, or a file made executable: high.",
  fix: "Keep files non-executable unless a person approves the mode change."
});

// src/core/rules/kinds/submodules.ts
var submodules = defineRule({
  id: "kinds/submodules",
  codes: ["submodule_change"],
  summary: "A submodule (gitlink) added, moved or changed fetches and pins code from elsewhere: high.",
  fix: "Have a person review the submodule commit and approve the change."
});

// src/core/rules/kinds/index.ts
var KIND_RULES = Object.freeze({
  id: "kinds",
  title: "File kinds",
  doc: "Runs on every changed entry in guard-diff, the approval gate and `agent-guard check`, from the modes git reports and the head blobs: symlinks and their targets, submodules, modes and type changes, binary and native executable content. Each raises the tier or denies, never lowers it.",
  rules: [symlinks, notAFile, submodules, modes, binaries, changeSet]
});

// src/core/rules/task/branch.ts
var branchAndRepository = defineRule({
  id: "task/branch",
  codes: ["repository_mismatch", "repository_unknown", "branch_pattern_missing", "branch_pattern_outside_ceiling", "branch_mismatch", "branch_unknown"],
  summary: "The change's repository and branch must be the manifest's and within its subject's; unknown is never read as matching.",
  fix: "Run on the branch and repository the manifest names (pass --branch and --repository to check)."
});

// src/core/rules/task/manifest.ts
var manifestCeiling = defineRule({
  id: "task/manifest",
  codes: ["unknown_subject", "unknown_capability", "capability_outside_ceiling", "network_host_not_allowed", "manifest_expired"],
  summary: "A task manifest stays within the policy: a subject the policy defines, capabilities within the subject's ceiling, network hosts the policy allows, not expired.",
  fix: "Correct the manifest, or widen the subject in the policy in a change of its own."
});

// src/core/rules/task/scope.ts
var scope = defineRule({
  id: "task/scope",
  codes: ["capability_denied", "capability_not_granted", "no_capability", "capability_tier"],
  summary: "With a task manifest, every changed path must be covered by the paths of a capability the task is granted; a capability with a tier raises the file to it.",
  fix: "Grant the task the capability that covers the path, or leave the path out of the change."
});

// src/core/rules/task/index.ts
function taskRuleOf(code) {
  return branchAndRepository.codes.includes(code) ? branchAndRepository.id : manifestCeiling.id;
}
var TASK_RULES = Object.freeze({
  id: "task",
  title: "Task scope",
  doc: "Runs in guard-diff and the approval gate when a task manifest applies: the manifest checked against the policy and the run, and every changed path against the capabilities the task is granted.",
  rules: [scope, manifestCeiling, branchAndRepository]
});

// src/core/evaluate.ts
function policySummary(input) {
  const policy = input.compiled.policy;
  return {
    source: input.source,
    sha256: input.sha256,
    baseline: policy.origin === "baseline",
    ...policy.protectedExempt && policy.protectedExempt.length > 0 ? { exempt: policy.protectedExempt.map((x) => ({ ...x })) } : {}
  };
}
function evaluateChange(facts, policyInput, manifestInput) {
  const compiled = policyInput.compiled;
  const policy = compiled.policy;
  const manifest = manifestInput?.manifest ?? null;
  const violations = [];
  const granted = manifest ? grantedCapabilities(manifest, policy) : [];
  const used = /* @__PURE__ */ new Set();
  const branchSkipped = facts.branchCheck?.status === "skipped" ? facts.branchCheck.reason : null;
  if (manifest) {
    for (const p of checkManifestAgainstPolicy(manifest, policy, {
      ...facts.repository !== void 0 ? { repository: facts.repository } : {},
      ...facts.branch !== void 0 ? { branch: facts.branch } : {},
      ...branchSkipped !== null ? { branchCheck: "skipped" } : {},
      ...facts.now !== void 0 ? { now: facts.now } : {}
    })) {
      violations.push({ rule: taskRuleOf(p.code), code: p.code, message: p.message });
    }
    if (branchSkipped === null && facts.branch === void 0 && manifest.branchPattern !== void 0) {
      violations.push({ rule: branchAndRepository.id, code: "branch_unknown", message: "the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)" });
    }
    if (facts.repository === void 0) {
      violations.push({ rule: branchAndRepository.id, code: "repository_unknown", message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" });
    }
  }
  const ctx = {
    facts,
    compiled,
    manifest,
    granted,
    grantsModifyPolicy: granted.includes("modify_policy"),
    used,
    violations,
    coverage: /* @__PURE__ */ new Map()
  };
  const files = facts.entries.map((entry) => evaluateEntry(entry, ctx));
  let tier = "low";
  for (const f of files) tier = maxTier(tier, f.tier);
  let verdict = "allow";
  if (violations.length > 0 || files.some((f) => f.decision === "deny")) verdict = "deny";
  else if (files.some((f) => f.decision === "approval_required")) verdict = "approval_required";
  const approvalsRequired = verdict === "approval_required" ? policy.approvals[tier].count : 0;
  const usedList = [...used].sort();
  const denied = files.filter((f) => f.decision === "deny").length;
  const summary = verdict === "deny" ? `deny: ${denied} file(s) denied, ${violations.filter((v) => v.path === void 0).length} task violation(s)` : verdict === "approval_required" ? `approval required: ${tier} tier, ${approvalsRequired} independent approval(s) of ${facts.head.slice(0, 12)}` : `allow: ${files.length} file(s), highest tier ${tier}`;
  return {
    verdict,
    tier,
    base: facts.base,
    head: facts.head,
    merge_base: facts.mergeBase,
    branch: facts.branch ?? null,
    repository: facts.repository ?? null,
    policy: policySummary(policyInput),
    manifest: manifestInput ? { source: manifestInput.source, sha256: manifestInput.sha256 } : null,
    files,
    violations,
    capabilities: { granted, used: usedList, unused: granted.filter((c) => !used.has(c)) },
    network_allow: manifest ? [...manifest.network.allow] : [],
    approvals_required: approvalsRequired,
    notes: [
      ...policy.origin === "baseline" ? ["no repository policy: the built-in baseline policy applies"] : [],
      // Every exemption is shown, changed in this diff or not: a reader sees what the policy took out.
      ...(policy.protectedExempt ?? []).map((x) => `protected.exempt: ${quoteUntrusted(x.path)} is exempt from the built-in protected set: ${quoteUntrusted(x.reason)}`),
      ...manifest === null ? ["no task manifest: capability coverage and task checks were not evaluated"] : [],
      ...manifest !== null && branchSkipped !== null ? [`branch checks skipped (the manifest's branch_pattern and the subject's branches): ${branchSkipped}`] : [],
      // The quick start run on the default branch itself: say why nothing was checked.
      ...facts.entries.length === 0 && facts.mergeBase === facts.head ? ["the head is already contained in the base: there is no change to check (check out the branch to review, or pass --head)"] : []
    ],
    summary
  };
}
function kindOf(entry) {
  return entry.newKind !== "none" ? entry.newKind : entry.oldKind;
}
var INVALID_UTF8 = Object.freeze({ invalidUtf8: true });
var NO_FINDINGS = Object.freeze([]);
var NO_LINKS = Object.freeze([]);
var CONTENT_REVIEW = "content/review";
var GUARD_FILE_DENIAL = because(
  guardFiles,
  "guard_file_needs_modify_policy",
  "changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)"
);
var Reasons = class {
  tier = "low";
  denies = [];
  raised = [];
  /** The tier becomes the higher of the current one and `t`; `why` is kept in the order given. */
  raise(t, why) {
    this.raised.push({ tier: t, reason: why });
    if (tierRank(t) > tierRank(this.tier)) this.tier = t;
  }
  deny(why) {
    this.denies.push(why);
  }
  /** Denials first, then the first reason that reached the final tier, then the rest in order. */
  list() {
    const top = this.raised.findIndex((r) => r.tier === this.tier);
    const rest = this.raised.filter((_, i) => i !== top).map((r) => r.reason);
    return [...this.denies, ...top === -1 ? [] : [this.raised[top].reason], ...rest];
  }
};
function prefixed(r, prefix) {
  return { rule: r.rule, code: r.code, message: `${prefix}${r.message}` };
}
function evaluateEntry(entry, ctx) {
  const { compiled, manifest } = ctx;
  const policy = compiled.policy;
  const r = new Reasons();
  const renamed = entry.status === "renamed" && entry.previousPath !== void 0;
  let capability = null;
  for (let k = 0; k < (renamed ? 2 : 1); k++) {
    const raw = k === 0 ? entry.path : entry.previousPath;
    const canon = canonicalisePath(raw, entry.invalidUtf8 ? INVALID_UTF8 : void 0);
    if (!canon.ok) {
      r.deny(because(canonicalPaths, "path_rejected", `path ${quoteUntrusted(raw)} is rejected: ${canon.message}`));
      r.tier = "high";
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const side = renamed ? `${raw === entry.path ? "new" : "old"} path: ` : "";
    c.reasons.forEach((why, i) => r.raise(i === 0 ? c.tier : "low", side === "" ? why : prefixed(why, side)));
    if (c.guardFile && !ctx.grantsModifyPolicy) r.deny(GUARD_FILE_DENIAL);
    if (manifest) {
      const cover = coveringCapability(canon.path, ctx, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        ctx.used.add(cover.capability);
        if (cover.tier) r.raise(cover.tier, cover.reason);
      } else {
        r.deny(cover.why);
      }
    }
  }
  const link = symlinkOutcome(entry, compiled, ctx.facts.headKinds);
  if (link !== null) {
    if ("deny" in link) r.deny(link.deny);
    else r.raise("high", link.raise);
  }
  for (const alias of entry.linkedFrom ?? NO_LINKS) {
    const t = pathTier(alias, compiled);
    if (tierRank(t) > tierRank(r.tier)) r.raise(t, because(symlinks, "symlink_alias", `through a symlink this file is also the ${t}-tier path ${quoteUntrusted(alias)}, so this change changes it`));
  }
  if (entry.actionDir !== void 0) {
    r.raise("high", because(actionCode, "action_directory", `part of the action in ${quoteUntrusted(entry.actionDir + "/")} (it has an action.yml): workflows that use the action run this code`));
  }
  for (const action of entry.actionRuns ?? NO_LINKS) {
    r.raise("high", because(actionCode, "action_runs", `code of the action ${quoteUntrusted(action)}: its runs section runs this file, so every workflow that uses the action runs it`));
  }
  if (entry.oldKind === "symlink" && entry.newKind !== "symlink" && entry.newKind !== "none") r.raise("high", because(symlinks, "symlink_replaced", "symlink replaced by a file"));
  if (entry.newKind === "gitlink" || entry.oldKind === "gitlink") r.raise("high", because(submodules, "submodule_change", "submodule (gitlink) change: fetches and pins code from elsewhere"));
  if (entry.status === "type_changed") r.raise("high", because(modes, "type_changed", `type change ${entry.oldKind} -> ${entry.newKind}`));
  if (entry.newKind === "executable" && entry.oldKind !== "executable") {
    r.raise("high", entry.oldKind === "none" ? because(modes, "executable_added", "new executable file") : because(modes, "executable_mode", "file becomes executable (mode change)"));
  }
  if (entry.nativeFormat !== void 0) {
    r.raise("high", because(binaries, "native_binary", `native executable or library (${entry.nativeFormat}): machine code no reviewer can read in the diff`));
  }
  if (entry.lfsPointer) r.raise("high", because(binaries, "lfs_pointer", "Git LFS pointer: content is stored outside the repository and hidden from review"));
  if (entry.binary) r.raise("medium", because(binaries, "binary_content", "binary content: content rules cannot see inside it"));
  const findings = ctx.facts.findings;
  if (findings !== void 0 && findings.size > 0) {
    for (const f of findings.get(entry.path) ?? NO_FINDINGS) {
      const why = { rule: f.rule ?? CONTENT_REVIEW, code: f.code, message: f.message };
      if (f.severity === "deny") r.deny(why);
      else r.raise("high", why);
    }
  }
  let decision;
  const tier = r.tier;
  if (r.denies.length > 0) {
    decision = "deny";
    for (const d of r.denies) ctx.violations.push({ rule: d.rule, code: d.code, path: entry.path, message: d.message });
  } else decision = policy.approvals[tier].count > 0 ? "approval_required" : "allow";
  const result = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: r.list()
  };
  if (entry.previousPath !== void 0) result.previous_path = entry.previousPath;
  return result;
}
function coveringCapability(path, ctx, manifest) {
  const hits = ctx.compiled.capabilityPaths.matchAll(path);
  if (hits.length > 1) return coverageOf(hits, ctx, manifest);
  let c = ctx.coverage.get(hits);
  if (c === void 0) ctx.coverage.set(hits, c = coverageOf(hits, ctx, manifest));
  return c;
}
function coverageOf(hits, ctx, manifest) {
  const covering = hits.map((m) => m.value);
  const hit = ctx.granted.find((g) => covering.includes(g));
  if (hit) {
    const tier = ctx.compiled.policy.capabilities[hit]?.tier;
    return { capability: hit, tier, reason: because(scope, "capability_tier", `capability ${hit} is ${tier} tier`) };
  }
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: because(scope, "capability_denied", `needs capability ${deniedNeeded.join(" or ")}, which the manifest denies`) };
  if (covering.length > 0) return { capability: null, why: because(scope, "capability_not_granted", `needs capability ${covering.join(" or ")}, which the task was not granted`) };
  return { capability: null, why: because(scope, "no_capability", "no capability in the policy covers this path") };
}

export {
  changeSet,
  linkedContent,
  dependencyFileKind,
  isDependencyFile,
  reviewDependencyChange,
  identifyPath,
  isNarrowGlob,
  classifyPath,
  protectedLinkTarget,
  policySummary,
  evaluateChange
};
