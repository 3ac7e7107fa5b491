/**
 * Makes everything inside `root` inert except `keep`, its ancestors and what it holds:
 * every sibling of `keep` and of each of its ancestors up to `root`, including the
 * ones added later (a page drawn behind a dialog once the dialog is ready, a lazily
 * loaded dock). Returns the undo, which clears only the `inert` it set.
 *
 * A modal that stays where it is in the page instead of moving to a portal (a dialog
 * the server drew in place, which hydration keeps) needs its background inert around
 * it, since `inert` on an ancestor would reach the dialog too.
 */
export function inertAround(keep: Element, root: Element): () => void {
  if (!root.contains(keep) || root === keep) return () => undefined;
  const path = new Set<Element>();
  const parents: Element[] = [];
  for (let node: Element = keep; node !== root;) {
    path.add(node);
    const parent = node.parentElement;
    if (!parent) break;
    parents.push(parent);
    node = parent;
  }
  const marked = new Set<Element>();
  const mark = (node: Node) => {
    // Left alone: the way down to `keep`, and what something else made inert already.
    if (!(node instanceof Element) || path.has(node) || node.hasAttribute('inert')) return;
    node.setAttribute('inert', '');
    marked.add(node);
  };
  for (const parent of parents) for (const child of parent.children) mark(child);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark);
  });
  for (const parent of parents) observer.observe(parent, { childList: true });
  return () => {
    observer.disconnect();
    for (const node of marked) node.removeAttribute('inert');
  };
}
