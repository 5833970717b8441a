import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  TIERS
} from "./chunk-DIY5OXXZ.js";
import {
  BUILTIN_CAPABILITIES,
  isBuiltinCapability
} from "./chunk-ORYNIZFN.js";
import {
  deepStrings,
  isObj,
  num,
  own,
  scalarText,
  str
} from "./chunk-MPYCKMVQ.js";
import {
  require_formats,
  require_ucs2length
} from "./chunk-3NVDSH4U.js";
import {
  CONTROL,
  INVISIBLE,
  hasInvisibleCharacters,
  quoteUntrusted,
  quoteValue,
  stableJson
} from "./chunk-ERUCQBI4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LKLDWFYK.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/core/commands/wrappers.ts
var RUNS_A_COMMAND = /* @__PURE__ */ new Set([
  "env",
  "sudo",
  "doas",
  "su",
  "runuser",
  "pkexec",
  "xargs",
  "time",
  "nice",
  "ionice",
  "timeout",
  "nohup",
  "setsid",
  "stdbuf",
  "unbuffer",
  "chroot",
  "command",
  "builtin",
  "exec",
  "eval",
  "source",
  ".",
  "sh",
  "bash",
  "zsh",
  "dash",
  "ksh",
  "mksh",
  "fish",
  "csh",
  "tcsh",
  "busybox",
  "strace",
  "ltrace",
  "gdb",
  "valgrind",
  "watch",
  "script",
  "unshare",
  "nsenter",
  "flock",
  "chrt",
  "taskset",
  "parallel",
  "systemd-run",
  "sg",
  "newgrp",
  "firejail",
  "bwrap",
  "proot",
  "fakeroot",
  "caffeinate",
  "cpulimit",
  "torsocks",
  "proxychains",
  "proxychains4",
  "xvfb-run",
  "expect",
  "ssh",
  "rlwrap",
  "awk",
  "gawk",
  "mawk",
  "nawk"
]);
var PACKAGE_RUNNERS = {
  npx: [],
  bunx: [],
  pnpx: [],
  uvx: [],
  npm: ["exec", "x", "explore"],
  pnpm: ["dlx", "exec"],
  yarn: ["dlx", "exec"],
  bun: ["x"],
  pipx: ["run"],
  uv: ["run", "tool"],
  poetry: ["run"],
  pipenv: ["run"]
};
var CODE_OPTIONS = {
  node: { short: "epri", long: ["--eval", "--print", "--require", "--import", "--loader", "--experimental-loader", "--interactive"], words: ["-"] },
  nodejs: { short: "epri", long: ["--eval", "--print", "--require", "--import", "--loader", "--experimental-loader", "--interactive"], words: ["-"] },
  deno: { long: ["--eval"], words: ["eval", "repl", "-"] },
  bun: { short: "er", long: ["--eval", "--print", "--preload"], words: ["-"] },
  python: { short: "cm", words: ["-"] },
  python2: { short: "cm", words: ["-"] },
  python3: { short: "cm", words: ["-"] },
  pypy: { short: "cm", words: ["-"] },
  pypy3: { short: "cm", words: ["-"] },
  perl: { short: "eEM", words: ["-"] },
  ruby: { short: "er", words: ["-"] },
  php: { short: "rB", words: ["-"] },
  lua: { short: "el", words: ["-"] },
  Rscript: { short: "e", words: ["-"] },
  pwsh: { long: ["-Command", "-c", "-EncodedCommand", "-ec", "-File", "-f"] },
  find: { words: ["-exec", "-execdir", "-ok", "-okdir"] },
  git: { short: "c", long: ["--config-env", "--exec-path", "--upload-pack", "--receive-pack"], words: ["-c"] },
  tar: { short: "IF", long: ["--to-command", "--use-compress-program", "--checkpoint-action", "--info-script", "--new-volume-script", "--rsh-command"] },
  rsync: { short: "e", long: ["--rsh", "--rsync-path"] },
  npx: { short: "pc", long: ["--package", "--call", "--shell"] },
  npm: { short: "c", long: ["--call", "--package", "--script-shell", "--node-options"] },
  pnpm: { short: "c", long: ["--shell-mode"] }
};
function programName(word) {
  const slash = Math.max(word.lastIndexOf("/"), word.lastIndexOf("\\"));
  return slash >= 0 ? word.slice(slash + 1) : word;
}
function wrapperUse(argv) {
  const name = programName(argv[0] ?? "");
  if (RUNS_A_COMMAND.has(name)) return `${name} runs the command or script that follows it`;
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name] : null;
  if (subcommands && (subcommands.length === 0 || subcommands.includes(argv[1] ?? ""))) {
    return `${subcommands.length === 0 ? name : `${name} ${argv[1]}`} runs the package named after it`;
  }
  const option = argv.slice(1).find((a) => isCodeOption(name, a));
  return option === void 0 ? null : `${JSON.stringify(option)} makes ${name} run other code`;
}
function wrapperProblem(pattern) {
  const name = programName(pattern[0]);
  if (RUNS_A_COMMAND.has(name) && pattern.includes("*")) {
    return `${name} runs the command that follows it: a pattern for it must spell that command out, with no *`;
  }
  const subcommands = Object.hasOwn(PACKAGE_RUNNERS, name) ? PACKAGE_RUNNERS[name] : null;
  if (subcommands) {
    const packageAt = subcommands.length === 0 ? 1 : subcommands.includes(pattern[1] ?? "") ? pattern[1] === "tool" ? 3 : 2 : -1;
    if (packageAt > 0) {
      for (let i = 1; i <= packageAt; i++) {
        const word = pattern[i];
        if (word === void 0 || word === "*" || i === packageAt && word.startsWith("-")) {
          return `${pattern.slice(0, packageAt).join(" ")} runs the package named next: a pattern for it must name the package literally`;
        }
      }
    }
  }
  return null;
}
function isCodeOption(program, arg) {
  const name = programName(program);
  const options = Object.hasOwn(CODE_OPTIONS, name) ? CODE_OPTIONS[name] : void 0;
  if (!options) return false;
  if (options.words?.includes(arg)) return true;
  if (options.long?.some((l) => arg === l || arg.startsWith(`${l}=`))) return true;
  if (options.short && /^-[A-Za-z0-9]/.test(arg) && !arg.startsWith("--")) {
    for (const letter of arg.slice(1)) {
      if (options.short.includes(letter)) return true;
      if (!/[A-Za-z0-9]/.test(letter)) break;
    }
  }
  return false;
}

