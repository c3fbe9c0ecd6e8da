// The views a reader opens, as the goals of "light on a phone" name them, shared by the benches.
export const VIEWS = {
  default: '',
  pair: '?view=pair&a=ru&b=ua',
  issue: '?view=issue&issue=nato',
  document: '?view=framework&doc=draft-treaty-2022-04-15',
  compare: '?view=framework&doc=istanbul-communique-2022&doc2=us-28-point-2025-11',
  changes: '?view=changes&from=2022-03-29&to=2025-12-23',
  deal: '?view=deal',
  'tour step': '?present=1&tour=territory&step=3',
};
