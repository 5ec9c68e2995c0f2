// A tiny element builder. Text goes through textContent only, so review text can never become markup.
type Child = Node | string | false | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string>; text?: string } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  if (props.text !== undefined) node.textContent = props.text;
  for (const c of children) if (c !== false && c !== undefined) node.append(c);
  return node;
}