// src/core/commands/patterns.ts
var WILDCARD = "*";
var MAX_PATTERN_WORDS = 64;
var MAX_PATTERN_WORD_CHARS = 256;
function patternProblem(pattern) {
  if (!Array.isArray(pattern) || pattern.length === 0) return "a command pattern is a non-empty list of words";
  if (pattern.length > MAX_PATTERN_WORDS) return `a command pattern has at most ${MAX_PATTERN_WORDS} words`;
  for (const [i, word] of pattern.entries()) {
    if (typeof word !== "string" || word.length === 0) return `word ${i + 1} is not a non-empty string`;
    if (word.length > MAX_PATTERN_WORD_CHARS) return `word ${i + 1} is longer than ${MAX_PATTERN_WORD_CHARS} characters`;
    if (CONTROL.test(word) || hasInvisibleCharacters(word)) return `word ${i + 1} holds a control or invisible character`;
    if (word !== WILDCARD && word.includes(WILDCARD)) return `word ${i + 1} (${JSON.stringify(word)}) mixes * with text: * stands alone for one argument, or last for the rest`;
  }
  if (pattern[0] === WILDCARD) return "the first word names the program and cannot be *";
  return wrapperProblem(pattern);
}
function matchPattern(pattern, argv) {
  const last = pattern.length - 1;
  const rest = pattern.length > 1 && pattern[last] === WILDCARD;
  const fixed2 = rest ? last : pattern.length;
  if (rest ? argv.length < fixed2 : argv.length !== fixed2) return null;
  const wildcardArgs = [];
  for (let i = 0; i < fixed2; i++) {
    if (pattern[i] === WILDCARD) wildcardArgs.push(i);
    else if (pattern[i] !== argv[i]) return null;
  }
  if (rest) for (let i = fixed2; i < argv.length; i++) wildcardArgs.push(i);
  return { wildcardArgs };
}
function formatPattern(pattern) {
  return pattern.map((w) => w === WILDCARD ? w : displayWord(w)).join(" ");
}
function displayWord(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/core/protected.ts
var rules = (rule, category, why, globs) => globs.map((glob2) => ({ glob: glob2, rule, category, why }));
var DEFAULT_POLICY_PATH = ".github/agent-policy.yml";
var PROTECTED_LIST = [
  ...rules("paths/guard-files", "agent-guard", "the policy and manifests decide what the agent may do", [
    ".github/agent-policy.{yml,yaml,json}",
    "**/agent-policy.{yml,yaml,json}",
    "**/agent-manifest*.{yml,yaml,json}",
    "**/*.agent-task.{yml,yaml,json}",
    ".agent/**",
    ".agent-guard/**"
  ]),
  ...rules("paths/runs-in-ci", "ci", "CI and automation configuration runs with the repository's credentials", [
    // Everything under .github runs or instructs (workflows, actions, dependabot, renovate and app
    // configuration, agent instructions) except the inert community files (COMMUNITY_FILES below).
    ".github/**",
    "**/action.{yml,yaml}",
    ".gitlab-ci.yml",
    ".circleci/**",
    ".buildkite/**",
    "azure-pipelines.yml",
    "Jenkinsfile",
    ".travis.yml",
    "renovate.json",
    "renovate.json5",
    ".renovaterc",
    ".renovaterc.json",
    ".pre-commit-config.yaml",
    ".renovaterc.json5",
    ".gitlab/renovate.{json,json5}",
    // Other CI services: each runs its file from the pushed commit when the repository is connected.
    "bitbucket-pipelines.yml",
    ".drone.yml",
    ".woodpecker.{yml,yaml}",
    ".woodpecker/**",
    "{appveyor,.appveyor}.yml",
    ".cirrus.{yml,star}",
    ".semaphore/**",
    "codemagic.yaml",
    "bitrise.yml",
    ".teamcity/**",
    ".tekton/**",
    "cloudbuild.{yaml,json}"
  ]),
  ...rules("paths/runs-in-ci", "ci", "preview deployments build every pull request with this file and the site's environment variables", [
    "**/netlify.toml",
    "**/vercel.json"
  ]),
  ...rules("paths/review-rules", "review", "CODEOWNERS decides who must review", ["CODEOWNERS", "docs/CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS"]),
  ...rules("paths/git-config", "git", "git attributes, submodules and hooks change what a diff shows and what is fetched or run", [
    "**/.gitattributes",
    ".gitmodules",
    // Git LFS reads it from the work tree: lfs.url and friends redirect every LFS download and upload.
    ".lfsconfig",
    // The repository's own git directory (never a tracked path; a symlink into it reaches hooks and the
    // checkout's config, which holds the job's token when actions/checkout persists credentials).
    ".git",
    ".git/**",
    ".githooks/**",
    // husky installs hooks from any directory (monorepo packages: `husky web/.husky`).
    "**/.husky/**",
    "lefthook.{yml,yaml}",
    ".lefthook.{yml,yaml}",
    "lefthook-local.{yml,yaml}",
    ".lintstagedrc*",
    ".simple-git-hooks*"
  ]),
  ...rules("paths/package-manager", "package-manager", "package-manager configuration can run code on install or redirect the registry", [
    "**/.npmrc",
    "**/.yarnrc",
    "**/.yarnrc.yml",
    ".yarn/releases/**",
    ".yarn/plugins/**",
    "**/.pnpmfile.cjs",
    "**/pnpm-workspace.yaml",
    "**/bunfig.toml",
    "**/.pypirc",
    "**/pip.conf",
    "**/pip.ini",
    "**/uv.toml",
    "**/.condarc",
    "**/.gemrc",
    "**/.bundle/config",
    "**/NuGet.Config",
    "**/nuget.config",
    "**/.mvn/**",
    "**/settings.xml",
    "**/.cargo/config",
    "**/.cargo/config.toml",
    "**/go.work",
    "**/.envrc",
    // PDM's project configuration (pypi.url and sources).
    "**/{pdm,.pdm}.toml"
  ]),
  ...rules("paths/package-manager", "package-manager", "Yarn loads the Plug'n'Play loader into every script it runs (NODE_OPTIONS --require)", [
    "**/.pnp.{cjs,js}",
    "**/.pnp.loader.mjs"
  ]),
  ...rules("paths/package-manager", "package-manager", "used instead of what the lockfile installs: Node resolves the nearest node_modules, uv and editors run the .venv interpreter", [
    "**/node_modules/**",
    "**/.venv/**"
  ]),
  ...rules("paths/package-manager", "package-manager", "Python imports an unchecked-hash .pyc instead of its reviewed .py source", [
    "**/__pycache__/**",
    "**/*.pyc"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "a version file makes the version manager or setup action select, and often download, another toolchain", [
    "**/.python-version",
    "**/.nvmrc",
    "**/.node-version",
    "**/.tool-versions",
    "**/rust-toolchain",
    "**/rust-toolchain.toml",
    "**/.pdm-python",
    "**/.ruby-version",
    "**/.java-version",
    "**/.go-version",
    "**/.swift-version",
    "**/.sdkmanrc",
    "**/.terraform-version",
    "**/.bazelversion",
    // sbt.version: the sbt launcher downloads and runs that sbt.
    "**/project/build.properties"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "bazelisk downloads Bazel from the base URL set in .bazeliskrc, and runs tools/bazel instead of Bazel", [
    "**/.bazeliskrc",
    "**/tools/bazel"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "JVM options (-javaagent) and the JDK of every Gradle or sbt build, including a JDK to download", [
    "**/gradle.properties",
    "**/gradle/gradle-daemon-jvm.properties",
    "**/.jvmopts",
    "**/.sbtopts"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "mise loads these on entering the directory: tools it downloads, environment, hooks and tasks", [
    "**/{mise,.mise}.toml",
    "**/{mise,.mise}.*.toml",
    "**/mise/config.toml",
    "**/mise/config.*.toml",
    "**/.mise/**",
    // .config/mise.toml is matched by the first two; conf.d and file tasks live here.
    "**/.config/mise/**"
  ]),
  ...rules("paths/tool-config", "dotnet", "MSBuild imports these into every project or solution below them: properties, package versions and sources, targets that run commands", [
    "**/Directory.Build.{props,targets,rsp}",
    "**/Directory.Packages.props",
    "**/Directory.Solution.{props,targets}",
    "**/{before,after}.*.sln.targets"
  ]),
  ...rules("paths/tool-config", "dotnet", "global.json selects the .NET SDK and MSBuild project SDKs; dotnet-tools.json selects the tools dotnet tool restore fetches and runs", [
    "**/global.json",
    "**/dotnet-tools.json"
  ]),
  ...rules("paths/tool-config", "terraform", "Terraform installs providers from terraform.d/plugins and reuses the providers and modules in .terraform of the working directory", [
    "**/terraform.d/**",
    "**/.terraform/**"
  ]),
  ...rules("paths/tool-config", "toolchain", "build and test tool configuration is loaded and executed automatically", [
    "**/gradle/wrapper/**",
    "**/gradlew",
    "**/gradlew.bat",
    "**/mvnw",
    "**/mvnw.cmd",
    "**/.bazelrc",
    "**/conftest.py",
    "**/pytest.ini",
    // pytest also takes its configuration (addopts = -p plugin) from these, found upwards from the tests run.
    "**/.pytest.ini",
    "**/tox.ini",
    "**/jest.config.*",
    "**/vitest.config.*",
    "**/vitest.workspace.*",
    "**/playwright.config.*",
    "**/karma.conf.*",
    "**/.mocharc*",
    "**/babel.config.*",
    "**/.babelrc*",
    "**/cypress.config.*",
    "**/ava.config.*",
    "**/wdio.conf.*",
    "**/.nycrc*",
    "**/nyc.config.*",
    "**/spec/support/jasmine.{json,js,mjs}",
    "**/.rspec",
    "**/.rspec-local",
    "**/.simplecov",
    "**/phpunit.{xml,xml.dist,dist.xml}",
    "**/tests/Pest.php",
    "**/noxfile.py",
    "**/tox.toml",
    "**/hatch.toml",
    // pytest reads [tool:pytest] (addopts = -p plugin) from it; setuptools imports its cmdclass from the repository.
    "**/setup.cfg",
    // coverage.py imports the modules named by plugins = ...
    "**/.coveragerc",
    "**/setup.py",
    "**/sitecustomize.py",
    "**/usercustomize.py",
    "**/.devcontainer/**",
    "**/.devcontainer.json",
    // Any folder of a monorepo can be opened as a workspace (tasks.json runOn: folderOpen).
    "**/.vscode/**",
    "**/.idea/**"
  ]),
  ...rules("paths/tool-config", "lint", "lint and format configuration is executed, or loads plugins and local code, in every lint step and editor", [
    "**/eslint.config.*",
    "**/.eslintrc*",
    "**/prettier.config.*",
    "**/.prettierrc*",
    "**/stylelint.config.*",
    "**/.stylelintrc*",
    "**/.markdownlint-cli2.*",
    "**/commitlint.config.*",
    "**/.commitlintrc*",
    "**/{dprint,.dprint}.{json,jsonc}",
    "**/.rubocop.yml",
    "**/{.php-cs-fixer,.php-cs-fixer.dist}.php",
    "**/{.php_cs,.php_cs.dist}",
    "**/phpstan.{neon,neon.dist,dist.neon}",
    "**/.formatter.exs",
    "**/.credo.exs"
  ]),
  ...rules("paths/tool-config", "toolchain", "interactive consoles and debuggers run these from the working directory when started there", [
    "**/.pdbrc",
    "**/.pryrc",
    "**/.iex.exs"
  ]),
  ...rules("paths/tool-config", "toolchain", "cloud development environments run the tasks these define when a workspace opens", [
    ".gitpod.yml",
    ".codesandbox/**",
    ".idx/**"
  ]),
  ...rules("paths/secrets", "secrets", "environment and credential files hold secrets that later steps load", [
    "**/.env",
    "**/.env.*",
    "**/*.pem",
    "**/*.key",
    "**/id_rsa*",
    "**/.netrc",
    "**/.git-credentials"
  ]),
  ...rules("paths/agent-instructions", "agent", "agent instructions and configuration steer the agent and can start processes before the model loads", [
    "**/AGENTS.md",
    "**/AGENT.md",
    "**/CLAUDE.md",
    "**/CLAUDE.local.md",
    "**/GEMINI.md",
    "**/.claude/**",
    "**/.mcp.json",
    "**/.gemini/**",
    "**/.cursor/**",
    "**/.cursorrules",
    "**/.windsurfrules",
    "**/.clinerules",
    "**/.clinerules/**",
    "**/.continue/**",
    "**/.aider*",
    "**/.codex/**",
    "**/.junie/**",
    "**/.amazonq/**",
    "**/.goosehints",
    // OpenHands runs .openhands/setup.sh at the start of every session.
    "**/.openhands/**",
    "**/.openhands_instructions",
    "**/copilot-instructions.md",
    ".github/{instructions,prompts,agents,chatmodes,copilot}/**",
    // Rules, steering, hooks and MCP configuration of other coding agents (Windsurf, Roo Code, Kiro,
    // Kilo Code, Augment, Trae, OpenCode, Zed, Qwen Code, Crush, Warp).
    "**/.windsurf/**",
    "**/.roo/**",
    "**/.roomodes",
    "**/.kiro/**",
    "**/.kilocode/**",
    "**/.kilocodemodes",
    "**/.augment/**",
    "**/.augment-guidelines",
    "**/.trae/**",
    "**/.opencode/**",
    "**/opencode.json",
    "**/opencode.jsonc",
    "**/.zed/**",
    "**/.rules",
    "**/.qwen/**",
    "**/QWEN.md",
    "**/CRUSH.md",
    "**/.crush.json",
    "**/crush.json",
    "**/WARP.md",
    "**/*.instructions.md",
    "**/*.prompt.md"
  ])
];
var PROTECTED_RULES = Object.freeze(
  PROTECTED_LIST.map((r) => Object.freeze(r.glob === ".github/**" ? { ...r, except: isCommunityFile } : r))
);
var COMMUNITY_FILE = /^\.github\/(?:(?:contributing|security|support|code_of_conduct|governance|pull_request_template)(?:\.(?:md|markdown|rst|txt))?|funding\.ya?ml|(?:issue_template|pull_request_template|discussion_template)\/[^/]+\.(?:md|ya?ml))$/;
function isCommunityFile(foldedPath) {
  return COMMUNITY_FILE.test(foldedPath);
}

// src/core/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DOCUMENT_BYTES = 256 * 1024;
var MAX_DEPTH = 32;
var MAX_PROBLEMS = 100;
function problem(file, code, message, line, column) {
  const location = { file };
  if (line !== void 0) location.line = line;
  if (column !== void 0) location.column = column;
  return { code, message, location };
}
function flowDepthProblem(text, file, maxDepth) {
  let depth = 0;
  let line = 1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    column++;
    if (c === 10) {
      line++;
      column = 0;
    } else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return problem(file, "yaml_too_deep", `nesting deeper than ${maxDepth} levels`, line, column);
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return null;
}
var CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)/u;
var INVISIBLE_CHARACTER = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/u;
function characterProblem(text, file) {
  const control = CONTROL_CHARACTER.exec(text);
  const invisible = INVISIBLE_CHARACTER.exec(text);
  const first = control && (!invisible || control.index <= invisible.index) ? control : invisible;
  if (!first) return null;
  const offset = first.index;
  const before = text.lastIndexOf("\n", offset - 1);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  const column = offset - before;
  const code = first[0].codePointAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (first === control) {
    const what = code === 13 ? "a carriage return not followed by a line feed (a line break to other readers, not to this parser)" : `control character ${name}`;
    return problem(file, "yaml_control_character", `${what} is not allowed`, line, column);
  }
  return problem(file, "yaml_invisible_character", `invisible or bidi character ${name} is not allowed (it hides or reorders text for the reviewer)`, line, column);
}
function loadDocument(text, file, options = {}) {
  const limits = {
    aliases: options.aliases ?? "refuse",
    maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
    maxDepth: options.maxDepth ?? MAX_DEPTH,
    maxNodes: options.maxNodes ?? 1e6,
    maxAliasExpansions: options.maxAliasExpansions ?? 1e3
  };
  const size = typeof text === "string" ? Buffer.byteLength(text, "utf8") : text.length;
  if (size > limits.maxBytes) {
    return { ok: false, problems: [problem(file, "yaml_too_large", `file is ${size} bytes; the limit is ${limits.maxBytes}`, 1, 1)] };
  }
  let source;
  if (typeof text === "string") source = text;
  else {
    try {
      source = new TextDecoder("utf-8", { fatal: true }).decode(text);
    } catch {
      return { ok: false, problems: [problem(file, "yaml_encoding", "file is not valid UTF-8", 1, 1)] };
    }
  }
  if (source.charCodeAt(0) === 65279) source = source.slice(1);
  const hidden = characterProblem(source, file);
  if (hidden) return { ok: false, problems: [hidden] };
  const deep = flowDepthProblem(source, file, limits.maxDepth);
  if (deep) return { ok: false, problems: [deep] };
  const lineCounter = new import_yaml.LineCounter();
  const at = (offset) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  let list;
  try {
    const parser = new import_yaml.Parser(lineCounter.addNewLine);
    lineCounter.addNewLine(0);
    const tokens = [];
    for (const lexeme of new import_yaml.Lexer().lex(source, false)) {
      const offset = parser.offset;
      for (const token of parser.next(lexeme)) tokens.push(token);
      if (parser.stack.length > limits.maxDepth + 3) {
        const { line, column } = at(offset);
        return { ok: false, problems: [problem(file, "yaml_too_deep", `nesting deeper than ${limits.maxDepth} levels`, line, column)] };
      }
    }
    for (const token of parser.end()) tokens.push(token);
    const composer = new import_yaml.Composer({
      version: "1.2",
      schema: "core",
      merge: false,
      // Duplicate keys are refused in `toValue` (a Set lookup per key): the composer's own check compares
      // every key with every earlier one, and a 250 kB map of 26k keys then took 5 s.
      uniqueKeys: false,
      strict: true,
      customTags: []
    });
    list = Array.from(composer.compose(tokens));
  } catch (err) {
    return { ok: false, problems: [problem(file, "yaml_parse", `cannot parse: ${err.message}`, 1, 1)] };
  }
  if (list.length === 0) return { ok: false, problems: [problem(file, "yaml_empty", "file is empty", 1, 1)] };
  const problems = [];
  for (const doc2 of list) {
    for (const [kind, list2] of [["yaml_syntax", doc2.errors], ["yaml_warning", doc2.warnings]]) {
      for (const e of list2) {
        const { line, column } = at(e.pos[0]);
        problems.push(problem(file, kind, firstLine(e.message), line, column));
      }
    }
  }
  if (list.length > 1) {
    const second = list[1];
    const { line, column } = at(second.range[0]);
    problems.push(problem(file, "yaml_multiple_documents", "file holds more than one YAML document", line, column));
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(dedupeProblems(problems), file) };
  const doc = list[0];
  if (doc.contents === null) return { ok: false, problems: [problem(file, "yaml_empty", "file is empty", 1, 1)] };
  const ctx = {
    limits,
    doc,
    positions: /* @__PURE__ */ new Map(),
    nodes: 0,
    aliases: 0,
    expanding: /* @__PURE__ */ new Set(),
    report: (code, message, offset) => {
      const { line, column } = at(offset);
      problems.push(problem(file, code, message, line, column));
    }
  };
  const positions = ctx.positions;
  const value = toValue(doc.contents, "", 0, ctx);
  if (problems.length > 0) return { ok: false, problems: capProblems(problems, file) };
  return {
    ok: true,
    doc: {
      value,
      file,
      locate(pointer) {
        let p = pointer;
        for (; ; ) {
          const offset = positions.get(p);
          if (offset !== void 0) return { file, ...at(offset) };
          if (p === "") return { file, line: 1, column: 1 };
          p = p.slice(0, p.lastIndexOf("/"));
        }
      }
    }
  };
}
function toValue(node, pointer, depth, ctx) {
  const { limits, positions, report } = ctx;
  const offset = node.range?.[0];
  if (offset !== void 0 && !positions.has(pointer)) positions.set(pointer, offset);
  if (depth > limits.maxDepth) {
    report("yaml_too_deep", `nesting deeper than ${limits.maxDepth} levels`, offset);
    return void 0;
  }
  if (++ctx.nodes > limits.maxNodes) {
    if (ctx.nodes === limits.maxNodes + 1) report("yaml_too_many_nodes", `more than ${limits.maxNodes} nodes once aliases are expanded`, offset);
    return void 0;
  }
  if ((0, import_yaml.isAlias)(node)) {
    if (limits.aliases === "refuse") {
      report("yaml_alias", 'aliases ("*name") are not allowed', offset);
      return void 0;
    }
    if (++ctx.aliases > limits.maxAliasExpansions) {
      if (ctx.aliases === limits.maxAliasExpansions + 1) report("yaml_too_many_aliases", `more than ${limits.maxAliasExpansions} alias expansions`, offset);
      return void 0;
    }
    const target = node.resolve(ctx.doc);
    if (!target) {
      report("yaml_alias", `alias "*${node.source}" has no anchor`, offset);
      return void 0;
    }
    if (ctx.expanding.has(target)) {
      report("yaml_alias_cycle", `alias "*${node.source}" refers to a node that contains it`, offset);
      return void 0;
    }
    ctx.expanding.add(target);
    try {
      return toValue(target, pointer, depth, ctx);
    } finally {
      ctx.expanding.delete(target);
    }
  }
  if (node.anchor && limits.aliases === "refuse") report("yaml_anchor", `anchors ("&${node.anchor}") are not allowed`, offset);
  if (node.tag) report("yaml_tag", `explicit tags (${JSON.stringify(node.tag)}) are not allowed`, offset);
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    if (typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      report("yaml_number_precision", "integer is too large to represent exactly; quote it as a string", offset);
    }
    if (typeof v === "bigint") report("yaml_number_precision", "integer is too large", offset);
    if (typeof v === "number" && !Number.isFinite(v)) report("yaml_number_nonfinite", "NaN and infinite numbers are not allowed", offset);
    return v;
  }
  if ((0, import_yaml.isSeq)(node)) {
    return node.items.map((item, i) => toValue(item, `${pointer}/${i}`, depth + 1, ctx));
  }
  if ((0, import_yaml.isMap)(node)) {
    const out = {};
    for (const pair2 of node.items) {
      if (!(0, import_yaml.isPair)(pair2)) continue;
      const keyNode = pair2.key;
      const keyOffset = keyNode?.range?.[0];
      if (!(0, import_yaml.isScalar)(keyNode) || typeof keyNode.value !== "string") {
        report("yaml_key_type", "mapping keys must be plain strings", keyOffset);
        continue;
      }
      if (keyNode.anchor && limits.aliases === "refuse" || (0, import_yaml.isAlias)(keyNode)) report("yaml_anchor", "anchors and aliases are not allowed on keys", keyOffset);
      if (keyNode.tag) report("yaml_tag", `explicit tags (${JSON.stringify(keyNode.tag)}) are not allowed`, keyOffset);
      const key = keyNode.value;
      if (key === "<<") {
        report("yaml_merge_key", 'merge keys ("<<") are not allowed', keyOffset);
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        report("yaml_duplicate_key", `duplicate key ${JSON.stringify(key)}`, keyOffset);
        continue;
      }
      const childPointer = `${pointer}/${escapePointer(key)}`;
      if (keyOffset !== void 0) positions.set(childPointer, keyOffset);
      const value = pair2.value === null ? null : toValue(pair2.value, childPointer, depth + 1, ctx);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  report("yaml_node", "unsupported YAML node", offset);
  return void 0;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}
function capProblems(problems, file) {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), problem(file, "too_many_problems", `${more} more problem${more === 1 ? "" : "s"} not shown`, 1, 1)];
}
function dedupeProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.location?.line}:${p.location?.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var MAX_WORKFLOW_BYTES = 1024 * 1024;
var MAX_WORKFLOW_DEPTH = 64;
var MAX_WORKFLOW_NODES = 1e5;
function parseWorkflowYaml(text, maxBytes = MAX_WORKFLOW_BYTES) {
  const result = loadDocument(text, "workflow", { aliases: "expand", maxBytes, maxDepth: MAX_WORKFLOW_DEPTH, maxNodes: MAX_WORKFLOW_NODES });
  if (result.ok) return { ok: true, value: result.doc.value };
  const first = result.problems[0];
  const where = first.location?.line !== void 0 ? ` at line ${first.location.line}` : "";
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : "";
  return { ok: false, reason: `${first.code}: ${first.message}${where}${more}` };
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob2, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob2.length) {
    const c = String.fromCodePoint(glob2.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob2.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob2.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob2.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob2.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host2 = p[h];
  const share = p[h + 1];
  return h !== -1 && host2 !== void 0 && host2 !== "" && host2 !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob2 = `@(${alts.join("|")})`;
          if (extglobCount(glob2) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob2;
          this.set[first][k] = this.parse(glob2);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host2 = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host2 !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host2.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/paths.ts
var MAX_PATH_BYTES = 4096;
function reject(reason, detail) {
  return { ok: false, reason, message: detail };
}
function foldPath(path2) {
  if (PRINTABLE_ASCII.test(path2)) return path2.toLowerCase();
  return path2.normalize("NFKC").toLowerCase().toUpperCase().toLowerCase().replace(/\u03c2/g, "σ").normalize("NFC");
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function canonicalisePath(path2, opts) {
  if (opts?.invalidUtf8) return reject("invalid_utf8", "path is not valid UTF-8");
  if (path2.length === 0) return reject("empty", "path is empty");
  if (path2.length * 3 > MAX_PATH_BYTES && Buffer.byteLength(path2, "utf8") > MAX_PATH_BYTES) return reject("too_long", `path is longer than ${MAX_PATH_BYTES} bytes`);
  let ascii = true;
  let backslash = false;
  let upper = false;
  for (let i = 0; i < path2.length; i++) {
    const c = path2.charCodeAt(i);
    if (c < 32 || c > 126) ascii = false;
    else if (c === 92) backslash = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  if (!ascii && CONTROL.test(path2)) return reject("control_character", "path contains a control character (newline, tab, escape, ...)");
  if (!ascii && INVISIBLE.test(path2)) return reject("invisible_character", "path contains a bidi control or zero-width character");
  if (backslash) return reject("backslash", "path contains a backslash");
  if (path2.startsWith("/")) return reject("absolute", "path is absolute (starts with /)");
  if (path2.startsWith("./")) return reject("leading_dot_slash", "path starts with ./");
  if (path2.endsWith("/")) return reject("trailing_slash", "path ends with /");
  let start = 0;
  for (; ; ) {
    let end = path2.indexOf("/", start);
    if (end === -1) end = path2.length;
    const len = end - start;
    if (len === 0) return reject("empty_segment", "path contains an empty segment (//)");
    if (len <= 2 && path2.charCodeAt(start) === 46 && (len === 1 || path2.charCodeAt(start + 1) === 46)) {
      return reject("dot_segment", `path contains a "${len === 1 ? "." : ".."}" segment`);
    }
    if (end === path2.length) break;
    start = end + 1;
  }
  if (!ascii && path2.normalize("NFC") !== path2) return reject("not_nfc", "path is not in Unicode NFC form");
  return { ok: true, path: path2, folded: !ascii ? foldPath(path2) : upper ? path2.toLowerCase() : path2 };
}
function resolveSymlinkTarget(linkPath, target) {
  if (target.length === 0 || target.startsWith("/") || target.includes("\\") || CONTROL.test(target)) return null;
  const parts = linkPath.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  if (parts.length === 0) return null;
  const resolved = parts.join("/");
  return canonicalisePath(resolved).ok ? resolved : null;
}
function symlinkTargetClimbsThroughName(target) {
  let named = false;
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (named) return true;
    } else named = true;
  }
  return false;
}

// src/core/glob.ts
var GLOB_OPTIONS = Object.freeze({
  dot: true,
  nonegate: true,
  nocomment: true,
  noext: true,
  nocase: false,
  matchBase: false,
  nonull: false,
  optimizationLevel: 0,
  platform: "linux",
  windowsPathsNoEscape: false,
  preserveMultipleSlashes: true
});
var MAX_BRACE_EXPANSIONS = 64;
var MAX_GLOB_LENGTH = 512;
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
var EXTGLOB = /[!?+*@]\(/;
function braceShape(pattern, limit = MAX_BRACE_EXPANSIONS) {
  let pos = 0;
  let problem2 = null;
  const parseSequence = (inGroup) => {
    let product = 1;
    while (pos < pattern.length && problem2 === null) {
      const c = pattern[pos];
      if (c === "}") {
        if (inGroup) return product;
        problem2 = 'a "}" closes no brace group (braces are only for alternatives such as "{a,b}")';
        return product;
      }
      if (c === "," && inGroup) return product;
      if (c === "{") {
        if (pos > 0 && pattern[pos - 1] === "$") {
          problem2 = '"${" is not expanded by the glob engine (it stays literal)';
          return product;
        }
        pos++;
        let sum = parseSequence(true);
        let alternatives = 1;
        while (problem2 === null && pos < pattern.length && pattern[pos] === ",") {
          pos++;
          sum += parseSequence(true);
          alternatives++;
        }
        if (problem2 !== null) return product;
        if (pos >= pattern.length) {
          problem2 = 'a "{" is never closed';
          return product;
        }
        pos++;
        if (alternatives < 2) {
          problem2 = 'a brace group needs at least two alternatives ("{a,b}"); "{a}" is read in surprising ways (a literal, or a group around inner groups)';
          return product;
        }
        product = Math.min(product * sum, Number.MAX_SAFE_INTEGER);
        continue;
      }
      pos++;
    }
    return product;
  };
  const n = parseSequence(false);
  if (problem2 !== null) return { problem: problem2 };
  return { count: n > limit ? Infinity : n };
}
function expandBraces(glob2) {
  return braceExpand(glob2, { ...GLOB_OPTIONS, braceExpandMax: MAX_BRACE_EXPANSIONS + 1 });
}
var lintCache = /* @__PURE__ */ new Map();
var LINT_CACHE_MAX = 2e4;
function lintGlob(glob2) {
  if (typeof glob2 !== "string") return [{ code: "glob_type", message: "a glob must be a string" }];
  let cached = lintCache.get(glob2);
  if (cached === void 0) {
    if (lintCache.size >= LINT_CACHE_MAX) lintCache.clear();
    cached = Object.freeze(lintUncached(glob2).map((e) => Object.freeze(e)));
    lintCache.set(glob2, cached);
  }
  return [...cached];
}
function lintUncached(glob2) {
  const errors = [];
  const add = (code, message) => errors.push({ code, message });
  if (glob2.length === 0) {
    add("glob_empty", "empty glob never matches anything");
    return errors;
  }
  if (glob2.length > MAX_GLOB_LENGTH) add("glob_too_long", `glob is longer than ${MAX_GLOB_LENGTH} characters`);
  if (CONTROL2.test(glob2)) add("glob_control_character", "glob contains a control character");
  if (hasInvisibleCharacters(glob2)) add("glob_invisible_character", "glob contains a bidi control or zero-width character, so it can never match a path");
  if (glob2.startsWith("!")) add("glob_negation", 'negated globs ("!...") are not supported: they match everything else');
  if (glob2.startsWith("#")) add("glob_comment", 'a glob starting with "#" is a comment to minimatch and would never match');
  if (glob2.includes("\\")) add("glob_backslash", "backslash is not allowed in globs (escape or Windows separator)");
  if (glob2.startsWith("/")) add("glob_absolute", 'globs are relative to the repository root: remove the leading "/"');
  if (glob2.startsWith("./")) add("glob_dot_slash", 'remove the leading "./"');
  if (EXTGLOB.test(glob2)) add("glob_extglob", 'extglob syntax ("+(...)", "@(...)", "!(...)", ...) is not supported');
  if (/\{[^{},]*\.\.[^{},]*\}/.test(glob2)) add("glob_brace_range", 'brace ranges ("{a..z}") are not supported');
  const braces = /\{[^{},]*\.\.[^{},]*\}/.test(glob2) ? null : braceShape(glob2);
  if (braces !== null && "problem" in braces) add("glob_brace_form", braces.problem);
  const segments = glob2.split("/");
  if (segments.some((s, i) => s === "" && !(i === segments.length - 1 && segments.length > 1))) {
    add("glob_empty_segment", 'glob contains an empty segment ("//")');
  }
  if (glob2.endsWith("/")) add("glob_trailing_slash", 'remove the trailing "/" (use "dir/**" for a directory)');
  if (segments.some((s) => s === "." || s === "..")) add("glob_dot_segment", 'glob contains a "." or ".." segment');
  if (glob2.normalize("NFC") !== glob2) add("glob_not_nfc", "glob is not in Unicode NFC form");
  if (braces !== null && "count" in braces && !Number.isFinite(braces.count)) {
    add("glob_brace_explosion", `brace expansion produces more than ${MAX_BRACE_EXPANSIONS} patterns`);
  } else if (errors.length === 0) {
    const alternatives = expandBraces(glob2);
    if (braces !== null && "count" in braces && alternatives.length > braces.count) {
      add("glob_brace_form", `brace expansion gives ${alternatives.length} patterns where ${braces.count} were counted`);
    }
    for (const alt of alternatives) {
      const altSegments = alt.split("/");
      if (alt === "" || altSegments.some((s) => s === "" || s === "." || s === "..")) {
        add("glob_bad_alternative", `brace alternative ${JSON.stringify(alt)} is empty or has an empty, "." or ".." segment`);
        break;
      }
      if (/[{}]/.test(alt)) {
        add("glob_brace_form", `brace alternative ${JSON.stringify(alt)} still holds a brace`);
        break;
      }
    }
  }
  return errors;
}
function lintPolicyGlob(glob2) {
  const errors = lintGlob(glob2);
  if (errors.length > 0 || typeof glob2 !== "string") return errors;
  const add = (code, message) => errors.push({ code, message });
  const segments = expandBraces(glob2).flatMap((alt) => alt.split("/"));
  if (segments.some((s) => s !== "**" && s.includes("**"))) {
    add("glob_double_star_in_segment", '"**" only crosses directories as a whole segment; here it is a single "*" (write "**/*.tf", not "**.tf")');
  }
  if (glob2.includes("?")) {
    add("glob_question_mark", `"?" is one character here but "zero or one of the preceding character" in GitHub's path filters ("*.jsx?"); list the names with braces ("*.{js,jsx}")`);
  }
  for (const s of segments) {
    const problem2 = caseDependentClass(s);
    if (problem2 !== null) {
      add("glob_case_class", `${problem2}: tier rules are also matched case-insensitively (folded), which such a class cannot be`);
      break;
    }
  }
  const folded = foldPath(glob2);
  if (folded !== glob2 && lintGlob(folded).length > 0) {
    add("glob_fold", `the case-folded glob ${JSON.stringify(folded)} is not a valid glob, so case variants of the paths it names could not be caught`);
  }
  return errors;
}
function caseDependentClass(segment) {
  for (let i = segment.indexOf("["); i !== -1; i = segment.indexOf("[", i + 1)) {
    let j = i + 1;
    const negated = segment[j] === "!" || segment[j] === "^";
    if (negated) j++;
    const start = j;
    let body = "";
    let closed = false;
    while (j < segment.length) {
      if (segment[j] === "]" && j > start) {
        closed = true;
        break;
      }
      const posix = segment.startsWith("[:", j) ? segment.indexOf(":]", j + 2) : -1;
      if (posix !== -1) {
        const name = segment.slice(j + 2, posix);
        if (name === "upper" || name === "lower") return `the character class [:${name}:] depends on case`;
        j = posix + 2;
        continue;
      }
      body += segment[j];
      j++;
    }
    if (!closed) continue;
    if (negated && (new RegExp("\\p{Cased}", "u").test(body) || foldPath(body) !== body)) {
      return `the negated class ${JSON.stringify(segment.slice(i, j + 1))} names letters`;
    }
    i = j;
  }
  return null;
}
var LazyMatcher = class {
  constructor(pattern, glob2) {
    this.pattern = pattern;
    this.glob = glob2;
  }
  pattern;
  glob;
  mm = null;
  match(path2) {
    if (this.mm === null) {
      const mm = new Minimatch(this.pattern, GLOB_OPTIONS);
      if (mm.negate || mm.comment || mm.empty) throw new Error(`glob ${JSON.stringify(this.glob)} does not compile`);
      this.mm = mm;
    }
    return this.mm.match(path2);
  }
};
var alternativesCache = /* @__PURE__ */ new Map();
var ALTERNATIVES_CACHE_MAX = 2e4;
function alternativesOf(glob2) {
  let cached = alternativesCache.get(glob2);
  if (cached === void 0) {
    const expanded = expandBraces(glob2);
    if (expanded.length > MAX_BRACE_EXPANSIONS) throw new Error(`glob ${JSON.stringify(glob2)} expands to too many patterns`);
    if (expanded.some((alt) => alt === "")) throw new Error(`glob ${JSON.stringify(glob2)} does not compile`);
    cached = expanded.map((alt) => {
      const segments = alt.split("/");
      return { segments, fixedSegments: segments.includes("**") ? -1 : segments.length, mm: new LazyMatcher(alt, glob2) };
    });
    if (alternativesCache.size >= ALTERNATIVES_CACHE_MAX) alternativesCache.clear();
    alternativesCache.set(glob2, cached);
  }
  return cached;
}
var GlobSet = class {
  exact = /* @__PURE__ */ new Map();
  trie = newNode();
  byBasename = /* @__PURE__ */ new Map();
  bySuffix = /* @__PURE__ */ new Map();
  byBasenamePrefix = /* @__PURE__ */ new Map();
  byDirSegment = /* @__PURE__ */ new Map();
  anywhere = [];
  /** Candidates for paths without a `/`. */
  rootCandidates = null;
  /** The two directories (the path up to its last `/`) looked up last, most recent first, and their candidates. */
  dirA = null;
  candidatesA = null;
  dirB = null;
  candidatesB = null;
  /**
   * Necessary conditions for a hit in the keyed maps, checked before a key is sliced and hashed: the
   * lengths of `exact`, `byBasename` and `bySuffix` keys, and the first two characters of
   * `byBasenamePrefix` keys (as `c0 * 65536 + c1`).
   */
  exactLengths = /* @__PURE__ */ new Set();
  basenameLengths = /* @__PURE__ */ new Set();
  suffixLengths = /* @__PURE__ */ new Set();
  prefixCodes = /* @__PURE__ */ new Set();
  count = 0;
  /** Add a glob. It must have passed `lintGlob`; this throws otherwise (a bug, not user input). */
  add(glob2, value) {
    const errors = lintGlob(glob2);
    if (errors.length > 0) throw new Error(`unlinted glob ${JSON.stringify(glob2)}: ${errors[0].message}`);
    this.rootCandidates = null;
    this.dirA = null;
    this.candidatesA = null;
    this.dirB = null;
    this.candidatesB = null;
    const order = this.count++;
    const hit = Object.freeze({ value, glob: glob2 });
    const single2 = Object.freeze([hit]);
    for (const { segments, fixedSegments, mm } of alternativesOf(glob2)) {
      this.index(segments, { mm, value, glob: glob2, order, fixedSegments, basePrefix: "", baseSuffix: "", hit, single: single2 });
    }
  }
  index(segments, compiled) {
    if (!segments.some(isMagic)) {
      const key = segments.join("/");
      this.exactLengths.add(key.length);
      push(this.exact, key, compiled);
      return;
    }
    let depth = 0;
    while (depth < segments.length - 1 && (!isMagic(segments[depth]) || segments[depth] === "*")) depth++;
    if (depth > 0) {
      let node = this.trie;
      for (const s of segments.slice(0, depth)) {
        const key = s === "*" ? STAR : s;
        let next = node.children.get(key);
        if (!next) node.children.set(key, next = newNode());
        node = next;
      }
      node.entries.push(compiled);
      return;
    }
    const last = segments[segments.length - 1];
    let lead = 0;
    while (lead < segments.length - 1 && segments[lead] === "**") lead++;
    if (lead > 0 && lead === segments.length - 1) {
      if (!isMagic(last)) {
        this.basenameLengths.add(last.length);
        return push(this.byBasename, last, compiled);
      }
      const prefix2 = /^[^*?[\]{}]*/.exec(last)[0];
      const suffix = /[^*?[\]{}]*$/.exec(last)[0];
      if (/^\*\.[^*?[\]{}]+$/.test(last)) {
        const key = suffixKey(last.slice(1));
        this.suffixLengths.add(key.length);
        return push(this.bySuffix, key, { ...compiled, baseSuffix: suffix });
      }
      if (prefix2.length >= 2) {
        this.prefixCodes.add(prefix2.charCodeAt(0) * 65536 + prefix2.charCodeAt(1));
        return push(this.byBasenamePrefix, prefix2.slice(0, 2), { ...compiled, basePrefix: prefix2, baseSuffix: suffix });
      }
    }
    if (lead > 0 && lead < segments.length - 1 && !isMagic(segments[lead])) {
      return push(this.byDirSegment, segments[lead], compiled);
    }
    if (segments.length === 1) {
      this.trie.entries.push(compiled);
      return;
    }
    this.anywhere.push(compiled);
  }
  /**
   * Every glob that matches `path`, with its value, in the order the globs were added. The returned
   * array and its entries are shared and frozen.
   */
  matchAll(path2) {
    const slash = path2.lastIndexOf("/");
    const dir = slash === -1 ? this.rootCandidates ??= this.dirCandidates(path2) : this.cachedDir(path2, slash);
    const n = dir.segments;
    let hits;
    if (this.exactLengths.has(path2.length)) hits = testList(this.exact.get(path2), path2, n, hits);
    hits = testList(dir.list, path2, n, hits);
    const baseLength = path2.length - slash - 1;
    let base = null;
    if (this.basenameLengths.has(baseLength)) hits = testList(this.byBasename.get(base ??= path2.slice(slash + 1)), path2, n, hits);
    if (this.bySuffix.size > 0) {
      const dot = path2.lastIndexOf(".");
      if (dot > slash && this.suffixLengths.has(path2.length - dot)) {
        hits = testBasenameList(this.bySuffix.get(path2.slice(dot)), path2, base ??= path2.slice(slash + 1), n, hits);
      }
    }
    if (baseLength >= 2 && this.prefixCodes.has(path2.charCodeAt(slash + 1) * 65536 + path2.charCodeAt(slash + 2))) {
      base ??= path2.slice(slash + 1);
      hits = testBasenameList(this.byBasenamePrefix.get(base.slice(0, 2)), path2, base, n, hits);
    }
    if (hits === void 0) return NO_MATCHES;
    if (hits.length === 1) return hits[0].single;
    hits.sort(byOrder);
    const out = [];
    let last = -1;
    for (const h of hits) {
      if (h.order === last) continue;
      last = h.order;
      out.push(h.hit);
    }
    return out.length === 1 ? hits[0].single : out;
  }
  cachedDir(path2, slash) {
    const a = this.dirA;
    if (a !== null && slash === a.length && path2.startsWith(a)) return this.candidatesA;
    const b = this.dirB;
    let candidates;
    let dir;
    if (b !== null && slash === b.length && path2.startsWith(b)) {
      candidates = this.candidatesB;
      dir = b;
    } else {
      candidates = this.dirCandidates(path2);
      dir = path2.slice(0, slash);
    }
    this.dirB = a;
    this.candidatesB = this.candidatesA;
    this.dirA = dir;
    this.candidatesA = candidates;
    return candidates;
  }
  /** The candidates that depend only on the directory part of `path` (its segments but the last). */
  dirCandidates(path2) {
    const segments = path2.split("/");
    const n = segments.length;
    const list = [];
    walkTrie(this.trie, segments, 0, list);
    if (this.byDirSegment.size > 0) {
      for (let i = 0; i < n - 1; i++) {
        const s = segments[i];
        if (segments.indexOf(s) === i) addFitting(this.byDirSegment.get(s), n, list);
      }
    }
    addFitting(this.anywhere, n, list);
    return { segments: n, list };
  }
  get size() {
    return this.count;
  }
};
var NO_MATCHES = Object.freeze([]);
function addFitting(l, n, list) {
  if (l !== void 0) {
    for (const c of l) if (c.fixedSegments === -1 || c.fixedSegments === n) list.push(c);
  }
}
function walkTrie(node, segments, i, list) {
  addFitting(node.entries, segments.length, list);
  if (i >= segments.length - 1 || node.children.size === 0) return;
  const literal2 = node.children.get(segments[i]);
  if (literal2) walkTrie(literal2, segments, i + 1, list);
  const star = node.children.get(STAR);
  if (star) walkTrie(star, segments, i + 1, list);
}
function byOrder(a, b) {
  return a.order - b.order;
}
function testList(list, path2, n, hits) {
  if (list === void 0) return hits;
  for (const c of list) if ((c.fixedSegments === -1 || c.fixedSegments === n) && c.mm.match(path2)) (hits ??= []).push(c);
  return hits;
}
function testBasenameList(list, path2, base, n, hits) {
  if (list === void 0) return hits;
  for (const c of list) {
    if (c.fixedSegments !== -1 && c.fixedSegments !== n) continue;
    if (!base.startsWith(c.basePrefix) || !base.endsWith(c.baseSuffix)) continue;
    if (c.mm.match(path2)) (hits ??= []).push(c);
  }
  return hits;
}
var STAR = "\0*";
function newNode() {
  return { children: /* @__PURE__ */ new Map(), entries: [] };
}
function push(map, key, c) {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}
function isMagic(segment) {
  return /[*?[\]{}]/.test(segment);
}
function suffixKey(ext2) {
  return ext2.slice(ext2.lastIndexOf("."));
}
function globMatches(glob2, subject) {
  const set = new GlobSet();
  set.add(glob2, true);
  return set.matchAll(subject).length > 0;
}

// src/core/hosts.ts
var LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
function hostProblem(entry) {
  const host2 = entry.toLowerCase();
  const body = host2.startsWith("*.") ? host2.slice(2) : host2;
  if (body.includes("*")) return 'a wildcard is only allowed as a leading "*." label';
  const labels = body.split(".");
  if (labels.length < 1 || labels.some((l) => !LABEL.test(l))) return "not a valid hostname";
  if (host2.startsWith("*.") && labels.length < 2) return 'a wildcard must cover a domain with at least two labels ("*.example.com")';
  if (body.length > 253) return "hostname is too long";
  return null;
}
function hostMatches(entry, host2) {
  const e = entry.toLowerCase();
  const h = host2.toLowerCase().replace(/\.$/, "");
  if (h.length > 253 || !h.split(".").every((l) => LABEL.test(l))) return false;
  if (e.startsWith("*.")) return h.endsWith(e.slice(1)) && h.length > e.length - 1;
  return e === h;
}
function hostAllowed(list, host2) {
  return list.some((e) => hostMatches(e, host2));
}

// precompiled:src/core/schema-validators.ts
var policy = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/policy.schema.json", "title": "agent-guard policy", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "const": 1 }, "agents": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "default_tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "tiers": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "medium": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "low": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 } } }, "protected": { "oneOf": [{ "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, { "type": "object", "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "exempt": { "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["path", "reason"], "properties": { "path": { "type": "string", "minLength": 1, "maxLength": 512 }, "reason": { "type": "string", "minLength": 3, "maxLength": 500 } } } } } }] }, "manifests": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "capabilities": { "type": "object", "maxProperties": 64, "propertyNames": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "maxLength": 2e3 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 }, "environments": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,255}$", "maxLength": 255 }, "maxItems": 50, "uniqueItems": true }, "commands": { "type": "array", "items": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256 }, "minItems": 1, "maxItems": 64 }, "maxItems": 200 }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,127}$", "maxLength": 128 }, "maxItems": 50, "uniqueItems": true } } } }, "subjects": { "type": "object", "maxProperties": 100, "propertyNames": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capabilities"], "properties": { "description": { "type": "string", "maxLength": 2e3 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "branches": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 512 }, "maxItems": 500 }, "repositories": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "maxItems": 100, "uniqueItems": true } } } }, "approvals": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "medium": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } }, "low": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "maximum": 10 }, "codeowners": { "type": "boolean" }, "reviewers": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "maxItems": 100, "uniqueItems": true }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "maxLength": 140 }, "maxItems": 50, "uniqueItems": true } } }, "keep_on_identical_rebase": { "type": "boolean" }, "unlinked_commits": { "enum": ["extra_approval", "deny"] } } } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true } } }, "examples": { "type": "array", "maxItems": 500, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200 }, "path": { "type": "string", "minLength": 1, "maxLength": 4096 }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 4096 }, "minItems": 1, "maxItems": 100 }, "status": { "type": "string", "enum": ["added", "modified", "deleted"], "maxLength": 8 }, "executable": { "type": "boolean" }, "verdict": { "type": "string", "enum": ["allow", "approval_required", "deny"], "maxLength": 17 }, "tier": { "type": "string", "enum": ["low", "medium", "high"], "maxLength": 6 } } } }, "workflows": { "type": "object", "additionalProperties": false, "properties": { "deny": { "type": "array", "items": { "type": "string", "pattern": "^workflows/[a-z][a-z0-9-]{0,63}$", "maxLength": 74 }, "maxItems": 100, "uniqueItems": true }, "allowed_uses": { "type": "array", "items": { "type": "string", "pattern": "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", "maxLength": 262 }, "maxItems": 500, "uniqueItems": true } } } } };
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
var pattern19 = new RegExp("^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", "u");
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
          if (!(key19 === "deny" || key19 === "allowed_uses")) {
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
        if (data87.allowed_uses !== void 0) {
          let data90 = data87.allowed_uses;
          if (Array.isArray(data90)) {
            if (data90.length > 500) {
              const err237 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            const len26 = data90.length;
            for (let i39 = 0; i39 < len26; i39++) {
              let data91 = data90[i39];
              if (typeof data91 === "string") {
                if (func2(data91) > 262) {
                  const err238 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/maxLength", keyword: "maxLength", params: { limit: 262 }, message: "must NOT have more than 262 characters" };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
                if (!pattern19.test(data91)) {
                  const err239 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/pattern", keyword: "pattern", params: { pattern: "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$" }, message: 'must match pattern "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$"' };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              } else {
                const err240 = { instancePath: instancePath + "/workflows/allowed_uses/" + i39, schemaPath: "#/properties/workflows/properties/allowed_uses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            let i40 = data90.length;
            let j13;
            if (i40 > 1) {
              const indices13 = {};
              for (; i40--; ) {
                let item13 = data90[i40];
                if (typeof item13 !== "string") {
                  continue;
                }
                if (typeof indices13[item13] == "number") {
                  j13 = indices13[item13];
                  const err241 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/uniqueItems", keyword: "uniqueItems", params: { i: i40, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i40 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                  break;
                }
                indices13[item13] = i40;
              }
            }
          } else {
            const err242 = { instancePath: instancePath + "/workflows/allowed_uses", schemaPath: "#/properties/workflows/properties/allowed_uses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
        }
      } else {
        const err243 = { instancePath: instancePath + "/workflows", schemaPath: "#/properties/workflows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err243];
        } else {
          vErrors.push(err243);
        }
        errors++;
      }
    }
  } else {
    const err244 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err244];
    } else {
      vErrors.push(err244);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var manifest = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://agent-guard.invalid/schemas/manifest.schema.json", "title": "agent-guard task manifest", "type": "object", "additionalProperties": false, "required": ["agent_task"], "properties": { "agent_task": { "type": "object", "additionalProperties": false, "required": ["subject", "repository", "capabilities"], "properties": { "subject": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$", "maxLength": 128 }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", "maxLength": 201 }, "branch_pattern": { "type": "string", "minLength": 1, "maxLength": 512 }, "capabilities": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "denied": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]{0,63}$", "maxLength": 64 }, "maxItems": 64, "uniqueItems": true }, "network": { "type": "object", "additionalProperties": false, "properties": { "allow": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", "maxLength": 253 }, "maxItems": 100, "uniqueItems": true }, "deny_default": { "type": "boolean" } } }, "initiator": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", "maxLength": 45 }, "task_id": { "type": "string", "pattern": "^[A-Za-z0-9_.:#/-]{1,128}$", "maxLength": 128 }, "description": { "type": "string", "maxLength": 2e3 }, "expires_at": { "type": "string", "format": "date-time", "maxLength": 64 } } } } };
var pattern26 = new RegExp("^[A-Za-z0-9_.:#/-]{1,128}$", "u");
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
            if (!pattern26.test(data13)) {
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
function schemaValidators() {
  return { policy, manifest };
}

// src/core/schemas.ts
var DRAFT = "https://json-schema.org/draft/2020-12/schema";
var ID_BASE = "https://agent-guard.invalid/schemas";
var glob = { type: "string", minLength: 1, maxLength: 512 };
var globList = { type: "array", items: glob, maxItems: 500 };
var tier = { type: "string", enum: ["low", "medium", "high"], maxLength: 6 };
var capabilityName = { type: "string", pattern: "^[a-z][a-z0-9_]{0,63}$", maxLength: 64 };
var capabilityList = { type: "array", items: capabilityName, maxItems: 64, uniqueItems: true };
var login = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$", maxLength: 45 };
var loginPattern = { type: "string", pattern: "^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$", maxLength: 45 };
var team = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", maxLength: 140 };
var host = { type: "string", pattern: "^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$", maxLength: 253 };
var hostList = { type: "array", items: host, maxItems: 100, uniqueItems: true };
var description = { type: "string", maxLength: 2e3 };
var asciiKey = (max) => ({ pattern: `^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,${max - 1}}$`, maxLength: max });
var approvalRule = {
  type: "object",
  additionalProperties: false,
  required: ["count"],
  properties: {
    count: { type: "integer", minimum: 0, maximum: 10 },
    codeowners: { type: "boolean" },
    reviewers: {
      type: "object",
      additionalProperties: false,
      properties: {
        users: { type: "array", items: login, maxItems: 100, uniqueItems: true },
        teams: { type: "array", items: team, maxItems: 50, uniqueItems: true }
      }
    },
    keep_on_identical_rebase: { type: "boolean" },
    unlinked_commits: { enum: ["extra_approval", "deny"] }
  }
};
var policySchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/policy.schema.json`,
  title: "agent-guard policy",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1 },
    agents: { type: "array", items: loginPattern, maxItems: 100, uniqueItems: true },
    default_tier: tier,
    tiers: {
      type: "object",
      additionalProperties: false,
      properties: { high: globList, medium: globList, low: globList }
    },
    // A list of globs, or paths plus `exempt`: exact paths taken out of the built-in set, each with a reason.
    protected: {
      oneOf: [
        globList,
        {
          type: "object",
          additionalProperties: false,
          properties: {
            paths: globList,
            exempt: {
              type: "array",
              maxItems: 200,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["path", "reason"],
                properties: { path: glob, reason: { type: "string", minLength: 3, maxLength: 500 } }
              }
            }
          }
        }
      ]
    },
    manifests: globList,
    capabilities: {
      type: "object",
      maxProperties: 64,
      propertyNames: capabilityName,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          description,
          paths: globList,
          tier,
          environments: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,255}$", maxLength: 255 },
            maxItems: 50,
            uniqueItems: true
          },
          /** Argv patterns (lists of words, `*` for one argument or, last, for the rest), never shell strings. */
          commands: {
            type: "array",
            items: { type: "array", items: { type: "string", minLength: 1, maxLength: 256 }, minItems: 1, maxItems: 64 },
            maxItems: 200
          },
          /** Environment variables the capability passes to the commands it allows (all others are scrubbed). */
          env: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$", maxLength: 128 },
            maxItems: 50,
            uniqueItems: true
          }
        }
      }
    },
    subjects: {
      type: "object",
      maxProperties: 100,
      propertyNames: { type: "string", ...asciiKey(128) },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["capabilities"],
        properties: {
          description,
          capabilities: capabilityList,
          branches: globList,
          repositories: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", maxLength: 201 },
            maxItems: 100,
            uniqueItems: true
          }
        }
      }
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      properties: { high: approvalRule, medium: approvalRule, low: approvalRule }
    },
    network: {
      type: "object",
      additionalProperties: false,
      properties: { allow: hostList }
    },
    /** Changes with the verdict or tier they must get (`agent-guard validate` checks them; src/core/policy-examples.ts). */
    examples: {
      type: "array",
      maxItems: 500,
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 200 },
          path: { type: "string", minLength: 1, maxLength: 4096 },
          paths: { type: "array", items: { type: "string", minLength: 1, maxLength: 4096 }, minItems: 1, maxItems: 100 },
          status: { type: "string", enum: ["added", "modified", "deleted"], maxLength: 8 },
          executable: { type: "boolean" },
          verdict: { type: "string", enum: ["allow", "approval_required", "deny"], maxLength: 17 },
          tier
        }
      }
    },
    // Workflow rule ids whose introduced findings deny; that each id exists is checked in code.
    // allowed_uses: the owners (owner/*), repositories (owner/repo) and docker:// images uses: may name; checked again in code.
    workflows: {
      type: "object",
      additionalProperties: false,
      properties: {
        deny: { type: "array", items: { type: "string", pattern: "^workflows/[a-z][a-z0-9-]{0,63}$", maxLength: 74 }, maxItems: 100, uniqueItems: true },
        allowed_uses: { type: "array", items: { type: "string", pattern: "^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$", maxLength: 262 }, maxItems: 500, uniqueItems: true }
      }
    }
  }
};
var manifestSchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/manifest.schema.json`,
  title: "agent-guard task manifest",
  type: "object",
  additionalProperties: false,
  required: ["agent_task"],
  properties: {
    agent_task: {
      type: "object",
      additionalProperties: false,
      required: ["subject", "repository", "capabilities"],
      properties: {
        subject: { type: "string", ...asciiKey(128) },
        repository: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$", maxLength: 201 },
        branch_pattern: glob,
        capabilities: capabilityList,
        denied: capabilityList,
        network: {
          type: "object",
          additionalProperties: false,
          properties: {
            allow: hostList,
            deny_default: { type: "boolean" }
          }
        },
        initiator: login,
        task_id: { type: "string", pattern: "^[A-Za-z0-9_.:#/-]{1,128}$", maxLength: 128 },
        description,
        expires_at: { type: "string", format: "date-time", maxLength: 64 }
      }
    }
  }
};

// src/core/schema-validation.ts
var MAX_SCHEMA_PROBLEMS = 100;
function validateAgainstSchema(name, value) {
  const validate = schemaValidators()[name];
  if (validate(value)) return [];
  const useful = (validate.errors ?? []).filter(isUseful);
  const problems = useful.slice(0, MAX_SCHEMA_PROBLEMS).map((e) => toProblem(name, e));
  if (useful.length > MAX_SCHEMA_PROBLEMS) {
    const more = useful.length - MAX_SCHEMA_PROBLEMS;
    problems.push({ code: "too_many_problems", message: `${more} more problem${more === 1 ? "" : "s"} not shown`, pointer: "" });
  }
  return problems;
}
function isUseful(e) {
  return e.keyword !== "if" && e.keyword !== "propertyNames";
}
function toProblem(name, e) {
  const at = e.instancePath || "";
  const where = at === "" ? `the ${name}` : escapeNonAscii(at.slice(1).replace(/\//g, "."));
  if (e.propertyName !== void 0) {
    return {
      code: "schema_key_name",
      message: `key ${asciiQuote(e.propertyName)} in ${where} is not allowed (${e.message ?? "invalid name"})`,
      pointer: `${at}/${escapeKey(e.propertyName)}`
    };
  }
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      return {
        code: "schema_unknown_property",
        message: `unknown property ${asciiQuote(key)} in ${where}`,
        pointer: `${at}/${escapeKey(key)}`
      };
    }
    case "required":
      return {
        code: "schema_missing_property",
        message: `${where} is missing required property ${JSON.stringify(e.params.missingProperty)}`,
        pointer: at
      };
    case "pattern":
      return { code: "schema_pattern", message: `${where} has an invalid value (${describePattern(e)})`, pointer: at };
    case "enum":
      return {
        code: "schema_enum",
        message: `${where} must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`,
        pointer: at
      };
    default:
      return { code: `schema_${e.keyword}`, message: `${where} ${e.message ?? "is invalid"}`, pointer: at };
  }
}
function describePattern(e) {
  const pattern = String(e.params.pattern);
  return `must match ${pattern}`;
}
function escapeKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function asciiQuote(text) {
  return escapeNonAscii(JSON.stringify(text));
}
function escapeNonAscii(text) {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/core/rules/rule.ts
var RULE_ID = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;
function defineRule(doc) {
  if (!RULE_ID.test(doc.id)) throw new Error(`rule id ${JSON.stringify(doc.id)} is not family/name in kebab-case`);
  if (doc.codes.length === 0) throw new Error(`rule ${doc.id} declares no codes`);
  const family = doc.id.slice(0, doc.id.indexOf("/"));
  const codes = Object.freeze([...doc.codes]);
  return Object.freeze({
    id: doc.id,
    family,
    codes,
    summary: doc.summary,
    fix: doc.fix,
    finding(code, severity, message, where) {
      return where === void 0 ? { rule: doc.id, code, severity, message } : { rule: doc.id, code, severity, message, where };
    }
  });
}

// src/core/rules/workflows/model.ts
function reviewedFileKind(path2) {
  const lower = path2.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (/^\.github\/workflows\/.+\.ya?ml$/.test(lower)) return "workflow";
  if (base === "action.yml" || base === "action.yaml") return "action";
  if (lower === ".github/dependabot.yml" || lower === ".github/dependabot.yaml") return "dependabot";
  return null;
}
var DANGEROUS_TRIGGERS = {
  pull_request_target: "runs the base branch workflow with secrets and a write token for pull requests from anyone, including forks",
  workflow_run: "runs privileged, in the default branch context, after a workflow any pull request can trigger; its artifacts are attacker-controlled",
  issue_comment: "runs with secrets and a write token on comments anyone can post; comment text is attacker-controlled",
  pull_request_review: "runs on reviews; review text is attacker-controlled and the run is head-controlled",
  pull_request_review_comment: "runs on review comments; comment text is attacker-controlled",
  issues: "runs with secrets and a write token on issues anyone can open; titles and bodies are attacker-controlled",
  discussion: "runs with secrets and a write token on discussions anyone can open; their text is attacker-controlled",
  discussion_comment: "runs with secrets and a write token on discussion comments; their text is attacker-controlled"
};
var PRIVILEGED_TRIGGERS = /* @__PURE__ */ new Set(["pull_request_target", "workflow_run", "issue_comment"]);
function readTriggers(root) {
  const out = /* @__PURE__ */ new Map();
  const on2 = own(root, "on");
  if (typeof on2 === "string") out.set(on2.trim().toLowerCase(), null);
  else if (Array.isArray(on2)) {
    for (const t of on2) if (typeof t === "string") out.set(t.trim().toLowerCase(), null);
  } else if (isObj(on2)) for (const k of Object.keys(on2)) out.set(k.trim().toLowerCase(), on2[k]);
  return out;
}
function firstLine2(text, max = 60) {
  const first = text.trim().split("\n")[0] ?? "";
  return first.length > max ? `${first.slice(0, max)}...` : first;
}
function stepLabel(step) {
  const id = scalarText(own(step, "id"));
  if (id) return id;
  const name = scalarText(own(step, "name"));
  if (name) return name;
  const uses = str(own(step, "uses"));
  if (uses) return uses;
  const run = str(own(step, "run"));
  if (run) return firstLine2(run);
  return "";
}
function readSteps(v, pointer, locate) {
  if (!Array.isArray(v)) return [];
  const out = [];
  v.forEach((s, i) => {
    if (!isObj(s)) return;
    const line = locate(`${pointer}/${i}`);
    out.push(line === void 0 ? { index: i + 1, label: stepLabel(s), value: s } : { index: i + 1, label: stepLabel(s), value: s, line });
  });
  return out;
}
var ACTION_JOB = "";
function buildModel(path2, kind, text) {
  const loaded = loadDocument(text, "workflow", { aliases: "expand", maxBytes: MAX_WORKFLOW_BYTES, maxDepth: MAX_WORKFLOW_DEPTH, maxNodes: MAX_WORKFLOW_NODES });
  if (!loaded.ok) {
    const first = loaded.problems[0];
    const at = first.location?.line !== void 0 ? ` at line ${first.location.line}` : "";
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : "";
    return { ok: false, reason: `${first.code}: ${first.message}${at}${more}` };
  }
  const root = loaded.doc.value;
  const locate = (pointer) => loaded.doc.locate(pointer).line;
  if (!isObj(root)) return { ok: false, reason: "the top level is not a mapping" };
  if (kind === "dependabot") return { ok: true, model: { kind, path: path2, root, triggers: /* @__PURE__ */ new Map(), jobs: [], privileged: [] } };
  if (kind === "action") {
    const runs = own(root, "runs");
    if (!isObj(runs)) return { ok: false, reason: 'there is no "runs" mapping' };
    const steps = readSteps(own(runs, "steps"), "/runs/steps", locate);
    return { ok: true, model: { kind, path: path2, root, triggers: /* @__PURE__ */ new Map(), jobs: [{ id: ACTION_JOB, value: runs, steps }], privileged: [] } };
  }
  const jobs = own(root, "jobs");
  if (!isObj(jobs)) return { ok: false, reason: 'there is no "jobs" mapping' };
  if (own(root, "on") === void 0) return { ok: false, reason: 'there is no "on" key, so GitHub cannot run it' };
  const triggers = readTriggers(root);
  const jobList = [];
  for (const id of Object.keys(jobs)) {
    const job = jobs[id];
    if (!isObj(job)) return { ok: false, reason: `job ${quoteValue(id)} is not a mapping` };
    const pointer = `/jobs/${escapePointer(id)}`;
    const line = locate(pointer);
    const steps = readSteps(own(job, "steps"), `${pointer}/steps`, locate);
    jobList.push(line === void 0 ? { id, value: job, steps } : { id, value: job, steps, line });
  }
  const privileged = [...triggers.keys()].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  return { ok: true, model: { kind, path: path2, root, triggers, jobs: jobList, privileged } };
}
function fileLabel(m) {
  const what = m.kind === "action" ? "action" : m.kind === "dependabot" ? "Dependabot configuration" : "workflow";
  return `${what} ${quoteValue(m.path)}`;
}
function jobLabel(m, job) {
  return m.kind === "action" ? `${fileLabel(m)} (runs)` : `${fileLabel(m)} job ${quoteValue(job.id)}`;
}
function stepWhere(m, job, step) {
  const label = step.label ? ` (${quoteValue(firstLine2(step.label))})` : "";
  return m.kind === "action" ? `${fileLabel(m)} composite step ${step.index}${label}` : `${fileLabel(m)} job ${quoteValue(job.id)} step ${step.index}${label}`;
}
var SHA40 = /^[0-9a-f]{40}$/i;
var DIGEST = /@sha256:[0-9a-f]{64}$/i;
function usesPinning(uses) {
  const u = uses.trim();
  if (u.startsWith("./") || u.startsWith("$/")) return "local";
  if (u.toLowerCase().startsWith("docker://")) return DIGEST.test(u) ? "pinned" : "unpinned";
  const at = u.lastIndexOf("@");
  if (at < 0) return "unpinned";
  return SHA40.test(u.slice(at + 1)) ? "pinned" : "unpinned";
}
function actionName(uses) {
  const u = uses.trim();
  const at = u.lastIndexOf("@");
  return (at < 0 ? u : u.slice(0, at)).toLowerCase();
}
function actionRef(uses) {
  const at = uses.lastIndexOf("@");
  return at < 0 ? "" : uses.slice(at + 1).trim();
}
function imagePinned(image) {
  return DIGEST.test(image.trim());
}
function* usesSteps(m) {
  for (const job of m.jobs) {
    for (const step of job.steps) {
      const uses = str(own(step.value, "uses"));
      if (uses !== void 0) yield { job, step, uses, name: actionName(uses) };
    }
  }
}
function jobUses(m, job) {
  return m.kind === "workflow" ? str(own(job.value, "uses")) : void 0;
}
function* usesSites(m) {
  for (const job of m.jobs) {
    const called = jobUses(m, job);
    if (called !== void 0) yield { job, uses: called, name: actionName(called) };
    for (const step of job.steps) {
      const uses = str(own(step.value, "uses"));
      if (uses !== void 0) yield { job, step, uses, name: actionName(uses) };
    }
  }
}
function allUses(m) {
  return [...usesSites(m)].map((s) => s.uses);
}
function withArgs(step) {
  const w = own(step, "with");
  return isObj(w) ? w : {};
}
function inputValue(args, lowerName) {
  const key = Object.keys(args).find((k) => k.toLowerCase() === lowerName);
  return key === void 0 ? void 0 : { name: key, value: args[key] };
}
function inputText(args, lowerName) {
  const found = inputValue(args, lowerName);
  return found === void 0 ? void 0 : scalarText(found.value)?.trim().toLowerCase();
}
var SCRIPT_INPUTS = {
  "actions/github-script": ["script"],
  "azure/cli": ["inlinescript"],
  "azure/powershell": ["inlinescript"],
  "appleboy/ssh-action": ["script"],
  "nick-fields/retry": ["command"],
  "cypress-io/github-action": ["command", "build", "start"],
  "octokit/graphql-action": ["query"],
  "mikefarah/yq": ["cmd"],
  "jannekem/run-python-script-action": ["script"],
  "pwsh/powershell": ["script"]
};
function stepScripts(step) {
  const out = [];
  const run = scalarText(own(step, "run"));
  if (run !== void 0) out.push({ field: "run", text: run });
  const uses = str(own(step, "uses"));
  const name = uses === void 0 ? "" : actionName(uses);
  const args = withArgs(step);
  for (const input of Object.hasOwn(SCRIPT_INPUTS, name) ? SCRIPT_INPUTS[name] : []) {
    const found = inputValue(args, input);
    const text = found === void 0 ? void 0 : scalarText(found.value);
    if (text !== void 0) out.push({ field: input, text });
  }
  return out;
}
function envValueFor(m, job, step, name) {
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    const key = Object.keys(env).find((k) => k.toLowerCase() === name);
    if (key !== void 0) return scalarText(env[key]);
  }
  return void 0;
}
function normalisedDir(path2) {
  const dir = path2.trim().replace(/^(\.\/+)+/, "").replace(/\/+$/, "");
  if (dir === "." || dir.includes("${{") || dir.includes("\\") || dir.startsWith("/")) return "";
  if (dir.split("/").some((seg) => seg === ".." || seg === "." || seg === "")) return "";
  return dir;
}
var HEAD_REF = /head|refs\/pull|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run|issue|number)/i;
var HEAD_REPO = /head|github\s*\.\s*event\s*\.\s*(pull_request|workflow_run)/i;
var SCRIPT_HEAD_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch|merge)\b[^\n]*(refs\/pull|pull\/|head)/i;
function headCheckout(step) {
  const s = step.value;
  const uses = str(own(s, "uses"));
  if (uses !== void 0 && actionName(uses) === "actions/checkout") {
    const args = withArgs(s);
    const ref = scalarText(own(args, "ref"));
    const repo = scalarText(own(args, "repository"));
    const dir = normalisedDir(scalarText(own(args, "path"))?.trim() ?? "");
    if (ref !== void 0 && HEAD_REF.test(ref) || repo !== void 0 && HEAD_REPO.test(repo)) {
      const out = { action: true, dir };
      if (ref !== void 0) out.ref = ref;
      if (repo !== void 0) out.repo = repo;
      return out;
    }
    return null;
  }
  const run = scalarText(own(s, "run"));
  if (run !== void 0 && SCRIPT_HEAD_CHECKOUT.test(run)) return { action: false, dir: "" };
  return null;
}
function runsOnSelfHosted(job) {
  const labels = deepStrings(own(job, "runs-on"));
  if (labels.some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  if (labels.some((l) => l.includes("${{"))) {
    const strategy = own(job, "strategy");
    if (isObj(strategy) && deepStrings(own(strategy, "matrix")).some((l) => l.trim().toLowerCase() === "self-hosted")) return true;
  }
  return false;
}
function environmentName(job) {
  const env = own(job, "environment");
  if (env === void 0 || env === null) return void 0;
  if (typeof env === "string") return env;
  if (isObj(env) && typeof env.name === "string") return env.name;
  return stableJson(env);
}
var PUBLISH_ACTIONS = ["pypa/gh-action-pypi-publish", "softprops/action-gh-release", "ncipollo/release-action", "goreleaser/goreleaser-action", "rubygems/release-gem", "changesets/action"];
var PUBLISH_COMMAND = /\b(?:npm|pnpm|yarn)\s+publish\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgh\s+release\s+(?:create|upload)\b|\bgem\s+push\b|\bdotnet\s+nuget\s+push\b|\bvsce\s+publish\b|\bpoetry\s+publish\b|\buv\s+publish\b/;
function publishes(m, job) {
  if (m.triggers.has("release")) return "it runs on release events";
  const push2 = m.triggers.get("push");
  if (isObj(push2) && own(push2, "tags") !== void 0) return "it runs on tag pushes";
  for (const step of job.steps) {
    const uses = str(own(step.value, "uses"));
    if (uses !== void 0 && PUBLISH_ACTIONS.includes(actionName(uses))) return `it publishes with ${quoteValue(actionName(uses))}`;
    const run = scalarText(own(step.value, "run"));
    const hit = run === void 0 ? null : PUBLISH_COMMAND.exec(run);
    if (hit) return `it publishes (${quoteValue(hit[0])})`;
  }
  return null;
}
function* dependabotUpdates(m) {
  if (m.kind !== "dependabot") return;
  const updates = own(m.root, "updates");
  if (!Array.isArray(updates)) return;
  for (const update of updates) {
    if (!isObj(update)) continue;
    const eco = scalarText(own(update, "package-ecosystem")) ?? "";
    const dir = scalarText(own(update, "directory")) ?? JSON.stringify(own(update, "directories") ?? "");
    yield { update, eco, dir };
  }
}

// src/core/rules/workflows/caches/cache-poisoning.ts
var cachePoisoning = defineRule({
  id: "workflows/cache-poisoning",
  codes: ["workflow_cache_poisoning", "workflow_cache_in_release"],
  summary: "A cache (actions/cache, or the built-in cache of setup-* and similar actions) is saved under a privileged trigger, where pull request code can poison the default branch's cache, or restored in a release or tag publishing workflow, which then builds what a poisoned cache holds.",
  fix: "Do not use caches in privileged or publishing workflows: remove the cache step, set the action's cache input off (cache: '', enable-cache: false, package-manager-cache: false), or skip it on tags."
});
function cacheUse(name, args) {
  const text = (input) => inputText(args, input);
  const computed = (input) => scalarText(inputValue(args, input)?.value)?.includes("${{") === true;
  const on2 = (input, dflt) => {
    if (computed(input)) return false;
    const v = text(input);
    return v === void 0 ? dflt : v !== "" && v !== "false";
  };
  switch (name) {
    case "actions/cache":
    case "actions/cache/save":
      return "save";
    case "actions/cache/restore":
      return "restore";
    case "actions/setup-go":
      return on2("cache", true) ? "save" : null;
    case "astral-sh/setup-uv":
      return on2("enable-cache", true) ? "save" : null;
    case "swatinem/rust-cache":
      return text("lookup-only") === "true" ? null : "save";
    case "ruby/setup-ruby":
      return on2("bundler-cache", false) ? "save" : null;
    case "actions/setup-node":
    case "actions/setup-python":
    case "actions/setup-java":
    case "actions/setup-dotnet":
    case "pnpm/action-setup":
    case "gradle/actions/setup-gradle":
      return name === "gradle/actions/setup-gradle" ? text("cache-disabled") === "true" ? null : "save" : on2("cache", false) ? "save" : null;
    default:
      return name.startsWith("actions/setup-") && on2("cache", false) ? "save" : null;
  }
}
function skippedWhenPublishing(step) {
  const cond = scalarText(own(step, "if")) ?? "";
  return /refs\/tags|event_name|github\.ref\b|release/i.test(cond);
}
var cachePoisoningCheck = {
  rule: cachePoisoning,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const release = publishes(m, job);
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"));
        if (uses === void 0) continue;
        const name = actionName(uses);
        const use = cacheUse(name, withArgs(step.value));
        if (use === null) continue;
        const where = stepWhere(m, job, step);
        if (use === "save" && m.privileged.length > 0) {
          emit(cachePoisoning, "workflow_cache_poisoning", `${where} uses ${quoteValue(name)}, which saves a cache, in a workflow triggered by ${m.privileged.join(", ")}; those runs save into the default branch's cache scope, which release and other privileged workflows restore, so anything attacker-controlled in this job can plant files that a later privileged run restores and executes.`, { job, step, detail: name });
        } else if (release !== null && !skippedWhenPublishing(step.value)) {
          emit(cachePoisoning, "workflow_cache_in_release", `${where} restores a cache with ${quoteValue(name)} in a publishing job (${release}); any workflow with the repository's token (a pull request run included, for its own scope) can write cache entries, so the release would build from whatever a poisoned entry holds.`, { job, step, detail: name });
        }
      }
    }
  }
};

// src/core/rules/workflows/caches/untrusted-artifacts.ts
var untrustedArtifacts = defineRule({
  id: "workflows/untrusted-artifacts",
  codes: ["workflow_untrusted_artifact"],
  summary: "A workflow_run workflow downloads artifacts of the run that triggered it; those were produced by the pull request's code and are attacker-controlled.",
  fix: "Treat downloaded artifacts as data: extract into a temporary directory, never run or source them, and recompute any verdict instead of consuming one."
});
var untrustedArtifactsCheck = {
  rule: untrustedArtifacts,
  facts({ m, emit }) {
    if (!m.triggers.has("workflow_run")) return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"));
        const name = uses === void 0 ? "" : actionName(uses);
        if (!/download-artifact/.test(name)) continue;
        emit(untrustedArtifacts, "workflow_untrusted_artifact", `${stepWhere(m, job, step)} downloads artifacts in a workflow_run workflow; artifacts of the triggering run are attacker-controlled and must not be trusted (recompute, never consume a verdict).`, { job, step, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/changes/action-runs.ts
var actionRuns = defineRule({
  id: "workflows/action-runs",
  codes: ["action_runs_changed"],
  summary: "An action's runs: entry (using, main, pre, post, image, entrypoint, args, env) is set or changed, which changes what code every workflow using the action runs.",
  fix: "Review the code the new entry runs as you would the workflows that use the action."
});
var ACTION_RUNS_KEYS = ["using", "main", "pre", "post", "pre-if", "post-if", "image", "entrypoint", "pre-entrypoint", "post-entrypoint", "args", "env"];
var actionRunsCheck = {
  rule: actionRuns,
  change(base, head, emit) {
    if (head.kind !== "action") return;
    const file = fileLabel(head);
    const hr = head.jobs[0].value;
    const br = base?.jobs[0]?.value ?? {};
    for (const key of ACTION_RUNS_KEYS) {
      const before = own(br, key);
      const after = own(hr, key);
      if (stableJson(before ?? null) === stableJson(after ?? null)) continue;
      if (after === void 0) {
        if (base) emit(actionRuns, "action_runs_changed", `${file} removes runs.${key} (was ${quoteValue(before)}).`, { detail: key });
        continue;
      }
      emit(actionRuns, "action_runs_changed", `${file} ${before === void 0 ? "sets" : "changes"} runs.${key} ${before === void 0 ? "" : `from ${quoteValue(before)} `}to ${quoteValue(after)}; this changes what code the action runs.`, { detail: key });
    }
  }
};

// src/core/rules/workflows/changes/environment-changed.ts
var environmentChanged = defineRule({
  id: "workflows/environment-changed",
  codes: ["workflow_environment_changed"],
  summary: "A job starts using, stops using or switches its deployment environment, which decides the secrets it gets and the protection rules (required reviewers, branch filters) it passes.",
  fix: "Check the environment's secrets and protection rules are meant for this job."
});
var environmentChangedCheck = {
  rule: environmentChanged,
  change(base, head, emit) {
    if (head.kind !== "workflow") return;
    const baseJobs = new Map((base?.jobs ?? []).map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      const before = bj ? environmentName(bj.value) : void 0;
      const after = environmentName(hj.value);
      if (before === after) continue;
      const where = jobLabel(head, hj);
      const message = after === void 0 ? `${where} no longer uses environment ${quoteValue(before)}; its protection rules and required reviewers no longer apply.` : before === void 0 ? `${where} now uses environment ${quoteValue(after)}; the job gets that environment's secrets.` : `${where} changes its environment from ${quoteValue(before)} to ${quoteValue(after)}; the job gets that environment's secrets and protection rules.`;
      emit(environmentChanged, "workflow_environment_changed", message, { job: hj });
    }
  }
};

// src/core/rules/workflows/conditions/conditions.ts
function conditions(m) {
  const out = [];
  for (const job of m.jobs) {
    const jc = m.kind === "workflow" ? scalarText(own(job.value, "if")) : void 0;
    if (jc !== void 0) out.push({ cond: jc, job, where: jobLabel(m, job) });
    for (const step of job.steps) {
      const sc = scalarText(own(step.value, "if"));
      if (sc !== void 0) out.push({ cond: sc, job, step, where: stepWhere(m, job, step) });
    }
  }
  return out;
}

// src/core/rules/workflows/conditions/spoofable-conditions.ts
var spoofableConditions = defineRule({
  id: "workflows/spoofable-conditions",
  codes: ["workflow_spoofable_condition"],
  summary: "A job or step runs only if the actor, a bot name or a label matches; github.actor is whoever acted last and labels are set by writers, so such a guard is spoofable (and a skipped job reports success).",
  fix: "Decide on facts the actor cannot choose (the event's pull_request.user.login together with the head repository, or an environment with required reviewers)."
});
var SPOOFABLE_CONDITION = /github\s*\.\s*(?:triggering_)?actor\b|\bsender\s*\.\s*login\b|\.labels\b|\blabel\s*\.\s*name\b|\bhead_ref\b[^&|]*\b(?:dependabot|renovate)|\b(?:dependabot|renovate)\b[^&|]*\bhead_ref\b/i;
function withoutLiterals(cond) {
  return cond.replace(/'(?:[^']|'')*'/g, "''");
}
var spoofableConditionsCheck = {
  rule: spoofableConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      if (!SPOOFABLE_CONDITION.test(withoutLiterals(c.cond))) continue;
      const why = c.step ? "conditions on the actor, bots or labels are spoofable (github.actor is whoever acted last)." : "conditions on the actor, bots or labels are spoofable, and a skipped job reports success to required checks.";
      emit(spoofableConditions, "workflow_spoofable_condition", `${c.where} runs only if: ${quoteValue(c.cond)}; ${why}`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  }
};

// src/core/rules/workflows/changes/job-conditions.ts
var jobConditions = defineRule({
  id: "workflows/job-conditions",
  codes: ["workflow_job_condition"],
  summary: "A job gets a new or changed if:, and a skipped job reports success to required checks, so a condition can turn a check off.",
  fix: "Keep required checks unconditional; skip work inside the job instead, so it still reports its own result."
});
var jobConditionsCheck = {
  rule: jobConditions,
  change(base, head, emit) {
    if (!base || head.kind !== "workflow") return;
    const baseJobs = new Map(base.jobs.map((j) => [j.id, j]));
    for (const hj of head.jobs) {
      const bj = baseJobs.get(hj.id);
      if (!bj) continue;
      const ifBefore = scalarText(own(bj.value, "if"));
      const ifAfter = scalarText(own(hj.value, "if"));
      if (ifAfter !== void 0 && ifAfter !== ifBefore && !SPOOFABLE_CONDITION.test(ifAfter)) {
        emit(jobConditions, "workflow_job_condition", `${jobLabel(head, hj)} now runs only if: ${quoteValue(ifAfter)}${ifBefore === void 0 ? "" : ` (was ${quoteValue(ifBefore)})`}; a skipped job reports success to required checks.`, { job: hj });
      }
    }
  }
};

// src/core/rules/workflows/changes/removed-checks.ts
var removedChecks = defineRule({
  id: "workflows/removed-checks",
  codes: ["workflow_removed", "action_removed", "workflow_job_removed", "workflow_security_step_removed"],
  summary: "A workflow, action, job or security step (the guard, a scanner) is removed or moved where GitHub no longer runs it, so a required check stays pending or an optional one silently disappears.",
  fix: "Keep required and security checks; replace one only together with its branch protection or ruleset change, reviewed by its owners."
});
var SECURITY_TOOLS = /agent-guard|guard-diff|approval-gate|request-capability|codeql|zizmor|scorecard|harden-runner|dependency-review|trivy|semgrep|gitleaks|trufflehog|snyk|grype|anchore|osv-scanner|actionlint|secret-scan|security-scan/gi;
function securityTools(job, kind) {
  const texts = [];
  const ju = str(own(job.value, "uses"));
  if (ju !== void 0 && kind === "workflow") texts.push(ju);
  for (const step of job.steps) {
    const u = str(own(step.value, "uses"));
    if (u !== void 0) texts.push(actionName(u));
    const r = scalarText(own(step.value, "run"));
    if (r !== void 0) texts.push(r);
  }
  const out = /* @__PURE__ */ new Set();
  for (const t of texts) for (const m of t.matchAll(SECURITY_TOOLS)) out.add(m[0].toLowerCase());
  return out;
}
var removedChecksCheck = {
  rule: removedChecks,
  change(base, head, emit) {
    if (!base) return;
    const headJobs = new Map(head.jobs.map((j) => [j.id, j]));
    for (const bj of base.jobs) {
      const hj = headJobs.get(bj.id);
      const tools = securityTools(bj, base.kind);
      if (!hj) {
        if (head.kind === "workflow") {
          const t = tools.size > 0 ? ` It ran ${[...tools].join(", ")}.` : "";
          emit(removedChecks, "workflow_job_removed", `${jobLabel(base, bj)} was removed; if it is a required or security check, it no longer runs (a missing required check stays pending, an optional one silently disappears).${t}`, { job: { id: bj.id, value: bj.value, steps: [] } });
        }
        continue;
      }
      const headTools = securityTools(hj, head.kind);
      const lost = [...tools].filter((t) => !headTools.has(t));
      if (lost.length > 0) {
        emit(removedChecks, "workflow_security_step_removed", `${jobLabel(head, hj)} no longer runs ${lost.map((t) => quoteValue(t)).join(", ")}; a security or guard step was removed or replaced (for example by "run: exit 0"), so the check can pass without checking anything.`, { job: hj, detail: lost.join(",") });
      }
    }
  }
};

// src/core/rules/workflows/changes/review-errors.ts
var reviewErrors = defineRule({
  id: "workflows/review-errors",
  codes: ["workflow_unparseable", "workflow_findings_truncated"],
  summary: "A workflow, action or Dependabot file that cannot be parsed is not reviewed, and is reported as such (GitHub may run it differently or not at all); past the per-file limit, further findings are counted, not listed.",
  fix: "Make the file valid YAML that GitHub accepts (no duplicate keys, merge keys or tags), then review its findings."
});

// src/core/rules/workflows/check.ts
function looseKey(rule, job, detail) {
  return `${rule.id}|${job}|${detail}`;
}
function collector(out) {
  return (rule, code, message, at = {}) => {
    const job = at.job?.id;
    const step = at.step?.label;
    const loose = looseKey(rule, job ?? "", at.detail ?? "");
    const fact = { rule: rule.id, code, severity: at.severity ?? "high", message, loose, exact: `${loose}|${step ?? ""}` };
    if (job !== void 0) fact.job = job;
    if (step !== void 0) fact.step = step;
    const line = at.step?.line ?? at.job?.line;
    if (line !== void 0) fact.line = line;
    if (at.coveredBy) fact.coveredBy = at.coveredBy;
    out.push(fact);
  };
}
function diffFacts(base, head) {
  const exact = /* @__PURE__ */ new Map();
  const loose = /* @__PURE__ */ new Map();
  for (const f of base) {
    exact.set(f.exact, (exact.get(f.exact) ?? 0) + 1);
    loose.set(f.loose, (loose.get(f.loose) ?? 0) + 1);
  }
  const baseLoose = new Set(loose.keys());
  const take = (f, counts, key) => {
    const n = counts.get(key) ?? 0;
    if (n === 0) return false;
    counts.set(key, n - 1);
    return true;
  };
  const matched = /* @__PURE__ */ new Set();
  for (const f of head) if (take(f, exact, f.exact)) matched.add(f);
  for (const f of matched) loose.set(f.loose, (loose.get(f.loose) ?? 1) - 1);
  for (const f of head) if (!matched.has(f) && take(f, loose, f.loose)) matched.add(f);
  const introduced = [];
  const existing = [];
  for (const f of head) {
    if (matched.has(f) || f.coveredBy?.some((k) => baseLoose.has(k))) existing.push(f);
    else introduced.push(f);
  }
  return { introduced, existing };
}

// src/core/rules/workflows/checkout/artipacked.ts
var artipacked = defineRule({
  id: "workflows/artipacked",
  codes: ["workflow_checkout_persists_token", "workflow_checkout_persists_credentials"],
  summary: "actions/checkout without persist-credentials: false leaves the GITHUB_TOKEN on disk for every later step: reported when the pull request's code is checked out under a privileged trigger, when a later step uploads an artifact, or when a change drops persist-credentials: false.",
  fix: "Add persist-credentials: false to the checkout, and pass a token explicitly to the one step that pushes."
});
function persists(step) {
  return scalarText(own(withArgs(step), "persist-credentials"))?.trim().toLowerCase() !== "false";
}
function wasOff(other, job, step) {
  const oj = other?.jobs.find((j) => j.id === job.id);
  const os = oj?.steps.find((s) => s.label === step.label);
  return os !== void 0 && str(own(os.value, "uses")) !== void 0 && !persists(os.value);
}
var artipackedCheck = {
  rule: artipacked,
  facts({ m, other, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      job.steps.forEach((step, i) => {
        const uses = str(own(step.value, "uses"));
        if (uses === void 0 || actionName(uses) !== "actions/checkout" || !persists(step.value)) return;
        const where = stepWhere(m, job, step);
        const hc = m.privileged.length > 0 ? headCheckout(step) : null;
        if (hc) {
          emit(artipacked, "workflow_checkout_persists_token", `${where} checks out the pull request's code without persist-credentials: false, so the GITHUB_TOKEN of this ${m.privileged.join(", ")} run is left in .git/config, readable by any code from the pull request that the job runs.`, { job, step, detail: `head|${hc.ref ?? ""}|${hc.repo ?? ""}` });
          return;
        }
        const dir = normalisedDir(scalarText(own(withArgs(step.value), "path")) ?? "");
        const upload = job.steps.slice(i + 1).find((s) => actionName(str(own(s.value, "uses")) ?? "") === "actions/upload-artifact");
        if (upload) {
          emit(artipacked, "workflow_checkout_persists_credentials", `${where} checks out without persist-credentials: false and ${stepWhere(m, job, upload)} later uploads an artifact; the persisted GITHUB_TOKEN is in the checkout's git configuration, one path or include-hidden-files away from being in an artifact anyone with read access can download.`, { job, step, detail: `upload|${dir}` });
        } else if (wasOff(other, job, step)) {
          emit(artipacked, "workflow_checkout_persists_credentials", `${where} no longer sets persist-credentials: false, so the GITHUB_TOKEN stays in the checkout's git configuration for every later step (and any tool or dependency it runs).`, { job, step, detail: `dropped|${dir}` });
        }
      });
    }
  }
};

// src/core/rules/workflows/checkout/hardcoded-container-credentials.ts
var hardcodedContainerCredentials = defineRule({
  id: "workflows/hardcoded-container-credentials",
  codes: ["workflow_hardcoded_credentials"],
  summary: "A job or service container sets credentials.password to a literal string, committing a registry password to the repository and its history.",
  fix: "Use ${{ secrets.NAME }} for the password, and rotate the one that was committed."
});
var hardcodedContainerCredentialsCheck = {
  rule: hardcodedContainerCredentials,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const credentialed = [{ what: "container", value: own(job.value, "container") }];
      const services = own(job.value, "services");
      if (isObj(services)) for (const k of Object.keys(services)) credentialed.push({ what: `service ${quoteValue(k)}`, value: services[k] });
      for (const { what, value } of credentialed) {
        const creds = isObj(value) ? own(value, "credentials") : void 0;
        const password = isObj(creds) ? scalarText(own(creds, "password")) : void 0;
        if (password !== void 0 && password.trim() !== "" && !password.includes("${{")) {
          emit(hardcodedContainerCredentials, "workflow_hardcoded_credentials", `${jobLabel(m, job)} ${what} sets credentials.password to a literal string, so a registry password is committed to the repository (readable by anyone who can read it, and kept in its history); use \${{ secrets.NAME }} and rotate the committed password.`, { job, detail: what });
        }
      }
    }
  }
};

// src/core/rules/workflows/expressions.ts
var EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
function rawExpressions(text) {
  return [...text.matchAll(EXPRESSION)].map((m) => m[1] ?? "");
}
function expressionBodies(text) {
  return rawExpressions(text).map(
    (body) => body.toLowerCase().replace(/\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]/g, (_s, a, b) => `.${a ?? b ?? ""}`).replace(/\s+/g, "")
  );
}
var SAFE_EVENT_LEAVES = /* @__PURE__ */ new Set([
  "number",
  "sha",
  "head_sha",
  "id",
  "run_id",
  "run_number",
  "run_attempt",
  "before",
  "after",
  "action",
  "merged",
  "draft",
  "state",
  "private",
  "fork",
  "created_at",
  "updated_at",
  "additions",
  "deletions",
  "changed_files",
  "conclusion",
  "author_association",
  "status"
]);
function envExpressionNames(text) {
  const found = [];
  for (const body of expressionBodies(text)) for (const ref of body.matchAll(/(?<![\w.])env\.([\w-]+)/g)) found.push(ref[1]);
  return found;
}
function untrustedExpressions(text) {
  const found = [];
  for (const raw of expressionBodies(text)) {
    let body = raw;
    for (let prev = ""; prev !== body; ) {
      prev = body;
      body = body.replace(/(?<![\w.])(?:contains|startswith|endswith)\((?:[^()']|'(?:[^']|'')*')*\)/g, "true");
    }
    for (const ref of body.matchAll(/(?<![\w.])github(?:\.[\w*-]+|\[[^\]]*\])*/g)) {
      const path2 = ref[0];
      const parts = path2.split(".");
      if (parts[1] === "head_ref") {
        found.push("github.head_ref");
        continue;
      }
      if (parts.length === 1) {
        found.push(path2);
        continue;
      }
      if (parts[1] !== "event") continue;
      const leaf = parts[parts.length - 1] ?? "";
      if (parts.length > 2 && !path2.includes("*") && !path2.includes("[") && SAFE_EVENT_LEAVES.has(leaf)) continue;
      found.push(path2);
    }
  }
  return found;
}
function inputExpressionNames(text) {
  const out = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])inputs(\.[\w-]+)?/g)) out.push(ref[1] === void 0 ? "inputs" : ref[1].slice(1));
  }
  return out;
}
function secretReferences(text) {
  const out = [];
  for (const body of expressionBodies(text)) {
    for (const ref of body.matchAll(/(?<![\w.])secrets\.([\w-]+)/g)) out.push(`secrets.${ref[1]}`);
    if (/(?<![\w.])secrets(?![\w.])/.test(body)) out.push("secrets");
    if (/(?<![\w.])github\.token(?![\w])/.test(body)) out.push("github.token");
  }
  return out;
}
function unsoundContains(cond) {
  const out = [];
  const call = /(?<![\w.])contains\s*\(\s*'((?:[^']|'')*)'\s*,\s*([A-Za-z_][\w-]*(?:\s*\.\s*[\w*-]+|\s*\[[^\]]*\])*)\s*\)/gi;
  for (const c of cond.matchAll(call)) {
    const needle = c[2].replace(/\s+/g, "");
    if (/^(true|false|null)$/i.test(needle)) continue;
    out.push({ haystack: c[1].replace(/''/g, "'"), needle });
  }
  return out;
}
function alwaysTrueCondition(cond) {
  if (cond.includes("${{")) {
    const whole = /^\$\{\{[\s\S]*\}\}$/.test(cond) && rawExpressions(cond).length === 1;
    if (!whole) {
      const rest = cond.replace(EXPRESSION, "");
      return rest.trim() === "" && /\s$/.test(cond) ? "the block scalar leaves a line break outside the ${{ }}, so the condition is a non-empty string" : "text outside the ${{ }} makes the condition a string, and a non-empty string is true";
    }
  }
  const body = cond.includes("${{") ? rawExpressions(cond)[0] ?? "" : cond;
  const fallback = topLevelOrFallback(body);
  if (fallback !== null && truthyLiteral(fallback)) return `its last alternative ${JSON.stringify(fallback)} is a literal that is always true, so the || cannot be false`;
  return null;
}
function topLevelOrFallback(expr) {
  const alternatives = splitTopLevel(expr, "||");
  return alternatives.length < 2 ? null : alternatives[alternatives.length - 1];
}
function truthyLiteral(text) {
  if (/^'(?:[^']|'')+'$/.test(text)) return true;
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return Number(text) !== 0;
  return false;
}
function obfuscatedExpression(body) {
  const b = body.trim();
  if (/fromjson\s*\(\s*tojson\s*\(/i.test(b)) return "fromJSON(toJSON(...)) is a no-op";
  const calls = b.matchAll(/\b(format|fromjson|join|tojson)\s*\(\s*('(?:[^']|'')*'|\d+)(\s*,\s*('(?:[^']|'')*'|\d+))*\s*\)/gi);
  for (const c of calls) {
    if (c[1].toLowerCase() === "fromjson" && c[3] === void 0 && /^'\s*[[{]/.test(c[2])) continue;
    return `${c[1]}(...) with only literal arguments computes a constant`;
  }
  return null;
}
function splitTopLevel(expr, op) {
  const out = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === "'") {
        if (expr[i + 1] === "'") i++;
        else quote = false;
      }
      continue;
    }
    if (c === "'") quote = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && c === op[0] && expr[i + 1] === op[1]) {
      out.push(expr.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}
function falsyTernaryArm(expr) {
  let e = expr.trim();
  while (e.startsWith("(") && e.endsWith(")") && balanced(e.slice(1, -1))) e = e.slice(1, -1).trim();
  const alternatives = splitTopLevel(e, "||");
  if (alternatives.length < 2) return null;
  for (const alt of alternatives.slice(0, -1)) {
    const conj = splitTopLevel(alt, "&&");
    if (conj.length < 2) continue;
    const arm = conj[conj.length - 1];
    if (/^(?:''|0|0\.0*|false|null)$/i.test(arm)) return arm;
  }
  return null;
}
function balanced(text) {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "'") quote = text[i + 1] === "'" ? (i++, true) : false;
      continue;
    }
    if (c === "'") quote = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

