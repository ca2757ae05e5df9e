import type { Root } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Plugin, Processor } from "unified";

/**
 * The GFM constructs, in remark-gfm's order, each with the text without which it cannot occur.
 * Autolink literals cost as much as the rest of parsing together, so a body pays only for the
 * constructs it could contain. Triggers err on the wide side (case-insensitive, any whitespace).
 */
const PARTS = [
  {
    trigger: /www\.|https?:\/\/|@|mailto:|xmpp:/i,
    micromark: gfmAutolinkLiteral,
    mdast: gfmAutolinkLiteralFromMarkdown,
  },
  { trigger: /\[\^/, micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { trigger: /~/, micromark: () => gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown },
  { trigger: /\|/, micromark: gfmTable, mdast: gfmTableFromMarkdown },
  { trigger: /\[[\sxX]\]/, micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
] as const;

/** Bit mask of the GFM constructs a Markdown text could contain (bit i = PARTS[i]). */
export function gfmPartsOf(markdown: string): number {
  let mask = 0;
  PARTS.forEach((p, i) => {
    if (p.trigger.test(markdown)) mask |= 1 << i;
  });
  return mask;
}

/** The mask of every GFM construct: what remark-gfm enables. */
export const ALL_GFM_PARTS = (1 << PARTS.length) - 1;

/** A remark plugin that enables the GFM constructs of a mask, the way remark-gfm enables all of them. */
export const remarkGfmParts: Plugin<[number], Root> = function (this: Processor, mask: number) {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  PARTS.forEach((p, i) => {
    if ((mask & (1 << i)) === 0) return;
    micromarkExtensions.push(p.micromark());
    fromMarkdownExtensions.push(p.mdast());
  });
};
