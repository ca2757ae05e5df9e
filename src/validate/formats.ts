import { fullFormats } from "ajv-formats/dist/formats.js";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** Every JSON Schema format the schemas use; the precompiled validators import them from here. */
const formats: Record<string, unknown> = {
  ...fullFormats,
  "date-or-date-time": (s: string) => {
    const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!d || Number(d[2]) < 1 || Number(d[2]) > 12 || Number(d[3]) < 1 || Number(d[3]) > 31) return false;
    return s.length === 10 || (DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)));
  },
};

export default formats;
