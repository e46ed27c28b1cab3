// Every identifier Seed Reader shares with package.json: command ids, view ids, context keys (the `when` clauses) and
// tree-item context values. One place, so a renamed id cannot leave a stale copy; a unit test checks that every command
// package.json contributes is registered by the code and that every id here is contributed.

/** Command ids, as contributed in package.json (`contributes.commands`). */
export const CMD = {
  toggleHighlights: 'seedReader.toggleHighlights',
  hideHighlights: 'seedReader.hideHighlights',
  showHighlights: 'seedReader.showHighlights',
  showLegend: 'seedReader.showLegend',
  openAsSeed: 'seedReader.openAsSeed',
  nextQuote: 'seedReader.nextQuote',
  previousQuote: 'seedReader.previousQuote',
  goToActor: 'seedReader.goToActor',
  exportAnnotations: 'seedReader.exportAnnotations',
  copyAnnotations: 'seedReader.copyAnnotations',
  exportWorkspace: 'seedReader.exportWorkspace',
  refresh: 'seedReader.refresh',
  sortByAppearance: 'seedReader.actors.sortByAppearance',
  sortByQuotes: 'seedReader.actors.sortByQuotes',
  showSpeakersOnly: 'seedReader.actors.showSpeakersOnly',
  showAll: 'seedReader.actors.showAll',
  filterActors: 'seedReader.actors.filter',
  clearActorFilter: 'seedReader.actors.clearFilter',
  revealRange: 'seedReader.revealRange',
  focusActor: 'seedReader.focusActor',
  correctSpeaker: 'seedReader.correctSpeaker',
  markNotQuote: 'seedReader.markNotQuote',
  markQuote: 'seedReader.markQuote',
  correctEntityType: 'seedReader.correctEntityType',
  markNotEntity: 'seedReader.markNotEntity',
  mergeActors: 'seedReader.mergeActors',
  splitActor: 'seedReader.splitActor',
  renameActor: 'seedReader.renameActor',
  showCorrections: 'seedReader.showCorrections',
  undoCorrection: 'seedReader.undoCorrection',
  filterCorpus: 'seedReader.corpus.filter',
  clearCorpusFilter: 'seedReader.corpus.clearFilter',
  reindexCorpus: 'seedReader.corpus.reindex',
  cancelIndexing: 'seedReader.corpus.cancelIndexing',
  findQuotesBySpeaker: 'seedReader.findQuotesBySpeaker',
  showWhoSaidWhat: 'seedReader.showWhoSaidWhat',
} as const;

export type CommandId = (typeof CMD)[keyof typeof CMD];

/** View ids (`contributes.views`): the Actors & Claims tree is contributed once. */
export const VIEW = {
  actors: 'seedReader.actors',
  corpus: 'seedReader.corpus',
} as const;

/** Command VS Code makes for a view: focuses (and opens) it. */
export const focusViewCommand = (view: string): string => `${view}.focus`;

/** Context keys set with `setContext` and read by the `when` clauses of package.json. */
export const CONTEXT = {
  active: 'seedReader.active',
  highlightsOn: 'seedReader.highlightsOn',
  actorsSort: 'seedReader.actorsSort',
  actorsFiltered: 'seedReader.actorsFiltered',
  speakersOnly: 'seedReader.speakersOnly',
  canUndoCorrection: 'seedReader.canUndoCorrection',
  corpusFiltered: 'seedReader.corpusFiltered',
  corpusIndexing: 'seedReader.corpusIndexing',
} as const;

/** `contextValue` of the Actors & Claims tree items (`viewItem == …` in package.json). */
export const ITEM = {
  group: 'seedReader.group',
  actor: 'seedReader.actor',
  entity: 'seedReader.entity',
  quote: 'seedReader.quote',
  claim: 'seedReader.claim',
} as const;

/** Ids of other things Seed Reader makes: the status bar item, the legend's webview. */
export const UI = {
  statusItem: 'seedReader.status',
  legendView: 'seedReader.legend',
} as const;

/** Keys of what Seed Reader keeps in the workspace state. */
export const STATE = {
  seedOfferAsked: 'seedReader.seedOffer.asked',
  seedOfferFolders: 'seedReader.seedOffer.folders',
} as const;

/** VS Code's own commands Seed Reader runs. */
export const VSCODE_CMD = {
  setContext: 'setContext',
  openSettings: 'workbench.action.openSettings',
  revealInExplorer: 'revealInExplorer',
  revealFileInOS: 'revealFileInOS',
} as const;
