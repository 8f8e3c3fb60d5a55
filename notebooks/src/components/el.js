// Minimal element builder, because the implicit `html` (htl) of Observable Framework is fetched from a CDN
// at build time, which fails offline.

/**
 * @param {string} tag e.g. "div"
 * @param {Record<string, string>|null} attrs attributes (`class`, …)
 * @param {...(Node|string|number|null|undefined|Array)} children text or nodes; null/undefined are skipped
 * @returns {HTMLElement}
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  for (const c of children.flat(Infinity)) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}
