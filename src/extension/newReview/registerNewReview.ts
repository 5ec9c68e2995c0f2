import * as vscode from 'vscode';
import { loadEngine, type Engine } from '../engine';
import type { Services } from '../services';
import { readSettings, uiLocale } from '../settings';
import { l } from '../strings';
import { pickPerson } from './pickPerson';

export interface NewReviewArgs {
  employee?: string;
  cycle?: string;
  reviewer?: string;
}

const LAST_REVIEWER = 'mdreview.newReview.lastReviewer';

/** The employee of the review in the active editor, if it is one: the person the user most likely means. */
async function activeEmployee(services: Services): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') return undefined;
  const parse = await services.workspace.parser(document.uri);
  return parse(document.getText()).meta.employee?.trim() || undefined;
}

/** Asks who conducts the review, prefilled with the last name typed here; that name is remembered per workspace. */
async function askReviewer(services: Services): Promise<string | undefined> {
  const state = services.context.workspaceState;
  const value = await vscode.window.showInputBox({ title: l('newReviewReviewer'), prompt: l('reviewerPrompt'), value: state.get<string>(LAST_REVIEWER) ?? '' });
  const reviewer = value?.trim();
  if (reviewer) await state.update(LAST_REVIEWER, reviewer);
  return reviewer;
}

async function askCycle(suggestion: string, engine: Engine): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: l('newReviewCycle'),
    prompt: l('cyclePrompt'),
    value: suggestion,
    validateInput: (v) => (engine.parseCycle(v) ? undefined : l('notACycle')),
  });
  return value === undefined ? undefined : engine.normalizeCycleId(value);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * `mdreview.newReview [{employee, cycle, reviewer}]`: asks for whatever is not given (the reviewer only when
 * last cycle names none), creates the review from the template at `mdreview.newReviewPath` with last
 * cycle's person, KPIs and open action items carried over, and opens it. An existing file is never overwritten: it is opened instead. Returns the file's uri.
 */
async function newReview(services: Services, args: NewReviewArgs = {}): Promise<vscode.Uri | undefined> {
  const engine = await loadEngine();
  const employee = args.employee?.trim() || (await pickPerson(await services.workspace.people(), await activeEmployee(services)));
  if (!employee) return undefined;
  // The person's reviews as the linter's history sees them: names folded, a cycle with two reviews never guessed.
  const reviews = await services.workspace.personIndex(employee);
  const cycle = args.cycle ? engine.normalizeCycleId(args.cycle) : await askCycle(engine.suggestedCycle(reviews, employee, new Date()), engine);
  if (!cycle) return undefined;

  const found = reviews.previous(employee, cycle);
  const previous = found && services.workspace.at(found);
  const folder = (previous && vscode.workspace.getWorkspaceFolder(previous.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(l('openFolder'));
    return undefined;
  }
  const settings = readSettings(folder.uri);
  const uri = vscode.Uri.joinPath(folder.uri, ...engine.reviewPath(settings.newReviewPath, { cycle, employee }).split('/'));
  if (await exists(uri)) {
    await vscode.window.showTextDocument(uri);
    void vscode.window.showInformationMessage(l('alreadyExists', { file: vscode.workspace.asRelativePath(uri) }));
    return uri;
  }
  const { config, templates: registry } = await services.workspace.settingsFor(uri);
  const locale = uiLocale(config.locale, uri);
  const template = engine.newReviewTemplate(registry, [previous?.review.meta.template, settings.defaultTemplate || config.defaultTemplate], locale);
  // Last cycle's reviewer carries over; without one, ask (an empty answer leaves the field for the linter to flag).
  const reviewer = args.reviewer?.trim() || previous?.review.meta.reviewer || (await askReviewer(services));
  const text = engine.scaffoldNewReview({ template, employee, cycle, date: engine.localDay(new Date()), reviewer, previous: previous?.review });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri);
  services.output.info(`newReview: created ${uri.toString()}${previous ? ` (carried over from ${previous.uri.toString()})` : ''}`);
  return uri;
}

export function registerNewReview(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('mdreview.newReview', async (args?: NewReviewArgs) => {
    try {
      return await newReview(services, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {});
    } catch (e) {
      services.output.error(`newReview: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(l('createFailed'));
      return undefined;
    }
  });
}