// src/core/rules/workflows/checkout/runs-code.ts
var CODE_COMMAND = new RegExp(
  String.raw`(?:^|[;&|(]\s*|\bsudo\s+(?:-E\s+)?|\btime\s+)(` + [
    String.raw`npm\s+(?:ci|i|install|run|run-script|test|t|start|exec|rebuild|pack|publish)\b`,
    String.raw`(?:yarn|pnpm|bun)(?:\s|$)`,
    String.raw`npx\s`,
    String.raw`node\s+[^\s-]`,
    String.raw`deno\s+(?:run|task|test)\b`,
    String.raw`python[23]?(?:\.\d+)?\s+(?!-c\b)(?!-m\s+pip\s+install\s+(?!-e\b|\.|-r\b)[A-Za-z])\S`,
    String.raw`pip[23]?\s+install\s+(?:-e\s+|--editable\s+)?(?:\.|-r\s)`,
    String.raw`(?:poetry|pdm|hatch|uv)\s+(?:install|sync|run|build)\b`,
    String.raw`make\b`,
    String.raw`cmake\b`,
    String.raw`cargo\s+(?:build|test|run|check|clippy|bench)\b`,
    String.raw`go\s+(?:build|test|run|generate|vet|install\s+\.)`,
    String.raw`mvn\b`,
    String.raw`gradle\b`,
    String.raw`bundle\s+(?:install|exec)\b`,
    String.raw`rake\b`,
    String.raw`composer\s+(?:install|update|run|run-script)\b`,
    String.raw`dotnet\s+(?:build|test|run|restore|pack)\b`,
    String.raw`(?:pytest|tox|nox|pre-commit)\b`,
    String.raw`docker\s+(?:build|compose|buildx\s+build)\b`,
    String.raw`\.{1,2}\/[\w./-]+`,
    String.raw`(?:ba|z|da)?sh\s+[\w./-]+\.sh\b`,
    String.raw`(?:source|\.)\s+[\w./-]+`
  ].join("|") + ")",
  "m"
);
var CODE_ACTIONS = {
  "docker/build-push-action": null,
  "github/codeql-action/autobuild": null,
  "gradle/gradle-build-action": null,
  "pre-commit/action": null,
  "borales/actions-yarn": null,
  "bahmutov/npm-install": null,
  "cypress-io/github-action": null,
  "goreleaser/goreleaser-action": null,
  "php-actions/composer": null,
  "ruby/setup-ruby": { input: "bundler-cache", value: "true" },
  "pnpm/action-setup": { input: "run_install", value: "true" }
};
function runsCheckedOutCode(step, dirs, sameStep) {
  const uses = str(own(step, "uses"));
  if (uses !== void 0) {
    const name = actionName(uses);
    if (!Object.hasOwn(CODE_ACTIONS, name)) return null;
    const when = CODE_ACTIONS[name];
    if (when && inputText(withArgs(step), when.input) !== when.value) return null;
    return `uses ${quoteValue(name)}, which builds or installs what is in the workspace`;
  }
  const run = scalarText(own(step, "run"));
  if (run === void 0) return null;
  const hit = CODE_COMMAND.exec(run);
  if (!hit) return null;
  if (!sameStep && !dirs.includes("")) {
    const wd = scalarText(own(step, "working-directory"))?.trim().replace(/^(\.\/+)+/, "") ?? "";
    const inDir = dirs.some((d) => wd === d || wd.startsWith(`${d}/`) || run.includes(d));
    if (!inDir) return null;
  }
  return `runs ${quoteValue(firstLine2(hit[1].trim() === "" ? run : run.slice(hit.index).trim()))}`;
}

