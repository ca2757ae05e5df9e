import { createRequire as __smsCreateRequire } from 'node:module'; const require = __smsCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-NU6NBEOK.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  diag,
  parseYaml
} from "./chunk-KN4KNFH2.js";
import {
  IANAZone,
  positionOf
} from "./chunk-5SNFJVHI.js";
import {
  __commonJS,
  __export,
  __toESM,
  init_define_SMS_SITE_ASSETS
} from "./chunk-6P3NOMSN.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_SMS_SITE_ASSETS();
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

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_SMS_SITE_ASSETS();
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_SMS_SITE_ASSETS();
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    init_define_SMS_SITE_ASSETS();
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

// src/config/parse.ts
init_define_SMS_SITE_ASSETS();

// src/validate/schema-errors.ts
init_define_SMS_SITE_ASSETS();
var FORMAT_HINTS = {
  date: "a date such as 2026-03-01",
  "date-time": "a date-time with a UTC offset such as 2026-03-06T15:00:00+01:00",
  "date-or-date-time": "a date such as 2026-03-01 or a date-time such as 2026-03-06T15:00:00+01:00"
};
function explainSchemaErrors(errors, subject, knownFields, data) {
  const consumed = /* @__PURE__ */ new Set();
  const out = [];
  errors.forEach((e, i) => {
    if (e.keyword !== "anyOf") return;
    const alternatives = [];
    for (let j = i - 1; j >= 0; j--) {
      const b = errors[j];
      if (!b.schemaPath.includes("/anyOf/") || !isWithin(b.instancePath, e.instancePath)) break;
      consumed.add(j);
      const branch = /\/anyOf\/(\d+)\//.exec(b.schemaPath)?.[1] ?? "0";
      if (b.keyword === "required") {
        const idx = Number(branch);
        (alternatives[idx] ??= []).unshift(String(b.params.missingProperty));
      }
    }
    consumed.add(i);
    const alts = alternatives.filter(Boolean);
    if (alts.length > 0 && e.instancePath === "") {
      const text = alts.map((a) => a.map((f) => `'${f}'`).join(" and ")).join(", or ");
      out.push({
        pointer: "",
        atKey: false,
        code: "schema-required",
        message: `${subject} needs ${text}; add it to the frontmatter`
      });
    } else {
      out.push({
        pointer: e.instancePath,
        atKey: false,
        code: "schema-invalid",
        message: `'${field(e.instancePath)}' does not match any allowed form; see the reference for ${subject}`
      });
    }
  });
  errors.forEach((e, i) => {
    if (consumed.has(i) || e.keyword === "if") return;
    out.push(explainOne(e, subject, knownFields, data));
  });
  return out;
}
function valueAt(data, pointer) {
  let v = data;
  for (const part of pointer.split("/").slice(1)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}
function isWithin(path, parent) {
  return path === parent || path.startsWith(`${parent}/`);
}
function field(pointer) {
  return pointer.split("/").filter(Boolean).join(".") || "frontmatter";
}
function explainOne(e, subject, knownFields, data) {
  const f = field(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const missing = String(p.missingProperty);
      const where = e.instancePath ? ` in '${f}'` : "";
      return {
        pointer: e.instancePath,
        atKey: true,
        code: "schema-required",
        message: `${subject} is missing required field '${missing}'${where}; add it`
      };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const pointer = `${e.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      const guess = e.instancePath === "" ? closest(name, knownFields) : void 0;
      const hint = guess ? `did you mean '${guess}'? ` : "";
      return {
        pointer,
        atKey: true,
        code: "schema-unknown-field",
        message: `unknown field '${field(pointer)}' for ${subject}; ${hint}remove it, or prefix it with 'x-' to keep it as an extension`
      };
    }
    case "enum": {
      const values = p.allowedValues.map(String);
      const code = /\/status$/.test(e.instancePath) ? "status-unknown" : "schema-enum";
      const actual = valueAt(data, e.instancePath);
      const guess = typeof actual === "string" ? closest(actual, values) : void 0;
      const hint = guess ? `; did you mean '${guess}'?` : "";
      const shown = typeof actual === "string" ? `'${actual}' is not allowed for '${f}'` : `'${f}' has a value that is not allowed`;
      return {
        pointer: e.instancePath,
        atKey: false,
        code,
        message: `${shown}${hint} Use one of: ${values.join(", ")}`
      };
    }
    case "const":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-enum",
        message: `'${f}' must be ${JSON.stringify(p.allowedValue)}`
      };
    case "type":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-type",
        message: `'${f}' must be ${article(String(p.type))}`
      };
    case "format":
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-format",
        message: `'${f}' must be ${FORMAT_HINTS[String(p.format)] ?? `in ${String(p.format)} format`}`
      };
    case "pattern":
      return patternProblem(e, f);
    default:
      return {
        pointer: e.instancePath,
        atKey: false,
        code: "schema-invalid",
        message: `'${f}' ${e.message ?? "is invalid"}`
      };
  }
}
function patternProblem(e, f) {
  const pattern = String(e.params.pattern);
  if (pattern.startsWith("^[A-Z][A-Z0-9]*(-")) {
    const code = e.instancePath === "/id" ? "id-invalid" : "schema-format";
    return {
      pointer: e.instancePath,
      atKey: false,
      code,
      message: `'${f}' must be a record id such as INC-0042: capital letters, then '-' and letters, digits, '.' or '_'`
    };
  }
  if (pattern.includes("wdhms") || pattern.includes("(?:\\d+w)")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a duration such as 30m, 4h, 2d, 1h30m or PT4H`
    };
  }
  if (pattern.includes("day|week|month|year")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be an interval such as '12 months', '1 year' or P12M`
    };
  }
  if (pattern.startsWith("^\\d+(?:\\.\\d+)*$")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a clause number such as 8.5.1`
    };
  }
  if (pattern.startsWith("^P[1-5]")) {
    return {
      pointer: e.instancePath,
      atKey: false,
      code: "schema-format",
      message: `'${f}' must be a priority P1 to P5`
    };
  }
  return {
    pointer: e.instancePath,
    atKey: false,
    code: "schema-format",
    message: `'${f}' does not have the expected form (${pattern})`
  };
}
function article(type) {
  const t = type.replace(/,/g, " or ");
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function closest(name, candidates) {
  let best;
  let bestScore = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/validate/schemas.ts
init_define_SMS_SITE_ASSETS();

// schemas/common.schema.json
var common_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/common.schema.json",
  title: "Shared definitions",
  $defs: {
    id: {
      type: "string",
      pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$",
      maxLength: 128,
      description: "Record id, unique in the repository, e.g. INC-0042."
    },
    date: {
      type: "string",
      format: "date",
      description: "Calendar date, YYYY-MM-DD."
    },
    datetime: {
      type: "string",
      format: "date-time",
      description: "Instant with a UTC offset, e.g. 2026-03-06T15:00:00+01:00."
    },
    dateOrDatetime: {
      type: "string",
      format: "date-or-date-time",
      description: "A date (YYYY-MM-DD) or a date-time with offset."
    },
    duration: {
      type: "string",
      pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$",
      minLength: 2,
      description: "Duration: 30m, 4h, 2d, 1h30m, or ISO 8601 such as PT4H."
    },
    interval: {
      type: "string",
      pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$",
      minLength: 2,
      description: "Review interval: '12 months', '1 year', '6 weeks', or ISO 8601 such as P12M."
    },
    clause: {
      type: "string",
      pattern: "^\\d+(?:\\.\\d+)*$",
      description: "Clause number of ISO/IEC 20000-1 in the configured edition, e.g. 8.5.1.1."
    },
    login: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$",
      description: "A GitHub login or a team name from sms.config.yml."
    },
    envelope: {
      description: "Fields every record may carry; each kind schema lists them.",
      properties: {
        id: {
          $ref: "#/$defs/id"
        },
        kind: {
          type: "string"
        },
        title: {
          type: "string",
          minLength: 1,
          maxLength: 300,
          description: "One-line title."
        },
        owner: {
          $ref: "#/$defs/login",
          description: "Accountable login or team."
        },
        tags: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          uniqueItems: true
        },
        controlled: {
          type: "boolean",
          description: "Puts the record under document control (clause 7.5.3)."
        },
        clauses: {
          type: "array",
          items: {
            $ref: "#/$defs/clause"
          },
          uniqueItems: true,
          description: "Clauses of ISO/IEC 20000-1 this record serves."
        },
        version: {
          type: [
            "string",
            "number"
          ],
          description: "Document version, e.g. 1.3."
        },
        approved_by: {
          type: "array",
          items: {
            $ref: "#/$defs/login"
          },
          uniqueItems: true,
          description: "Who approved this version."
        },
        approved_on: {
          $ref: "#/$defs/date"
        },
        review_every: {
          $ref: "#/$defs/interval"
        },
        next_review: {
          $ref: "#/$defs/date",
          description: "A past date is a finding."
        },
        supersedes: {
          $ref: "#/$defs/id"
        }
      }
    },
    timeline: {
      type: "array",
      description: "Status transitions, oldest first; the source of truth for SLA clocks.",
      items: {
        type: "object",
        required: [
          "at",
          "status"
        ],
        additionalProperties: false,
        patternProperties: {
          "^x-": {}
        },
        properties: {
          at: {
            $ref: "#/$defs/datetime"
          },
          status: {
            type: "string"
          },
          note: {
            type: "string"
          },
          by: {
            $ref: "#/$defs/login"
          },
          reopened: {
            type: "boolean",
            description: "Marks the entry that reopens a closed record."
          }
        }
      }
    },
    priority: {
      type: "string",
      pattern: "^P[1-5]$",
      description: "P1 (highest) to P5."
    },
    level: {
      type: "string",
      enum: [
        "low",
        "medium",
        "high"
      ]
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/config.schema.json",
  title: "sms.config.yml",
  type: "object",
  additionalProperties: false,
  patternProperties: {
    "^x-": {}
  },
  required: [
    "organization",
    "timezone"
  ],
  properties: {
    organization: {
      type: "string",
      minLength: 1
    },
    timezone: {
      type: "string",
      minLength: 1,
      description: "IANA time zone, e.g. Europe/Berlin."
    },
    edition: {
      type: [
        "string",
        "number"
      ],
      enum: [
        "2018",
        "2011",
        2018,
        2011
      ],
      description: "ISO/IEC 20000-1 edition (default 2018)."
    },
    teams: {
      type: "object",
      additionalProperties: {
        anyOf: [
          {
            type: "array",
            items: {
              $ref: "common.schema.json#/$defs/login"
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: [
              "github"
            ],
            properties: {
              github: {
                type: "string",
                pattern: "^[^/\\s]+/[^/\\s]+$"
              }
            }
          }
        ]
      }
    },
    calendars: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: [
          "hours"
        ],
        properties: {
          timezone: {
            type: "string",
            minLength: 1
          },
          hours: {
            type: "object",
            additionalProperties: false,
            properties: {
              mon: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              tue: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              wed: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              thu: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              fri: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              sat: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              },
              sun: {
                type: "string",
                pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"
              }
            }
          },
          holidays: {
            type: "array",
            items: {
              $ref: "common.schema.json#/$defs/date"
            }
          }
        }
      }
    },
    priorities: {
      type: "object",
      additionalProperties: false,
      properties: {
        high: {
          type: "object",
          additionalProperties: false,
          properties: {
            high: {
              $ref: "common.schema.json#/$defs/priority"
            },
            medium: {
              $ref: "common.schema.json#/$defs/priority"
            },
            low: {
              $ref: "common.schema.json#/$defs/priority"
            }
          }
        },
        medium: {
          type: "object",
          additionalProperties: false,
          properties: {
            high: {
              $ref: "common.schema.json#/$defs/priority"
            },
            medium: {
              $ref: "common.schema.json#/$defs/priority"
            },
            low: {
              $ref: "common.schema.json#/$defs/priority"
            }
          }
        },
        low: {
          type: "object",
          additionalProperties: false,
          properties: {
            high: {
              $ref: "common.schema.json#/$defs/priority"
            },
            medium: {
              $ref: "common.schema.json#/$defs/priority"
            },
            low: {
              $ref: "common.schema.json#/$defs/priority"
            }
          }
        }
      }
    },
    folders: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$",
        not: {
          pattern: "(^|/)\\.\\.(/|$)"
        }
      },
      description: "Extra folders that hold records."
    },
    backdate_tolerance: {
      $ref: "common.schema.json#/$defs/duration"
    },
    evidence_branch: {
      type: "string",
      minLength: 1,
      description: "Branch of the approval ledger (default sms/evidence)."
    },
    max_file_size: {
      type: "integer",
      minimum: 1024,
      description: "Largest record file read, in bytes (default 1 MiB)."
    },
    improvements: {
      type: "object",
      additionalProperties: false,
      properties: {
        stage_targets: {
          type: "object",
          additionalProperties: false,
          properties: {
            plan: {
              $ref: "common.schema.json#/$defs/duration"
            },
            do: {
              $ref: "common.schema.json#/$defs/duration"
            },
            check: {
              $ref: "common.schema.json#/$defs/duration"
            },
            act: {
              $ref: "common.schema.json#/$defs/duration"
            }
          }
        },
        labels: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      }
    }
  }
};

// schemas/kinds/audit.schema.json
var audit_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/audit.schema.json",
  title: "Internal audit",
  description: "An internal audit and its findings (clause 9.2).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "date",
    "scope",
    "findings"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "audit",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    date: {
      $ref: "../common.schema.json#/$defs/date"
    },
    scope: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "../common.schema.json#/$defs/clause"
      },
      description: "Clauses audited."
    },
    auditor: {
      type: "string",
      minLength: 1
    },
    status: {
      type: "string",
      enum: [
        "planned",
        "in-progress",
        "done"
      ]
    },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "class",
          "clause",
          "text"
        ],
        properties: {
          id: {
            type: "string",
            minLength: 1,
            description: "Finding id, unique in the audit, e.g. F1."
          },
          class: {
            type: "string",
            enum: [
              "major",
              "minor",
              "observation",
              "opportunity"
            ]
          },
          clause: {
            $ref: "../common.schema.json#/$defs/clause"
          },
          text: {
            type: "string",
            minLength: 1
          },
          nonconformity: {
            $ref: "../common.schema.json#/$defs/id",
            "x-ref": [
              "nonconformity"
            ]
          }
        }
      }
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/change.schema.json
var change_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/change.schema.json",
  title: "Change",
  description: "A request for change (clause 8.5.1). Needs 'Implementation plan', 'Back-out plan', 'Test plan'; once implemented also 'Post-implementation review'.",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "type",
    "risk",
    "status"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "change",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    type: {
      type: "string",
      enum: [
        "standard",
        "normal",
        "emergency"
      ]
    },
    risk: {
      $ref: "../common.schema.json#/$defs/level"
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "submitted",
        "approved",
        "scheduled",
        "implemented",
        "reviewed",
        "closed",
        "rejected",
        "failed",
        "cancelled"
      ],
      description: "Status; order: draft, submitted, approved, scheduled, implemented, reviewed, closed, rejected, failed, cancelled."
    },
    cis: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    window: {
      type: "object",
      additionalProperties: false,
      required: [
        "start",
        "end"
      ],
      properties: {
        start: {
          $ref: "../common.schema.json#/$defs/datetime"
        },
        end: {
          $ref: "../common.schema.json#/$defs/datetime"
        }
      }
    },
    planned_outage: {
      type: "boolean"
    },
    template: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "procedure"
      ],
      description: "The standard-change template (a procedure with standard_change: true)."
    },
    outcome: {
      type: "string",
      enum: [
        "successful",
        "failed",
        "rolled-back"
      ]
    },
    implemented_on: {
      $ref: "../common.schema.json#/$defs/dateOrDatetime"
    },
    release: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "release"
      ]
    },
    incidents: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "incident"
        ]
      },
      uniqueItems: true,
      description: "Incidents this change resolves (an incident names the change that caused it in its own 'change' field)."
    },
    problem: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "problem"
      ]
    },
    requested_by: {
      type: "string",
      minLength: 1
    },
    opened_at: {
      $ref: "../common.schema.json#/$defs/datetime"
    },
    timeline: {
      $ref: "../common.schema.json#/$defs/timeline"
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  },
  anyOf: [
    {
      required: [
        "cis"
      ]
    },
    {
      required: [
        "services"
      ]
    }
  ]
};

// schemas/kinds/ci.schema.json
var ci_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/ci.schema.json",
  title: "Configuration item",
  description: "A configuration item (clause 8.2.6).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "type",
    "status",
    "services"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "ci",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    type: {
      type: "string",
      minLength: 1,
      description: "server, application, database, network, saas, ..."
    },
    status: {
      type: "string",
      enum: [
        "planned",
        "active",
        "maintenance",
        "retired"
      ]
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    depends_on: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true,
      description: "CIs this CI depends on."
    },
    supplier: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "supplier"
      ]
    },
    verified_on: {
      $ref: "../common.schema.json#/$defs/date"
    },
    ci_version: {
      type: "string",
      minLength: 1,
      description: "Version of the item (software or firmware)."
    },
    location: {
      type: "string",
      minLength: 1
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/improvement.schema.json
var improvement_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/improvement.schema.json",
  title: "Improvement",
  description: "An opportunity for improvement tracked through PDCA (clause 10.2).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "improvement",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "plan",
        "do",
        "check",
        "act",
        "done"
      ]
    },
    issue: {
      type: [
        "integer",
        "null"
      ],
      minimum: 1
    },
    source: {
      type: "string",
      minLength: 1
    },
    records: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "policy",
          "procedure",
          "plan",
          "objective",
          "risk",
          "service",
          "sla",
          "ci",
          "supplier",
          "change",
          "release",
          "incident",
          "request",
          "problem",
          "known-error",
          "audit",
          "review",
          "nonconformity",
          "improvement",
          "report"
        ]
      },
      uniqueItems: true
    },
    due: {
      $ref: "../common.schema.json#/$defs/date"
    },
    result: {
      type: "string",
      minLength: 1,
      description: "The measured result once done."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/incident.schema.json
var incident_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/incident.schema.json",
  title: "Incident",
  description: "An incident (clause 8.6.1). Major incidents, once resolved, need a 'Major incident review' section.",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status",
    "service"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "incident",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "new",
        "in-progress",
        "on-hold",
        "resolved",
        "closed",
        "cancelled"
      ],
      description: "Status; order: new, in-progress, on-hold, resolved, closed, cancelled."
    },
    priority: {
      $ref: "../common.schema.json#/$defs/priority"
    },
    impact: {
      $ref: "../common.schema.json#/$defs/level"
    },
    urgency: {
      $ref: "../common.schema.json#/$defs/level"
    },
    service: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "service"
      ]
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    cis: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true
    },
    major: {
      type: "boolean"
    },
    security: {
      type: "boolean",
      description: "An information security incident (clause 8.7.3.3)."
    },
    opened_at: {
      $ref: "../common.schema.json#/$defs/datetime"
    },
    timeline: {
      $ref: "../common.schema.json#/$defs/timeline"
    },
    outage: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "start",
          "end",
          "effect"
        ],
        properties: {
          start: {
            $ref: "../common.schema.json#/$defs/datetime"
          },
          end: {
            $ref: "../common.schema.json#/$defs/datetime"
          },
          effect: {
            type: "string",
            enum: [
              "down",
              "degraded"
            ]
          },
          services: {
            type: "array",
            items: {
              $ref: "../common.schema.json#/$defs/id",
              "x-ref": [
                "service"
              ]
            },
            uniqueItems: true
          },
          note: {
            type: "string"
          }
        }
      }
    },
    problem: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "problem"
      ]
    },
    change: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "change"
      ],
      description: "The change that caused this incident, if any."
    },
    resolution: {
      type: "string",
      minLength: 1
    },
    reported_by: {
      type: "string",
      minLength: 1
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  },
  anyOf: [
    {
      required: [
        "priority"
      ]
    },
    {
      required: [
        "impact",
        "urgency"
      ]
    }
  ]
};

