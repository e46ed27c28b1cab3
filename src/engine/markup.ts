// Markup in a seed (`<tweet author="…">`, `</tweet>`, `<br>`, `<a href="…">`): a tag is no text of the article. Its
// attribute values are no quotes (`"2019-04-02"`) and its handles no names. Each tag reads as spaces of its own length
// (its line breaks kept): every offset and paragraph holds, and the words on either side stay as they are.

/** An attribute's value: quoted (short, on its line but for a line break right before its closing mark, where a
 *  paragraph was split inside the tag: `date="May 2, 2019⏎">`), or unquoted, perhaps empty (quotation marks stripped:
 *  `pic= author=QuayWatch`). */
const VALUE = String.raw`(?:"[^"\n]{0,200}\n?"|'[^'\n]{0,200}'|[^\s"'<>]*)`;
const ATTR = String.raw`[A-Za-z][\w:.-]*=` + VALUE;

/** A tag: `<name>`, `</name>`, `<name/>`, or a name and a first attribute with a value, then up to 30 more attributes
 *  or words (a stripped value with spaces: `date=May 2, 2019`), on one line but for a line break before the closing
 *  `>`. Text such as `x <y and z> w` (no attribute with a value) is no tag. */
const TAG = new RegExp(String.raw`<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t]+${ATTR}(?:[ \t]+(?:${ATTR}|[^\s"'<>=]+)){0,30})?[ \t]*\n?\/?>`, 'g');

/** `text` with each tag's characters replaced by spaces, its line breaks kept (the same string when there is none). */
export function blankMarkup(text: string): string {
  if (text.indexOf('<') < 0) return text;
  TAG.lastIndex = 0;
  return text.replace(TAG, (m: string) => m.replace(/[^\n\r]/g, ' '));
}