// src/core/rules/workflows/checkout/pwn-request.ts
var pwnRequest = defineRule({
  id: "workflows/pwn-request",
  codes: ["workflow_privileged_checkout", "workflow_privileged_local_action", "workflow_secret_after_head_checkout"],
  summary: "Under a privileged trigger (pull_request_target, workflow_run, issue_comment) a job checks out the pull request's code; when a later step runs code from it (a build, an install, a script, a local action) the pull request runs with secrets and a write token. That full chain is denied by default; the checkout alone, or a secret read after it, needs an approval.",
  fix: "Run the pull request's code in a pull_request workflow without secrets; in the privileged workflow, check out only the base and treat the pull request's artifacts as data."
});
function describeCheckout(hc, step) {
  if (!hc.action) return `runs ${quoteValue(firstLine2(scalarText(own(step.value, "run")) ?? ""))}, which fetches the pull request's code`;
  const parts = [hc.ref !== void 0 ? `ref: ${quoteValue(hc.ref)}` : "", hc.repo !== void 0 ? `repository: ${quoteValue(hc.repo)}` : ""].filter(Boolean).join(", ");
  return `checks out the pull request's code (${parts})`;
}
function localActionFromHead(uses, dirs) {
  const local = uses.trim();
  if (!local.startsWith("./")) return false;
  const rel = local.replace(/^(\.\/+)+/, "");
  const weird = rel.split("/").some((seg) => seg === ".." || seg === "." || seg.includes("\\"));
  return dirs.some((d) => d === "" || weird || rel === d || rel.startsWith(`${d}/`));
}
function chainMessage(m, job, checkout, hc, runner, runs) {
  return `${fileLabel(m)} is a pwn request: (1) it is triggered by ${m.privileged.join(", ")}, which runs with secrets and a write token on events anyone can cause; (2) ${jobLabel(m, job)} step ${checkout.index} (${quoteValue(firstLine2(checkout.label))}) ${describeCheckout(hc, checkout)}; (3) step ${runner.index} (${quoteValue(firstLine2(runner.label))}) ${runs}, so the pull request's code runs with this job's secrets and token.`;
}
function codeRunner(job, from, dir, scriptCheckout) {
  for (let i = from; i < job.steps.length; i++) {
    const step = job.steps[i];
    if (str(own(step.value, "uses"))?.trim().startsWith("./")) continue;
    const runs = runsCheckedOutCode(step.value, [dir], scriptCheckout && i === from);
    if (runs !== null) return { step, runs };
  }
  return null;
}
function privilegedJobFacts(m, job, emit) {
  const checkouts = /* @__PURE__ */ new Map();
  job.steps.forEach((st, i) => {
    const hc = headCheckout(st);
    if (hc) checkouts.set(i, hc);
  });
  if (checkouts.size === 0) return;
  const first = Math.min(...checkouts.keys());
  const checkoutStep = job.steps[first];
  const trig = m.privileged.join(", ");
  const dirs = [];
  job.steps.forEach((step, i) => {
    const where = stepWhere(m, job, step);
    const hc = checkouts.get(i);
    if (hc) {
      const runner = codeRunner(job, hc.action ? i + 1 : i, hc.dir, !hc.action);
      const base = hc.action ? `checkout|${hc.ref ?? ""}|${hc.repo ?? ""}` : `script|${step.label}`;
      if (runner) {
        emit(pwnRequest, "workflow_privileged_checkout", chainMessage(m, job, step, hc, runner.step, runner.runs), { job, step, detail: `${base}|chain`, severity: "deny" });
      } else if (hc.action) {
        emit(pwnRequest, "workflow_privileged_checkout", `${where} ${describeCheckout(hc, step)} in a workflow triggered by ${trig}, which has secrets and a write token ("pwn request").`, { job, step, detail: base });
      } else {
        emit(pwnRequest, "workflow_privileged_checkout", `${where} fetches or checks out pull request code in its run: script in a workflow triggered by ${trig}, which has secrets and a write token.`, { job, step, detail: base });
      }
    }
    const uses = str(own(step.value, "uses"));
    if (i > first && uses !== void 0 && localActionFromHead(uses, dirs)) {
      const checkoutHc = checkouts.get(first);
      emit(pwnRequest, "workflow_privileged_local_action", `${where} runs the local action ${quoteValue(uses)} after ${stepWhere(m, job, checkoutStep)} checked out the pull request's code; in a ${trig} workflow that runs the pull request's own action code with secrets and a write token. ${chainMessage(m, job, checkoutStep, checkoutHc, step, `runs the local action ${quoteValue(uses)} from it`)}`, { job, step, detail: uses.trim(), severity: "deny" });
    }
    if (hc) dirs.push(hc.dir);
  });
  const texts = [];
  if (m.kind === "workflow") texts.push(...deepStrings(own(m.root, "env")));
  texts.push(...deepStrings(own(job.value, "env")));
  for (const step of job.steps.slice(first)) texts.push(...deepStrings(step.value));
  const secrets = /* @__PURE__ */ new Set();
  for (const t of texts) for (const ref of secretReferences(t)) secrets.add(ref);
  for (const secret of secrets) {
    emit(pwnRequest, "workflow_secret_after_head_checkout", `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${secret} }}`)} in or after ${stepWhere(m, job, checkoutStep)}, which checks out the pull request's code in a ${trig} workflow; code from the pull request that runs in this job can read it. Move the secret to a separate job that does not run pull request code.`, { job, step: checkoutStep, detail: secret });
  }
}
var pwnRequestCheck = {
  rule: pwnRequest,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) privilegedJobFacts(m, job, emit);
  }
};