// schemas/kinds/known-error.schema.json
var known_error_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/known-error.schema.json",
  title: "Known error",
  description: "A known error with its workaround (clause 8.6.3).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "problem",
    "workaround"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "known-error",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    problem: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "problem"
      ]
    },
    workaround: {
      type: "string",
      minLength: 1
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    cis: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true
    },
    status: {
      type: "string",
      enum: [
        "active",
        "retired"
      ]
    },
    change: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "change"
      ],
      description: "The change that removes the error."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/nonconformity.schema.json
var nonconformity_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/nonconformity.schema.json",
  title: "Nonconformity",
  description: "A nonconformity and its corrective action (clause 10.1).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "source",
    "status",
    "corrective_action"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "nonconformity",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    source: {
      type: "string",
      minLength: 1,
      description: "audit, incident, review, complaint, ..."
    },
    status: {
      type: "string",
      enum: [
        "open",
        "correcting",
        "verifying",
        "closed"
      ],
      description: "Status; order: open, correcting, verifying, closed."
    },
    corrective_action: {
      type: "string",
      minLength: 1
    },
    audit: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "audit"
      ]
    },
    finding: {
      type: "string",
      minLength: 1,
      description: "The audit finding id, e.g. F1."
    },
    due: {
      $ref: "../common.schema.json#/$defs/date"
    },
    issue: {
      type: [
        "integer",
        "null"
      ],
      minimum: 1,
      description: "GitHub issue number that tracks it."
    },
    root_cause: {
      type: "string",
      minLength: 1
    },
    correction: {
      type: "string",
      minLength: 1,
      description: "The immediate fix, as distinct from the corrective action."
    },
    verified_on: {
      $ref: "../common.schema.json#/$defs/date"
    },
    verified_by: {
      $ref: "../common.schema.json#/$defs/login"
    },
    effective: {
      type: "boolean",
      description: "Whether the corrective action proved effective."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/objective.schema.json
var objective_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/objective.schema.json",
  title: "Objective",
  description: "A controlled service management objective (clause 6.2.1).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "version",
    "status",
    "review_every",
    "next_review",
    "measure",
    "target"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "objective",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "approved",
        "retired"
      ],
      description: "Document status."
    },
    measure: {
      type: "string",
      minLength: 1,
      description: "How the objective is measured."
    },
    target: {
      type: [
        "string",
        "number"
      ],
      description: "Target value."
    },
    due: {
      $ref: "../common.schema.json#/$defs/date"
    },
    achieved: {
      type: [
        "string",
        "number"
      ],
      description: "The value achieved at the last measurement."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false
};

// schemas/kinds/plan.schema.json
var plan_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/plan.schema.json",
  title: "Plan",
  description: "A controlled plan (clauses 6.2.2, 6.3, 8.4.3, 8.7.2).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "version",
    "status",
    "review_every",
    "next_review"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "plan",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "approved",
        "retired"
      ],
      description: "Document status."
    },
    period: {
      type: "string",
      minLength: 1,
      description: "Period the plan covers, e.g. 2026."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false
};

// schemas/kinds/policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/policy.schema.json",
  title: "Policy",
  description: "A controlled policy document (clauses 5.2, 8.5.1.1, 8.7.3.1). The change management policy carries the approval rules.",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "version",
    "status",
    "review_every",
    "next_review"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "policy",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "approved",
        "retired"
      ],
      description: "Document status."
    },
    approval: {
      type: "object",
      description: "Change approval policy as code (SPEC section 6).",
      additionalProperties: false,
      required: [
        "rules"
      ],
      properties: {
        rules: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "name",
              "when",
              "require"
            ],
            properties: {
              name: {
                type: "string",
                minLength: 1,
                description: "Rule name shown in checks and evidence."
              },
              when: {
                type: "object",
                description: "Equality on the head record's fields; a list means any of.",
                additionalProperties: {
                  anyOf: [
                    {
                      type: [
                        "string",
                        "number",
                        "boolean"
                      ]
                    },
                    {
                      type: "array",
                      items: {
                        type: [
                          "string",
                          "number",
                          "boolean"
                        ]
                      }
                    }
                  ]
                }
              },
              require: {
                type: "object",
                additionalProperties: false,
                required: [
                  "count"
                ],
                properties: {
                  count: {
                    type: "integer",
                    minimum: 0,
                    description: "Distinct allowed approvers needed."
                  },
                  teams: {
                    type: "array",
                    items: {
                      type: "string"
                    },
                    description: "Teams from sms.config.yml whose members may approve."
                  },
                  users: {
                    type: "array",
                    items: {
                      $ref: "../common.schema.json#/$defs/login"
                    },
                    description: "Logins who may approve."
                  },
                  from: {
                    const: "owner",
                    description: "The record's owner (login or team) must approve."
                  }
                }
              },
              retrospective: {
                type: "object",
                additionalProperties: false,
                required: [
                  "within",
                  "count"
                ],
                properties: {
                  within: {
                    $ref: "../common.schema.json#/$defs/duration"
                  },
                  count: {
                    type: "integer",
                    minimum: 0
                  },
                  teams: {
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  users: {
                    type: "array",
                    items: {
                      $ref: "../common.schema.json#/$defs/login"
                    }
                  }
                }
              },
              template: {
                type: "boolean",
                description: "The change must name an approved standard-change template."
              }
            }
          }
        },
        default: {
          type: "object",
          additionalProperties: false,
          required: [
            "count"
          ],
          properties: {
            count: {
              type: "integer",
              minimum: 0,
              description: "Distinct allowed approvers needed."
            },
            teams: {
              type: "array",
              items: {
                type: "string"
              },
              description: "Teams from sms.config.yml whose members may approve."
            },
            users: {
              type: "array",
              items: {
                $ref: "../common.schema.json#/$defs/login"
              },
              description: "Logins who may approve."
            },
            from: {
              const: "owner",
              description: "The record's owner (login or team) must approve."
            }
          }
        },
        freeze: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "name",
              "start",
              "end"
            ],
            properties: {
              name: {
                type: "string",
                minLength: 1
              },
              start: {
                $ref: "../common.schema.json#/$defs/dateOrDatetime"
              },
              end: {
                $ref: "../common.schema.json#/$defs/dateOrDatetime"
              },
              allow: {
                type: "array",
                items: {
                  type: "string",
                  enum: [
                    "standard",
                    "normal",
                    "emergency"
                  ]
                }
              }
            }
          }
        },
        self_approval: {
          type: "boolean"
        },
        stale_on_push: {
          type: "boolean"
        }
      }
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false
};

// schemas/kinds/problem.schema.json
var problem_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/problem.schema.json",
  title: "Problem",
  description: "A problem (clause 8.6.3). Needs a 'Root cause' section once resolved.",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status",
    "incidents"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "problem",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "new",
        "investigating",
        "known-error",
        "resolved",
        "closed"
      ],
      description: "Status; order: new, investigating, known-error, resolved, closed."
    },
    incidents: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "incident"
        ]
      },
      uniqueItems: true
    },
    known_error: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "known-error"
      ]
    },
    changes: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "change"
        ]
      },
      uniqueItems: true
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    cis: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true
    },
    priority: {
      $ref: "../common.schema.json#/$defs/priority"
    },
    opened_at: {
      $ref: "../common.schema.json#/$defs/datetime"
    },
    timeline: {
      $ref: "../common.schema.json#/$defs/timeline"
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/procedure.schema.json
var procedure_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/procedure.schema.json",
  title: "Procedure",
  description: "A controlled procedure (clauses 4.4, 8.x). Needs 'Purpose' and 'Scope' sections.",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "version",
    "status",
    "review_every",
    "next_review"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "procedure",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "draft",
        "approved",
        "retired"
      ],
      description: "Document status."
    },
    standard_change: {
      type: "boolean",
      description: "A pre-authorized standard-change template."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false
};

// schemas/kinds/release.schema.json
var release_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/release.schema.json",
  title: "Release",
  description: "A release and its deployment (clause 8.5.3).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status",
    "changes"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "release",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      type: [
        "string",
        "number"
      ]
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "planned",
        "approved",
        "deployed",
        "verified",
        "closed",
        "failed",
        "rolled-back"
      ],
      description: "Status; order: planned, approved, deployed, verified, closed, failed, rolled-back."
    },
    changes: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "change"
        ]
      },
      uniqueItems: true
    },
    deployed_on: {
      $ref: "../common.schema.json#/$defs/dateOrDatetime"
    },
    release_type: {
      type: "string",
      enum: [
        "major",
        "minor",
        "emergency"
      ]
    },
    cis: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "ci"
        ]
      },
      uniqueItems: true
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/report.schema.json",
  title: "Report",
  description: "A service report (clause 9.4).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "period"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "report",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    period: {
      type: "string",
      minLength: 1,
      description: "The period reported on, e.g. 2026-03 or 2026-Q1."
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/request.schema.json
var request_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/request.schema.json",
  title: "Service request",
  description: "A service request (clause 8.6.2).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status",
    "service"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "request",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "new",
        "approved",
        "in-progress",
        "on-hold",
        "fulfilled",
        "closed",
        "rejected",
        "cancelled"
      ],
      description: "Status; order: new, approved, in-progress, on-hold, fulfilled, closed, rejected, cancelled."
    },
    service: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "service"
      ]
    },
    priority: {
      $ref: "../common.schema.json#/$defs/priority"
    },
    requested_by: {
      type: "string",
      minLength: 1
    },
    opened_at: {
      $ref: "../common.schema.json#/$defs/datetime"
    },
    timeline: {
      $ref: "../common.schema.json#/$defs/timeline"
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/review.schema.json
var review_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/review.schema.json",
  title: "Management review",
  description: "A management review (clause 9.3).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "date",
    "attendees",
    "decisions"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "review",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    date: {
      $ref: "../common.schema.json#/$defs/date"
    },
    attendees: {
      type: "array",
      minItems: 1,
      items: {
        type: "string"
      }
    },
    decisions: {
      type: "array",
      items: {
        type: "string"
      }
    },
    actions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "text"
        ],
        properties: {
          text: {
            type: "string",
            minLength: 1
          },
          owner: {
            $ref: "../common.schema.json#/$defs/login"
          },
          due: {
            $ref: "../common.schema.json#/$defs/date"
          },
          done: {
            type: "boolean"
          },
          done_on: {
            $ref: "../common.schema.json#/$defs/date"
          },
          improvement: {
            $ref: "../common.schema.json#/$defs/id",
            "x-ref": [
              "improvement"
            ]
          }
        }
      }
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/risk.schema.json
var risk_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/risk.schema.json",
  title: "Risk",
  description: "An entry of the risk and opportunity register (clause 6.1).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "likelihood",
    "impact",
    "treatment",
    "status"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "risk",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    likelihood: {
      $ref: "../common.schema.json#/$defs/level"
    },
    impact: {
      $ref: "../common.schema.json#/$defs/level"
    },
    treatment: {
      type: "string",
      minLength: 1,
      description: "accept, mitigate, transfer or avoid, with the action."
    },
    status: {
      type: "string",
      enum: [
        "open",
        "treating",
        "accepted",
        "closed"
      ]
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    review_on: {
      $ref: "../common.schema.json#/$defs/date"
    },
    category: {
      type: "string",
      enum: [
        "risk",
        "opportunity"
      ]
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/service.schema.json
var service_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/service.schema.json",
  title: "Service",
  description: "A service in the catalogue (clause 8.2.4).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "status",
    "criticality"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "service",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    status: {
      type: "string",
      enum: [
        "pipeline",
        "live",
        "retired"
      ]
    },
    criticality: {
      type: "string",
      enum: [
        "low",
        "medium",
        "high",
        "critical"
      ]
    },
    customers: {
      type: "array",
      items: {
        type: "string"
      }
    },
    depends_on: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true,
      description: "Services this service depends on."
    },
    hours: {
      type: "string",
      minLength: 1,
      description: "Service hours: 24x7 or a calendar from sms.config.yml."
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// schemas/kinds/sla.schema.json
var sla_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/sla.schema.json",
  title: "Service level agreement",
  description: "An SLA with measurable targets (clauses 8.3.3, 8.7.1).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "services",
    "customer"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "sla",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true,
      minItems: 1
    },
    customer: {
      type: "string",
      minLength: 1
    },
    period: {
      type: "string",
      enum: [
        "month",
        "quarter",
        "week"
      ],
      description: "Reporting period (default month)."
    },
    supplier: {
      $ref: "../common.schema.json#/$defs/id",
      "x-ref": [
        "supplier"
      ],
      description: "For an underpinning agreement: the supplier bound by it."
    },
    workload_limits: {
      type: "string",
      minLength: 1,
      description: "Workload limits the targets assume (clause 8.3.3)."
    },
    exceptions: {
      type: "string",
      minLength: 1,
      description: "Agreed exceptions to the targets (clause 8.3.3)."
    },
    targets: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "name",
          "metric",
          "applies_to",
          "within",
          "goal"
        ],
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Unique within the SLA; the key in metrics output."
          },
          metric: {
            type: "string",
            enum: [
              "response",
              "resolution"
            ]
          },
          applies_to: {
            type: "object",
            required: [
              "kind"
            ],
            description: "Equality on record fields; a list means any of.",
            properties: {
              kind: {
                type: "string",
                enum: [
                  "incident",
                  "request",
                  "problem",
                  "change"
                ]
              }
            },
            additionalProperties: {
              anyOf: [
                {
                  type: [
                    "string",
                    "number",
                    "boolean"
                  ]
                },
                {
                  type: "array",
                  items: {
                    type: [
                      "string",
                      "number",
                      "boolean"
                    ]
                  }
                }
              ]
            }
          },
          within: {
            $ref: "../common.schema.json#/$defs/duration"
          },
          calendar: {
            type: "string",
            description: "24x7 (default) or a calendar from sms.config.yml."
          },
          goal: {
            type: "number",
            minimum: 0,
            maximum: 100,
            description: "Percent of measured records that must meet `within`."
          },
          pause_on: {
            type: "array",
            items: {
              type: "string"
            },
            description: "Statuses that stop the resolution clock."
          }
        }
      }
    },
    availability: {
      type: "object",
      additionalProperties: false,
      required: [
        "target"
      ],
      properties: {
        target: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        calendar: {
          type: "string"
        },
        exclude_planned: {
          type: "boolean"
        }
      }
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  },
  anyOf: [
    {
      required: [
        "targets"
      ]
    },
    {
      required: [
        "availability"
      ]
    }
  ]
};

// schemas/kinds/supplier.schema.json
var supplier_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sms-as-code.dev/schemas/kinds/supplier.schema.json",
  title: "Supplier",
  description: "An external or internal supplier (clause 8.3.4).",
  type: "object",
  required: [
    "id",
    "kind",
    "title",
    "owner",
    "contract",
    "services",
    "review_every"
  ],
  properties: {
    id: {
      $ref: "../common.schema.json#/$defs/envelope/properties/id"
    },
    kind: {
      const: "supplier",
      description: "Record kind."
    },
    title: {
      $ref: "../common.schema.json#/$defs/envelope/properties/title"
    },
    owner: {
      $ref: "../common.schema.json#/$defs/envelope/properties/owner"
    },
    tags: {
      $ref: "../common.schema.json#/$defs/envelope/properties/tags"
    },
    controlled: {
      $ref: "../common.schema.json#/$defs/envelope/properties/controlled"
    },
    clauses: {
      $ref: "../common.schema.json#/$defs/envelope/properties/clauses"
    },
    version: {
      $ref: "../common.schema.json#/$defs/envelope/properties/version"
    },
    approved_by: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_by"
    },
    approved_on: {
      $ref: "../common.schema.json#/$defs/envelope/properties/approved_on"
    },
    review_every: {
      $ref: "../common.schema.json#/$defs/envelope/properties/review_every"
    },
    next_review: {
      $ref: "../common.schema.json#/$defs/envelope/properties/next_review"
    },
    supersedes: {
      $ref: "../common.schema.json#/$defs/envelope/properties/supersedes"
    },
    contract: {
      type: "string",
      minLength: 1,
      description: "Contract reference and term."
    },
    services: {
      type: "array",
      items: {
        $ref: "../common.schema.json#/$defs/id",
        "x-ref": [
          "service"
        ]
      },
      uniqueItems: true
    },
    contact: {
      type: "string",
      minLength: 1
    },
    supplier_type: {
      type: "string",
      enum: [
        "external",
        "internal"
      ]
    },
    contract_end: {
      $ref: "../common.schema.json#/$defs/date"
    }
  },
  patternProperties: {
    "^x-": {
      description: "Extension field, ignored by the engine."
    }
  },
  additionalProperties: false,
  if: {
    required: [
      "controlled"
    ],
    properties: {
      controlled: {
        const: true
      }
    }
  },
  then: {
    required: [
      "version",
      "review_every",
      "next_review"
    ]
  }
};

// src/validate/validators.generated.js
var validators_generated_exports = {};
__export(validators_generated_exports, {
  config: () => config,
  kind_audit: () => kind_audit,
  kind_change: () => kind_change,
  kind_ci: () => kind_ci,
  kind_improvement: () => kind_improvement,
  kind_incident: () => kind_incident,
  kind_known_error: () => kind_known_error,
  kind_nonconformity: () => kind_nonconformity,
  kind_objective: () => kind_objective,
  kind_plan: () => kind_plan,
  kind_policy: () => kind_policy,
  kind_problem: () => kind_problem,
  kind_procedure: () => kind_procedure,
  kind_release: () => kind_release,
  kind_report: () => kind_report,
  kind_request: () => kind_request,
  kind_review: () => kind_review,
  kind_risk: () => kind_risk,
  kind_service: () => kind_service,
  kind_sla: () => kind_sla,
  kind_supplier: () => kind_supplier
});
init_define_SMS_SITE_ASSETS();
var __ns0 = __toESM(require_ucs2length(), 1);
var __ns1 = __toESM(require_equal(), 1);

