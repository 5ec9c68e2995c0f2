
// `@name`, `负责人：X`, `责任人: X`, `Owner: X`, `Assignee: X`.
const OWNER_LABEL = /(?:负责人|责任人|跟进人|执行人|owner|assignee|responsible)\s*[:：]\s*([^\s,，;；。、()（）【】\[\]]+)/iu;
const MENTION = /(?:^|[^\w@.])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;

/** The owner named in an action item's text, with its offset in that text. */
export function findOwner(text: string): { name: string; index: number; length: number } | undefined {
  const label = OWNER_LABEL.exec(text);
  if (label && !/待填写|todo|tbd/iu.test(label[1])) {
    return { name: label[1], index: label.index, length: label[0].length };
  }
  const mention = MENTION.exec(text);
  if (mention) {
    const at = mention.index + mention[0].indexOf('@');
    return { name: mention[1], index: at, length: mention[1].length + 1 };
  }
  return undefined;
}