// src/core/rules/workflows/checkout/self-hosted-runner.ts
var selfHostedRunner = defineRule({
  id: "workflows/self-hosted-runner",
  codes: ["workflow_self_hosted_runner"],
  summary: "A job runs on a self-hosted runner, where code from a pull request can persist between jobs and reach the runner's network and credentials.",
  fix: "Run untrusted code on GitHub-hosted (ephemeral) runners; keep self-hosted runners for trusted branches, ephemeral and isolated."
});
var selfHostedRunnerCheck = {
  rule: selfHostedRunner,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      if (runsOnSelfHosted(job.value)) emit(selfHostedRunner, "workflow_self_hosted_runner", `${jobLabel(m, job)} runs on a self-hosted runner; code from a pull request can persist on it and reach its network.`, { job });
    }
  }
};

// src/core/rules/workflows/conditions/always-true-conditions.ts
var alwaysTrueConditions = defineRule({
  id: "workflows/always-true-conditions",
  codes: ["workflow_always_true_condition"],
  summary: "An if: that looks like a test is always true: ${{ }} with text around it (an if: | block scalar's line break, two fenced expressions joined by &&) is a non-empty string, and a pseudo-ternary a && x || 'y' cannot be false.",
  fix: "Write the condition as one bare expression (if: a && b, or if: |- for a block), and use case() or == instead of && ... || with a literal."
});
var alwaysTrueConditionsCheck = {
  rule: alwaysTrueConditions,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      const why = alwaysTrueCondition(c.cond);
      if (why === null) continue;
      emit(alwaysTrueConditions, "workflow_always_true_condition", `${c.where} has if: ${quoteValue(c.cond)}, which is always true: ${why}; the ${c.step ? "step" : "job"} runs whatever the condition was meant to test.`, { job: c.job, step: c.step, detail: c.cond.trim() });
    }
  }
};

// src/core/rules/workflows/conditions/continue-on-error.ts
var continueOnError = defineRule({
  id: "workflows/continue-on-error",
  codes: ["workflow_continue_on_error"],
  summary: "A job or step sets continue-on-error (true, or an expression that may be true), so its failure no longer fails the run: a check can pass without passing.",
  fix: "Remove continue-on-error from checks that must pass; allow failures only for explicitly optional jobs."
});
function on(v) {
  if (v === void 0 || v === null || v === false) return false;
  if (typeof v === "string" && v.trim().toLowerCase() === "false") return false;
  return true;
}
var continueOnErrorCheck = {
  rule: continueOnError,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const jv = own(job.value, "continue-on-error");
      if (m.kind === "workflow" && on(jv)) {
        emit(continueOnError, "workflow_continue_on_error", `${jobLabel(m, job)} sets continue-on-error: ${quoteValue(scalarText(jv) ?? jv)}, so its failure no longer fails the run.`, { job });
      }
      for (const step of job.steps) {
        const sv = own(step.value, "continue-on-error");
        if (on(sv)) emit(continueOnError, "workflow_continue_on_error", `${stepWhere(m, job, step)} sets continue-on-error: ${quoteValue(scalarText(sv) ?? sv)}, so its failure no longer fails the job.`, { job, step, detail: "step" });
      }
    }
  }
};

// src/core/rules/workflows/conditions/unsound-contains.ts
var unsoundContainsRule = defineRule({
  id: "workflows/unsound-contains",
  codes: ["workflow_unsound_contains"],
  summary: "A condition calls contains() with a string as its first argument, a substring test, so any value that is part of the string (refs/heads/mai for refs/heads/main) passes.",
  fix: `Use contains(fromJSON('["a", "b"]'), value) or == comparisons.`
});
var unsoundContainsCheck = {
  rule: unsoundContainsRule,
  facts({ m, emit }) {
    for (const c of conditions(m)) {
      for (const { haystack, needle } of unsoundContains(c.cond)) {
        emit(unsoundContainsRule, "workflow_unsound_contains", `${c.where} runs only if: ${quoteValue(c.cond)}; contains() with the string ${quoteValue(haystack)} as its first argument is a substring test, so any ${quoteValue(needle)} that is part of that string passes too (refs/heads/mai for refs/heads/main), and a guard on it is bypassable. Use contains(fromJSON('[...]'), ${needle.replace(/[^\w.*-]/g, "")}) or == comparisons.`, { job: c.job, step: c.step, detail: `${needle.toLowerCase()}|${haystack}` });
      }
    }
  }
};

// src/core/rules/workflows/dependabot/dependabot-execution.ts
var dependabotExecution = defineRule({
  id: "workflows/dependabot-execution",
  codes: ["dependabot_code_execution"],
  summary: "A Dependabot update sets insecure-external-code-execution: allow, so code from dependency manifests runs during updates with access to the registry credentials Dependabot holds.",
  fix: "Remove insecure-external-code-execution (the default is deny), or set it to deny."
});
var dependabotExecutionCheck = {
  rule: dependabotExecution,
  facts({ m, emit }) {
    for (const { update: u, eco, dir } of dependabotUpdates(m)) {
      const value = scalarText(own(u, "insecure-external-code-execution"))?.trim().toLowerCase();
      if (value !== "allow") continue;
      emit(dependabotExecution, "dependabot_code_execution", `${fileLabel(m)} lets Dependabot run code from ${quoteValue(eco)} manifests in ${quoteValue(dir)} (insecure-external-code-execution: allow); a compromised dependency then runs with Dependabot's registry credentials.`, { detail: `${eco}|${dir}` });
    }
  }
};

// src/core/rules/workflows/injection/github-env.ts
var githubEnv = defineRule({
  id: "workflows/github-env",
  codes: ["workflow_github_env"],
  summary: "In a workflow outsiders trigger (pull_request_target, workflow_run, issue_comment, issues, ...), in an action, or with event text, a script writes to GITHUB_ENV or GITHUB_PATH (or core.exportVariable / core.addPath), so later steps run with an environment or PATH the written text controls.",
  fix: "Pass values between steps as step outputs, and never write event text or downloaded content to GITHUB_ENV or GITHUB_PATH."
});
var ENV_WRITE = /GITHUB_ENV|GITHUB_PATH|core\.exportVariable|core\.addPath/g;
var githubEnvCheck = {
  rule: githubEnv,
  facts({ m, emit }) {
    const triggers = [...m.triggers.keys()].filter((t) => Object.hasOwn(DANGEROUS_TRIGGERS, t));
    const context = m.kind === "action" ? "in an action any workflow can call" : `in a workflow triggered by ${triggers.join(", ")}`;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          const eventText = untrustedExpressions(text).length > 0;
          if (m.kind === "workflow" && triggers.length === 0 && !eventText) continue;
          for (const w of new Set([...text.matchAll(ENV_WRITE)].map((x) => x[0]))) {
            emit(githubEnv, "workflow_github_env", `${stepWhere(m, job, step)} writes to ${w} in its ${field}: script; ${eventText ? "with event text in the script" : context}; later steps then run with an environment or PATH that text from the event or the pull request can set.`, { job, step, detail: w });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/injection/insecure-commands.ts
var insecureCommands = defineRule({
  id: "workflows/insecure-commands",
  codes: ["workflow_insecure_commands"],
  summary: "ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the set-env and add-path workflow commands, so any line a step prints can set the environment or PATH.",
  fix: "Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to GITHUB_ENV / GITHUB_OUTPUT files instead."
});
var NAME = "ACTIONS_ALLOW_UNSECURE_COMMANDS";
var insecureCommandsCheck = {
  rule: insecureCommands,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    if (m.kind === "workflow" && deepStrings(own(m.root, "env")).some((s) => s.includes(NAME))) {
      emit(insecureCommands, "workflow_insecure_commands", `${fileLabel(m)} sets ${NAME} in its env, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`);
    }
    for (const job of m.jobs) {
      const scope = m.kind === "action" ? job.value : { env: own(job.value, "env"), steps: own(job.value, "steps") };
      if (deepStrings(scope).some((s) => s.includes(NAME))) {
        emit(insecureCommands, "workflow_insecure_commands", `${jobLabel(m, job)} sets ${NAME}, which re-enables the set-env and add-path workflow commands (environment injection from any log line).`, { job });
      }
    }
  }
};

// src/core/rules/workflows/injection/prompt-injection.ts
var promptInjection = defineRule({
  id: "workflows/prompt-injection",
  codes: ["workflow_prompt_injection"],
  summary: "Attacker-controlled event text reaches an input (prompt, instructions) of an AI agent action that holds the job's token and secrets.",
  fix: "Do not pass event text to the agent; let it read the issue or pull request itself with a read-only token, and give the job no secrets it does not need."
});
var AGENT_ACTIONS = [
  "anthropics/claude-code-action",
  "anthropics/claude-code-base-action",
  "google-github-actions/run-gemini-cli",
  "google-gemini/gemini-cli-action",
  "openai/codex-action",
  "actions/ai-inference"
];
function isAgentAction(name) {
  return AGENT_ACTIONS.some((a) => name === a || name.startsWith(`${a}/`));
}
var promptInjectionCheck = {
  rule: promptInjection,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      if (!isAgentAction(name)) continue;
      const args = withArgs(step.value);
      for (const input of Object.keys(args)) {
        const text = deepStrings(args[input]).join("\n");
        const exprs = new Set(untrustedExpressions(text));
        for (const envName of new Set(envExpressionNames(text))) {
          const value = envValueFor(m, job, step.value, envName);
          if (value !== void 0) for (const expr of untrustedExpressions(value)) exprs.add(expr);
        }
        for (const expr of exprs) {
          emit(promptInjection, "workflow_prompt_injection", `${stepWhere(m, job, step)} passes ${quoteValue(`\${{ ${expr} }}`)} into the ${quoteValue(input)} input of the AI agent action ${quoteValue(name)}; that text is attacker-controlled, so anyone who can open an issue or pull request can instruct an agent that holds this job's token and secrets (prompt injection).`, { job, step, detail: `${input.toLowerCase()}|${expr}` });
        }
      }
    }
  }
};