// src/validate/formats.ts
init_define_SMS_SITE_ASSETS();
var import_formats = __toESM(require_formats(), 1);
var DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;
var formats = {
  ...import_formats.fullFormats,
  "date-or-date-time": (s) => {
    const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!d || Number(d[2]) < 1 || Number(d[2]) > 12 || Number(d[3]) < 1 || Number(d[3]) > 31) return false;
    return s.length === 10 || DATE_TIME.test(s) && !Number.isNaN(Date.parse(s));
  }
};
var formats_default = formats;

// src/validate/validators.generated.js
var __dep0 = __ns0.default && "default" in __ns0.default ? __ns0.default : __ns0;
var __dep1 = __ns1.default && "default" in __ns1.default ? __ns1.default : __ns1;
var kind_audit = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/audit.schema.json", "title": "Internal audit", "description": "An internal audit and its findings (clause 9.2).", "type": "object", "required": ["id", "kind", "title", "owner", "date", "scope", "findings"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "audit", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "date": { "$ref": "../common.schema.json#/$defs/date" }, "scope": { "type": "array", "minItems": 1, "items": { "$ref": "../common.schema.json#/$defs/clause" }, "description": "Clauses audited." }, "auditor": { "type": "string", "minLength": 1 }, "status": { "type": "string", "enum": ["planned", "in-progress", "done"] }, "findings": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "class", "clause", "text"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Finding id, unique in the audit, e.g. F1." }, "class": { "type": "string", "enum": ["major", "minor", "observation", "opportunity"] }, "clause": { "$ref": "../common.schema.json#/$defs/clause" }, "text": { "type": "string", "minLength": 1 }, "nonconformity": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["nonconformity"] } } } } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
var schema40 = { "type": ["string", "number"], "description": "Document version, e.g. 1.3." };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __dep0.default;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$", "u");
var pattern9 = new RegExp("^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$", "u");
var pattern7 = new RegExp("^\\d+(?:\\.\\d+)*$", "u");
var func0 = __dep1.default;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = formats_default.date;
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.scope === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("audit" !== data.kind) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "audit" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err27 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate22(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate24(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data15 = data.date;
      if (typeof data15 === "string") {
        if (!formats0.validate(data15)) {
          const err39 = { instancePath: instancePath + "/date", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/date", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data16 = data.scope;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err41 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (typeof data17 === "string") {
            if (!pattern7.test(data17)) {
              const err42 = { instancePath: instancePath + "/scope/" + i2, schemaPath: "../common.schema.json#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/scope/" + i2, schemaPath: "../common.schema.json#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.auditor !== void 0) {
      let data18 = data.auditor;
      if (typeof data18 === "string") {
        if (func2(data18) < 1) {
          const err45 = { instancePath: instancePath + "/auditor", schemaPath: "#/properties/auditor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/auditor", schemaPath: "#/properties/auditor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data19 = data.status;
      if (typeof data19 !== "string") {
        const err47 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (!(data19 === "planned" || data19 === "in-progress" || data19 === "done")) {
        const err48 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data20 = data.findings;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data21 = data20[i3];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.id === void 0) {
              const err49 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data21.class === void 0) {
              const err50 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data21.clause === void 0) {
              const err51 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "clause" }, message: "must have required property 'clause'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data21.text === void 0) {
              const err52 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key1 in data21) {
              if (!(key1 === "id" || key1 === "class" || key1 === "clause" || key1 === "text" || key1 === "nonconformity")) {
                const err53 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.id !== void 0) {
              let data22 = data21.id;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err54 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.class !== void 0) {
              let data23 = data21.class;
              if (typeof data23 !== "string") {
                const err56 = { instancePath: instancePath + "/findings/" + i3 + "/class", schemaPath: "#/properties/findings/items/properties/class/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (!(data23 === "major" || data23 === "minor" || data23 === "observation" || data23 === "opportunity")) {
                const err57 = { instancePath: instancePath + "/findings/" + i3 + "/class", schemaPath: "#/properties/findings/items/properties/class/enum", keyword: "enum", params: { allowedValues: schema31.properties.findings.items.properties.class.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data21.clause !== void 0) {
              let data24 = data21.clause;
              if (typeof data24 === "string") {
                if (!pattern7.test(data24)) {
                  const err58 = { instancePath: instancePath + "/findings/" + i3 + "/clause", schemaPath: "../common.schema.json#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/findings/" + i3 + "/clause", schemaPath: "../common.schema.json#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data21.text !== void 0) {
              let data25 = data21.text;
              if (typeof data25 === "string") {
                if (func2(data25) < 1) {
                  const err60 = { instancePath: instancePath + "/findings/" + i3 + "/text", schemaPath: "#/properties/findings/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/findings/" + i3 + "/text", schemaPath: "#/properties/findings/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data21.nonconformity !== void 0) {
              let data26 = data21.nonconformity;
              if (typeof data26 === "string") {
                if (func2(data26) > 128) {
                  const err62 = { instancePath: instancePath + "/findings/" + i3 + "/nonconformity", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (!pattern5.test(data26)) {
                  const err63 = { instancePath: instancePath + "/findings/" + i3 + "/nonconformity", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/findings/" + i3 + "/nonconformity", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
  } else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err67];
    } else {
      vErrors.push(err67);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_change = validate26;
var schema51 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/change.schema.json", "title": "Change", "description": "A request for change (clause 8.5.1). Needs 'Implementation plan', 'Back-out plan', 'Test plan'; once implemented also 'Post-implementation review'.", "type": "object", "required": ["id", "kind", "title", "owner", "type", "risk", "status"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "change", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "type": { "type": "string", "enum": ["standard", "normal", "emergency"] }, "risk": { "$ref": "../common.schema.json#/$defs/level" }, "status": { "type": "string", "enum": ["draft", "submitted", "approved", "scheduled", "implemented", "reviewed", "closed", "rejected", "failed", "cancelled"], "description": "Status; order: draft, submitted, approved, scheduled, implemented, reviewed, closed, rejected, failed, cancelled." }, "cis": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "window": { "type": "object", "additionalProperties": false, "required": ["start", "end"], "properties": { "start": { "$ref": "../common.schema.json#/$defs/datetime" }, "end": { "$ref": "../common.schema.json#/$defs/datetime" } } }, "planned_outage": { "type": "boolean" }, "template": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["procedure"], "description": "The standard-change template (a procedure with standard_change: true)." }, "outcome": { "type": "string", "enum": ["successful", "failed", "rolled-back"] }, "implemented_on": { "$ref": "../common.schema.json#/$defs/dateOrDatetime" }, "release": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["release"] }, "incidents": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["incident"] }, "uniqueItems": true, "description": "Incidents this change resolves (an incident names the change that caused it in its own 'change' field)." }, "problem": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["problem"] }, "requested_by": { "type": "string", "minLength": 1 }, "opened_at": { "$ref": "../common.schema.json#/$defs/datetime" }, "timeline": { "$ref": "../common.schema.json#/$defs/timeline" } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] }, "anyOf": [{ "required": ["cis"] }, { "required": ["services"] }] };
var schema66 = { "type": "string", "enum": ["low", "medium", "high"] };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var formats10 = formats_default["date-time"];
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.at === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.status === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "at" || key0 === "status" || key0 === "note" || key0 === "by" || key0 === "reopened" || pattern4.test(key0))) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.at !== void 0) {
          let data1 = data0.at;
          if (typeof data1 === "string") {
            if (!formats10.validate(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.status !== void 0) {
          if (typeof data0.status !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/status", schemaPath: "#/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.note !== void 0) {
          if (typeof data0.note !== "string") {
            const err6 = { instancePath: instancePath + "/" + i0 + "/note", schemaPath: "#/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.by !== void 0) {
          let data4 = data0.by;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.reopened !== void 0) {
          if (typeof data0.reopened !== "boolean") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/reopened", schemaPath: "#/items/properties/reopened/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var formats14 = formats_default["date-or-date-time"];
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cis === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "cis" }, message: "must have required property 'cis'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.services === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs4 = errors;
  let valid1 = true;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err5 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err6 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err7 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid1 = _valid1;
  }
  if (!valid1) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.risk === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema51.properties, key0) || pattern4.test(key0))) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err17 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err18 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("change" !== data.kind) {
        const err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "change" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err21 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err22 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err24 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err26 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err28 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err30 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate27(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err31 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate29(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err32 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err34 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err35 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err37 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err39 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err40 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data15 = data.type;
      if (typeof data15 !== "string") {
        const err42 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (!(data15 === "standard" || data15 === "normal" || data15 === "emergency")) {
        const err43 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema51.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data16 = data.risk;
      if (typeof data16 !== "string") {
        const err44 = { instancePath: instancePath + "/risk", schemaPath: "../common.schema.json#/$defs/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (!(data16 === "low" || data16 === "medium" || data16 === "high")) {
        const err45 = { instancePath: instancePath + "/risk", schemaPath: "../common.schema.json#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data17 = data.status;
      if (typeof data17 !== "string") {
        const err46 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (!(data17 === "draft" || data17 === "submitted" || data17 === "approved" || data17 === "scheduled" || data17 === "implemented" || data17 === "reviewed" || data17 === "closed" || data17 === "rejected" || data17 === "failed" || data17 === "cancelled")) {
        const err47 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema51.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.cis !== void 0) {
      let data18 = data.cis;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data19 = data18[i2];
          if (typeof data19 === "string") {
            if (func2(data19) > 128) {
              const err48 = { instancePath: instancePath + "/cis/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern5.test(data19)) {
              const err49 = { instancePath: instancePath + "/cis/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/cis/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i3 = data18.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data18[i3], data18[j1])) {
                const err51 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data20 = data.services;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data21 = data20[i4];
          if (typeof data21 === "string") {
            if (func2(data21) > 128) {
              const err53 = { instancePath: instancePath + "/services/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern5.test(data21)) {
              const err54 = { instancePath: instancePath + "/services/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/services/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        let i5 = data20.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data20[i5], data20[j2])) {
                const err56 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data22 = data.window;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.start === void 0) {
          const err58 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data22.end === void 0) {
          const err59 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        for (const key1 in data22) {
          if (!(key1 === "start" || key1 === "end")) {
            const err60 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data22.start !== void 0) {
          let data23 = data22.start;
          if (typeof data23 === "string") {
            if (!formats10.validate(data23)) {
              const err61 = { instancePath: instancePath + "/window/start", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/window/start", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data22.end !== void 0) {
          let data24 = data22.end;
          if (typeof data24 === "string") {
            if (!formats10.validate(data24)) {
              const err63 = { instancePath: instancePath + "/window/end", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/window/end", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.planned_outage !== void 0) {
      if (typeof data.planned_outage !== "boolean") {
        const err66 = { instancePath: instancePath + "/planned_outage", schemaPath: "#/properties/planned_outage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.template !== void 0) {
      let data26 = data.template;
      if (typeof data26 === "string") {
        if (func2(data26) > 128) {
          const err67 = { instancePath: instancePath + "/template", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (!pattern5.test(data26)) {
          const err68 = { instancePath: instancePath + "/template", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      } else {
        const err69 = { instancePath: instancePath + "/template", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data27 = data.outcome;
      if (typeof data27 !== "string") {
        const err70 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
      if (!(data27 === "successful" || data27 === "failed" || data27 === "rolled-back")) {
        const err71 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema51.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.implemented_on !== void 0) {
      let data28 = data.implemented_on;
      if (typeof data28 === "string") {
        if (!formats14(data28)) {
          const err72 = { instancePath: instancePath + "/implemented_on", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/format", keyword: "format", params: { format: "date-or-date-time" }, message: 'must match format "date-or-date-time"' };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      } else {
        const err73 = { instancePath: instancePath + "/implemented_on", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.release !== void 0) {
      let data29 = data.release;
      if (typeof data29 === "string") {
        if (func2(data29) > 128) {
          const err74 = { instancePath: instancePath + "/release", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (!pattern5.test(data29)) {
          const err75 = { instancePath: instancePath + "/release", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
      } else {
        const err76 = { instancePath: instancePath + "/release", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data30 = data.incidents;
      if (Array.isArray(data30)) {
        const len3 = data30.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data31 = data30[i6];
          if (typeof data31 === "string") {
            if (func2(data31) > 128) {
              const err77 = { instancePath: instancePath + "/incidents/" + i6, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (!pattern5.test(data31)) {
              const err78 = { instancePath: instancePath + "/incidents/" + i6, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/incidents/" + i6, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        let i7 = data30.length;
        let j3;
        if (i7 > 1) {
          outer2: for (; i7--; ) {
            for (j3 = i7; j3--; ) {
              if (func0(data30[i7], data30[j3])) {
                const err80 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.problem !== void 0) {
      let data32 = data.problem;
      if (typeof data32 === "string") {
        if (func2(data32) > 128) {
          const err82 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (!pattern5.test(data32)) {
          const err83 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      } else {
        const err84 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.requested_by !== void 0) {
      let data33 = data.requested_by;
      if (typeof data33 === "string") {
        if (func2(data33) < 1) {
          const err85 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      } else {
        const err86 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.opened_at !== void 0) {
      let data34 = data.opened_at;
      if (typeof data34 === "string") {
        if (!formats10.validate(data34)) {
          const err87 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      } else {
        const err88 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.timeline !== void 0) {
      if (!validate31(data.timeline, { instancePath: instancePath + "/timeline", parentData: data, parentDataProperty: "timeline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_ci = validate33;
var schema80 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/ci.schema.json", "title": "Configuration item", "description": "A configuration item (clause 8.2.6).", "type": "object", "required": ["id", "kind", "title", "owner", "type", "status", "services"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "ci", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "type": { "type": "string", "minLength": 1, "description": "server, application, database, network, saas, ..." }, "status": { "type": "string", "enum": ["planned", "active", "maintenance", "retired"] }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "depends_on": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true, "description": "CIs this CI depends on." }, "supplier": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["supplier"] }, "verified_on": { "$ref": "../common.schema.json#/$defs/date" }, "ci_version": { "type": "string", "minLength": 1, "description": "Version of the item (software or firmware)." }, "location": { "type": "string", "minLength": 1 } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema80.properties, key0) || pattern4.test(key0))) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("ci" !== data.kind) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ci" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err27 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate34(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate36(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data15 = data.type;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err39 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data16 = data.status;
      if (typeof data16 !== "string") {
        const err41 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (!(data16 === "planned" || data16 === "active" || data16 === "maintenance" || data16 === "retired")) {
        const err42 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema80.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data17 = data.services;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data18 = data17[i2];
          if (typeof data18 === "string") {
            if (func2(data18) > 128) {
              const err43 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern5.test(data18)) {
              const err44 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let i3 = data17.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data17[i3], data17[j1])) {
                const err46 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data19 = data.depends_on;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data20 = data19[i4];
          if (typeof data20 === "string") {
            if (func2(data20) > 128) {
              const err48 = { instancePath: instancePath + "/depends_on/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err49 = { instancePath: instancePath + "/depends_on/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/depends_on/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i5 = data19.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data19[i5], data19[j2])) {
                const err51 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.supplier !== void 0) {
      let data21 = data.supplier;
      if (typeof data21 === "string") {
        if (func2(data21) > 128) {
          const err53 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (!pattern5.test(data21)) {
          const err54 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.verified_on !== void 0) {
      let data22 = data.verified_on;
      if (typeof data22 === "string") {
        if (!formats0.validate(data22)) {
          const err56 = { instancePath: instancePath + "/verified_on", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/verified_on", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.ci_version !== void 0) {
      let data23 = data.ci_version;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err58 = { instancePath: instancePath + "/ci_version", schemaPath: "#/properties/ci_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/ci_version", schemaPath: "#/properties/ci_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data24 = data.location;
      if (typeof data24 === "string") {
        if (func2(data24) < 1) {
          const err60 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_improvement = validate38;
var schema99 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/improvement.schema.json", "title": "Improvement", "description": "An opportunity for improvement tracked through PDCA (clause 10.2).", "type": "object", "required": ["id", "kind", "title", "owner", "status"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "improvement", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["plan", "do", "check", "act", "done"] }, "issue": { "type": ["integer", "null"], "minimum": 1 }, "source": { "type": "string", "minLength": 1 }, "records": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["policy", "procedure", "plan", "objective", "risk", "service", "sla", "ci", "supplier", "change", "release", "incident", "request", "problem", "known-error", "audit", "review", "nonconformity", "improvement", "report"] }, "uniqueItems": true }, "due": { "$ref": "../common.schema.json#/$defs/date" }, "result": { "type": "string", "minLength": 1, "description": "The measured result once done." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema99.properties, key0) || pattern4.test(key0))) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("improvement" !== data.kind) {
        const err15 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "improvement" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err19 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err21 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err23 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err25 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate39(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err26 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate41(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err27 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err29 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err32 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err34 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err37 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data15 === "plan" || data15 === "do" || data15 === "check" || data15 === "act" || data15 === "done")) {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema99.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data16 = data.issue;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16)) && data16 !== null) {
        const err39 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: schema99.properties.issue.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 1 || isNaN(data16)) {
          const err40 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    if (data.source !== void 0) {
      let data17 = data.source;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err41 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.records !== void 0) {
      let data18 = data.records;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data19 = data18[i2];
          if (typeof data19 === "string") {
            if (func2(data19) > 128) {
              const err43 = { instancePath: instancePath + "/records/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern5.test(data19)) {
              const err44 = { instancePath: instancePath + "/records/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/records/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let i3 = data18.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data18[i3], data18[j1])) {
                const err46 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data20 = data.due;
      if (typeof data20 === "string") {
        if (!formats0.validate(data20)) {
          const err48 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.result !== void 0) {
      let data21 = data.result;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err50 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_incident = validate43;
var schema116 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/incident.schema.json", "title": "Incident", "description": "An incident (clause 8.6.1). Major incidents, once resolved, need a 'Major incident review' section.", "type": "object", "required": ["id", "kind", "title", "owner", "status", "service"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "incident", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["new", "in-progress", "on-hold", "resolved", "closed", "cancelled"], "description": "Status; order: new, in-progress, on-hold, resolved, closed, cancelled." }, "priority": { "$ref": "../common.schema.json#/$defs/priority" }, "impact": { "$ref": "../common.schema.json#/$defs/level" }, "urgency": { "$ref": "../common.schema.json#/$defs/level" }, "service": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "cis": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true }, "major": { "type": "boolean" }, "security": { "type": "boolean", "description": "An information security incident (clause 8.7.3.3)." }, "opened_at": { "$ref": "../common.schema.json#/$defs/datetime" }, "timeline": { "$ref": "../common.schema.json#/$defs/timeline" }, "outage": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["start", "end", "effect"], "properties": { "start": { "$ref": "../common.schema.json#/$defs/datetime" }, "end": { "$ref": "../common.schema.json#/$defs/datetime" }, "effect": { "type": "string", "enum": ["down", "degraded"] }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "note": { "type": "string" } } } }, "problem": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["problem"] }, "change": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["change"], "description": "The change that caused this incident, if any." }, "resolution": { "type": "string", "minLength": 1 }, "reported_by": { "type": "string", "minLength": 1 } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] }, "anyOf": [{ "required": ["priority"] }, { "required": ["impact", "urgency"] }] };
var pattern54 = new RegExp("^P[1-5]$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.at === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.status === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "at" || key0 === "status" || key0 === "note" || key0 === "by" || key0 === "reopened" || pattern4.test(key0))) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.at !== void 0) {
          let data1 = data0.at;
          if (typeof data1 === "string") {
            if (!formats10.validate(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.status !== void 0) {
          if (typeof data0.status !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/status", schemaPath: "#/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.note !== void 0) {
          if (typeof data0.note !== "string") {
            const err6 = { instancePath: instancePath + "/" + i0 + "/note", schemaPath: "#/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.by !== void 0) {
          let data4 = data0.by;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.reopened !== void 0) {
          if (typeof data0.reopened !== "boolean") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/reopened", schemaPath: "#/items/properties/reopened/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.priority === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property 'priority'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.impact === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.urgency === void 0) {
      const err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "urgency" }, message: "must have required property 'urgency'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs4 = errors;
  let valid1 = true;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err6 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err7 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err8 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid1 = _valid1;
  }
  if (!valid1) {
    const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema116.properties, key0) || pattern4.test(key0))) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err17 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err18 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("incident" !== data.kind) {
        const err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "incident" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err21 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err22 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err24 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err26 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err28 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err30 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate44(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err31 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate46(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err32 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err34 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err35 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err37 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err39 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err40 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err42 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (!(data15 === "new" || data15 === "in-progress" || data15 === "on-hold" || data15 === "resolved" || data15 === "closed" || data15 === "cancelled")) {
        const err43 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema116.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data16 = data.priority;
      if (typeof data16 === "string") {
        if (!pattern54.test(data16)) {
          const err44 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.impact !== void 0) {
      let data17 = data.impact;
      if (typeof data17 !== "string") {
        const err46 = { instancePath: instancePath + "/impact", schemaPath: "../common.schema.json#/$defs/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (!(data17 === "low" || data17 === "medium" || data17 === "high")) {
        const err47 = { instancePath: instancePath + "/impact", schemaPath: "../common.schema.json#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.urgency !== void 0) {
      let data18 = data.urgency;
      if (typeof data18 !== "string") {
        const err48 = { instancePath: instancePath + "/urgency", schemaPath: "../common.schema.json#/$defs/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (!(data18 === "low" || data18 === "medium" || data18 === "high")) {
        const err49 = { instancePath: instancePath + "/urgency", schemaPath: "../common.schema.json#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data19 = data.service;
      if (typeof data19 === "string") {
        if (func2(data19) > 128) {
          const err50 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (!pattern5.test(data19)) {
          const err51 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data20 = data.services;
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data21 = data20[i2];
          if (typeof data21 === "string") {
            if (func2(data21) > 128) {
              const err53 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern5.test(data21)) {
              const err54 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        let i3 = data20.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data20[i3], data20[j1])) {
                const err56 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.cis !== void 0) {
      let data22 = data.cis;
      if (Array.isArray(data22)) {
        const len2 = data22.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data23 = data22[i4];
          if (typeof data23 === "string") {
            if (func2(data23) > 128) {
              const err58 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (!pattern5.test(data23)) {
              const err59 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        let i5 = data22.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data22[i5], data22[j2])) {
                const err61 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.major !== void 0) {
      if (typeof data.major !== "boolean") {
        const err63 = { instancePath: instancePath + "/major", schemaPath: "#/properties/major/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.security !== void 0) {
      if (typeof data.security !== "boolean") {
        const err64 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.opened_at !== void 0) {
      let data26 = data.opened_at;
      if (typeof data26 === "string") {
        if (!formats10.validate(data26)) {
          const err65 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      } else {
        const err66 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.timeline !== void 0) {
      if (!validate48(data.timeline, { instancePath: instancePath + "/timeline", parentData: data, parentDataProperty: "timeline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.outage !== void 0) {
      let data28 = data.outage;
      if (Array.isArray(data28)) {
        const len3 = data28.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data29 = data28[i6];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.start === void 0) {
              const err67 = { instancePath: instancePath + "/outage/" + i6, schemaPath: "#/properties/outage/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data29.end === void 0) {
              const err68 = { instancePath: instancePath + "/outage/" + i6, schemaPath: "#/properties/outage/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data29.effect === void 0) {
              const err69 = { instancePath: instancePath + "/outage/" + i6, schemaPath: "#/properties/outage/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            for (const key1 in data29) {
              if (!(key1 === "start" || key1 === "end" || key1 === "effect" || key1 === "services" || key1 === "note")) {
                const err70 = { instancePath: instancePath + "/outage/" + i6, schemaPath: "#/properties/outage/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data29.start !== void 0) {
              let data30 = data29.start;
              if (typeof data30 === "string") {
                if (!formats10.validate(data30)) {
                  const err71 = { instancePath: instancePath + "/outage/" + i6 + "/start", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/outage/" + i6 + "/start", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data29.end !== void 0) {
              let data31 = data29.end;
              if (typeof data31 === "string") {
                if (!formats10.validate(data31)) {
                  const err73 = { instancePath: instancePath + "/outage/" + i6 + "/end", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/outage/" + i6 + "/end", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data29.effect !== void 0) {
              let data32 = data29.effect;
              if (typeof data32 !== "string") {
                const err75 = { instancePath: instancePath + "/outage/" + i6 + "/effect", schemaPath: "#/properties/outage/items/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (!(data32 === "down" || data32 === "degraded")) {
                const err76 = { instancePath: instancePath + "/outage/" + i6 + "/effect", schemaPath: "#/properties/outage/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema116.properties.outage.items.properties.effect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.services !== void 0) {
              let data33 = data29.services;
              if (Array.isArray(data33)) {
                const len4 = data33.length;
                for (let i7 = 0; i7 < len4; i7++) {
                  let data34 = data33[i7];
                  if (typeof data34 === "string") {
                    if (func2(data34) > 128) {
                      const err77 = { instancePath: instancePath + "/outage/" + i6 + "/services/" + i7, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data34)) {
                      const err78 = { instancePath: instancePath + "/outage/" + i6 + "/services/" + i7, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/outage/" + i6 + "/services/" + i7, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                let i8 = data33.length;
                let j3;
                if (i8 > 1) {
                  outer2: for (; i8--; ) {
                    for (j3 = i8; j3--; ) {
                      if (func0(data33[i8], data33[j3])) {
                        const err80 = { instancePath: instancePath + "/outage/" + i6 + "/services", schemaPath: "#/properties/outage/items/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                        break outer2;
                      }
                    }
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/outage/" + i6 + "/services", schemaPath: "#/properties/outage/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data29.note !== void 0) {
              if (typeof data29.note !== "string") {
                const err82 = { instancePath: instancePath + "/outage/" + i6 + "/note", schemaPath: "#/properties/outage/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/outage/" + i6, schemaPath: "#/properties/outage/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/outage", schemaPath: "#/properties/outage/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.problem !== void 0) {
      let data36 = data.problem;
      if (typeof data36 === "string") {
        if (func2(data36) > 128) {
          const err85 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (!pattern5.test(data36)) {
          const err86 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      } else {
        const err87 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.change !== void 0) {
      let data37 = data.change;
      if (typeof data37 === "string") {
        if (func2(data37) > 128) {
          const err88 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (!pattern5.test(data37)) {
          const err89 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
      } else {
        const err90 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.resolution !== void 0) {
      let data38 = data.resolution;
      if (typeof data38 === "string") {
        if (func2(data38) < 1) {
          const err91 = { instancePath: instancePath + "/resolution", schemaPath: "#/properties/resolution/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
      } else {
        const err92 = { instancePath: instancePath + "/resolution", schemaPath: "#/properties/resolution/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.reported_by !== void 0) {
      let data39 = data.reported_by;
      if (typeof data39 === "string") {
        if (func2(data39) < 1) {
          const err93 = { instancePath: instancePath + "/reported_by", schemaPath: "#/properties/reported_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
      } else {
        const err94 = { instancePath: instancePath + "/reported_by", schemaPath: "#/properties/reported_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_known_error = validate50;
var schema146 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/known-error.schema.json", "title": "Known error", "description": "A known error with its workaround (clause 8.6.3).", "type": "object", "required": ["id", "kind", "title", "owner", "problem", "workaround"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "known-error", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "problem": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["problem"] }, "workaround": { "type": "string", "minLength": 1 }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "cis": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true }, "status": { "type": "string", "enum": ["active", "retired"] }, "change": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["change"], "description": "The change that removes the error." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.problem === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "problem" }, message: "must have required property 'problem'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.workaround === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workaround" }, message: "must have required property 'workaround'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema146.properties, key0) || pattern4.test(key0))) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("known-error" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "known-error" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err26 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate51(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err27 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate53(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.problem !== void 0) {
      let data15 = data.problem;
      if (typeof data15 === "string") {
        if (func2(data15) > 128) {
          const err38 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern5.test(data15)) {
          const err39 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/problem", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.workaround !== void 0) {
      let data16 = data.workaround;
      if (typeof data16 === "string") {
        if (func2(data16) < 1) {
          const err41 = { instancePath: instancePath + "/workaround", schemaPath: "#/properties/workaround/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/workaround", schemaPath: "#/properties/workaround/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data17 = data.services;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data18 = data17[i2];
          if (typeof data18 === "string") {
            if (func2(data18) > 128) {
              const err43 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (!pattern5.test(data18)) {
              const err44 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        let i3 = data17.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data17[i3], data17[j1])) {
                const err46 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.cis !== void 0) {
      let data19 = data.cis;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data20 = data19[i4];
          if (typeof data20 === "string") {
            if (func2(data20) > 128) {
              const err48 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err49 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i5 = data19.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data19[i5], data19[j2])) {
                const err51 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data21 = data.status;
      if (typeof data21 !== "string") {
        const err53 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (!(data21 === "active" || data21 === "retired")) {
        const err54 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema146.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.change !== void 0) {
      let data22 = data.change;
      if (typeof data22 === "string") {
        if (func2(data22) > 128) {
          const err55 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (!pattern5.test(data22)) {
          const err56 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/change", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_nonconformity = validate55;
var schema165 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/nonconformity.schema.json", "title": "Nonconformity", "description": "A nonconformity and its corrective action (clause 10.1).", "type": "object", "required": ["id", "kind", "title", "owner", "source", "status", "corrective_action"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "nonconformity", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "source": { "type": "string", "minLength": 1, "description": "audit, incident, review, complaint, ..." }, "status": { "type": "string", "enum": ["open", "correcting", "verifying", "closed"], "description": "Status; order: open, correcting, verifying, closed." }, "corrective_action": { "type": "string", "minLength": 1 }, "audit": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["audit"] }, "finding": { "type": "string", "minLength": 1, "description": "The audit finding id, e.g. F1." }, "due": { "$ref": "../common.schema.json#/$defs/date" }, "issue": { "type": ["integer", "null"], "minimum": 1, "description": "GitHub issue number that tracks it." }, "root_cause": { "type": "string", "minLength": 1 }, "correction": { "type": "string", "minLength": 1, "description": "The immediate fix, as distinct from the corrective action." }, "verified_on": { "$ref": "../common.schema.json#/$defs/date" }, "verified_by": { "$ref": "../common.schema.json#/$defs/login" }, "effective": { "type": "boolean", "description": "Whether the corrective action proved effective." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.corrective_action === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "corrective_action" }, message: "must have required property 'corrective_action'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema165.properties, key0) || pattern4.test(key0))) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("nonconformity" !== data.kind) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "nonconformity" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err27 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate56(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate58(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data15 = data.source;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err39 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data16 = data.status;
      if (typeof data16 !== "string") {
        const err41 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (!(data16 === "open" || data16 === "correcting" || data16 === "verifying" || data16 === "closed")) {
        const err42 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema165.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.corrective_action !== void 0) {
      let data17 = data.corrective_action;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err43 = { instancePath: instancePath + "/corrective_action", schemaPath: "#/properties/corrective_action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/corrective_action", schemaPath: "#/properties/corrective_action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.audit !== void 0) {
      let data18 = data.audit;
      if (typeof data18 === "string") {
        if (func2(data18) > 128) {
          const err45 = { instancePath: instancePath + "/audit", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern5.test(data18)) {
          const err46 = { instancePath: instancePath + "/audit", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/audit", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.finding !== void 0) {
      let data19 = data.finding;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err48 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/finding", schemaPath: "#/properties/finding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data20 = data.due;
      if (typeof data20 === "string") {
        if (!formats0.validate(data20)) {
          const err50 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data21 = data.issue;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21)) && data21 !== null) {
        const err52 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: schema165.properties.issue.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 1 || isNaN(data21)) {
          const err53 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
    }
    if (data.root_cause !== void 0) {
      let data22 = data.root_cause;
      if (typeof data22 === "string") {
        if (func2(data22) < 1) {
          const err54 = { instancePath: instancePath + "/root_cause", schemaPath: "#/properties/root_cause/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/root_cause", schemaPath: "#/properties/root_cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.correction !== void 0) {
      let data23 = data.correction;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err56 = { instancePath: instancePath + "/correction", schemaPath: "#/properties/correction/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/correction", schemaPath: "#/properties/correction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.verified_on !== void 0) {
      let data24 = data.verified_on;
      if (typeof data24 === "string") {
        if (!formats0.validate(data24)) {
          const err58 = { instancePath: instancePath + "/verified_on", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/verified_on", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.verified_by !== void 0) {
      let data25 = data.verified_by;
      if (typeof data25 === "string") {
        if (!pattern6.test(data25)) {
          const err60 = { instancePath: instancePath + "/verified_by", schemaPath: "../common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = { instancePath: instancePath + "/verified_by", schemaPath: "../common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.effective !== void 0) {
      if (typeof data.effective !== "boolean") {
        const err62 = { instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_objective = validate60;
var schema184 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/objective.schema.json", "title": "Objective", "description": "A controlled service management objective (clause 6.2.1).", "type": "object", "required": ["id", "kind", "title", "owner", "version", "status", "review_every", "next_review", "measure", "target"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "objective", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["draft", "approved", "retired"], "description": "Document status." }, "measure": { "type": "string", "minLength": 1, "description": "How the objective is measured." }, "target": { "type": ["string", "number"], "description": "Target value." }, "due": { "$ref": "../common.schema.json#/$defs/date" }, "achieved": { "type": ["string", "number"], "description": "The value achieved at the last measurement." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.review_every === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.next_review === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.measure === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "measure" }, message: "must have required property 'measure'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema184.properties, key0) || pattern4.test(key0))) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("objective" !== data.kind) {
        const err14 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "objective" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 300) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err18 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err20 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
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
              const err22 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err24 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate61(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data8 = data.version;
      if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
        const err25 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate63(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data10 = data.approved_on;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err26 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data11 = data.review_every;
      if (typeof data11 === "string") {
        if (func2(data11) < 2) {
          const err28 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern9.test(data11)) {
          const err29 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data12 = data.next_review;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err31 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data13 = data.supersedes;
      if (typeof data13 === "string") {
        if (func2(data13) > 128) {
          const err33 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (!pattern5.test(data13)) {
          const err34 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (typeof data14 !== "string") {
        const err36 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (!(data14 === "draft" || data14 === "approved" || data14 === "retired")) {
        const err37 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema184.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.measure !== void 0) {
      let data15 = data.measure;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err38 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data16 = data.target;
      if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16))) {
        const err40 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema184.properties.target.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.due !== void 0) {
      let data17 = data.due;
      if (typeof data17 === "string") {
        if (!formats0.validate(data17)) {
          const err41 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/due", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.achieved !== void 0) {
      let data18 = data.achieved;
      if (typeof data18 !== "string" && !(typeof data18 == "number" && isFinite(data18))) {
        const err43 = { instancePath: instancePath + "/achieved", schemaPath: "#/properties/achieved/type", keyword: "type", params: { type: schema184.properties.achieved.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_plan = validate65;
var schema200 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/plan.schema.json", "title": "Plan", "description": "A controlled plan (clauses 6.2.2, 6.3, 8.4.3, 8.7.2).", "type": "object", "required": ["id", "kind", "title", "owner", "version", "status", "review_every", "next_review"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "plan", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["draft", "approved", "retired"], "description": "Document status." }, "period": { "type": "string", "minLength": 1, "description": "Period the plan covers, e.g. 2026." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.review_every === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.next_review === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema200.properties, key0) || pattern4.test(key0))) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("plan" !== data.kind) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "plan" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 300) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err18 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
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
              const err20 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err22 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate66(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data8 = data.version;
      if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
        const err23 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate68(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data10 = data.approved_on;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err24 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data11 = data.review_every;
      if (typeof data11 === "string") {
        if (func2(data11) < 2) {
          const err26 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern9.test(data11)) {
          const err27 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data12 = data.next_review;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err29 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data13 = data.supersedes;
      if (typeof data13 === "string") {
        if (func2(data13) > 128) {
          const err31 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern5.test(data13)) {
          const err32 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (typeof data14 !== "string") {
        const err34 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data14 === "draft" || data14 === "approved" || data14 === "retired")) {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema200.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data15 = data.period;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err36 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_policy = validate70;
var schema215 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/policy.schema.json", "title": "Policy", "description": "A controlled policy document (clauses 5.2, 8.5.1.1, 8.7.3.1). The change management policy carries the approval rules.", "type": "object", "required": ["id", "kind", "title", "owner", "version", "status", "review_every", "next_review"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "policy", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["draft", "approved", "retired"], "description": "Document status." }, "approval": { "type": "object", "description": "Change approval policy as code (SPEC section 6).", "additionalProperties": false, "required": ["rules"], "properties": { "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "when", "require"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Rule name shown in checks and evidence." }, "when": { "type": "object", "description": "Equality on the head record's fields; a list means any of.", "additionalProperties": { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } }, "require": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "description": "Distinct allowed approvers needed." }, "teams": { "type": "array", "items": { "type": "string" }, "description": "Teams from sms.config.yml whose members may approve." }, "users": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/login" }, "description": "Logins who may approve." }, "from": { "const": "owner", "description": "The record's owner (login or team) must approve." } } }, "retrospective": { "type": "object", "additionalProperties": false, "required": ["within", "count"], "properties": { "within": { "$ref": "../common.schema.json#/$defs/duration" }, "count": { "type": "integer", "minimum": 0 }, "teams": { "type": "array", "items": { "type": "string" } }, "users": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/login" } } } }, "template": { "type": "boolean", "description": "The change must name an approved standard-change template." } } } }, "default": { "type": "object", "additionalProperties": false, "required": ["count"], "properties": { "count": { "type": "integer", "minimum": 0, "description": "Distinct allowed approvers needed." }, "teams": { "type": "array", "items": { "type": "string" }, "description": "Teams from sms.config.yml whose members may approve." }, "users": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/login" }, "description": "Logins who may approve." }, "from": { "const": "owner", "description": "The record's owner (login or team) must approve." } } }, "freeze": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "start", "end"], "properties": { "name": { "type": "string", "minLength": 1 }, "start": { "$ref": "../common.schema.json#/$defs/dateOrDatetime" }, "end": { "$ref": "../common.schema.json#/$defs/dateOrDatetime" }, "allow": { "type": "array", "items": { "type": "string", "enum": ["standard", "normal", "emergency"] } } } } }, "self_approval": { "type": "boolean" }, "stale_on_push": { "type": "boolean" } } } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false };
var pattern105 = new RegExp("^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$", "u");
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.review_every === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.next_review === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema215.properties, key0) || pattern4.test(key0))) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("policy" !== data.kind) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "policy" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 300) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err18 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
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
              const err20 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err22 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate71(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data8 = data.version;
      if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
        const err23 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate73(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data10 = data.approved_on;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err24 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data11 = data.review_every;
      if (typeof data11 === "string") {
        if (func2(data11) < 2) {
          const err26 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern9.test(data11)) {
          const err27 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data12 = data.next_review;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err29 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data13 = data.supersedes;
      if (typeof data13 === "string") {
        if (func2(data13) > 128) {
          const err31 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern5.test(data13)) {
          const err32 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (typeof data14 !== "string") {
        const err34 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data14 === "draft" || data14 === "approved" || data14 === "retired")) {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema215.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data15 = data.approval;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.rules === void 0) {
          const err36 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key1 in data15) {
          if (!(key1 === "rules" || key1 === "default" || key1 === "freeze" || key1 === "self_approval" || key1 === "stale_on_push")) {
            const err37 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data15.rules !== void 0) {
          let data16 = data15.rules;
          if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data17 = data16[i2];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.name === void 0) {
                  const err38 = { instancePath: instancePath + "/approval/rules/" + i2, schemaPath: "#/properties/approval/properties/rules/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data17.when === void 0) {
                  const err39 = { instancePath: instancePath + "/approval/rules/" + i2, schemaPath: "#/properties/approval/properties/rules/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data17.require === void 0) {
                  const err40 = { instancePath: instancePath + "/approval/rules/" + i2, schemaPath: "#/properties/approval/properties/rules/items/required", keyword: "required", params: { missingProperty: "require" }, message: "must have required property 'require'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                for (const key2 in data17) {
                  if (!(key2 === "name" || key2 === "when" || key2 === "require" || key2 === "retrospective" || key2 === "template")) {
                    const err41 = { instancePath: instancePath + "/approval/rules/" + i2, schemaPath: "#/properties/approval/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data17.name !== void 0) {
                  let data18 = data17.name;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 1) {
                      const err42 = { instancePath: instancePath + "/approval/rules/" + i2 + "/name", schemaPath: "#/properties/approval/properties/rules/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/approval/rules/" + i2 + "/name", schemaPath: "#/properties/approval/properties/rules/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data17.when !== void 0) {
                  let data19 = data17.when;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    for (const key3 in data19) {
                      let data20 = data19[key3];
                      const _errs53 = errors;
                      let valid19 = false;
                      const _errs54 = errors;
                      if (typeof data20 !== "string" && !(typeof data20 == "number" && isFinite(data20)) && typeof data20 !== "boolean") {
                        const err44 = { instancePath: instancePath + "/approval/rules/" + i2 + "/when/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/approval/properties/rules/items/properties/when/additionalProperties/anyOf/0/type", keyword: "type", params: { type: schema215.properties.approval.properties.rules.items.properties.when.additionalProperties.anyOf[0].type }, message: "must be string,number,boolean" };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                      var _valid0 = _errs54 === errors;
                      valid19 = valid19 || _valid0;
                      const _errs56 = errors;
                      if (Array.isArray(data20)) {
                        const len2 = data20.length;
                        for (let i3 = 0; i3 < len2; i3++) {
                          let data21 = data20[i3];
                          if (typeof data21 !== "string" && !(typeof data21 == "number" && isFinite(data21)) && typeof data21 !== "boolean") {
                            const err45 = { instancePath: instancePath + "/approval/rules/" + i2 + "/when/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/approval/properties/rules/items/properties/when/additionalProperties/anyOf/1/items/type", keyword: "type", params: { type: schema215.properties.approval.properties.rules.items.properties.when.additionalProperties.anyOf[1].items.type }, message: "must be string,number,boolean" };
                            if (vErrors === null) {
                              vErrors = [err45];
                            } else {
                              vErrors.push(err45);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err46 = { instancePath: instancePath + "/approval/rules/" + i2 + "/when/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/approval/properties/rules/items/properties/when/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                      var _valid0 = _errs56 === errors;
                      valid19 = valid19 || _valid0;
                      if (!valid19) {
                        const err47 = { instancePath: instancePath + "/approval/rules/" + i2 + "/when/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/approval/properties/rules/items/properties/when/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      } else {
                        errors = _errs53;
                        if (vErrors !== null) {
                          if (_errs53) {
                            vErrors.length = _errs53;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/approval/rules/" + i2 + "/when", schemaPath: "#/properties/approval/properties/rules/items/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data17.require !== void 0) {
                  let data22 = data17.require;
                  if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.count === void 0) {
                      const err49 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require", schemaPath: "#/properties/approval/properties/rules/items/properties/require/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    for (const key4 in data22) {
                      if (!(key4 === "count" || key4 === "teams" || key4 === "users" || key4 === "from")) {
                        const err50 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require", schemaPath: "#/properties/approval/properties/rules/items/properties/require/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    }
                    if (data22.count !== void 0) {
                      let data23 = data22.count;
                      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                        const err51 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/count", schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                      if (typeof data23 == "number" && isFinite(data23)) {
                        if (data23 < 0 || isNaN(data23)) {
                          const err52 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/count", schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data22.teams !== void 0) {
                      let data24 = data22.teams;
                      if (Array.isArray(data24)) {
                        const len3 = data24.length;
                        for (let i4 = 0; i4 < len3; i4++) {
                          if (typeof data24[i4] !== "string") {
                            const err53 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/teams/" + i4, schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err54 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/teams", schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data22.users !== void 0) {
                      let data26 = data22.users;
                      if (Array.isArray(data26)) {
                        const len4 = data26.length;
                        for (let i5 = 0; i5 < len4; i5++) {
                          let data27 = data26[i5];
                          if (typeof data27 === "string") {
                            if (!pattern6.test(data27)) {
                              const err55 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/users/" + i5, schemaPath: "../common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
                              if (vErrors === null) {
                                vErrors = [err55];
                              } else {
                                vErrors.push(err55);
                              }
                              errors++;
                            }
                          } else {
                            const err56 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/users/" + i5, schemaPath: "../common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/users", schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data22.from !== void 0) {
                      if ("owner" !== data22.from) {
                        const err58 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require/from", schemaPath: "#/properties/approval/properties/rules/items/properties/require/properties/from/const", keyword: "const", params: { allowedValue: "owner" }, message: "must be equal to constant" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/approval/rules/" + i2 + "/require", schemaPath: "#/properties/approval/properties/rules/items/properties/require/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data17.retrospective !== void 0) {
                  let data29 = data17.retrospective;
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.within === void 0) {
                      const err60 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (data29.count === void 0) {
                      const err61 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                    for (const key5 in data29) {
                      if (!(key5 === "within" || key5 === "count" || key5 === "teams" || key5 === "users")) {
                        const err62 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    if (data29.within !== void 0) {
                      let data30 = data29.within;
                      if (typeof data30 === "string") {
                        if (func2(data30) < 2) {
                          const err63 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/within", schemaPath: "../common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                          if (vErrors === null) {
                            vErrors = [err63];
                          } else {
                            vErrors.push(err63);
                          }
                          errors++;
                        }
                        if (!pattern105.test(data30)) {
                          const err64 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/within", schemaPath: "../common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                          if (vErrors === null) {
                            vErrors = [err64];
                          } else {
                            vErrors.push(err64);
                          }
                          errors++;
                        }
                      } else {
                        const err65 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/within", schemaPath: "../common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data29.count !== void 0) {
                      let data31 = data29.count;
                      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                        const err66 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/count", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                      if (typeof data31 == "number" && isFinite(data31)) {
                        if (data31 < 0 || isNaN(data31)) {
                          const err67 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/count", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data29.teams !== void 0) {
                      let data32 = data29.teams;
                      if (Array.isArray(data32)) {
                        const len5 = data32.length;
                        for (let i6 = 0; i6 < len5; i6++) {
                          if (typeof data32[i6] !== "string") {
                            const err68 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/teams/" + i6, schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err69 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/teams", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data29.users !== void 0) {
                      let data34 = data29.users;
                      if (Array.isArray(data34)) {
                        const len6 = data34.length;
                        for (let i7 = 0; i7 < len6; i7++) {
                          let data35 = data34[i7];
                          if (typeof data35 === "string") {
                            if (!pattern6.test(data35)) {
                              const err70 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/users/" + i7, schemaPath: "../common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
                              if (vErrors === null) {
                                vErrors = [err70];
                              } else {
                                vErrors.push(err70);
                              }
                              errors++;
                            }
                          } else {
                            const err71 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/users/" + i7, schemaPath: "../common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective/users", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/approval/rules/" + i2 + "/retrospective", schemaPath: "#/properties/approval/properties/rules/items/properties/retrospective/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data17.template !== void 0) {
                  if (typeof data17.template !== "boolean") {
                    const err74 = { instancePath: instancePath + "/approval/rules/" + i2 + "/template", schemaPath: "#/properties/approval/properties/rules/items/properties/template/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/approval/rules/" + i2, schemaPath: "#/properties/approval/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/approval/rules", schemaPath: "#/properties/approval/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data15.default !== void 0) {
          let data37 = data15.default;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.count === void 0) {
              const err77 = { instancePath: instancePath + "/approval/default", schemaPath: "#/properties/approval/properties/default/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            for (const key6 in data37) {
              if (!(key6 === "count" || key6 === "teams" || key6 === "users" || key6 === "from")) {
                const err78 = { instancePath: instancePath + "/approval/default", schemaPath: "#/properties/approval/properties/default/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data37.count !== void 0) {
              let data38 = data37.count;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err79 = { instancePath: instancePath + "/approval/default/count", schemaPath: "#/properties/approval/properties/default/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 < 0 || isNaN(data38)) {
                  const err80 = { instancePath: instancePath + "/approval/default/count", schemaPath: "#/properties/approval/properties/default/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
            }
            if (data37.teams !== void 0) {
              let data39 = data37.teams;
              if (Array.isArray(data39)) {
                const len7 = data39.length;
                for (let i8 = 0; i8 < len7; i8++) {
                  if (typeof data39[i8] !== "string") {
                    const err81 = { instancePath: instancePath + "/approval/default/teams/" + i8, schemaPath: "#/properties/approval/properties/default/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
              } else {
                const err82 = { instancePath: instancePath + "/approval/default/teams", schemaPath: "#/properties/approval/properties/default/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data37.users !== void 0) {
              let data41 = data37.users;
              if (Array.isArray(data41)) {
                const len8 = data41.length;
                for (let i9 = 0; i9 < len8; i9++) {
                  let data42 = data41[i9];
                  if (typeof data42 === "string") {
                    if (!pattern6.test(data42)) {
                      const err83 = { instancePath: instancePath + "/approval/default/users/" + i9, schemaPath: "../common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/approval/default/users/" + i9, schemaPath: "../common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/approval/default/users", schemaPath: "#/properties/approval/properties/default/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data37.from !== void 0) {
              if ("owner" !== data37.from) {
                const err86 = { instancePath: instancePath + "/approval/default/from", schemaPath: "#/properties/approval/properties/default/properties/from/const", keyword: "const", params: { allowedValue: "owner" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/approval/default", schemaPath: "#/properties/approval/properties/default/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data15.freeze !== void 0) {
          let data44 = data15.freeze;
          if (Array.isArray(data44)) {
            const len9 = data44.length;
            for (let i10 = 0; i10 < len9; i10++) {
              let data45 = data44[i10];
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.name === void 0) {
                  const err88 = { instancePath: instancePath + "/approval/freeze/" + i10, schemaPath: "#/properties/approval/properties/freeze/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data45.start === void 0) {
                  const err89 = { instancePath: instancePath + "/approval/freeze/" + i10, schemaPath: "#/properties/approval/properties/freeze/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data45.end === void 0) {
                  const err90 = { instancePath: instancePath + "/approval/freeze/" + i10, schemaPath: "#/properties/approval/properties/freeze/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                for (const key7 in data45) {
                  if (!(key7 === "name" || key7 === "start" || key7 === "end" || key7 === "allow")) {
                    const err91 = { instancePath: instancePath + "/approval/freeze/" + i10, schemaPath: "#/properties/approval/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data45.name !== void 0) {
                  let data46 = data45.name;
                  if (typeof data46 === "string") {
                    if (func2(data46) < 1) {
                      const err92 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/name", schemaPath: "#/properties/approval/properties/freeze/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/name", schemaPath: "#/properties/approval/properties/freeze/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data45.start !== void 0) {
                  let data47 = data45.start;
                  if (typeof data47 === "string") {
                    if (!formats14(data47)) {
                      const err94 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/start", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/format", keyword: "format", params: { format: "date-or-date-time" }, message: 'must match format "date-or-date-time"' };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  } else {
                    const err95 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/start", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data45.end !== void 0) {
                  let data48 = data45.end;
                  if (typeof data48 === "string") {
                    if (!formats14(data48)) {
                      const err96 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/end", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/format", keyword: "format", params: { format: "date-or-date-time" }, message: 'must match format "date-or-date-time"' };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/end", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data45.allow !== void 0) {
                  let data49 = data45.allow;
                  if (Array.isArray(data49)) {
                    const len10 = data49.length;
                    for (let i11 = 0; i11 < len10; i11++) {
                      let data50 = data49[i11];
                      if (typeof data50 !== "string") {
                        const err98 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/allow/" + i11, schemaPath: "#/properties/approval/properties/freeze/items/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                      if (!(data50 === "standard" || data50 === "normal" || data50 === "emergency")) {
                        const err99 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/allow/" + i11, schemaPath: "#/properties/approval/properties/freeze/items/properties/allow/items/enum", keyword: "enum", params: { allowedValues: schema215.properties.approval.properties.freeze.items.properties.allow.items.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err100 = { instancePath: instancePath + "/approval/freeze/" + i10 + "/allow", schemaPath: "#/properties/approval/properties/freeze/items/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/approval/freeze/" + i10, schemaPath: "#/properties/approval/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/approval/freeze", schemaPath: "#/properties/approval/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data15.self_approval !== void 0) {
          if (typeof data15.self_approval !== "boolean") {
            const err103 = { instancePath: instancePath + "/approval/self_approval", schemaPath: "#/properties/approval/properties/self_approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data15.stale_on_push !== void 0) {
          if (typeof data15.stale_on_push !== "boolean") {
            const err104 = { instancePath: instancePath + "/approval/stale_on_push", schemaPath: "#/properties/approval/properties/stale_on_push/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
  } else {
    const err106 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err106];
    } else {
      vErrors.push(err106);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_problem = validate75;
var schema236 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/problem.schema.json", "title": "Problem", "description": "A problem (clause 8.6.3). Needs a 'Root cause' section once resolved.", "type": "object", "required": ["id", "kind", "title", "owner", "status", "incidents"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "problem", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["new", "investigating", "known-error", "resolved", "closed"], "description": "Status; order: new, investigating, known-error, resolved, closed." }, "incidents": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["incident"] }, "uniqueItems": true }, "known_error": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["known-error"] }, "changes": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["change"] }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "cis": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true }, "priority": { "$ref": "../common.schema.json#/$defs/priority" }, "opened_at": { "$ref": "../common.schema.json#/$defs/datetime" }, "timeline": { "$ref": "../common.schema.json#/$defs/timeline" } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.at === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.status === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "at" || key0 === "status" || key0 === "note" || key0 === "by" || key0 === "reopened" || pattern4.test(key0))) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.at !== void 0) {
          let data1 = data0.at;
          if (typeof data1 === "string") {
            if (!formats10.validate(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.status !== void 0) {
          if (typeof data0.status !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/status", schemaPath: "#/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.note !== void 0) {
          if (typeof data0.note !== "string") {
            const err6 = { instancePath: instancePath + "/" + i0 + "/note", schemaPath: "#/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.by !== void 0) {
          let data4 = data0.by;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.reopened !== void 0) {
          if (typeof data0.reopened !== "boolean") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/reopened", schemaPath: "#/items/properties/reopened/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.incidents === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "incidents" }, message: "must have required property 'incidents'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema236.properties, key0) || pattern4.test(key0))) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("problem" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "problem" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err26 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate76(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err27 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate78(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data15 === "new" || data15 === "investigating" || data15 === "known-error" || data15 === "resolved" || data15 === "closed")) {
        const err39 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema236.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data16 = data.incidents;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (typeof data17 === "string") {
            if (func2(data17) > 128) {
              const err40 = { instancePath: instancePath + "/incidents/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!pattern5.test(data17)) {
              const err41 = { instancePath: instancePath + "/incidents/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/incidents/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        let i3 = data16.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data16[i3], data16[j1])) {
                const err43 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.known_error !== void 0) {
      let data18 = data.known_error;
      if (typeof data18 === "string") {
        if (func2(data18) > 128) {
          const err45 = { instancePath: instancePath + "/known_error", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern5.test(data18)) {
          const err46 = { instancePath: instancePath + "/known_error", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/known_error", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data19 = data.changes;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data20 = data19[i4];
          if (typeof data20 === "string") {
            if (func2(data20) > 128) {
              const err48 = { instancePath: instancePath + "/changes/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err49 = { instancePath: instancePath + "/changes/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/changes/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i5 = data19.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data19[i5], data19[j2])) {
                const err51 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data21 = data.services;
      if (Array.isArray(data21)) {
        const len3 = data21.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data22 = data21[i6];
          if (typeof data22 === "string") {
            if (func2(data22) > 128) {
              const err53 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern5.test(data22)) {
              const err54 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        let i7 = data21.length;
        let j3;
        if (i7 > 1) {
          outer2: for (; i7--; ) {
            for (j3 = i7; j3--; ) {
              if (func0(data21[i7], data21[j3])) {
                const err56 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.cis !== void 0) {
      let data23 = data.cis;
      if (Array.isArray(data23)) {
        const len4 = data23.length;
        for (let i8 = 0; i8 < len4; i8++) {
          let data24 = data23[i8];
          if (typeof data24 === "string") {
            if (func2(data24) > 128) {
              const err58 = { instancePath: instancePath + "/cis/" + i8, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (!pattern5.test(data24)) {
              const err59 = { instancePath: instancePath + "/cis/" + i8, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/cis/" + i8, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        let i9 = data23.length;
        let j4;
        if (i9 > 1) {
          outer3: for (; i9--; ) {
            for (j4 = i9; j4--; ) {
              if (func0(data23[i9], data23[j4])) {
                const err61 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
                break outer3;
              }
            }
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data25 = data.priority;
      if (typeof data25 === "string") {
        if (!pattern54.test(data25)) {
          const err63 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      } else {
        const err64 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.opened_at !== void 0) {
      let data26 = data.opened_at;
      if (typeof data26 === "string") {
        if (!formats10.validate(data26)) {
          const err65 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      } else {
        const err66 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.timeline !== void 0) {
      if (!validate80(data.timeline, { instancePath: instancePath + "/timeline", parentData: data, parentDataProperty: "timeline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err67];
    } else {
      vErrors.push(err67);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_procedure = validate82;
var schema261 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/procedure.schema.json", "title": "Procedure", "description": "A controlled procedure (clauses 4.4, 8.x). Needs 'Purpose' and 'Scope' sections.", "type": "object", "required": ["id", "kind", "title", "owner", "version", "status", "review_every", "next_review"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "procedure", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["draft", "approved", "retired"], "description": "Document status." }, "standard_change": { "type": "boolean", "description": "A pre-authorized standard-change template." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.review_every === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.next_review === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema261.properties, key0) || pattern4.test(key0))) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 128) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("procedure" !== data.kind) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "procedure" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 300) {
          const err13 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err14 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data3 = data.owner;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err18 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
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
              const err20 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err22 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate83(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data8 = data.version;
      if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
        const err23 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate85(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data10 = data.approved_on;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err24 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data11 = data.review_every;
      if (typeof data11 === "string") {
        if (func2(data11) < 2) {
          const err26 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern9.test(data11)) {
          const err27 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data12 = data.next_review;
      if (typeof data12 === "string") {
        if (!formats0.validate(data12)) {
          const err29 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data13 = data.supersedes;
      if (typeof data13 === "string") {
        if (func2(data13) > 128) {
          const err31 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern5.test(data13)) {
          const err32 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (typeof data14 !== "string") {
        const err34 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data14 === "draft" || data14 === "approved" || data14 === "retired")) {
        const err35 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema261.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.standard_change !== void 0) {
      if (typeof data.standard_change !== "boolean") {
        const err36 = { instancePath: instancePath + "/standard_change", schemaPath: "#/properties/standard_change/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_release = validate87;
var schema276 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/release.schema.json", "title": "Release", "description": "A release and its deployment (clause 8.5.3).", "type": "object", "required": ["id", "kind", "title", "owner", "status", "changes"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "release", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "type": ["string", "number"] }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["planned", "approved", "deployed", "verified", "closed", "failed", "rolled-back"], "description": "Status; order: planned, approved, deployed, verified, closed, failed, rolled-back." }, "changes": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["change"] }, "uniqueItems": true }, "deployed_on": { "$ref": "../common.schema.json#/$defs/dateOrDatetime" }, "release_type": { "type": "string", "enum": ["major", "minor", "emergency"] }, "cis": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["ci"] }, "uniqueItems": true }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema276.properties, key0) || pattern4.test(key0))) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("release" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "release" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err26 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate88(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err27 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema276.properties.version.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate90(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data15 === "planned" || data15 === "approved" || data15 === "deployed" || data15 === "verified" || data15 === "closed" || data15 === "failed" || data15 === "rolled-back")) {
        const err39 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema276.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data16 = data.changes;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (typeof data17 === "string") {
            if (func2(data17) > 128) {
              const err40 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!pattern5.test(data17)) {
              const err41 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        let i3 = data16.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data16[i3], data16[j1])) {
                const err43 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.deployed_on !== void 0) {
      let data18 = data.deployed_on;
      if (typeof data18 === "string") {
        if (!formats14(data18)) {
          const err45 = { instancePath: instancePath + "/deployed_on", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/format", keyword: "format", params: { format: "date-or-date-time" }, message: 'must match format "date-or-date-time"' };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/deployed_on", schemaPath: "../common.schema.json#/$defs/dateOrDatetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.release_type !== void 0) {
      let data19 = data.release_type;
      if (typeof data19 !== "string") {
        const err47 = { instancePath: instancePath + "/release_type", schemaPath: "#/properties/release_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      if (!(data19 === "major" || data19 === "minor" || data19 === "emergency")) {
        const err48 = { instancePath: instancePath + "/release_type", schemaPath: "#/properties/release_type/enum", keyword: "enum", params: { allowedValues: schema276.properties.release_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.cis !== void 0) {
      let data20 = data.cis;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data21 = data20[i4];
          if (typeof data21 === "string") {
            if (func2(data21) > 128) {
              const err49 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (!pattern5.test(data21)) {
              const err50 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/cis/" + i4, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        let i5 = data20.length;
        let j2;
        if (i5 > 1) {
          outer1: for (; i5--; ) {
            for (j2 = i5; j2--; ) {
              if (func0(data20[i5], data20[j2])) {
                const err52 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/cis", schemaPath: "#/properties/cis/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data22 = data.services;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data23 = data22[i6];
          if (typeof data23 === "string") {
            if (func2(data23) > 128) {
              const err54 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (!pattern5.test(data23)) {
              const err55 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/services/" + i6, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        let i7 = data22.length;
        let j3;
        if (i7 > 1) {
          outer2: for (; i7--; ) {
            for (j3 = i7; j3--; ) {
              if (func0(data22[i7], data22[j3])) {
                const err57 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_report = validate92;
var schema294 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/report.schema.json", "title": "Report", "description": "A service report (clause 9.4).", "type": "object", "required": ["id", "kind", "title", "owner", "period"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "report", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "period": { "type": "string", "minLength": 1, "description": "The period reported on, e.g. 2026-03 or 2026-Q1." }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema294.properties, key0) || pattern4.test(key0))) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("report" !== data.kind) {
        const err15 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "report" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err19 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err21 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err23 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err25 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate93(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err26 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate95(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err27 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err29 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err32 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err34 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data15 = data.period;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err37 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data16 = data.services;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (typeof data17 === "string") {
            if (func2(data17) > 128) {
              const err39 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (!pattern5.test(data17)) {
              const err40 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        let i3 = data16.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data16[i3], data16[j1])) {
                const err42 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_request = validate97;
var schema310 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/request.schema.json", "title": "Service request", "description": "A service request (clause 8.6.2).", "type": "object", "required": ["id", "kind", "title", "owner", "status", "service"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "request", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["new", "approved", "in-progress", "on-hold", "fulfilled", "closed", "rejected", "cancelled"], "description": "Status; order: new, approved, in-progress, on-hold, fulfilled, closed, rejected, cancelled." }, "service": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "priority": { "$ref": "../common.schema.json#/$defs/priority" }, "requested_by": { "type": "string", "minLength": 1 }, "opened_at": { "$ref": "../common.schema.json#/$defs/datetime" }, "timeline": { "$ref": "../common.schema.json#/$defs/timeline" } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.at === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.status === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "at" || key0 === "status" || key0 === "note" || key0 === "by" || key0 === "reopened" || pattern4.test(key0))) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.at !== void 0) {
          let data1 = data0.at;
          if (typeof data1 === "string") {
            if (!formats10.validate(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/at", schemaPath: "#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.status !== void 0) {
          if (typeof data0.status !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/status", schemaPath: "#/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.note !== void 0) {
          if (typeof data0.note !== "string") {
            const err6 = { instancePath: instancePath + "/" + i0 + "/note", schemaPath: "#/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.by !== void 0) {
          let data4 = data0.by;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err7 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/by", schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.reopened !== void 0) {
          if (typeof data0.reopened !== "boolean") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/reopened", schemaPath: "#/items/properties/reopened/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.service === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema310.properties, key0) || pattern4.test(key0))) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("request" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "request" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err26 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate98(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err27 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate100(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data15 === "new" || data15 === "approved" || data15 === "in-progress" || data15 === "on-hold" || data15 === "fulfilled" || data15 === "closed" || data15 === "rejected" || data15 === "cancelled")) {
        const err39 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema310.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data16 = data.service;
      if (typeof data16 === "string") {
        if (func2(data16) > 128) {
          const err40 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (!pattern5.test(data16)) {
          const err41 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/service", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data17 = data.priority;
      if (typeof data17 === "string") {
        if (!pattern54.test(data17)) {
          const err43 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/priority", schemaPath: "../common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.requested_by !== void 0) {
      let data18 = data.requested_by;
      if (typeof data18 === "string") {
        if (func2(data18) < 1) {
          const err45 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.opened_at !== void 0) {
      let data19 = data.opened_at;
      if (typeof data19 === "string") {
        if (!formats10.validate(data19)) {
          const err47 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/opened_at", schemaPath: "../common.schema.json#/$defs/datetime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.timeline !== void 0) {
      if (!validate102(data.timeline, { instancePath: instancePath + "/timeline", parentData: data, parentDataProperty: "timeline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_review = validate104;
var schema331 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/review.schema.json", "title": "Management review", "description": "A management review (clause 9.3).", "type": "object", "required": ["id", "kind", "title", "owner", "date", "attendees", "decisions"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "review", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "date": { "$ref": "../common.schema.json#/$defs/date" }, "attendees": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "decisions": { "type": "array", "items": { "type": "string" } }, "actions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1 }, "owner": { "$ref": "../common.schema.json#/$defs/login" }, "due": { "$ref": "../common.schema.json#/$defs/date" }, "done": { "type": "boolean" }, "done_on": { "$ref": "../common.schema.json#/$defs/date" }, "improvement": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["improvement"] } } } } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate105.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate105.errors = vErrors;
  return errors === 0;
}
validate105.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate107(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate107.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate107.errors = vErrors;
  return errors === 0;
}
validate107.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.attendees === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attendees" }, message: "must have required property 'attendees'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.decisions === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decisions" }, message: "must have required property 'decisions'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema331.properties, key0) || pattern4.test(key0))) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("review" !== data.kind) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "review" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err27 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate105(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate107(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data15 = data.date;
      if (typeof data15 === "string") {
        if (!formats0.validate(data15)) {
          const err39 = { instancePath: instancePath + "/date", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/date", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.attendees !== void 0) {
      let data16 = data.attendees;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err41 = { instancePath: instancePath + "/attendees", schemaPath: "#/properties/attendees/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (typeof data16[i2] !== "string") {
            const err42 = { instancePath: instancePath + "/attendees/" + i2, schemaPath: "#/properties/attendees/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/attendees", schemaPath: "#/properties/attendees/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.decisions !== void 0) {
      let data18 = data.decisions;
      if (Array.isArray(data18)) {
        const len2 = data18.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (typeof data18[i3] !== "string") {
            const err44 = { instancePath: instancePath + "/decisions/" + i3, schemaPath: "#/properties/decisions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/decisions", schemaPath: "#/properties/decisions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      let data20 = data.actions;
      if (Array.isArray(data20)) {
        const len3 = data20.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data21 = data20[i4];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.text === void 0) {
              const err46 = { instancePath: instancePath + "/actions/" + i4, schemaPath: "#/properties/actions/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key1 in data21) {
              if (!(key1 === "text" || key1 === "owner" || key1 === "due" || key1 === "done" || key1 === "done_on" || key1 === "improvement")) {
                const err47 = { instancePath: instancePath + "/actions/" + i4, schemaPath: "#/properties/actions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.text !== void 0) {
              let data22 = data21.text;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err48 = { instancePath: instancePath + "/actions/" + i4 + "/text", schemaPath: "#/properties/actions/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/actions/" + i4 + "/text", schemaPath: "#/properties/actions/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data21.owner !== void 0) {
              let data23 = data21.owner;
              if (typeof data23 === "string") {
                if (!pattern6.test(data23)) {
                  const err50 = { instancePath: instancePath + "/actions/" + i4 + "/owner", schemaPath: "../common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/actions/" + i4 + "/owner", schemaPath: "../common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data21.due !== void 0) {
              let data24 = data21.due;
              if (typeof data24 === "string") {
                if (!formats0.validate(data24)) {
                  const err52 = { instancePath: instancePath + "/actions/" + i4 + "/due", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/actions/" + i4 + "/due", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.done !== void 0) {
              if (typeof data21.done !== "boolean") {
                const err54 = { instancePath: instancePath + "/actions/" + i4 + "/done", schemaPath: "#/properties/actions/items/properties/done/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.done_on !== void 0) {
              let data26 = data21.done_on;
              if (typeof data26 === "string") {
                if (!formats0.validate(data26)) {
                  const err55 = { instancePath: instancePath + "/actions/" + i4 + "/done_on", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/actions/" + i4 + "/done_on", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data21.improvement !== void 0) {
              let data27 = data21.improvement;
              if (typeof data27 === "string") {
                if (func2(data27) > 128) {
                  const err57 = { instancePath: instancePath + "/actions/" + i4 + "/improvement", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (!pattern5.test(data27)) {
                  const err58 = { instancePath: instancePath + "/actions/" + i4 + "/improvement", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/actions/" + i4 + "/improvement", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/actions/" + i4, schemaPath: "#/properties/actions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_risk = validate109;
var schema351 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/risk.schema.json", "title": "Risk", "description": "An entry of the risk and opportunity register (clause 6.1).", "type": "object", "required": ["id", "kind", "title", "owner", "likelihood", "impact", "treatment", "status"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "risk", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "likelihood": { "$ref": "../common.schema.json#/$defs/level" }, "impact": { "$ref": "../common.schema.json#/$defs/level" }, "treatment": { "type": "string", "minLength": 1, "description": "accept, mitigate, transfer or avoid, with the action." }, "status": { "type": "string", "enum": ["open", "treating", "accepted", "closed"] }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "review_on": { "$ref": "../common.schema.json#/$defs/date" }, "category": { "type": "string", "enum": ["risk", "opportunity"] } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate112.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
validate112.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.likelihood === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "likelihood" }, message: "must have required property 'likelihood'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.impact === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "impact" }, message: "must have required property 'impact'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.treatment === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "treatment" }, message: "must have required property 'treatment'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema351.properties, key0) || pattern4.test(key0))) {
        const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("risk" !== data.kind) {
        const err18 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "risk" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err28 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate110(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err29 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate112(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.likelihood !== void 0) {
      let data15 = data.likelihood;
      if (typeof data15 !== "string") {
        const err40 = { instancePath: instancePath + "/likelihood", schemaPath: "../common.schema.json#/$defs/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (!(data15 === "low" || data15 === "medium" || data15 === "high")) {
        const err41 = { instancePath: instancePath + "/likelihood", schemaPath: "../common.schema.json#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.impact !== void 0) {
      let data16 = data.impact;
      if (typeof data16 !== "string") {
        const err42 = { instancePath: instancePath + "/impact", schemaPath: "../common.schema.json#/$defs/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (!(data16 === "low" || data16 === "medium" || data16 === "high")) {
        const err43 = { instancePath: instancePath + "/impact", schemaPath: "../common.schema.json#/$defs/level/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.treatment !== void 0) {
      let data17 = data.treatment;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err44 = { instancePath: instancePath + "/treatment", schemaPath: "#/properties/treatment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/treatment", schemaPath: "#/properties/treatment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data18 = data.status;
      if (typeof data18 !== "string") {
        const err46 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (!(data18 === "open" || data18 === "treating" || data18 === "accepted" || data18 === "closed")) {
        const err47 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema351.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data19 = data.services;
      if (Array.isArray(data19)) {
        const len1 = data19.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data20 = data19[i2];
          if (typeof data20 === "string") {
            if (func2(data20) > 128) {
              const err48 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err49 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i3 = data19.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data19[i3], data19[j1])) {
                const err51 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.review_on !== void 0) {
      let data21 = data.review_on;
      if (typeof data21 === "string") {
        if (!formats0.validate(data21)) {
          const err53 = { instancePath: instancePath + "/review_on", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/review_on", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data22 = data.category;
      if (typeof data22 !== "string") {
        const err55 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (!(data22 === "risk" || data22 === "opportunity")) {
        const err56 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema351.properties.category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_service = validate114;
var schema370 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/service.schema.json", "title": "Service", "description": "A service in the catalogue (clause 8.2.4).", "type": "object", "required": ["id", "kind", "title", "owner", "status", "criticality"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "service", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "status": { "type": "string", "enum": ["pipeline", "live", "retired"] }, "criticality": { "type": "string", "enum": ["low", "medium", "high", "critical"] }, "customers": { "type": "array", "items": { "type": "string" } }, "depends_on": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true, "description": "Services this service depends on." }, "hours": { "type": "string", "minLength": 1, "description": "Service hours: 24x7 or a calendar from sms.config.yml." } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.criticality === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "criticality" }, message: "must have required property 'criticality'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema370.properties, key0) || pattern4.test(key0))) {
        const err12 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("service" !== data.kind) {
        const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "service" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err20 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err22 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err24 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err26 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate115(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err27 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate117(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err28 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err30 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err33 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err35 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data15 = data.status;
      if (typeof data15 !== "string") {
        const err38 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data15 === "pipeline" || data15 === "live" || data15 === "retired")) {
        const err39 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema370.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.criticality !== void 0) {
      let data16 = data.criticality;
      if (typeof data16 !== "string") {
        const err40 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (!(data16 === "low" || data16 === "medium" || data16 === "high" || data16 === "critical")) {
        const err41 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/enum", keyword: "enum", params: { allowedValues: schema370.properties.criticality.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.customers !== void 0) {
      let data17 = data.customers;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (typeof data17[i2] !== "string") {
            const err42 = { instancePath: instancePath + "/customers/" + i2, schemaPath: "#/properties/customers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/customers", schemaPath: "#/properties/customers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data19 = data.depends_on;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data20 = data19[i3];
          if (typeof data20 === "string") {
            if (func2(data20) > 128) {
              const err44 = { instancePath: instancePath + "/depends_on/" + i3, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (!pattern5.test(data20)) {
              const err45 = { instancePath: instancePath + "/depends_on/" + i3, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/depends_on/" + i3, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        let i4 = data19.length;
        let j1;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j1 = i4; j1--; ) {
              if (func0(data19[i4], data19[j1])) {
                const err47 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      let data21 = data.hours;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err49 = { instancePath: instancePath + "/hours", schemaPath: "#/properties/hours/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      } else {
        const err50 = { instancePath: instancePath + "/hours", schemaPath: "#/properties/hours/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_sla = validate119;
var schema386 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/sla.schema.json", "title": "Service level agreement", "description": "An SLA with measurable targets (clauses 8.3.3, 8.7.1).", "type": "object", "required": ["id", "kind", "title", "owner", "services", "customer"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "sla", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true, "minItems": 1 }, "customer": { "type": "string", "minLength": 1 }, "period": { "type": "string", "enum": ["month", "quarter", "week"], "description": "Reporting period (default month)." }, "supplier": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["supplier"], "description": "For an underpinning agreement: the supplier bound by it." }, "workload_limits": { "type": "string", "minLength": 1, "description": "Workload limits the targets assume (clause 8.3.3)." }, "exceptions": { "type": "string", "minLength": 1, "description": "Agreed exceptions to the targets (clause 8.3.3)." }, "targets": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "metric", "applies_to", "within", "goal"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Unique within the SLA; the key in metrics output." }, "metric": { "type": "string", "enum": ["response", "resolution"] }, "applies_to": { "type": "object", "required": ["kind"], "description": "Equality on record fields; a list means any of.", "properties": { "kind": { "type": "string", "enum": ["incident", "request", "problem", "change"] } }, "additionalProperties": { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } }, "within": { "$ref": "../common.schema.json#/$defs/duration" }, "calendar": { "type": "string", "description": "24x7 (default) or a calendar from sms.config.yml." }, "goal": { "type": "number", "minimum": 0, "maximum": 100, "description": "Percent of measured records that must meet `within`." }, "pause_on": { "type": "array", "items": { "type": "string" }, "description": "Statuses that stop the resolution clock." } } } }, "availability": { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "type": "number", "minimum": 0, "maximum": 100 }, "calendar": { "type": "string" }, "exclude_planned": { "type": "boolean" } } } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] }, "anyOf": [{ "required": ["targets"] }, { "required": ["availability"] }] };
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate122.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
validate122.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate119.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targets === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.availability === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "availability" }, message: "must have required property 'availability'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs4 = errors;
  let valid1 = true;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs5 === errors;
  errors = _errs4;
  if (vErrors !== null) {
    if (_errs4) {
      vErrors.length = _errs4;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err5 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err6 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err7 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    valid1 = _valid1;
  }
  if (!valid1) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.customer === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "customer" }, message: "must have required property 'customer'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema386.properties, key0) || pattern4.test(key0))) {
        const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err17 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("sla" !== data.kind) {
        const err19 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "sla" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err21 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err23 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err25 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err27 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err29 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate120(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err30 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate122(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err31 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err34 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err36 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err39 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data15 = data.services;
      if (Array.isArray(data15)) {
        if (data15.length < 1) {
          const err41 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len1 = data15.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data16 = data15[i2];
          if (typeof data16 === "string") {
            if (func2(data16) > 128) {
              const err42 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (!pattern5.test(data16)) {
              const err43 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        let i3 = data15.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data15[i3], data15[j1])) {
                const err45 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.customer !== void 0) {
      let data17 = data.customer;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err47 = { instancePath: instancePath + "/customer", schemaPath: "#/properties/customer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      } else {
        const err48 = { instancePath: instancePath + "/customer", schemaPath: "#/properties/customer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data18 = data.period;
      if (typeof data18 !== "string") {
        const err49 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (!(data18 === "month" || data18 === "quarter" || data18 === "week")) {
        const err50 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/enum", keyword: "enum", params: { allowedValues: schema386.properties.period.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.supplier !== void 0) {
      let data19 = data.supplier;
      if (typeof data19 === "string") {
        if (func2(data19) > 128) {
          const err51 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (!pattern5.test(data19)) {
          const err52 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/supplier", schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.workload_limits !== void 0) {
      let data20 = data.workload_limits;
      if (typeof data20 === "string") {
        if (func2(data20) < 1) {
          const err54 = { instancePath: instancePath + "/workload_limits", schemaPath: "#/properties/workload_limits/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/workload_limits", schemaPath: "#/properties/workload_limits/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data21 = data.exceptions;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err56 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data22 = data.targets;
      if (Array.isArray(data22)) {
        const len2 = data22.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data23 = data22[i4];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.name === void 0) {
              const err58 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data23.metric === void 0) {
              const err59 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data23.applies_to === void 0) {
              const err60 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "applies_to" }, message: "must have required property 'applies_to'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data23.within === void 0) {
              const err61 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data23.goal === void 0) {
              const err62 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property 'goal'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key1 in data23) {
              if (!(key1 === "name" || key1 === "metric" || key1 === "applies_to" || key1 === "within" || key1 === "calendar" || key1 === "goal" || key1 === "pause_on")) {
                const err63 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data23.name !== void 0) {
              let data24 = data23.name;
              if (typeof data24 === "string") {
                if (func2(data24) < 1) {
                  const err64 = { instancePath: instancePath + "/targets/" + i4 + "/name", schemaPath: "#/properties/targets/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/targets/" + i4 + "/name", schemaPath: "#/properties/targets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data23.metric !== void 0) {
              let data25 = data23.metric;
              if (typeof data25 !== "string") {
                const err66 = { instancePath: instancePath + "/targets/" + i4 + "/metric", schemaPath: "#/properties/targets/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (!(data25 === "response" || data25 === "resolution")) {
                const err67 = { instancePath: instancePath + "/targets/" + i4 + "/metric", schemaPath: "#/properties/targets/items/properties/metric/enum", keyword: "enum", params: { allowedValues: schema386.properties.targets.items.properties.metric.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data23.applies_to !== void 0) {
              let data26 = data23.applies_to;
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.kind === void 0) {
                  const err68 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to", schemaPath: "#/properties/targets/items/properties/applies_to/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                for (const key2 in data26) {
                  if (!(key2 === "kind")) {
                    let data27 = data26[key2];
                    const _errs75 = errors;
                    let valid26 = false;
                    const _errs76 = errors;
                    if (typeof data27 !== "string" && !(typeof data27 == "number" && isFinite(data27)) && typeof data27 !== "boolean") {
                      const err69 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/targets/items/properties/applies_to/additionalProperties/anyOf/0/type", keyword: "type", params: { type: schema386.properties.targets.items.properties.applies_to.additionalProperties.anyOf[0].type }, message: "must be string,number,boolean" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    var _valid2 = _errs76 === errors;
                    valid26 = valid26 || _valid2;
                    const _errs78 = errors;
                    if (Array.isArray(data27)) {
                      const len3 = data27.length;
                      for (let i5 = 0; i5 < len3; i5++) {
                        let data28 = data27[i5];
                        if (typeof data28 !== "string" && !(typeof data28 == "number" && isFinite(data28)) && typeof data28 !== "boolean") {
                          const err70 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i5, schemaPath: "#/properties/targets/items/properties/applies_to/additionalProperties/anyOf/1/items/type", keyword: "type", params: { type: schema386.properties.targets.items.properties.applies_to.additionalProperties.anyOf[1].items.type }, message: "must be string,number,boolean" };
                          if (vErrors === null) {
                            vErrors = [err70];
                          } else {
                            vErrors.push(err70);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err71 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/targets/items/properties/applies_to/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    var _valid2 = _errs78 === errors;
                    valid26 = valid26 || _valid2;
                    if (!valid26) {
                      const err72 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/targets/items/properties/applies_to/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    } else {
                      errors = _errs75;
                      if (vErrors !== null) {
                        if (_errs75) {
                          vErrors.length = _errs75;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                }
                if (data26.kind !== void 0) {
                  let data29 = data26.kind;
                  if (typeof data29 !== "string") {
                    const err73 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/kind", schemaPath: "#/properties/targets/items/properties/applies_to/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                  if (!(data29 === "incident" || data29 === "request" || data29 === "problem" || data29 === "change")) {
                    const err74 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to/kind", schemaPath: "#/properties/targets/items/properties/applies_to/properties/kind/enum", keyword: "enum", params: { allowedValues: schema386.properties.targets.items.properties.applies_to.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/targets/" + i4 + "/applies_to", schemaPath: "#/properties/targets/items/properties/applies_to/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data23.within !== void 0) {
              let data30 = data23.within;
              if (typeof data30 === "string") {
                if (func2(data30) < 2) {
                  const err76 = { instancePath: instancePath + "/targets/" + i4 + "/within", schemaPath: "../common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (!pattern105.test(data30)) {
                  const err77 = { instancePath: instancePath + "/targets/" + i4 + "/within", schemaPath: "../common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/targets/" + i4 + "/within", schemaPath: "../common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data23.calendar !== void 0) {
              if (typeof data23.calendar !== "string") {
                const err79 = { instancePath: instancePath + "/targets/" + i4 + "/calendar", schemaPath: "#/properties/targets/items/properties/calendar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data23.goal !== void 0) {
              let data32 = data23.goal;
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 100 || isNaN(data32)) {
                  const err80 = { instancePath: instancePath + "/targets/" + i4 + "/goal", schemaPath: "#/properties/targets/items/properties/goal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data32 < 0 || isNaN(data32)) {
                  const err81 = { instancePath: instancePath + "/targets/" + i4 + "/goal", schemaPath: "#/properties/targets/items/properties/goal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/targets/" + i4 + "/goal", schemaPath: "#/properties/targets/items/properties/goal/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data23.pause_on !== void 0) {
              let data33 = data23.pause_on;
              if (Array.isArray(data33)) {
                const len4 = data33.length;
                for (let i6 = 0; i6 < len4; i6++) {
                  if (typeof data33[i6] !== "string") {
                    const err83 = { instancePath: instancePath + "/targets/" + i4 + "/pause_on/" + i6, schemaPath: "#/properties/targets/items/properties/pause_on/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/targets/" + i4 + "/pause_on", schemaPath: "#/properties/targets/items/properties/pause_on/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/targets/" + i4, schemaPath: "#/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.availability !== void 0) {
      let data35 = data.availability;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.target === void 0) {
          const err87 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        for (const key3 in data35) {
          if (!(key3 === "target" || key3 === "calendar" || key3 === "exclude_planned")) {
            const err88 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data35.target !== void 0) {
          let data36 = data35.target;
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 > 100 || isNaN(data36)) {
              const err89 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data36 < 0 || isNaN(data36)) {
              const err90 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data35.calendar !== void 0) {
          if (typeof data35.calendar !== "string") {
            const err92 = { instancePath: instancePath + "/availability/calendar", schemaPath: "#/properties/availability/properties/calendar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data35.exclude_planned !== void 0) {
          if (typeof data35.exclude_planned !== "boolean") {
            const err93 = { instancePath: instancePath + "/availability/exclude_planned", schemaPath: "#/properties/availability/properties/exclude_planned/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
validate119.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var kind_supplier = validate124;
var schema404 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/kinds/supplier.schema.json", "title": "Supplier", "description": "An external or internal supplier (clause 8.3.4).", "type": "object", "required": ["id", "kind", "title", "owner", "contract", "services", "review_every"], "properties": { "id": { "$ref": "../common.schema.json#/$defs/envelope/properties/id" }, "kind": { "const": "supplier", "description": "Record kind." }, "title": { "$ref": "../common.schema.json#/$defs/envelope/properties/title" }, "owner": { "$ref": "../common.schema.json#/$defs/envelope/properties/owner" }, "tags": { "$ref": "../common.schema.json#/$defs/envelope/properties/tags" }, "controlled": { "$ref": "../common.schema.json#/$defs/envelope/properties/controlled" }, "clauses": { "$ref": "../common.schema.json#/$defs/envelope/properties/clauses" }, "version": { "$ref": "../common.schema.json#/$defs/envelope/properties/version" }, "approved_by": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_by" }, "approved_on": { "$ref": "../common.schema.json#/$defs/envelope/properties/approved_on" }, "review_every": { "$ref": "../common.schema.json#/$defs/envelope/properties/review_every" }, "next_review": { "$ref": "../common.schema.json#/$defs/envelope/properties/next_review" }, "supersedes": { "$ref": "../common.schema.json#/$defs/envelope/properties/supersedes" }, "contract": { "type": "string", "minLength": 1, "description": "Contract reference and term." }, "services": { "type": "array", "items": { "$ref": "../common.schema.json#/$defs/id", "x-ref": ["service"] }, "uniqueItems": true }, "contact": { "type": "string", "minLength": 1 }, "supplier_type": { "type": "string", "enum": ["external", "internal"] }, "contract_end": { "$ref": "../common.schema.json#/$defs/date" } }, "patternProperties": { "^x-": { "description": "Extension field, ignored by the engine." } }, "additionalProperties": false, "if": { "required": ["controlled"], "properties": { "controlled": { "const": true } } }, "then": { "required": ["version", "review_every", "next_review"] } };
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate125.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern7.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+)*$" }, message: 'must match pattern "^\\d+(?:\\.\\d+)*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/clause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
validate125.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate124.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.controlled === void 0 && (missing0 = "controlled")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.controlled !== void 0) {
        if (true !== data.controlled) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.review_every === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.next_review === void 0) {
        const err4 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "next_review" }, message: "must have required property 'next_review'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.contract === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contract" }, message: "must have required property 'contract'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.review_every === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "review_every" }, message: "must have required property 'review_every'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema404.properties, key0) || pattern4.test(key0))) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (func2(data1) > 128) {
          const err14 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "../common.schema.json#/$defs/envelope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("supplier" !== data.kind) {
        const err17 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "supplier" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 300) {
          const err18 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err19 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/title", schemaPath: "../common.schema.json#/$defs/envelope/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data4 = data.owner;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err21 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/owner", schemaPath: "../common.schema.json#/$defs/envelope/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data5 = data.tags;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err23 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/tags", schemaPath: "../common.schema.json#/$defs/envelope/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.controlled !== void 0) {
      if (typeof data.controlled !== "boolean") {
        const err27 = { instancePath: instancePath + "/controlled", schemaPath: "../common.schema.json#/$defs/envelope/properties/controlled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clauses !== void 0) {
      if (!validate125(data.clauses, { instancePath: instancePath + "/clauses", parentData: data, parentDataProperty: "clauses", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "../common.schema.json#/$defs/envelope/properties/version/type", keyword: "type", params: { type: schema40.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate127(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
        errors = vErrors.length;
      }
    }
    if (data.approved_on !== void 0) {
      let data11 = data.approved_on;
      if (typeof data11 === "string") {
        if (!formats0.validate(data11)) {
          const err29 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/approved_on", schemaPath: "../common.schema.json#/$defs/envelope/properties/approved_on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.review_every !== void 0) {
      let data12 = data.review_every;
      if (typeof data12 === "string") {
        if (func2(data12) < 2) {
          const err31 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern9.test(data12)) {
          const err32 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/pattern", keyword: "pattern", params: { pattern: "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$" }, message: 'must match pattern "^(?:[1-9]\\d*\\s*(?:day|week|month|year)s?|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)$"' };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/review_every", schemaPath: "../common.schema.json#/$defs/envelope/properties/review_every/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.next_review !== void 0) {
      let data13 = data.next_review;
      if (typeof data13 === "string") {
        if (!formats0.validate(data13)) {
          const err34 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/next_review", schemaPath: "../common.schema.json#/$defs/envelope/properties/next_review/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.supersedes !== void 0) {
      let data14 = data.supersedes;
      if (typeof data14 === "string") {
        if (func2(data14) > 128) {
          const err36 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err37 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/supersedes", schemaPath: "../common.schema.json#/$defs/envelope/properties/supersedes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.contract !== void 0) {
      let data15 = data.contract;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err39 = { instancePath: instancePath + "/contract", schemaPath: "#/properties/contract/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/contract", schemaPath: "#/properties/contract/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data16 = data.services;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (typeof data17 === "string") {
            if (func2(data17) > 128) {
              const err41 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (!pattern5.test(data17)) {
              const err42 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$"' };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/services/" + i2, schemaPath: "../common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        let i3 = data16.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data16[i3], data16[j1])) {
                const err44 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.contact !== void 0) {
      let data18 = data.contact;
      if (typeof data18 === "string") {
        if (func2(data18) < 1) {
          const err46 = { instancePath: instancePath + "/contact", schemaPath: "#/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.supplier_type !== void 0) {
      let data19 = data.supplier_type;
      if (typeof data19 !== "string") {
        const err48 = { instancePath: instancePath + "/supplier_type", schemaPath: "#/properties/supplier_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (!(data19 === "external" || data19 === "internal")) {
        const err49 = { instancePath: instancePath + "/supplier_type", schemaPath: "#/properties/supplier_type/enum", keyword: "enum", params: { allowedValues: schema404.properties.supplier_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.contract_end !== void 0) {
      let data20 = data.contract_end;
      if (typeof data20 === "string") {
        if (!formats0.validate(data20)) {
          const err50 = { instancePath: instancePath + "/contract_end", schemaPath: "../common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      } else {
        const err51 = { instancePath: instancePath + "/contract_end", schemaPath: "../common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
validate124.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate129;
var schema421 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sms-as-code.dev/schemas/config.schema.json", "title": "sms.config.yml", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["organization", "timezone"], "properties": { "organization": { "type": "string", "minLength": 1 }, "timezone": { "type": "string", "minLength": 1, "description": "IANA time zone, e.g. Europe/Berlin." }, "edition": { "type": ["string", "number"], "enum": ["2018", "2011", 2018, 2011], "description": "ISO/IEC 20000-1 edition (default 2018)." }, "teams": { "type": "object", "additionalProperties": { "anyOf": [{ "type": "array", "items": { "$ref": "common.schema.json#/$defs/login" } }, { "type": "object", "additionalProperties": false, "required": ["github"], "properties": { "github": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$" } } }] } }, "calendars": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["hours"], "properties": { "timezone": { "type": "string", "minLength": 1 }, "hours": { "type": "object", "additionalProperties": false, "properties": { "mon": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "tue": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "wed": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "thu": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "fri": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "sat": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, "sun": { "type": "string", "pattern": "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" } } }, "holidays": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/date" } } } } }, "priorities": { "type": "object", "additionalProperties": false, "properties": { "high": { "type": "object", "additionalProperties": false, "properties": { "high": { "$ref": "common.schema.json#/$defs/priority" }, "medium": { "$ref": "common.schema.json#/$defs/priority" }, "low": { "$ref": "common.schema.json#/$defs/priority" } } }, "medium": { "type": "object", "additionalProperties": false, "properties": { "high": { "$ref": "common.schema.json#/$defs/priority" }, "medium": { "$ref": "common.schema.json#/$defs/priority" }, "low": { "$ref": "common.schema.json#/$defs/priority" } } }, "low": { "type": "object", "additionalProperties": false, "properties": { "high": { "$ref": "common.schema.json#/$defs/priority" }, "medium": { "$ref": "common.schema.json#/$defs/priority" }, "low": { "$ref": "common.schema.json#/$defs/priority" } } } } }, "folders": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$", "not": { "pattern": "(^|/)\\.\\.(/|$)" } }, "description": "Extra folders that hold records." }, "backdate_tolerance": { "$ref": "common.schema.json#/$defs/duration" }, "evidence_branch": { "type": "string", "minLength": 1, "description": "Branch of the approval ledger (default sms/evidence)." }, "max_file_size": { "type": "integer", "minimum": 1024, "description": "Largest record file read, in bytes (default 1 MiB)." }, "improvements": { "type": "object", "additionalProperties": false, "properties": { "stage_targets": { "type": "object", "additionalProperties": false, "properties": { "plan": { "$ref": "common.schema.json#/$defs/duration" }, "do": { "$ref": "common.schema.json#/$defs/duration" }, "check": { "$ref": "common.schema.json#/$defs/duration" }, "act": { "$ref": "common.schema.json#/$defs/duration" } } }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } } } };
var pattern204 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
var pattern205 = new RegExp("^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$", "u");
var pattern221 = new RegExp("(^|/)\\.\\.(/|$)", "u");
var pattern222 = new RegExp("^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$", "u");
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.organization === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organization" }, message: "must have required property 'organization'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.timezone === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema421.properties, key0) || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organization !== void 0) {
      let data0 = data.organization;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/organization", schemaPath: "#/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data1 = data.timezone;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.edition !== void 0) {
      let data2 = data.edition;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/edition", schemaPath: "#/properties/edition/type", keyword: "type", params: { type: schema421.properties.edition.type }, message: "must be string,number" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data2 === "2018" || data2 === "2011" || data2 === 2018 || data2 === 2011)) {
        const err8 = { instancePath: instancePath + "/edition", schemaPath: "#/properties/edition/enum", keyword: "enum", params: { allowedValues: schema421.properties.edition.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data3 = data.teams;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          const _errs12 = errors;
          let valid2 = false;
          const _errs13 = errors;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (typeof data5 === "string") {
                if (!pattern6.test(data5)) {
                  const err9 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "common.schema.json#/$defs/login/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-_.\\[\\]]*$"' };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "common.schema.json#/$defs/login/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid0 = _errs13 === errors;
          valid2 = valid2 || _valid0;
          const _errs18 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.github === void 0) {
              const err12 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/anyOf/1/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key2 in data4) {
              if (!(key2 === "github")) {
                const err13 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.github !== void 0) {
              let data6 = data4.github;
              if (typeof data6 === "string") {
                if (!pattern204.test(data6)) {
                  const err14 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/github", schemaPath: "#/properties/teams/additionalProperties/anyOf/1/properties/github/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+/[^/\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/github", schemaPath: "#/properties/teams/additionalProperties/anyOf/1/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid0 = _errs18 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const err17 = { instancePath: instancePath + "/teams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs12;
            if (vErrors !== null) {
              if (_errs12) {
                vErrors.length = _errs12;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.calendars !== void 0) {
      let data7 = data.calendars;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key3 in data7) {
          let data8 = data7[key3];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.hours === void 0) {
              const err19 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/calendars/additionalProperties/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key4 in data8) {
              if (!(key4 === "timezone" || key4 === "hours" || key4 === "holidays")) {
                const err20 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/calendars/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.timezone !== void 0) {
              let data9 = data8.timezone;
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err21 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/timezone", schemaPath: "#/properties/calendars/additionalProperties/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/timezone", schemaPath: "#/properties/calendars/additionalProperties/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.hours !== void 0) {
              let data10 = data8.hours;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key5 in data10) {
                  if (!(key5 === "mon" || key5 === "tue" || key5 === "wed" || key5 === "thu" || key5 === "fri" || key5 === "sat" || key5 === "sun")) {
                    const err23 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data10.mon !== void 0) {
                  let data11 = data10.mon;
                  if (typeof data11 === "string") {
                    if (!pattern205.test(data11)) {
                      const err24 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/mon", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/mon/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/mon", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/mon/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data10.tue !== void 0) {
                  let data12 = data10.tue;
                  if (typeof data12 === "string") {
                    if (!pattern205.test(data12)) {
                      const err26 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/tue", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/tue/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/tue", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/tue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data10.wed !== void 0) {
                  let data13 = data10.wed;
                  if (typeof data13 === "string") {
                    if (!pattern205.test(data13)) {
                      const err28 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/wed", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/wed/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/wed", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/wed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data10.thu !== void 0) {
                  let data14 = data10.thu;
                  if (typeof data14 === "string") {
                    if (!pattern205.test(data14)) {
                      const err30 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/thu", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/thu/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/thu", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/thu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data10.fri !== void 0) {
                  let data15 = data10.fri;
                  if (typeof data15 === "string") {
                    if (!pattern205.test(data15)) {
                      const err32 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/fri", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/fri/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/fri", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/fri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data10.sat !== void 0) {
                  let data16 = data10.sat;
                  if (typeof data16 === "string") {
                    if (!pattern205.test(data16)) {
                      const err34 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/sat", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/sat/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/sat", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/sat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data10.sun !== void 0) {
                  let data17 = data10.sun;
                  if (typeof data17 === "string") {
                    if (!pattern205.test(data17)) {
                      const err36 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/sun", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/sun/pattern", keyword: "pattern", params: { pattern: "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$" }, message: 'must match pattern "^\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\s*\\d{2}:\\d{2}-\\d{2}:\\d{2})*$"' };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours/sun", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/properties/sun/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/hours", schemaPath: "#/properties/calendars/additionalProperties/properties/hours/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data8.holidays !== void 0) {
              let data18 = data8.holidays;
              if (Array.isArray(data18)) {
                const len1 = data18.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data19 = data18[i1];
                  if (typeof data19 === "string") {
                    if (!formats0.validate(data19)) {
                      const err39 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/holidays/" + i1, schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/holidays/" + i1, schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/holidays", schemaPath: "#/properties/calendars/additionalProperties/properties/holidays/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/calendars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/calendars/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.priorities !== void 0) {
      let data20 = data.priorities;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key6 in data20) {
          if (!(key6 === "high" || key6 === "medium" || key6 === "low")) {
            const err44 = { instancePath: instancePath + "/priorities", schemaPath: "#/properties/priorities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data20.high !== void 0) {
          let data21 = data20.high;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key7 in data21) {
              if (!(key7 === "high" || key7 === "medium" || key7 === "low")) {
                const err45 = { instancePath: instancePath + "/priorities/high", schemaPath: "#/properties/priorities/properties/high/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data21.high !== void 0) {
              let data22 = data21.high;
              if (typeof data22 === "string") {
                if (!pattern54.test(data22)) {
                  const err46 = { instancePath: instancePath + "/priorities/high/high", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/priorities/high/high", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.medium !== void 0) {
              let data23 = data21.medium;
              if (typeof data23 === "string") {
                if (!pattern54.test(data23)) {
                  const err48 = { instancePath: instancePath + "/priorities/high/medium", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/priorities/high/medium", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data21.low !== void 0) {
              let data24 = data21.low;
              if (typeof data24 === "string") {
                if (!pattern54.test(data24)) {
                  const err50 = { instancePath: instancePath + "/priorities/high/low", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/priorities/high/low", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/priorities/high", schemaPath: "#/properties/priorities/properties/high/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data20.medium !== void 0) {
          let data25 = data20.medium;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key8 in data25) {
              if (!(key8 === "high" || key8 === "medium" || key8 === "low")) {
                const err53 = { instancePath: instancePath + "/priorities/medium", schemaPath: "#/properties/priorities/properties/medium/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data25.high !== void 0) {
              let data26 = data25.high;
              if (typeof data26 === "string") {
                if (!pattern54.test(data26)) {
                  const err54 = { instancePath: instancePath + "/priorities/medium/high", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/priorities/medium/high", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data25.medium !== void 0) {
              let data27 = data25.medium;
              if (typeof data27 === "string") {
                if (!pattern54.test(data27)) {
                  const err56 = { instancePath: instancePath + "/priorities/medium/medium", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/priorities/medium/medium", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data25.low !== void 0) {
              let data28 = data25.low;
              if (typeof data28 === "string") {
                if (!pattern54.test(data28)) {
                  const err58 = { instancePath: instancePath + "/priorities/medium/low", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/priorities/medium/low", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/priorities/medium", schemaPath: "#/properties/priorities/properties/medium/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data20.low !== void 0) {
          let data29 = data20.low;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key9 in data29) {
              if (!(key9 === "high" || key9 === "medium" || key9 === "low")) {
                const err61 = { instancePath: instancePath + "/priorities/low", schemaPath: "#/properties/priorities/properties/low/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data29.high !== void 0) {
              let data30 = data29.high;
              if (typeof data30 === "string") {
                if (!pattern54.test(data30)) {
                  const err62 = { instancePath: instancePath + "/priorities/low/high", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/priorities/low/high", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data29.medium !== void 0) {
              let data31 = data29.medium;
              if (typeof data31 === "string") {
                if (!pattern54.test(data31)) {
                  const err64 = { instancePath: instancePath + "/priorities/low/medium", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/priorities/low/medium", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data29.low !== void 0) {
              let data32 = data29.low;
              if (typeof data32 === "string") {
                if (!pattern54.test(data32)) {
                  const err66 = { instancePath: instancePath + "/priorities/low/low", schemaPath: "common.schema.json#/$defs/priority/pattern", keyword: "pattern", params: { pattern: "^P[1-5]$" }, message: 'must match pattern "^P[1-5]$"' };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/priorities/low/low", schemaPath: "common.schema.json#/$defs/priority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/priorities/low", schemaPath: "#/properties/priorities/properties/low/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/priorities", schemaPath: "#/properties/priorities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.folders !== void 0) {
      let data33 = data.folders;
      if (Array.isArray(data33)) {
        const len2 = data33.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data34 = data33[i2];
          const _errs96 = errors;
          const _errs97 = errors;
          if (typeof data34 === "string") {
            if (!pattern221.test(data34)) {
              const err70 = {};
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
          var valid28 = _errs97 === errors;
          if (valid28) {
            const err71 = { instancePath: instancePath + "/folders/" + i2, schemaPath: "#/properties/folders/items/not", keyword: "not", params: {}, message: "must NOT be valid" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          } else {
            errors = _errs96;
            if (vErrors !== null) {
              if (_errs96) {
                vErrors.length = _errs96;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data34 === "string") {
            if (!pattern222.test(data34)) {
              const err72 = { instancePath: instancePath + "/folders/" + i2, schemaPath: "#/properties/folders/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$"' };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/folders/" + i2, schemaPath: "#/properties/folders/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.backdate_tolerance !== void 0) {
      let data35 = data.backdate_tolerance;
      if (typeof data35 === "string") {
        if (func2(data35) < 2) {
          const err75 = { instancePath: instancePath + "/backdate_tolerance", schemaPath: "common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (!pattern105.test(data35)) {
          const err76 = { instancePath: instancePath + "/backdate_tolerance", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      } else {
        const err77 = { instancePath: instancePath + "/backdate_tolerance", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.evidence_branch !== void 0) {
      let data36 = data.evidence_branch;
      if (typeof data36 === "string") {
        if (func2(data36) < 1) {
          const err78 = { instancePath: instancePath + "/evidence_branch", schemaPath: "#/properties/evidence_branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      } else {
        const err79 = { instancePath: instancePath + "/evidence_branch", schemaPath: "#/properties/evidence_branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.max_file_size !== void 0) {
      let data37 = data.max_file_size;
      if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
        const err80 = { instancePath: instancePath + "/max_file_size", schemaPath: "#/properties/max_file_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
      if (typeof data37 == "number" && isFinite(data37)) {
        if (data37 < 1024 || isNaN(data37)) {
          const err81 = { instancePath: instancePath + "/max_file_size", schemaPath: "#/properties/max_file_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024" };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
      }
    }
    if (data.improvements !== void 0) {
      let data38 = data.improvements;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key10 in data38) {
          if (!(key10 === "stage_targets" || key10 === "labels")) {
            const err82 = { instancePath: instancePath + "/improvements", schemaPath: "#/properties/improvements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data38.stage_targets !== void 0) {
          let data39 = data38.stage_targets;
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key11 in data39) {
              if (!(key11 === "plan" || key11 === "do" || key11 === "check" || key11 === "act")) {
                const err83 = { instancePath: instancePath + "/improvements/stage_targets", schemaPath: "#/properties/improvements/properties/stage_targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data39.plan !== void 0) {
              let data40 = data39.plan;
              if (typeof data40 === "string") {
                if (func2(data40) < 2) {
                  const err84 = { instancePath: instancePath + "/improvements/stage_targets/plan", schemaPath: "common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (!pattern105.test(data40)) {
                  const err85 = { instancePath: instancePath + "/improvements/stage_targets/plan", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/improvements/stage_targets/plan", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data39.do !== void 0) {
              let data41 = data39.do;
              if (typeof data41 === "string") {
                if (func2(data41) < 2) {
                  const err87 = { instancePath: instancePath + "/improvements/stage_targets/do", schemaPath: "common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (!pattern105.test(data41)) {
                  const err88 = { instancePath: instancePath + "/improvements/stage_targets/do", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/improvements/stage_targets/do", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data39.check !== void 0) {
              let data42 = data39.check;
              if (typeof data42 === "string") {
                if (func2(data42) < 2) {
                  const err90 = { instancePath: instancePath + "/improvements/stage_targets/check", schemaPath: "common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (!pattern105.test(data42)) {
                  const err91 = { instancePath: instancePath + "/improvements/stage_targets/check", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/improvements/stage_targets/check", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data39.act !== void 0) {
              let data43 = data39.act;
              if (typeof data43 === "string") {
                if (func2(data43) < 2) {
                  const err93 = { instancePath: instancePath + "/improvements/stage_targets/act", schemaPath: "common.schema.json#/$defs/duration/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (!pattern105.test(data43)) {
                  const err94 = { instancePath: instancePath + "/improvements/stage_targets/act", schemaPath: "common.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$" }, message: 'must match pattern "^(?:(?:\\d+w)?(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?|P(?!$)(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)$"' };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/improvements/stage_targets/act", schemaPath: "common.schema.json#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/improvements/stage_targets", schemaPath: "#/properties/improvements/properties/stage_targets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data38.labels !== void 0) {
          let data44 = data38.labels;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key12 in data44) {
              if (typeof data44[key12] !== "string") {
                const err97 = { instancePath: instancePath + "/improvements/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/improvements/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          } else {
            const err98 = { instancePath: instancePath + "/improvements/labels", schemaPath: "#/properties/improvements/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/improvements", schemaPath: "#/properties/improvements/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
  } else {
    const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err100];
    } else {
      vErrors.push(err100);
    }
    errors++;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/schemas.ts
var KIND_SCHEMAS = {
  policy: policy_schema_default,
  procedure: procedure_schema_default,
  plan: plan_schema_default,
  objective: objective_schema_default,
  risk: risk_schema_default,
  service: service_schema_default,
  sla: sla_schema_default,
  ci: ci_schema_default,
  supplier: supplier_schema_default,
  change: change_schema_default,
  release: release_schema_default,
  incident: incident_schema_default,
  request: request_schema_default,
  problem: problem_schema_default,
  "known-error": known_error_schema_default,
  audit: audit_schema_default,
  review: review_schema_default,
  nonconformity: nonconformity_schema_default,
  improvement: improvement_schema_default,
  report: report_schema_default
};
var CONFIG_SCHEMA = config_schema_default;
var V = validators_generated_exports;
function validateKind(kind, data) {
  const v = V[`kind_${kind.replace(/-/g, "_")}`];
  if (!v || v(data)) return [];
  return v.errors ?? [];
}
function validateConfigSchema(data) {
  const v = V.config;
  return v(data) ? [] : v.errors ?? [];
}
function resolveRef(ref) {
  const [file, fragment] = ref.split("#");
  const root = file?.endsWith("common.schema.json") || file === "" ? common_schema_default : void 0;
  if (!root || !fragment) return void 0;
  let node = root;
  for (const part of fragment.split("/").filter(Boolean)) node = node?.[part];
  return node;
}

// src/config/parse.ts
var CONFIG_FILE = "sms.config.yml";
function defaultConfig() {
  return {
    organization: "",
    timezone: "UTC",
    edition: "2018",
    teams: {},
    calendars: {},
    folders: [],
    backdateToleranceSeconds: 24 * 3600,
    evidenceBranch: "sms/evidence",
    maxFileSize: DEFAULT_MAX_FILE_SIZE
  };
}
function parseConfig(text, file = CONFIG_FILE) {
  const config2 = defaultConfig();
  if (text === void 0) {
    return {
      config: config2,
      diagnostics: [
        diag(
          file,
          1,
          1,
          "config-missing",
          `${file} is missing; create it (see sms-template/${CONFIG_FILE}) or run 'sms init'`
        )
      ]
    };
  }
  const parsed = parseYaml(text);
  const diagnostics = parsed.problems.map((p) => diag(file, p.line, p.column, p.code, p.message));
  if (!parsed.data) return { config: config2, diagnostics };
  const data = parsed.data;
  const known = Object.keys(CONFIG_SCHEMA.properties ?? {});
  for (const p of explainSchemaErrors(validateConfigSchema(data), file, known, data)) {
    const at = positionOf(parsed, p.pointer, p.atKey ? "key" : "value");
    diagnostics.push(
      diag(
        file,
        at.line,
        at.column,
        p.code === "schema-unknown-field" ? p.code : "config-invalid",
        p.message
      )
    );
  }
  const str = (v) => typeof v === "string" ? v : void 0;
  config2.organization = str(data.organization) ?? "";
  config2.timezone = str(data.timezone) ?? "UTC";
  config2.edition = String(data.edition ?? "2018") === "2011" ? "2011" : "2018";
  if (isObject(data.teams)) config2.teams = data.teams;
  if (isObject(data.calendars)) config2.calendars = data.calendars;
  if (isObject(data.priorities)) config2.priorities = data.priorities;
  if (Array.isArray(data.folders))
    config2.folders = data.folders.filter((f) => typeof f === "string");
  if (typeof data.max_file_size === "number") config2.maxFileSize = data.max_file_size;
  if (typeof data.evidence_branch === "string") config2.evidenceBranch = data.evidence_branch;
  if (isObject(data.improvements)) config2.improvements = data.improvements;
  const tolerance = parseDuration(data.backdate_tolerance);
  if (tolerance !== null) config2.backdateToleranceSeconds = tolerance;
  const zones = [["/timezone", config2.timezone]];
  for (const [name, cal] of Object.entries(config2.calendars)) {
    if (isObject(cal) && typeof cal.timezone === "string")
      zones.push([`/calendars/${name}/timezone`, cal.timezone]);
  }
  for (const [pointer, zone] of zones) {
    if (!IANAZone.isValidZone(zone)) {
      const at = positionOf(parsed, pointer);
      diagnostics.push(
        diag(
          file,
          at.line,
          at.column,
          "config-timezone",
          `'${zone}' is not an IANA time zone; use a name such as Europe/Berlin or America/New_York`
        )
      );
    }
  }
  if (!IANAZone.isValidZone(config2.timezone)) config2.timezone = "UTC";
  return { config: config2, diagnostics };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export {
  explainSchemaErrors,
  closest,
  KIND_SCHEMAS,
  validateKind,
  resolveRef,
  CONFIG_FILE,
  defaultConfig,
  parseConfig
};
