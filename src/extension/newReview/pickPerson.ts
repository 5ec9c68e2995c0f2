import * as vscode from 'vscode';
import { l } from '../strings';

/** A QuickPick of the people of existing reviews that also accepts a new name typed in; `first` is listed and selected first. */
export function pickPerson(people: readonly string[], first?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick();
    const ordered = first && people.includes(first) ? [first, ...people.filter((p) => p !== first)] : people;
    const known = ordered.map((label) => ({ label }));
    pick.title = l('newReviewPerson');
    pick.placeholder = l('pickPerson');
    pick.items = known;
    if (first && known[0]?.label === first) pick.activeItems = [known[0]];
    pick.onDidChangeValue((value) => {
      const name = value.trim();
      pick.items = name && !people.includes(name) ? [{ label: name, description: l('newPerson') }, ...known] : known;
    });
    pick.onDidAccept(() => {
      resolve((pick.selectedItems[0]?.label ?? pick.value).trim() || undefined);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