// src/core/rules/workflows/injection/template-injection.ts
var templateInjection = defineRule({
  id: "workflows/template-injection",
  codes: ["workflow_script_injection", "workflow_input_injection"],
  summary: "Attacker-controlled text (event titles, bodies, branch names; a caller's inputs) is expanded by ${{ }} into a run: script (any shell, PowerShell too) or a code- or query-evaluating action input such as actions/github-script's script.",
  fix: 'Pass the value through env: (NAME: ${{ ... }}) and read it as a shell variable ("$NAME", $env:NAME) in the script.'
});
var SAFE_INPUT_TYPES = /* @__PURE__ */ new Set(["boolean", "number"]);
function callerInputScope(m) {
  if (m.kind === "action") {
    const using = str(own(m.jobs[0]?.value ?? {}, "using"))?.trim().toLowerCase();
    return using === "composite" ? { who: "a composite action's inputs are whatever the calling workflow passes, often event text (titles, branch names)", safe: /* @__PURE__ */ new Set() } : null;
  }
  if (!m.triggers.has("workflow_call")) return null;
  const safe = /* @__PURE__ */ new Set();
  const config = m.triggers.get("workflow_call");
  const declared = isObj(config) ? own(config, "inputs") : void 0;
  if (isObj(declared))
    for (const k of Object.keys(declared)) {
      const d = declared[k];
      const type = isObj(d) ? str(own(d, "type"))?.trim().toLowerCase() : void 0;
      if (type !== void 0 && SAFE_INPUT_TYPES.has(type)) safe.add(k.toLowerCase());
    }
  return { who: "this workflow has a workflow_call trigger, and a calling workflow may pass event text (titles, branch names) as this input", safe };
}
var templateInjectionCheck = {
  rule: templateInjection,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const callerInputs = callerInputScope(m);
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const expr of new Set(untrustedExpressions(text))) {
            emit(templateInjection, "workflow_script_injection", `${where} interpolates ${quoteValue(`\${{ ${expr} }}`)} into its ${field}: script; that text is attacker-controlled (titles, bodies, branch names, commit messages), so it is script injection. Pass it through env: and quote it.`, { job, step, detail: expr });
          }
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value === void 0) continue;
            for (const expr of new Set(untrustedExpressions(value))) {
              emit(templateInjection, "workflow_script_injection", `${where} interpolates ${quoteValue(`\${{ env.${envName} }}`)} into its ${field}: script, and that variable is set from ${quoteValue(`\${{ ${expr} }}`)}, attacker-controlled text, so it is script injection. Read it in the script as a shell variable ("$NAME"), not as an expression.`, { job, step, detail: `env.${envName}|${expr}` });
            }
          }
          if (callerInputs === null) continue;
          const via = /* @__PURE__ */ new Map();
          for (const name of inputExpressionNames(text)) if (!via.has(name)) via.set(name, "");
          for (const envName of new Set(envExpressionNames(text))) {
            const value = envValueFor(m, job, step.value, envName);
            if (value !== void 0) {
              for (const name of inputExpressionNames(value)) if (!via.has(name)) via.set(name, envName);
            }
          }
          for (const [name, envName] of via) {
            if (callerInputs.safe.has(name)) continue;
            const expr = name === "inputs" ? "inputs" : `inputs.${name}`;
            const how = envName === "" ? `interpolates ${quoteValue(`\${{ ${expr} }}`)}` : `interpolates ${quoteValue(`\${{ env.${envName} }}`)}, which is set from ${quoteValue(`\${{ ${expr} }}`)},`;
            emit(templateInjection, "workflow_input_injection", `${where} ${how} into its ${field}: script; ${callerInputs.who}, so it is script injection whenever a caller passes untrusted text: the value is pasted into the script before the shell reads it. Pass it through env: (for example NAME: \${{ ${expr} }}) and read "$NAME" in the script.`, { job, step, detail: `${envName === "" ? "" : `env.${envName}`}|${name}` });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/permissions/excessive-permissions.ts
var excessivePermissions = defineRule({
  id: "workflows/excessive-permissions",
  codes: ["workflow_permissions_default", "workflow_permissions_removed", "workflow_permissions_write_all", "workflow_permission_write"],
  summary: "A job gets write scopes on the GITHUB_TOKEN (write-all, a write scope, id-token), or the repository default because no permissions block applies.",
  fix: "Set permissions: on the workflow (contents: read) and grant each job only the write scopes it uses."
});
var PERMISSION_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses"
];
function parsePermissions(v) {
  if (typeof v === "string") {
    if (v.trim().toLowerCase() === "read-all") return { writeAll: false, writes: [] };
    return { writeAll: true, writes: [] };
  }
  if (isObj(v)) {
    const writes = [];
    for (const k of Object.keys(v)) {
      const level = typeof v[k] === "string" ? v[k].trim().toLowerCase() : "";
      if (level !== "read" && level !== "none") writes.push(k);
    }
    return { writeAll: false, writes };
  }
  return { writeAll: true, writes: [] };
}
function effectivePermissions(m, job) {
  if (Object.hasOwn(job.value, "permissions")) return { source: "job", ...parsePermissions(job.value.permissions) };
  if (Object.hasOwn(m.root, "permissions")) return { source: "workflow", ...parsePermissions(m.root.permissions) };
  return { source: "default", writeAll: false, writes: [] };
}
var excessivePermissionsCheck = {
  rule: excessivePermissions,
  facts({ m, other, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const perms = effectivePermissions(m, job);
      const from = perms.source === "workflow" ? " (set at the workflow level)" : "";
      if (perms.source === "default") {
        const otherJob = other?.jobs.find((o) => o.id === job.id);
        const removed = other && otherJob && effectivePermissions(other, otherJob).source !== "default";
        if (removed) emit(excessivePermissions, "workflow_permissions_removed", `${where}: the permissions block was removed, so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations).`, { job, detail: "default" });
        else emit(excessivePermissions, "workflow_permissions_default", `${where} has no permissions block (nor has the workflow), so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations); set explicit, minimal permissions.`, { job, detail: "default" });
      } else if (perms.writeAll) {
        emit(excessivePermissions, "workflow_permissions_write_all", `${where} gets write-all GITHUB_TOKEN permissions${from}.`, { job, detail: "write-all" });
      } else {
        for (const scope of perms.writes) {
          const lower = scope.toLowerCase();
          const note = lower === "id-token" ? " (OIDC: the job can mint tokens that cloud providers and registries exchange for credentials)" : PERMISSION_SCOPES.includes(lower) ? "" : " (unknown scope)";
          emit(excessivePermissions, "workflow_permission_write", `${where} gets ${quoteValue(scope)}${note}: write on the GITHUB_TOKEN${from}.`, {
            job,
            detail: `write|${lower}`,
            coveredBy: [looseKey(excessivePermissions, job.id, "write-all")]
          });
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/forbidden-uses.ts
var forbiddenUses = defineRule({
  id: "workflows/forbidden-uses",
  codes: ["workflow_uses_not_allowed"],
  summary: "With the policy's workflows.allowed_uses set, a uses: names an action, reusable workflow or container image the list does not allow; its code would run with the job's token and secrets without anyone having chosen to trust its owner.",
  fix: "Use an allowed action (or a run: step), or add its owner or repository to workflows.allowed_uses in the policy on the base branch."
});
var OWNER = "[a-z0-9](?:[a-z0-9-]{0,38})";
var REPO = "[a-z0-9_.-]{1,100}";
var ACTION_ENTRY = new RegExp(`^${OWNER}/(?:\\*|${REPO})$`);
var IMAGE_ENTRY = /^docker:\/\/[a-z0-9][a-z0-9._/-]{0,250}(?:\/\*)?$/;
function allowedUsesProblem(entry) {
  if (entry !== entry.trim()) return "has leading or trailing spaces";
  const e = entry.toLowerCase();
  if (e.startsWith("docker://")) return IMAGE_ENTRY.test(e) && !e.includes("//", "docker://".length) ? null : "is not docker://image or docker://prefix/*";
  if (e.includes("@")) return "names a ref; list owners or repositories (pinning is workflows/unpinned-uses' concern)";
  return ACTION_ENTRY.test(e) ? null : "is not owner/*, owner/repo or docker://image";
}
function imageName(uses) {
  let ref = uses.trim().toLowerCase();
  const at = ref.indexOf("@");
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/") && colon > "docker:".length) ref = ref.slice(0, colon);
  return ref;
}
function allowingEntry(uses, allowed) {
  const u = uses.trim().toLowerCase();
  if (u.startsWith("docker://")) {
    const image = imageName(u);
    return allowed.find((a) => {
      const e = a.trim().toLowerCase();
      return e.endsWith("/*") ? image.startsWith(e.slice(0, -1)) : image === e;
    });
  }
  const at = u.lastIndexOf("@");
  const path2 = (at < 0 ? u : u.slice(0, at)).split("/");
  const [owner, repo] = path2;
  if (owner === void 0 || repo === void 0 || owner === "" || repo === "") return void 0;
  return allowed.find((a) => {
    const e = a.trim().toLowerCase();
    if (e.startsWith("docker://")) return false;
    const [eo, er] = e.split("/");
    return eo === owner && (er === "*" || er === repo);
  });
}
var forbiddenUsesCheck = {
  rule: forbiddenUses,
  facts({ m, emit, policy: policy2 }) {
    const allowed = policy2.allowedUses;
    if (allowed === void 0 || m.kind === "dependabot") return;
    for (const { job, step, uses } of usesSites(m)) {
      const u = uses.trim();
      if (u.startsWith("./") || u.startsWith("$/")) continue;
      if (allowingEntry(u, allowed) !== void 0) continue;
      const where = step === void 0 ? `${jobLabel(m, job)} calls` : `${stepWhere(m, job, step)} uses`;
      const list = allowed.length === 0 ? "which allows nothing but local actions" : `which allows ${allowed.slice(0, 8).map((a) => quoteValue(a)).join(", ")}${allowed.length > 8 ? ` and ${allowed.length - 8} more` : ""}`;
      const detail = u.toLowerCase().startsWith("docker://") ? imageName(u) : actionName(u);
      emit(forbiddenUses, "workflow_uses_not_allowed", `${where} ${quoteValue(u)}, which the policy's workflows.allowed_uses does not allow (${list}); its code would run with this job's token and secrets from an owner nobody chose to trust.`, step === void 0 ? { job, detail, severity: "deny" } : { job, step, detail, severity: "deny" });
    }
  }
};

// src/core/rules/workflows/pinning/obfuscation.ts
var obfuscation = defineRule({
  id: "workflows/obfuscation",
  codes: ["workflow_obfuscated_uses", "workflow_obfuscated_expression"],
  summary: 'A remote uses: path with empty, "." or ".." segments, or an expression that computes a constant (format() or fromJSON() of literals, fromJSON(toJSON(x))), hides what runs from a reader and from the other rules.',
  fix: "Write the action path and the value out plainly (owner/repo/path@sha, github.event.x, the literal itself)."
});
function obfuscatedUses(uses) {
  const u = uses.trim();
  if (u.toLowerCase().startsWith("docker://") || u.startsWith("./") || u.startsWith("$/")) return null;
  const path2 = u.lastIndexOf("@") < 0 ? u : u.slice(0, u.lastIndexOf("@"));
  if (u.includes("${{")) return "it is computed by an expression";
  const segs = path2.split("/");
  if (segs.some((s) => s === "" || s === "." || s === "..")) return 'its path has empty, "." or ".." segments';
  return null;
}
var obfuscationCheck = {
  rule: obfuscation,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const seen = (job, step, where, value) => {
      const reported = /* @__PURE__ */ new Set();
      for (const text of deepStrings(value)) {
        for (const body of rawExpressions(text)) {
          const why = obfuscatedExpression(body);
          const norm = body.trim();
          if (why === null || reported.has(norm)) continue;
          reported.add(norm);
          emit(obfuscation, "workflow_obfuscated_expression", `${where} has the expression ${quoteValue(`\${{ ${norm} }}`)}: ${why}; write it plainly so a reviewer (and this review) can see what it means.`, { job, step, detail: norm });
        }
      }
    };
    for (const job of m.jobs) {
      const called = jobUses(m, job);
      if (called !== void 0) {
        const why = obfuscatedUses(called);
        if (why) emit(obfuscation, "workflow_obfuscated_uses", `${jobLabel(m, job)} calls ${quoteValue(called)}: ${why}, which hides what runs.`, { job, detail: called.trim() });
      }
      const { steps: _steps, ...jobRest } = job.value;
      seen(job, void 0, jobLabel(m, job), jobRest);
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const why = uses === void 0 ? null : obfuscatedUses(uses);
        if (uses !== void 0 && why) emit(obfuscation, "workflow_obfuscated_uses", `${where} uses ${quoteValue(uses)}: ${why}, which hides what runs.`, { job, step, detail: uses.trim() });
        seen(job, step, where, step.value);
      }
    }
  }
};

// src/core/rules/workflows/pinning/repinned-uses.ts
var repinnedUses = defineRule({
  id: "workflows/repinned-uses",
  codes: ["workflow_uses_repinned"],
  summary: "A pinned action moves to another commit; offline the review cannot tell whether the commit is on the action's own repository (impostor commits from forks resolve too) or what changed.",
  fix: "Check the new commit is a release tag of the action's own repository and review the diff between the two commits."
});
function pinsOf(uses) {
  const out = /* @__PURE__ */ new Map();
  for (const u of uses) {
    if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
    const set = out.get(actionName(u)) ?? /* @__PURE__ */ new Set();
    set.add(actionRef(u).toLowerCase());
    out.set(actionName(u), set);
  }
  return out;
}
var repinnedUsesCheck = {
  rule: repinnedUses,
  change(base, head, emit) {
    if (!base) return;
    const basePins = pinsOf(allUses(base));
    const reported = /* @__PURE__ */ new Set();
    for (const u of allUses(head)) {
      if (usesPinning(u) !== "pinned" || u.trim().toLowerCase().startsWith("docker://")) continue;
      const name = actionName(u);
      const ref = actionRef(u).toLowerCase();
      const before = basePins.get(name);
      if (!before || before.has(ref) || reported.has(`${name}@${ref}`)) continue;
      reported.add(`${name}@${ref}`);
      emit(repinnedUses, "workflow_uses_repinned", `${fileLabel(head)} moves ${quoteValue(name)} from commit ${quoteValue([...before].join(", "))} to ${quoteValue(ref)}; check the new commit is on the action's own repository (impostor commits from forks resolve too) and review its diff.`, { detail: `${name}@${ref}` });
    }
  }
};

// src/core/rules/workflows/pinning/superfluous-actions.ts
var superfluousActions = defineRule({
  id: "workflows/superfluous-actions",
  codes: ["workflow_superfluous_action"],
  summary: "A third-party action does what a tool already on GitHub's runners does (gh, git, jq, docker, rustup), adding its code and dependencies to what runs with the job's token.",
  fix: "Use the preinstalled tool in a run: step (gh release create, gh pr create, git commit and push, jq, docker run, rustup)."
});
var REPLACEMENTS = {
  "ncipollo/release-action": "gh release create",
  "softprops/action-gh-release": "gh release create",
  "elgohr/github-release-action": "gh release create",
  "svenstaro/upload-release-action": "gh release upload",
  "actions/create-release": "gh release create",
  "actions/upload-release-asset": "gh release upload",
  "peter-evans/create-pull-request": "gh pr create",
  "peter-evans/create-or-update-comment": "gh pr comment / gh issue comment",
  "dacbd/create-issue-action": "gh issue create",
  "actions-ecosystem/action-add-labels": "gh issue edit --add-label",
  "actions-ecosystem/action-remove-labels": "gh issue edit --remove-label",
  "addnab/docker-run-action": "docker run",
  "sergeysova/jq-action": "jq",
  "dtolnay/rust-toolchain": "rustup",
  "actions-rs/toolchain": "rustup",
  "stefanzweifel/git-auto-commit-action": "git commit and git push",
  "endbug/add-and-commit": "git commit and git push"
};
var superfluousActionsCheck = {
  rule: superfluousActions,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      const instead = Object.hasOwn(REPLACEMENTS, name) ? REPLACEMENTS[name] : void 0;
      if (instead === void 0) continue;
      emit(superfluousActions, "workflow_superfluous_action", `${stepWhere(m, job, step)} uses ${quoteValue(name)}, which does what ${quoteValue(instead)} on the runner already does; its code and dependencies run with the job's token for no gain.`, { job, step, detail: name });
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-images.ts
var unpinnedImages = defineRule({
  id: "workflows/unpinned-images",
  codes: ["workflow_unpinned_image"],
  summary: "A job container, service container or docker:// action image is not pinned by digest, so the registry tag decides what runs.",
  fix: "Pin the image by digest (image@sha256:<64 hex>)."
});
var unpinnedImagesCheck = {
  rule: unpinnedImages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const j = job.value;
      if (m.kind === "action") {
        const image = str(own(j, "image"));
        if (image !== void 0 && image.trim().toLowerCase().startsWith("docker://") && !imagePinned(image)) {
          emit(unpinnedImages, "workflow_unpinned_image", `${where} runs container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
        }
        continue;
      }
      if (m.kind !== "workflow") continue;
      const images = [];
      const container = own(j, "container");
      if (typeof container === "string") images.push(container);
      else if (isObj(container) && typeof container.image === "string") images.push(container.image);
      const services = own(j, "services");
      if (isObj(services))
        for (const k of Object.keys(services)) {
          const s = services[k];
          if (isObj(s) && typeof s.image === "string") images.push(s.image);
        }
      for (const image of images) {
        if (!imagePinned(image)) emit(unpinnedImages, "workflow_unpinned_image", `${where} uses container image ${quoteValue(image)}, which is not pinned by digest (@sha256:...).`, { job, detail: image.trim() });
      }
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-tools.ts
var unpinnedTools = defineRule({
  id: "workflows/unpinned-tools",
  codes: ["workflow_tool_latest"],
  summary: 'A tool is fetched at "latest" when the job runs: a version input set to latest (or left to an action whose default is latest), go install / npx / npm of @latest, or a releases/latest download, so a pinned action still runs whatever was published last.',
  fix: "Set the tool's version input (or @version in the command) to an exact release, and verify a checksum where the action does not."
});
var DEFAULTS_TO_LATEST = {
  "aquasecurity/setup-trivy": "version",
  "aquasecurity/trivy-action": "version",
  "1password/load-secrets-action": "version",
  "hashicorp/setup-terraform": "terraform_version",
  "azure/setup-helm": "version",
  "azure/setup-kubectl": "version"
};
var LATEST_VALUES = /* @__PURE__ */ new Set(["latest", "*"]);
var INSTALLS = /\b(?:install|add|npx|bunx|dlx|uvx|exec|run)\b/i;
var AT_LATEST = /[^\s'"`;&|()]+@latest\b/gi;
var LATEST_RELEASE = /https?:\/\/[^\s'"`;&|()]*\/releases\/latest\/download\/[^\s'"`;&|()]*/gi;
function latestInScript(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (INSTALLS.test(line)) for (const hit of line.matchAll(AT_LATEST)) out.push(hit[0]);
    for (const hit of line.matchAll(LATEST_RELEASE)) out.push(hit[0]);
  }
  return out;
}
var unpinnedToolsCheck = {
  rule: unpinnedTools,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        if (uses !== void 0) {
          const name = actionName(uses);
          const args = withArgs(step.value);
          const defaultInput = Object.hasOwn(DEFAULTS_TO_LATEST, name) ? DEFAULTS_TO_LATEST[name] : void 0;
          if (defaultInput !== void 0 && inputText(args, defaultInput) === void 0) {
            emit(unpinnedTools, "workflow_tool_latest", `${where} uses ${quoteValue(name)} without a ${defaultInput} input, so it downloads the newest release of its tool on every run; set ${defaultInput} to an exact version.`, { job, step, detail: `${name}|${defaultInput}` });
          }
          for (const key of Object.keys(args)) {
            const lower = key.toLowerCase();
            if (!(lower === "version" || lower.endsWith("-version") || lower.endsWith("_version"))) continue;
            const value = scalarText(args[key])?.trim().toLowerCase();
            if (value === void 0 || !LATEST_VALUES.has(value)) continue;
            emit(unpinnedTools, "workflow_tool_latest", `${where} sets ${quoteValue(key)}: ${quoteValue(value)} on ${quoteValue(name)}, so the tool it installs is whatever was published last, even though the action itself may be pinned; set an exact version.`, { job, step, detail: `${name}|${lower}` });
          }
        }
        for (const { field, text } of stepScripts(step.value)) {
          for (const hit of new Set(latestInScript(text))) {
            emit(unpinnedTools, "workflow_tool_latest", `${where} fetches ${quoteValue(firstLine2(hit))} in its ${field}: script, so it runs whatever was published last; name an exact version.`, { job, step, detail: hit.toLowerCase() });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/unpinned-uses.ts
var unpinnedUses = defineRule({
  id: "workflows/unpinned-uses",
  codes: ["workflow_unpinned_uses", "workflow_uses_unpinned_from_sha"],
  summary: "An action or reusable workflow is used by a tag or branch, not a full 40-character commit SHA, so whoever can move the ref (its owner, or a thief of their token) chooses the code.",
  fix: "Pin uses: to the full commit SHA of the release (owner/repo@<40 hex> # vX.Y.Z)."
});
var unpinnedUsesCheck = {
  rule: unpinnedUses,
  facts({ m, other, emit }) {
    const otherPinned = /* @__PURE__ */ new Map();
    if (other) {
      for (const u of allUses(other)) if (usesPinning(u) === "pinned") otherPinned.set(actionName(u), actionRef(u));
    }
    const report = (uses, what, at) => {
      if (usesPinning(uses) !== "unpinned") return;
      const previous = otherPinned.get(actionName(uses));
      const detail = uses.trim();
      if (previous !== void 0) {
        emit(unpinnedUses, "workflow_uses_unpinned_from_sha", `${what}: it was pinned to commit ${quoteValue(previous)} and now follows the mutable ref ${quoteValue(actionRef(uses))}, which its owner (or whoever steals their token) can move to other code, and every run then executes what it points to; pin a full 40-character commit SHA.`, { ...at, detail });
      } else {
        emit(unpinnedUses, "workflow_unpinned_uses", `${what}, which is not pinned to a full 40-character commit SHA; a tag or branch can be moved to other code by its owner or whoever steals their token, and every run then executes it with this job's token and secrets.`, { ...at, detail });
      }
    };
    for (const { job, step, uses } of usesSites(m)) {
      if (step === void 0) report(uses, `${jobLabel(m, job)} calls ${quoteValue(uses)}`, { job });
      else report(uses, `${stepWhere(m, job, step)} uses ${quoteValue(uses)}`, { job, step });
    }
  }
};

// src/core/rules/workflows/scripts/adhoc-packages.ts
var adhocPackages = defineRule({
  id: "workflows/adhoc-packages",
  codes: ["workflow_adhoc_install"],
  summary: "A run: script installs named packages outside a locked manifest (npm install x, yarn/pnpm add, gem install, bundle add, pip install x, pipx install, cargo install x), so the newest version of them and their dependencies runs with the job's token.",
  fix: "Add the package to a manifest with a committed lockfile and install with the lockfile command (npm ci, bundle install, pip install -r with hashes, cargo install --locked --version)."
});
var SUBCOMMANDS = {
  npm: /* @__PURE__ */ new Set(["install", "i", "add"]),
  yarn: /* @__PURE__ */ new Set(["add"]),
  pnpm: /* @__PURE__ */ new Set(["add"]),
  bun: /* @__PURE__ */ new Set(["add"]),
  gem: /* @__PURE__ */ new Set(["install"]),
  bundle: /* @__PURE__ */ new Set(["add"]),
  pip: /* @__PURE__ */ new Set(["install"]),
  pipx: /* @__PURE__ */ new Set(["install"]),
  uv: /* @__PURE__ */ new Set(["add", "install"]),
  cargo: /* @__PURE__ */ new Set(["install"])
};
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["-r", "-c", "-e", "--requirement", "--constraint", "--editable", "-t", "--target", "-i", "--index-url", "--extra-index-url", "--prefix", "--registry", "--path", "--root", "--version", "-v", "--tag", "--git", "--branch", "--rev", "--loglevel", "--cache", "--userconfig", "--workspace", "-w", "--filter"]);
function adhocInstalls(text) {
  const out = [];
  for (const line of text.split("\n")) {
    for (const segment of line.split(/&&|\|\||[;|]/)) {
      const words = segment.trim().split(/\s+/).filter((w) => w !== "" && w !== "sudo" && !/^[A-Z_]+=/.test(w));
      let tool = words[0]?.replace(/^.*\//, "") ?? "";
      let i = 1;
      if (tool === "python" || tool === "python3") {
        if (words[1] !== "-m") continue;
        tool = words[2] ?? "";
        i = 3;
      }
      const base = tool.replace(/[23]$/, "");
      while (words[i] === "global" || words[i] === "pip") i++;
      if (!Object.hasOwn(SUBCOMMANDS, base) || !SUBCOMMANDS[base].has(words[i] ?? "")) continue;
      const pinnedVersion = base === "cargo" && words.includes("--locked") && words.includes("--version");
      if (pinnedVersion) continue;
      const pkgs = [];
      for (let j = i + 1; j < words.length; j++) {
        const w = words[j];
        if (VALUE_OPTIONS.has(w)) {
          j++;
          continue;
        }
        if (w.startsWith("-") || w.startsWith(">") || w.startsWith("2>")) continue;
        if (w === "." || /^(?:\.{1,2}\/|\/|~|\$\{?GITHUB_WORKSPACE)/.test(w) || /\.(?:whl|tar\.gz|tgz|gem|zip)$/.test(w)) continue;
        pkgs.push(w.replace(/^['"]|['"]$/g, ""));
      }
      if (pkgs.length > 0) out.push(`${words.slice(0, i + 1).join(" ")} ${pkgs.join(" ")}`);
    }
  }
  return out;
}
var adhocPackagesCheck = {
  rule: adhocPackages,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== "run") continue;
          for (const cmd of new Set(adhocInstalls(text))) {
            emit(adhocPackages, "workflow_adhoc_install", `${stepWhere(m, job, step)} runs ${quoteValue(cmd)} in its run: script, installing packages outside a locked manifest; what runs is whatever those packages and their dependencies publish next.`, { job, step, detail: cmd });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/commit-status.ts
var commitStatus = defineRule({
  id: "workflows/commit-status",
  codes: ["workflow_sets_commit_status"],
  summary: "A script creates or updates commit statuses or check runs; any writer can then post a passing status for a required check.",
  fix: "Let the check's own workflow report its result; require checks by their GitHub App source in branch protection or rulesets."
});
var STATUS_WRITE = /\/statuses\/|\/check-runs\b|createCommitStatus|checks\.(create|update)\b|\bgh\s+api\b[^\n]*\b(statuses|check-runs)\b/i;
var commitStatusCheck = {
  rule: commitStatus,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (STATUS_WRITE.test(text)) emit(commitStatus, "workflow_sets_commit_status", `${stepWhere(m, job, step)} creates or updates commit statuses or check runs in its ${field}: script; any writer can post a passing status for a required check.`, { job, step });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/remote-script.ts
var remoteScript = defineRule({
  id: "workflows/remote-script",
  codes: ["workflow_remote_script"],
  summary: "A script pipes a download into a shell (curl ... | sh, bash <(curl ...)): unpinned remote code runs with the job's token and secrets.",
  fix: "Download a pinned release, check its checksum, then run it; or use a pinned action."
});
var REMOTE_SCRIPT = /\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(-E\s+)?(ba|z|da)?sh\b|\b(bash|sh)\s+<\(\s*(curl|wget)\b/i;
var remoteScriptCheck = {
  rule: remoteScript,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        for (const { field, text } of stepScripts(step.value)) {
          if (REMOTE_SCRIPT.test(text)) emit(remoteScript, "workflow_remote_script", `${stepWhere(m, job, step)} pipes a downloaded script into a shell in its ${field}: script (unpinned remote code).`, { job, step });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/insecure-url.ts
var insecureUrl = defineRule({
  id: "workflows/insecure-url",
  codes: ["workflow_insecure_download", "workflow_insecure_url"],
  summary: "Code or packages come over a plaintext scheme (http://, git://) from a named remote host: a download that is run or installed, or a registry, index or repository URL given to an action or package manager, so anyone on the network path can replace it.",
  fix: "Use https:// (or ssh:// for git) and check a pinned checksum for downloads."
});
var HTTP_DOWNLOAD = /\b(?:curl|wget)\b[^\n]*?\b(http:\/\/(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*)/gi;
var RUNS_DOWNLOAD = /\bchmod\s+(?:[ugoa]*\+[rw]*x|[0-7]*[1357][0-7]{0,2}\b)|\b(?:dpkg|rpm)\s+(?:-\w*\s+)*-\w*i|\bsudo\s+install\b/i;
var REMOTE_HOST = String.raw`(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*`;
var PACKAGE_SOURCE = new RegExp(String.raw`(?:--(?:index-url|extra-index-url|registry|find-links|source|trusted-host)[=\s]+|\b-i\s+|\bgit\s+clone\s+(?:\S+\s+)*?|\bgo\s+get\s+)((?:http|git):\/\/${REMOTE_HOST})`, "gi");
var SOURCE_INPUT = /(?:^|[-_])(?:url|registry|index|repository|repo|mirror|source|server)(?:$|[-_])/i;
var INSECURE_SCHEME = new RegExp(String.raw`^\s*((?:http|git):\/\/${REMOTE_HOST})`, "i");
var insecureUrlCheck = {
  rule: insecureUrl,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const line of text.split("\n")) {
            for (const dl of line.matchAll(HTTP_DOWNLOAD)) {
              if (!REMOTE_SCRIPT.test(line) && !RUNS_DOWNLOAD.test(text)) continue;
              const url = dl[1];
              emit(insecureUrl, "workflow_insecure_download", `${where} downloads ${quoteValue(url)} over plain http:// and runs or installs it in its ${field}: script; anyone on the network path can replace it with their own code. Use https:// and check a pinned checksum.`, { job, step, detail: url });
            }
            for (const src of line.matchAll(PACKAGE_SOURCE)) {
              emit(insecureUrl, "workflow_insecure_url", `${where} fetches code or packages from ${quoteValue(src[1])} in its ${field}: script, over a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: src[1] });
            }
          }
        }
        const uses = str(own(step.value, "uses"));
        if (uses === void 0) continue;
        const args = withArgs(step.value);
        for (const key of Object.keys(args)) {
          if (!SOURCE_INPUT.test(key)) continue;
          for (const value of deepStrings(args[key])) {
            const hit = INSECURE_SCHEME.exec(value);
            if (hit) emit(insecureUrl, "workflow_insecure_url", `${where} gives ${quoteValue(actionName(uses))} the ${quoteValue(key)} ${quoteValue(hit[1])}, a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: hit[1] });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/triggers/dangerous-triggers.ts
var dangerousTriggers = defineRule({
  id: "workflows/dangerous-triggers",
  codes: ["workflow_dangerous_trigger", "workflow_trigger_changed"],
  summary: "A trigger that runs with secrets and a write token on events outsiders cause (pull_request_target, workflow_run, issue_comment, issues, ...) is added, or its filters change.",
  fix: "Use pull_request, or keep the privileged job from reading event text or running the pull request's code."
});
var dangerousTriggersCheck = {
  rule: dangerousTriggers,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const [trigger] of m.triggers) {
      const why = DANGEROUS_TRIGGERS[trigger];
      if (why) emit(dangerousTriggers, "workflow_dangerous_trigger", `${fileLabel(m)} adds the ${trigger} trigger, which ${why}.`, { detail: trigger });
    }
  },
  change(base, head, emit) {
    if (head.kind !== "workflow" || !base) return;
    for (const [trigger, config] of head.triggers) {
      if (!DANGEROUS_TRIGGERS[trigger] || !base.triggers.has(trigger)) continue;
      const before = base.triggers.get(trigger);
      if (stableJson(before ?? null) !== stableJson(config ?? null)) {
        emit(dangerousTriggers, "workflow_trigger_changed", `${fileLabel(head)} changes the filters of its ${trigger} trigger from ${quoteValue(before ?? null)} to ${quoteValue(config ?? null)}; check that it does not now run on more events.`, { detail: trigger });
      }
    }
  }
};

// src/core/rules/workflows/secrets/overprovisioned-secrets.ts
var overprovisionedSecrets = defineRule({
  id: "workflows/overprovisioned-secrets",
  codes: ["workflow_all_secrets"],
  summary: "A job reads the whole secrets context (toJSON(secrets), or a computed secrets[...] index), so every secret of the repository and environment reaches it and whatever it runs. Denied by default.",
  fix: "Name each secret the job needs: ${{ secrets.NAME }}."
});
var overprovisionedSecretsCheck = {
  rule: overprovisionedSecrets,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const rootEnv = m.kind === "workflow" ? deepStrings(own(m.root, "env")) : [];
    for (const job of m.jobs) {
      if ([...rootEnv, ...deepStrings(job.value)].some((t) => secretReferences(t).includes("secrets"))) {
        emit(overprovisionedSecrets, "workflow_all_secrets", `${jobLabel(m, job)} reads the whole secrets context (toJSON(secrets) or a computed secrets[...] index), so every secret of the repository and environment reaches the job and whatever it runs; name only the secrets it needs.`, { job, severity: "deny" });
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-exposed.ts
var secretsExposed = defineRule({
  id: "workflows/secrets-exposed",
  codes: ["workflow_secret_to_log", "workflow_secret_to_artifact"],
  summary: "A script prints a secret in a form the log mask does not match (encoded with base64, rev, xxd, ..., or cut into parts), or a secret reaches an uploaded artifact (a file it was written to, or the checkout's persisted token in .git). Denied by default.",
  fix: "Never print or write secrets; pipe them to the command that needs them (--password-stdin), and upload only build outputs with persist-credentials: false on the checkout."
});
var PRINT = /^\s*(?:echo|printf|Write-Host|Write-Output|console\.log|print|puts|cat\s+<<<)\b/i;
var ENCODE = /\|\s*(?:base64|base32|rev|xxd|od|hexdump|sed|tr|fold|cut|openssl\s+enc|gzip)\b/;
var PARTIAL = /\$\{[A-Za-z_]\w*:-?\d/;
var FILE_WRITE = /(?:>>?|\btee\s+(?:-a\s+)?)\s*("?)([^\s"|;&]+)\1/;
var RUNNER_FILES = /GITHUB_(?:ENV|OUTPUT|STEP_SUMMARY|PATH|STATE)|\/dev\/null|\/dev\/stderr|&\d/;
function secretEnvNames(m, job, step) {
  const out = /* @__PURE__ */ new Set();
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) {
      const v = scalarText(env[k]);
      if (v !== void 0 && secretReferences(v).some((r) => r !== "github.token")) out.add(k.toLowerCase());
    }
  }
  return out;
}
function secretIn(line, envNames) {
  const direct = secretReferences(line).find((r) => r !== "github.token");
  if (direct !== void 0) return `\${{ ${direct} }}`;
  for (const v of line.matchAll(/\$\{?(?:env:)?([A-Za-z_]\w*)/g)) if (envNames.has(v[1].toLowerCase())) return `$${v[1]}`;
  return null;
}
function uploadPaths(step) {
  const path2 = scalarText(own(withArgs(step), "path")) ?? "";
  return path2.split("\n").map((l) => l.trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, "").replace(/^(\.\/+)+/, "")).filter((l) => !l.startsWith("!"));
}
var ROOT = /* @__PURE__ */ new Set(["", ".", "*", "**", "**/*"]);
function uploadsGitDir(step) {
  const lines = uploadPaths(step);
  if (lines.some((l) => /(^|\/)\.git(\/|$)/.test(l))) return true;
  return lines.some((l) => ROOT.has(l)) && inputText(withArgs(step), "include-hidden-files") === "true";
}
function uploadsFile(step, file) {
  const rel = file.replace(/^\$\{?GITHUB_WORKSPACE\}?\//, "").replace(/^(\.\/+)+/, "");
  if (/^[/~$]/.test(rel) || rel.includes("..")) return false;
  const hidden = rel.split("/").some((seg) => seg.startsWith("."));
  if (hidden && inputText(withArgs(step), "include-hidden-files") !== "true") return false;
  return uploadPaths(step).some((p) => ROOT.has(p) || rel === p || rel.startsWith(`${p.replace(/\/+$/, "")}/`));
}
var secretsExposedCheck = {
  rule: secretsExposed,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      const written = [];
      let persistedCheckout = null;
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const name = uses === void 0 ? "" : actionName(uses);
        if (name === "actions/checkout" && scalarText(own(withArgs(step.value), "persist-credentials"))?.trim().toLowerCase() !== "false") persistedCheckout = where;
        if (name === "actions/upload-artifact") {
          if (persistedCheckout !== null && uploadsGitDir(step.value)) {
            emit(secretsExposed, "workflow_secret_to_artifact", `${where} uploads the checkout's .git directory, where ${persistedCheckout} persisted the GITHUB_TOKEN (no persist-credentials: false), so anyone who can download the artifact gets the token.`, { job, step, detail: "git-dir", severity: "deny" });
          }
          for (const w of written.filter((x) => uploadsFile(step.value, x.file))) {
            emit(secretsExposed, "workflow_secret_to_artifact", `${where} uploads an artifact after ${w.where} wrote ${quoteValue(w.secret)} to ${quoteValue(w.file)}; a secret in a file of the workspace can end up in the artifact, which anyone with read access can download.`, { job, step, detail: `file|${w.file}|${w.secret}`, severity: "deny" });
          }
        }
        const envNames = secretEnvNames(m, job, step.value);
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== "run") continue;
          for (const line of text.split("\n")) {
            if (!PRINT.test(line) || line.includes("::add-mask::")) continue;
            const secret = secretIn(line, envNames);
            if (secret === null) continue;
            const file = FILE_WRITE.exec(line);
            if (file && !RUNNER_FILES.test(file[2])) {
              written.push({ file: file[2], where, secret });
              continue;
            }
            const encoded = ENCODE.test(line);
            const partial = PARTIAL.test(line);
            if (file || !encoded && !partial) continue;
            const how = encoded ? "encoded first, so the log mask no longer matches it" : "only part of it, which the log mask does not match";
            emit(secretsExposed, "workflow_secret_to_log", `${where} prints ${quoteValue(secret)} in its run: script (${quoteValue(firstLine2(line, 80))}), ${how}; anyone who can read the run's log can read the secret.`, { job, step, detail: `${secret.toLowerCase()}`, severity: "deny" });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-inherit.ts
var secretsInherit = defineRule({
  id: "workflows/secrets-inherit",
  codes: ["workflow_secrets_inherit"],
  summary: "A reusable workflow call passes every secret of the caller (secrets: inherit).",
  fix: "Pass only the secrets the called workflow needs, by name, under secrets:."
});
var secretsInheritCheck = {
  rule: secretsInherit,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    for (const job of m.jobs) {
      const secrets = own(job.value, "secrets");
      if (typeof secrets === "string" && secrets.trim().toLowerCase() === "inherit") {
        emit(secretsInherit, "workflow_secrets_inherit", `${jobLabel(m, job)} passes every secret to the called workflow (secrets: inherit); pass only the secrets it needs.`, { job });
      }
    }
  }
};

// src/core/rules/workflows/secrets/secrets-outside-env.ts
var secretsOutsideEnv = defineRule({
  id: "workflows/secrets-outside-env",
  codes: ["workflow_secret_outside_environment"],
  summary: "A job reads a secret without an environment: where one is expected (the workflow puts other jobs in environments, or the job publishes), so no environment protection rule (required reviewers, branch filters) guards the secret.",
  fix: "Move the secret into an environment and give the job that environment:."
});
var secretsOutsideEnvCheck = {
  rule: secretsOutsideEnv,
  facts({ m, emit }) {
    if (m.kind !== "workflow") return;
    const environments = m.jobs.some((j) => environmentName(j.value) !== void 0);
    for (const job of m.jobs) {
      if (environmentName(job.value) !== void 0) continue;
      const why = environments ? "other jobs of this workflow use environments" : publishes(m, job);
      if (why === null) continue;
      const names = /* @__PURE__ */ new Set();
      for (const t of deepStrings(job.value)) for (const ref of secretReferences(t)) if (ref.startsWith("secrets.") && ref !== "secrets.github_token") names.add(ref);
      for (const name of names) {
        emit(secretsOutsideEnv, "workflow_secret_outside_environment", `${jobLabel(m, job)} reads ${quoteValue(`\${{ ${name} }}`)} without an environment: (${why}), so no environment protection rule guards it; put it in an environment the job names.`, { job, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/secrets/unredacted-secrets.ts
var unredactedSecrets = defineRule({
  id: "workflows/unredacted-secrets",
  codes: ["workflow_secret_unredacted"],
  summary: "A secret is parsed as structured data (fromJSON(secrets.X).field); the runner masks only whole secret values, so the field is printed in clear.",
  fix: "Store each field as its own secret and read it as ${{ secrets.NAME }}."
});
var FROM_JSON_SECRET = /fromjson\(secrets\.([\w-]+)\)/g;
var unredactedSecretsCheck = {
  rule: unredactedSecrets,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      const names = /* @__PURE__ */ new Set();
      for (const t of deepStrings(job.value)) for (const body of expressionBodies(t)) for (const hit of body.matchAll(FROM_JSON_SECRET)) names.add(hit[1]);
      for (const name of names) {
        emit(unredactedSecrets, "workflow_secret_unredacted", `${jobLabel(m, job)} reads fromJSON(secrets.${name}); parts of a secret are not masked in logs, so the fields it reads can be printed in clear.`, { job, detail: name });
      }
    }
  }
};

// src/core/rules/workflows/checkout/untrusted-checkout-toctou.ts
var untrustedCheckoutToctou = defineRule({
  id: "workflows/untrusted-checkout-toctou",
  codes: ["workflow_checkout_mutable_ref"],
  summary: "A privileged job that waits for an approval (a label, an environment, an author or review check) checks out the pull request by a branch or pull ref, so the author can push other code between the approval and the checkout.",
  fix: "Check out the exact commit that was approved (ref: ${{ github.event.pull_request.head.sha }}), never a branch name or refs/pull/N/head|merge."
});
var GATE_CONDITION = /labels?\b|label\.name|author_association|review\.state|\.permission\b/i;
function approvalGate(m, job) {
  const env = environmentName(job.value);
  if (env !== void 0) return `its environment ${quoteValue(env)} (approved before the job starts)`;
  const cond = scalarText(own(job.value, "if"));
  if (cond !== void 0 && GATE_CONDITION.test(cond)) return `its condition ${quoteValue(cond.trim())}`;
  const prt = m.triggers.get("pull_request_target");
  if (isObj(prt) && deepStrings(own(prt, "types")).some((t) => t.trim().toLowerCase() === "labeled")) return "the pull_request_target labeled event (a maintainer adds the label)";
  return null;
}
function mutableRef(ref) {
  if (ref === void 0) return true;
  return !/sha\b|\bsha\s*\}\}|^[0-9a-f]{40}$/i.test(ref.trim());
}
var untrustedCheckoutToctouCheck = {
  rule: untrustedCheckoutToctou,
  facts({ m, emit }) {
    if (m.privileged.length === 0) return;
    for (const job of m.jobs) {
      const gate = approvalGate(m, job);
      for (const step of job.steps) {
        const stepCond = scalarText(own(step.value, "if"));
        const stepGate = gate ?? (stepCond !== void 0 && GATE_CONDITION.test(stepCond) ? `its condition ${quoteValue(stepCond.trim())}` : null);
        if (stepGate === null) continue;
        const hc = headCheckout(step);
        if (hc === null) continue;
        const ref = hc.action ? hc.ref : void 0;
        if (hc.action && !mutableRef(ref)) continue;
        const what = hc.action ? `checks out ${ref === void 0 ? "the head repository's default branch" : quoteValue(ref)}` : "fetches the pull request by its branch or pull ref in a script";
        emit(untrustedCheckoutToctou, "workflow_checkout_mutable_ref", `${stepWhere(m, job, step)} ${what} after the approval given by ${stepGate}; the author can push between the approval and the checkout, so the code that runs with this ${m.privileged.join(", ")} job's secrets is not the code that was approved.`, { job, step, detail: ref ?? step.label });
      }
    }
  }
};

// src/core/rules/workflows/secrets/use-trusted-publishing.ts
var useTrustedPublishing = defineRule({
  id: "workflows/use-trusted-publishing",
  codes: ["workflow_publish_token", "workflow_publish_no_provenance"],
  summary: "A step publishes a package with a long-lived registry token from secrets (PyPI, npm, RubyGems, crates.io accept the workflow's OIDC identity instead), or runs npm publish with a token and without --provenance.",
  fix: "Configure trusted publishing on the registry, give the job id-token: write and drop the token (npm then adds provenance itself); otherwise add --provenance."
});
var COMMANDS = [
  { re: /\b(?:npm|yarn|pnpm)\s+publish\b/, registry: "npm", vars: ["node_auth_token", "npm_token", "npm_auth_token"] },
  { re: /\btwine\s+upload\b|\b(?:uv|poetry)\s+publish\b/, registry: "PyPI", vars: ["twine_password", "uv_publish_token", "poetry_pypi_token_pypi", "pypi_token"] },
  { re: /\bgem\s+push\b/, registry: "RubyGems", vars: ["gem_host_api_key"] },
  { re: /\bcargo\s+publish\b/, registry: "crates.io", vars: ["cargo_registry_token"] }
];
var ACTIONS = {
  "pypa/gh-action-pypi-publish": { registry: "PyPI", inputs: ["password"] },
  "js-devtools/npm-publish": { registry: "npm", inputs: ["token"] },
  "katyo/publish-crates": { registry: "crates.io", inputs: ["registry-token"] }
};
function tokenSecrets(m, job, step, vars, script) {
  const out = [];
  for (const env of [own(step, "env"), own(job.value, "env"), m.kind === "workflow" ? own(m.root, "env") : void 0]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) if (vars.includes(k.toLowerCase())) out.push(...deepStrings(env[k]).flatMap(secretReferences));
  }
  for (const hit of script.matchAll(/(?:--token|--password|-p|-u\s+__token__\s+-p)\s*[= ]\s*["']?(\$\{\{[^}]*\}\})/g)) out.push(...secretReferences(hit[1]));
  return out.filter((s) => s !== "github.token");
}
var useTrustedPublishingCheck = {
  rule: useTrustedPublishing,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, "uses"));
        const action = uses === void 0 ? void 0 : Object.hasOwn(ACTIONS, actionName(uses)) ? ACTIONS[actionName(uses)] : void 0;
        if (action !== void 0) {
          for (const input of action.inputs) {
            const found = inputValue(withArgs(step.value), input);
            const secrets = found === void 0 ? [] : deepStrings(found.value).flatMap(secretReferences);
            for (const s of new Set(secrets)) {
              emit(useTrustedPublishing, "workflow_publish_token", `${where} publishes to ${action.registry} with the long-lived token ${quoteValue(`\${{ ${s} }}`)} (input ${quoteValue(found.name)}); ${action.registry} accepts this workflow's OIDC identity instead, a credential that cannot be reused outside the run.`, { job, step, detail: `${action.registry}|${s}` });
            }
          }
        }
        const run = scalarText(own(step.value, "run"));
        if (run === void 0) continue;
        for (const c of COMMANDS) {
          const hit = c.re.exec(run);
          if (!hit) continue;
          const secrets = [...new Set(tokenSecrets(m, job, step.value, c.vars, run))];
          for (const s of secrets) {
            emit(useTrustedPublishing, "workflow_publish_token", `${where} runs ${quoteValue(hit[0])} with the long-lived token ${quoteValue(`\${{ ${s} }}`)}; ${c.registry} accepts this workflow's OIDC identity instead (trusted publishing), a credential that cannot be reused outside the run.`, { job, step, detail: `${c.registry}|${s}` });
          }
          const envText = JSON.stringify([own(step.value, "env") ?? null, own(job.value, "env") ?? null]);
          const provenance = /--provenance\b/.test(run) || /npm_config_provenance"\s*:\s*"?true/i.test(envText);
          if (c.registry === "npm" && /\bnpm\s+publish\b/.test(run) && secrets.length > 0 && !provenance) {
            emit(useTrustedPublishing, "workflow_publish_no_provenance", `${where} runs "npm publish" with a token and without --provenance, so the published package carries no signed link to this commit and workflow run.`, { job, step, detail: "npm" });
          }
        }
      }
    }
  }
};

// src/core/rules/workflows/permissions/github-app.ts
var githubApp = defineRule({
  id: "workflows/github-app",
  codes: ["workflow_app_token_unrevoked", "workflow_app_token_all_repositories", "workflow_app_token_all_permissions"],
  summary: "A GitHub App installation token is minted without revocation at the end of the job, for every repository of the owner, or with every permission of the installation.",
  fix: "Name the repositories (repositories:) and permissions (permission-<scope>: read|write) the step needs, and keep the token revoked after the job."
});
var APP_TOKEN_ACTIONS = /* @__PURE__ */ new Set(["actions/create-github-app-token", "tibdex/github-app-token"]);
var githubAppCheck = {
  rule: githubApp,
  facts({ m, emit }) {
    for (const { job, step, name } of usesSteps(m)) {
      if (!APP_TOKEN_ACTIONS.has(name)) continue;
      const args = withArgs(step.value);
      const where = `${stepWhere(m, job, step)} (${quoteValue(name)})`;
      const tibdex = name === "tibdex/github-app-token";
      if (!tibdex && inputText(args, "skip-token-revoke") === "true" || tibdex && inputText(args, "revoke") === "false") {
        emit(githubApp, "workflow_app_token_unrevoked", `${where} mints an installation token that is not revoked when the job ends, so it stays valid for up to an hour after the step that needed it.`, { job, step, detail: "revoke" });
      }
      const scoped = tibdex ? inputText(args, "repository") !== void 0 || inputText(args, "repositories") !== void 0 : inputText(args, "repositories") !== void 0;
      const scopes = Object.keys(args).filter((k) => k.toLowerCase().startsWith("permission-")).map((k) => k.toLowerCase().slice("permission-".length));
      const orgOnly = scopes.length > 0 && scopes.every((p) => p === "members" || p === "team-discussions" || p.startsWith("organization-") || p.startsWith("organization_"));
      if (inputText(args, "owner") !== void 0 && !scoped && !orgOnly) {
        emit(githubApp, "workflow_app_token_all_repositories", `${where} sets owner: without repositories:, so the token can act on every repository of that owner the App is installed on.`, { job, step, detail: "repositories" });
      }
      const permissions = tibdex ? inputText(args, "permissions") !== void 0 : Object.keys(args).some((k) => k.toLowerCase().startsWith("permission-"));
      if (!permissions) {
        emit(githubApp, "workflow_app_token_all_permissions", `${where} names no permissions, so the token carries every permission the App's installation has, not only what this job uses.`, { job, step, detail: "permissions" });
      }
    }
  }
};

// src/core/rules/workflows/conditions/unsound-ternary.ts
var unsoundTernary = defineRule({
  id: "workflows/unsound-ternary",
  codes: ["workflow_unsound_ternary"],
  summary: "An expression uses a && x || y as a ternary where x is a falsy literal ('', 0, false, null), so it always yields y.",
  fix: "Use case(a, x, y), or invert the test so the arm after && cannot be falsy (!a && y || x)."
});
var unsoundTernaryCheck = {
  rule: unsoundTernary,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const report = (expr, where, at) => {
      const arm = falsyTernaryArm(expr);
      if (arm === null) return;
      emit(unsoundTernary, "workflow_unsound_ternary", `${where} has ${quoteValue(`\${{ ${expr.trim()} }}`)}: the arm after && is ${arm}, which is falsy, so the || always yields its fallback.`, { ...at, detail: expr.replace(/\s+/g, "") });
    };
    for (const c of conditions(m)) {
      if (c.cond.includes("${{")) continue;
      report(c.cond, c.where, { job: c.job, step: c.step });
    }
    for (const job of m.jobs) {
      for (const step of job.steps) for (const t of deepStrings(step.value)) for (const e of rawExpressions(t)) report(e, stepWhere(m, job, step), { job, step });
      const { steps: _steps, ...rest } = job.value;
      for (const t of deepStrings(rest)) for (const e of rawExpressions(t)) report(e, jobLabel(m, job), { job });
    }
  }
};

// src/core/rules/workflows/injection/output-clobbering.ts
var outputClobbering = defineRule({
  id: "workflows/output-clobbering",
  codes: ["workflow_deprecated_output_command", "workflow_output_from_file"],
  summary: "A step sets outputs with the deprecated ::set-output or ::save-state commands, which any line it prints can repeat, or writes a file's contents to GITHUB_OUTPUT in a privileged workflow, where a line in the file sets any output.",
  fix: 'Write outputs with echo "name=value" >> "$GITHUB_OUTPUT" from values you validated, and use a random heredoc delimiter for multi-line values.'
});
var DEPRECATED = /::(set-output|save-state)\s/;
var FILE_TO_OUTPUT = /(?:\$\(\s*(?:cat|<|jq|head|tail)\b[^)]*\)|\bcat\s+\S+)[^\n]*>>\s*"?\$\{?GITHUB_OUTPUT\b/;
var outputClobberingCheck = {
  rule: outputClobbering,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const run = scalarText(own(step.value, "run"));
        if (run === void 0) continue;
        const dep = DEPRECATED.exec(run);
        if (dep) {
          emit(outputClobbering, "workflow_deprecated_output_command", `${stepWhere(m, job, step)} uses the deprecated ::${dep[1]} command; the runner reads it from everything the step prints, so any printed text (a file, a title, a tool's output) can set or overwrite the value.`, { job, step, detail: dep[1] });
        }
        if (m.privileged.length === 0) continue;
        const hit = FILE_TO_OUTPUT.exec(run);
        if (hit) {
          emit(outputClobbering, "workflow_output_from_file", `${stepWhere(m, job, step)} writes a file's contents to GITHUB_OUTPUT (${quoteValue(firstLine2(hit[0], 80))}) in a ${m.privileged.join(", ")} workflow; a name=value line in that file (an artifact or the pull request's code) sets any output later steps trust.`, { job, step, detail: "file" });
        }
      }
    }
  }
};

// src/core/rules/workflows/scripts/misfeature.ts
var misfeature = defineRule({
  id: "workflows/misfeature",
  codes: ["workflow_cmd_shell", "workflow_unknown_shell", "workflow_pip_install_input"],
  summary: "A step runs in the Windows cmd shell or a shell GitHub does not document, whose quoting no reviewer can judge, or actions/setup-python installs packages through its pip-install input, outside any lockfile.",
  fix: "Use bash or pwsh; install Python packages in a run: step from a locked requirements file into a virtual environment."
});
var KNOWN_SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "pwsh", "powershell", "python", "cmd"]);
var misfeatureCheck = {
  rule: misfeature,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    const shell = (value, where, at) => {
      const text = scalarText(value)?.trim();
      if (text === void 0 || text === "" || text.includes("${{")) return;
      const program = (text.split(/\s+/)[0] ?? "").toLowerCase().replace(/\.exe$/, "");
      if (program === "cmd") emit(misfeature, "workflow_cmd_shell", `${where} runs in the cmd shell (${quoteValue(text)}), which has no formal grammar: quoting, and so injection, cannot be judged.`, { ...at, detail: "cmd" });
      else if (!KNOWN_SHELLS.has(program)) emit(misfeature, "workflow_unknown_shell", `${where} runs its scripts with ${quoteValue(text)}, a shell GitHub does not document; what the script does depends on that program.`, { ...at, detail: program });
    };
    const defaultsShell = (o) => {
      const run = isObj(o) ? own(o, "run") : void 0;
      return isObj(run) ? own(run, "shell") : void 0;
    };
    if (m.kind === "workflow") shell(defaultsShell(own(m.root, "defaults")), `${fileLabel(m)} (defaults)`, {});
    for (const job of m.jobs) {
      shell(defaultsShell(own(job.value, "defaults")), `${jobLabel(m, job)} (defaults)`, { job });
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        if (own(step.value, "run") !== void 0) shell(own(step.value, "shell"), where, { job, step });
        const uses = str(own(step.value, "uses"));
        if (uses !== void 0 && actionName(uses) === "actions/setup-python" && inputValue(withArgs(step.value), "pip-install") !== void 0) {
          emit(misfeature, "workflow_pip_install_input", `${where} installs packages with actions/setup-python's pip-install input, into the global environment and outside any lockfile.`, { job, step, detail: "pip-install" });
        }
      }
    }
  }
};

// src/core/rules/workflows/pinning/typosquat-uses.ts
var typosquatUses = defineRule({
  id: "workflows/typosquat-uses",
  codes: ["workflow_typosquat_uses"],
  summary: "A uses: names an action one typo (a missing, doubled, swapped or replaced character) away from a well-known action under a different owner, which may be a look-alike registered to catch the typo.",
  fix: "Correct the owner/repository to the action you meant, pinned by commit SHA."
});
var KNOWN = [
  "actions/checkout",
  "actions/setup-node",
  "actions/setup-python",
  "actions/setup-go",
  "actions/setup-java",
  "actions/setup-dotnet",
  "actions/cache",
  "actions/upload-artifact",
  "actions/download-artifact",
  "actions/github-script",
  "actions/labeler",
  "actions/stale",
  "actions/create-github-app-token",
  "actions/attest-build-provenance",
  "actions/configure-pages",
  "actions/deploy-pages",
  "actions/upload-pages-artifact",
  "actions/dependency-review-action",
  "actions/first-interaction",
  "actions/setup-ruby",
  "ruby/setup-ruby",
  "github/codeql-action",
  "docker/login-action",
  "docker/build-push-action",
  "docker/setup-buildx-action",
  "docker/setup-qemu-action",
  "docker/metadata-action",
  "aws-actions/configure-aws-credentials",
  "aws-actions/amazon-ecr-login",
  "azure/login",
  "google-github-actions/auth",
  "google-github-actions/setup-gcloud",
  "hashicorp/setup-terraform",
  "pypa/gh-action-pypi-publish",
  "codecov/codecov-action",
  "softprops/action-gh-release",
  "peter-evans/create-pull-request",
  "dtolnay/rust-toolchain",
  "swatinem/rust-cache",
  "pnpm/action-setup",
  "oven-sh/setup-bun",
  "astral-sh/setup-uv",
  "golangci/golangci-lint-action",
  "goreleaser/goreleaser-action",
  "gradle/actions",
  "shivammathur/setup-php",
  "subosito/flutter-action",
  "ossf/scorecard-action",
  "step-security/harden-runner",
  "sigstore/cosign-installer",
  "anchore/sbom-action",
  "aquasecurity/trivy-action",
  "changesets/action",
  "denoland/setup-deno",
  "erlef/setup-beam",
  "msys2/setup-msys2",
  "ilammy/msvc-dev-cmd",
  "microsoft/setup-msbuild",
  "mozilla-actions/sccache-action",
  "taiki-e/install-action",
  "jdx/mise-action"
];
var KNOWN_SET = new Set(KNOWN);
function oneTypoApart(a, b) {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
var typosquatUsesCheck = {
  rule: typosquatUses,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const uses of new Set(allUses(m))) {
      if (uses.trim().startsWith("./") || uses.trim().startsWith("$/") || uses.trim().toLowerCase().startsWith("docker://")) continue;
      const slug = actionName(uses).split("/").slice(0, 2).join("/");
      if (KNOWN_SET.has(slug)) continue;
      const owner = slug.split("/")[0];
      const like = KNOWN.find((k) => k.split("/")[0] !== owner && oneTypoApart(slug, k));
      if (like === void 0) continue;
      emit(typosquatUses, "workflow_typosquat_uses", `${fileLabel(m)} uses ${quoteValue(uses.trim())}, one typo away from the well-known ${quoteValue(like)} under a different owner; a look-alike name runs its owner's code with the job's token.`, { detail: slug });
    }
  }
};

// src/core/rules/workflows/dependabot/dependabot-cooldown.ts
var dependabotCooldown = defineRule({
  id: "workflows/dependabot-cooldown",
  codes: ["dependabot_no_cooldown", "dependabot_short_cooldown"],
  summary: "A Dependabot update has no cooldown (or one under 7 days), so it proposes new releases as soon as they appear, before a compromised one is noticed and pulled.",
  fix: "Add cooldown: with default-days: 7 (or more) to the update."
});
var MIN_COOLDOWN_DAYS = 7;
var dependabotCooldownCheck = {
  rule: dependabotCooldown,
  facts({ m, emit }) {
    for (const { update: u, eco, dir } of dependabotUpdates(m)) {
      const what = `${fileLabel(m)} update ${quoteValue(eco)} in ${quoteValue(dir)}`;
      const cooldown = own(u, "cooldown");
      if (!isObj(cooldown)) {
        emit(dependabotCooldown, "dependabot_no_cooldown", `${what} has no cooldown, so a release is proposed the day it is published.`, { detail: `${eco}|${dir}` });
        continue;
      }
      const days = num(own(cooldown, "default-days"));
      if (days === void 0 || days < MIN_COOLDOWN_DAYS) {
        emit(dependabotCooldown, "dependabot_short_cooldown", `${what} has a cooldown of ${days === void 0 ? "no default-days" : `${days} days`}, under ${MIN_COOLDOWN_DAYS}, so releases are proposed before a compromised one is usually noticed.`, { detail: `${eco}|${dir}` });
      }
    }
  }
};

// src/core/rules/workflows/pinning/self-repository.ts
var selfRepository = defineRule({
  id: "workflows/self-repository",
  codes: ["workflow_workspace_relative_uses"],
  summary: "A step uses the local action ./path after an earlier step may have replaced the workspace (a checkout of another ref or repository, a download, a git checkout), so it runs whatever is there then instead of $/path, the action of this repository at the workflow's commit.",
  fix: "Write uses: $/path for actions of this repository."
});
function workspaceReplaced(step) {
  const uses = str(own(step, "uses"));
  if (uses !== void 0) {
    const name = actionName(uses);
    const args = withArgs(step);
    if (name === "actions/checkout" && (own(args, "ref") !== void 0 || own(args, "repository") !== void 0)) return `it checks out ${quoteValue(scalarText(own(args, "repository")) ?? scalarText(own(args, "ref")) ?? "")}`;
    if (name === "actions/download-artifact" || name === "dawidd6/action-download-artifact") return "it downloads artifacts";
    return null;
  }
  const run = scalarText(own(step, "run"));
  if (run !== void 0 && /\bgit\s+(?:checkout|switch|pull|reset|fetch)\b|\bgh\s+pr\s+checkout\b|\b(?:curl|wget)\b[^\n]*(?:\|\s*tar\b|-o\b)|\bunzip\b|\btar\s+-?x/.test(run)) return `it runs ${quoteValue(firstLine2(run))}`;
  return null;
}
var selfRepositoryCheck = {
  rule: selfRepository,
  facts({ m, emit }) {
    if (m.kind === "dependabot") return;
    for (const job of m.jobs) {
      let replaced = null;
      for (const step of job.steps) {
        const uses = str(own(step.value, "uses"))?.trim();
        if (replaced !== null && uses?.startsWith("./")) {
          emit(selfRepository, "workflow_workspace_relative_uses", `${stepWhere(m, job, step)} uses ${quoteValue(uses)}, which runs whatever the workspace holds at that path when the step starts, after step ${replaced.step.index} may have changed it (${replaced.why}); write ${quoteValue(`$/${uses.replace(/^(\.\/+)+/, "")}`)} to run this repository's action at the workflow's commit.`, { job, step, detail: uses });
        }
        if (replaced === null) {
          const why = workspaceReplaced(step.value);
          if (why !== null) replaced = { step, why };
        }
      }
    }
  }
};

// src/core/rules/workflows/index.ts
var WORKFLOW_CHECKS = Object.freeze([
  // triggers and permissions
  dangerousTriggersCheck,
  excessivePermissionsCheck,
  githubAppCheck,
  // injection
  templateInjectionCheck,
  promptInjectionCheck,
  githubEnvCheck,
  insecureCommandsCheck,
  outputClobberingCheck,
  // checkout and credentials
  pwnRequestCheck,
  untrustedCheckoutToctouCheck,
  artipackedCheck,
  hardcodedContainerCredentialsCheck,
  selfHostedRunnerCheck,
  // secrets
  overprovisionedSecretsCheck,
  secretsExposedCheck,
  secretsInheritCheck,
  secretsOutsideEnvCheck,
  unredactedSecretsCheck,
  useTrustedPublishingCheck,
  // caches and artifacts
  cachePoisoningCheck,
  untrustedArtifactsCheck,
  // pinning and supply chain
  unpinnedUsesCheck,
  forbiddenUsesCheck,
  typosquatUsesCheck,
  selfRepositoryCheck,
  repinnedUsesCheck,
  unpinnedImagesCheck,
  unpinnedToolsCheck,
  superfluousActionsCheck,
  obfuscationCheck,
  // scripts
  remoteScriptCheck,
  insecureUrlCheck,
  adhocPackagesCheck,
  commitStatusCheck,
  misfeatureCheck,
  // conditions
  spoofableConditionsCheck,
  unsoundContainsCheck,
  alwaysTrueConditionsCheck,
  unsoundTernaryCheck,
  continueOnErrorCheck,
  // the change itself
  removedChecksCheck,
  jobConditionsCheck,
  environmentChangedCheck,
  actionRunsCheck,
  // configuration outside workflows
  dependabotExecutionCheck,
  dependabotCooldownCheck
]);
var BASELINE_DENY = Object.freeze(["workflows/pwn-request", "workflows/overprovisioned-secrets", "workflows/secrets-exposed"]);
var ONLINE_ONLY_CLASSES = Object.freeze([
  { name: "known-vulnerable-actions", why: "needs the GitHub advisory database for the pinned versions" },
  { name: "impostor-commit", why: "needs the action repository to tell whether a pinned commit is on it or only on a fork (workflows/repinned-uses flags every re-pin offline)" },
  { name: "ref-confusion", why: "needs the action repository to tell whether a ref is both a branch and a tag" },
  { name: "stale-action-refs", why: "needs the action repository to tell whether a pinned commit is a release tag" },
  { name: "archived-uses", why: "needs the action repository's archived flag" },
  { name: "ref-version-mismatch", why: "needs the action repository to resolve the version comment of a pinned SHA" }
]);
var WORKFLOW_RULES = Object.freeze({
  id: "workflows",
  title: "Workflow review",
  doc: `Runs on every changed workflow (\`.github/workflows/*.yml\`), action metadata (\`action.yml\`) and Dependabot configuration, comparing base and head: a finding is reported when the change introduces or widens it (keyed by rule, job and step, not by line), and what was already there is listed apart. Every workflow change is high tier; these findings tell the approver what it does. \`workflows/pwn-request\`, \`workflows/overprovisioned-secrets\` and \`workflows/secrets-exposed\` deny when introduced, and a policy can deny more with \`workflows.deny\`. Classes that need the network (${ONLINE_ONLY_CLASSES.map((c) => c.name).join(", ")}) are left to an optional online mode.`,
  rules: [...WORKFLOW_CHECKS.map((c) => c.rule), reviewErrors]
});
var WORKFLOW_RULE_IDS = new Set(WORKFLOW_RULES.rules.map((r) => r.id));
var MAX_FINDINGS_PER_FILE = 200;
function factsOf(m, other, policy2) {
  const out = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.facts?.({ m, other, emit, policy: policy2 });
  return out;
}
function changesOf(base, head) {
  const out = [];
  const emit = collector(out);
  for (const c of WORKFLOW_CHECKS) c.change?.(base, head, emit);
  return out;
}
function byPosition(facts) {
  return facts.map((f, i) => ({ f, i })).sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i).map((x) => x.f);
}
function toFinding(f, deny) {
  const severity = deny.has(f.rule) || f.severity === "deny" ? "deny" : "high";
  const where = {};
  if (f.job !== void 0 && f.job !== "") where.job = f.job;
  if (f.step !== void 0) where.step = f.step;
  if (f.line !== void 0) where.line = f.line;
  const out = { rule: f.rule, code: f.code, severity, message: f.message };
  if (Object.keys(where).length > 0) out.where = where;
  return out;
}
function single(rule, code, message) {
  return { introduced: [{ rule: rule.id, code, severity: "high", message }], existing: [] };
}
function reviewWorkflowFile(path2, baseText, headText, options = {}) {
  const detected = reviewedFileKind(path2);
  const kind = detected ?? "workflow";
  const file = fileLabel({ kind, path: path2 });
  const none = { introduced: [], existing: [] };
  if (detected === null && baseText === null) return none;
  if (detected === null) {
    return single(removedChecks, "workflow_removed", `${quoteValue(path2)} is not a workflow or action metadata path, so the workflow or action it replaces (renamed or moved here) no longer runs as one; if it was a required or security check, that check disappears.`);
  }
  if (headText === null) {
    if (baseText === null || kind === "dependabot") return none;
    if (kind === "action") return single(removedChecks, "action_removed", `${file} was removed; workflows that use it will fail or pick up another copy.`);
    const base2 = buildModel(path2, kind, baseText);
    let detail = "";
    if (base2.ok) {
      const tools = /* @__PURE__ */ new Set();
      for (const j of base2.model.jobs) for (const t of securityTools(j, kind)) tools.add(t);
      const jobs = base2.model.jobs.map((j) => quoteValue(j.id)).join(", ");
      detail = ` Its jobs (${jobs}) no longer run${tools.size > 0 ? `, including ${[...tools].join(", ")}` : ""}.`;
    }
    return single(removedChecks, "workflow_removed", `${file} was removed.${detail} If it was a required or security check (a security scan, the guard), that check disappears.`);
  }
  if (baseText !== null && baseText === headText) return none;
  const head = buildModel(path2, kind, headText);
  if (!head.ok) {
    return single(reviewErrors, "workflow_unparseable", `${file} could not be parsed, so it was not reviewed (${quoteValue(head.reason)}). GitHub may run it differently or not at all; a guard workflow that does not run leaves its check pending.`);
  }
  const baseModel = baseText === null ? null : buildModel(path2, kind, baseText);
  const base = baseModel && baseModel.ok ? baseModel.model : null;
  const policy2 = options.allowedUses === void 0 ? {} : { allowedUses: options.allowedUses };
  const diff = diffFacts(base ? factsOf(base, null, policy2) : [], factsOf(head.model, base, policy2));
  const deny = new Set(options.deny ?? []);
  const introduced = byPosition([...diff.introduced, ...changesOf(base, head.model)]).map((f) => toFinding(f, deny));
  const existing = byPosition(diff.existing).map((f) => ({ ...toFinding(f, deny), severity: "high" }));
  if (introduced.length > MAX_FINDINGS_PER_FILE) {
    const extra = introduced.length - MAX_FINDINGS_PER_FILE;
    const denied = introduced.slice(MAX_FINDINGS_PER_FILE).filter((f) => f.severity === "deny");
    introduced.length = MAX_FINDINGS_PER_FILE;
    introduced.push(...denied);
    introduced.push({ rule: reviewErrors.id, code: "workflow_findings_truncated", severity: "high", message: `${file}: ${extra - denied.length} more findings were not listed.` });
  }
  return { introduced, existing };
}

// src/core/policy.ts
var NO_APPROVAL = { count: 0, codeowners: false, reviewers: { users: [], teams: [] }, keepOnIdenticalRebase: false };
var BASELINE_POLICY = Object.freeze({
  version: 1,
  origin: "baseline",
  agents: ["*[bot]", "Copilot"],
  defaultTier: "medium",
  tiers: { high: [], medium: [], low: ["docs/**", "**/*.md"] },
  protected: [],
  manifests: [],
  capabilities: {
    write_branch: { name: "write_branch", paths: ["**"], environments: [], commands: [], env: [] },
    modify_policy: { name: "modify_policy", paths: ["**"], tier: "high", environments: [], commands: [], env: [] }
  },
  subjects: {},
  approvals: { high: { ...NO_APPROVAL, count: 1 }, medium: NO_APPROVAL, low: NO_APPROVAL },
  // Public package registries: a lockfile change that resolves from anywhere else is dependency confusion.
  network: {
    allow: [
      "registry.npmjs.org",
      "registry.yarnpkg.com",
      "pypi.org",
      "files.pythonhosted.org",
      "crates.io",
      "static.crates.io",
      "index.crates.io",
      "proxy.golang.org",
      "repo.maven.apache.org",
      "repo1.maven.org",
      "rubygems.org",
      "index.rubygems.org"
    ]
  },
  workflows: { deny: [] }
});
function parsePolicy(value) {
  const schemaProblems = validateAgainstSchema("policy", value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const raw = value;
  const problems = [];
  const globs = (list, pointer) => {
    (list ?? []).forEach((g, i) => {
      for (const e of lintPolicyGlob(g)) problems.push({ code: e.code, message: `${JSON.stringify(g)}: ${e.message}`, pointer: `${pointer}/${i}` });
    });
    return [...list ?? []];
  };
  const tiers = {
    high: globs(raw.tiers?.high, "/tiers/high"),
    medium: globs(raw.tiers?.medium, "/tiers/medium"),
    low: globs(raw.tiers?.low, "/tiers/low")
  };
  const capabilities = {};
  for (const [name, def] of Object.entries(raw.capabilities ?? {})) {
    const builtin = BUILTIN_CAPABILITIES[name];
    if (builtin?.refuseWith && def.paths && def.paths.length > 0) {
      problems.push({
        code: "capability_paths_not_allowed",
        message: `capability ${name} cannot grant paths`,
        pointer: `/capabilities/${name}/paths`
      });
    }
    if (builtin?.refuseWith && ((def.commands?.length ?? 0) > 0 || (def.env?.length ?? 0) > 0)) {
      problems.push({ code: "capability_commands_not_allowed", message: `capability ${name} cannot grant commands or environment variables`, pointer: `/capabilities/${name}/${def.commands?.length ? "commands" : "env"}` });
    }
    (def.commands ?? []).forEach((pattern, i) => {
      const p = patternProblem(pattern);
      if (p) problems.push({ code: "command_pattern_invalid", message: `capability ${name}, command ${i + 1}: ${p}`, pointer: `/capabilities/${name}/commands/${i}` });
    });
    capabilities[name] = {
      name,
      paths: globs(def.paths, `/capabilities/${name}/paths`),
      environments: [...def.environments ?? []],
      commands: (def.commands ?? []).map((c) => [...c]),
      env: [...def.env ?? []],
      ...def.description !== void 0 ? { description: def.description } : {},
      ...def.tier !== void 0 ? { tier: def.tier } : {}
    };
  }
  const known = (name) => isBuiltinCapability(name) || Object.prototype.hasOwnProperty.call(capabilities, name);
  const subjects = {};
  for (const [name, def] of Object.entries(raw.subjects ?? {})) {
    def.capabilities.forEach((c, i) => {
      if (!known(c)) {
        problems.push({
          code: "unknown_capability",
          message: `subject ${JSON.stringify(name)} names unknown capability ${JSON.stringify(c)} (define it under capabilities, or use one of: ${Object.keys(BUILTIN_CAPABILITIES).join(", ")})`,
          pointer: `/subjects/${escape2(name)}/capabilities/${i}`
        });
      }
    });
    subjects[name] = {
      name,
      capabilities: [...def.capabilities],
      branches: globs(def.branches, `/subjects/${escape2(name)}/branches`),
      repositories: [...def.repositories ?? []]
    };
  }
  (raw.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: "invalid_host", message: `${JSON.stringify(h)}: ${p}`, pointer: `/network/allow/${i}` });
  });
  (raw.workflows?.deny ?? []).forEach((id, i) => {
    if (!WORKFLOW_RULE_IDS.has(id)) problems.push({ code: "unknown_rule", message: `workflows.deny: ${quoteUntrusted(id)} is not a workflow rule id (see docs/rules.md)`, pointer: `/workflows/deny/${i}` });
  });
  (raw.workflows?.allowed_uses ?? []).forEach((entry, i) => {
    const p = allowedUsesProblem(entry);
    if (p) problems.push({ code: "invalid_allowed_uses", message: `workflows.allowed_uses: ${quoteUntrusted(entry)} ${p}`, pointer: `/workflows/allowed_uses/${i}` });
  });
  const approvals = {};
  for (const t of TIERS) {
    const rule = raw.approvals?.[t];
    approvals[t] = rule ? {
      count: rule.count,
      codeowners: rule.codeowners ?? false,
      reviewers: { users: [...rule.reviewers?.users ?? []], teams: [...rule.reviewers?.teams ?? []] },
      keepOnIdenticalRebase: rule.keep_on_identical_rebase ?? false,
      ...rule.unlinked_commits ? { unlinkedCommits: rule.unlinked_commits } : {}
    } : t === "high" ? (
      // High risk always needs a human: a policy that omits the rule gets the baseline's.
      { ...BASELINE_POLICY.approvals.high }
    ) : { ...NO_APPROVAL };
    if (rule && rule.codeowners && rule.count === 0) {
      problems.push({
        code: "approvals_inconsistent",
        message: `approvals.${t}: codeowners requires at least one approval (count is 0)`,
        pointer: `/approvals/${t}/count`
      });
    }
  }
  if (raw.approvals?.high && raw.approvals.high.count === 0) {
    problems.push({
      code: "approvals_high_zero",
      message: "approvals.high.count must be at least 1: high-risk agent changes always need an independent human",
      pointer: "/approvals/high/count"
    });
  }
  for (const [lower, higher] of [
    ["low", "medium"],
    ["medium", "high"]
  ]) {
    if (raw.approvals?.[lower] && approvals[lower].count > approvals[higher].count) {
      problems.push({
        code: "approvals_inconsistent",
        message: `approvals.${lower}.count (${approvals[lower].count}) is higher than approvals.${higher}.count (${approvals[higher].count})`,
        pointer: `/approvals/${lower}/count`
      });
    }
  }
  const protectedList = Array.isArray(raw.protected) ? raw.protected : raw.protected?.paths;
  const protectedPointer = Array.isArray(raw.protected) ? "/protected" : "/protected/paths";
  const protectedExempt = exemptions(raw, problems);
  const policy2 = {
    ...protectedExempt.length > 0 ? { protectedExempt } : {},
    version: 1,
    origin: "policy",
    agents: [...raw.agents ?? BASELINE_POLICY.agents],
    defaultTier: raw.default_tier ?? "high",
    tiers,
    protected: globs(protectedList, protectedPointer),
    manifests: globs(raw.manifests, "/manifests"),
    capabilities,
    subjects,
    approvals,
    network: { allow: [...raw.network?.allow ?? []] },
    workflows: { deny: [...raw.workflows?.deny ?? []], ...raw.workflows?.allowed_uses === void 0 ? {} : { allowedUses: [...raw.workflows.allowed_uses] } }
  };
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: policy2 };
}
function exemptions(raw, problems) {
  const list = Array.isArray(raw.protected) ? [] : raw.protected?.exempt ?? [];
  const guard = new GlobSet();
  for (const r of PROTECTED_RULES) if (r.rule === "paths/guard-files") guard.add(foldPath(r.glob), true);
  for (const g of raw.manifests ?? []) if (lintGlob(g).length === 0) guard.add(foldPath(g), true);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  list.forEach((e, i) => {
    const pointer = `/protected/exempt/${i}/path`;
    if (/[*?[\]{}]/.test(e.path) || lintGlob(e.path).length > 0) {
      problems.push({ code: "protected_exempt_path", message: `protected.exempt: ${quoteUntrusted(e.path)} is not an exact repository path (no glob characters, "./", "..", "//" or leading "/"): an exemption names one file`, pointer });
    } else if (foldPath(e.path) === foldPath(DEFAULT_POLICY_PATH) || guard.matchAll(foldPath(e.path)).length > 0) {
      problems.push({ code: "protected_exempt_guard_file", message: `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest), which can never be exempt: it decides what the agent may do`, pointer });
    } else if (seen.has(e.path)) {
      problems.push({ code: "protected_exempt_duplicate", message: `protected.exempt: ${quoteUntrusted(e.path)} is listed twice`, pointer });
    } else {
      seen.add(e.path);
      out.push({ path: e.path, reason: e.reason });
    }
  });
  return out;
}
function guardFileGlobs(policy2, policyPath = DEFAULT_POLICY_PATH, manifestPaths = []) {
  return [literalGlob(policyPath, "policy"), ...policy2.manifests, ...manifestPaths.map((p) => literalGlob(p, "manifest"))];
}
function literalGlob(path2, what) {
  if (/[*?[\]{}]/.test(path2) || lintGlob(path2).length > 0) {
    throw new GuardPathError(what, `the ${what} path ${quoteUntrusted(path2)} is not a plain repository path (no glob characters, "./", "..", "//" or leading "/"), so changes to it could not be guarded`);
  }
  return path2;
}
var GuardPathError = class extends Error {
  constructor(what, message) {
    super(message);
    this.what = what;
    this.name = "GuardPathError";
  }
  what;
};
function compilePolicy(policy2, opts = {}) {
  const tierRules = new GlobSet();
  const foldedTierRules = new GlobSet();
  const foldedVariantTierRules = new GlobSet();
  const addTier = (glob2, match2) => {
    tierRules.add(glob2, match2);
    const folded = foldPath(glob2);
    if (lintGlob(folded).length === 0) {
      foldedTierRules.add(folded, match2);
      if (folded !== glob2) foldedVariantTierRules.add(folded, match2);
    }
  };
  for (const r of PROTECTED_RULES) {
    addTier(r.glob, { tier: "high", source: "protected", glob: r.glob, rule: r.rule, builtin: true, why: r.why, ...r.except ? { except: r.except } : {} });
  }
  const guardGlobs = guardFileGlobs(policy2, opts.policyPath, opts.manifestPaths);
  for (const g of guardGlobs) addTier(g, { tier: "high", source: "protected", glob: g, rule: "paths/guard-files", why: "the policy and manifests decide what the agent may do", guard: true });
  const guardSet = new GlobSet();
  for (const g of guardGlobs) if (lintGlob(foldPath(g)).length === 0) guardSet.add(foldPath(g), true);
  for (const e of policy2.protectedExempt ?? []) {
    if (guardSet.matchAll(foldPath(e.path)).length > 0) {
      throw new GuardPathError("policy", `protected.exempt: ${quoteUntrusted(e.path)} is one of the guard's own files (the policy or a task manifest of this run), which can never be exempt`);
    }
  }
  for (const g of policy2.protected) addTier(g, { tier: "high", source: "protected", glob: g, rule: "paths/policy-protected", why: "listed under protected in the policy" });
  for (const t of [...TIERS].reverse()) {
    for (const g of policy2.tiers[t]) addTier(g, { tier: t, source: "policy", glob: g, rule: "paths/tier-rules" });
  }
  const capabilityPaths = new GlobSet();
  for (const def of Object.values(policy2.capabilities)) for (const g of def.paths) capabilityPaths.add(g, def.name);
  return { policy: policy2, tierRules, foldedTierRules, foldedVariantTierRules, capabilityPaths };
}
function escape2(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export {
  minimatch,
  braceExpand,
  foldPath,
  canonicalisePath,
  resolveSymlinkTarget,
  symlinkTargetClimbsThroughName,
  GLOB_OPTIONS,
  lintGlob,
  GlobSet,
  globMatches,
  hostProblem,
  hostAllowed,
  validateAgainstSchema,
  programName,
  wrapperUse,
  isCodeOption,
  WILDCARD,
  matchPattern,
  formatPattern,
  displayWord,
  DEFAULT_POLICY_PATH,
  PROTECTED_RULES,
  isCommunityFile,
  defineRule,
  require_dist,
  MAX_DOCUMENT_BYTES,
  loadDocument,
  parseWorkflowYaml,
  reviewedFileKind,
  MAX_FINDINGS_PER_FILE,
  reviewWorkflowFile,
  BASELINE_POLICY,
  parsePolicy,
  GuardPathError,
  compilePolicy
};
