// Writes the grammar test cases (*.test.news, *.test.draft, *.test.md) for `npm run test:grammar`.
// Each case is a source line and the marks to check on it: [text, scopes, occurrence?]. The caret
// columns are computed here, so a case reads as "this text gets these scopes" ("- scope" = must not).
//   node test/grammar/cases.mjs   (then npm run test:grammar)
import fs from 'node:fs';

const T = '<!--'; // the comment token of both Markdown and news drafts
function testFile(name, scope, description, cases) {
  const out = [`${T} SYNTAX TEST "${scope}" "${description}"`];
  for (const [line, marks = []] of cases) {
    out.push(line);
    for (const [text, scopes, occurrence = 0] of marks) {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = line.indexOf(text, at + 1);
      if (at < 0) throw new Error(`${name}: "${text}" not in "${line}"`);
      if (at < T.length + 1) out.push(`${T} ${'<'}${'-'.repeat(text.length)} ${scopes}`.replace(`${T} <`, `${T}${' '.repeat(0)} <`));
      else out.push(`${T}${' '.repeat(at - T.length)}${'^'.repeat(text.length)} ${scopes}`);
    }
  }
  fs.writeFileSync(new URL(name, import.meta.url), out.join('\n') + '\n');
}

const HEAD = 'markup.heading.headline.news-draft';
const FIG = 'constant.numeric.figure.news-draft';
const CUE = 'keyword.other.attribution-cue.news-draft';
const MDCUE = 'keyword.other.attribution-cue.markdown';

testFile('headline.test.news', 'text.news-draft', 'headline, dateline, figures', [
  ['North Korean POW dies of injuries, South Korea says', [['North Korean POW dies of injuries, South Korea says', HEAD]]],
  [''],
  ['SEOUL, Dec 27 (Reuters) — An injured soldier died, officials said.', [
    ['SEOUL', 'meta.dateline.news-draft entity.name.place.dateline.news-draft'],
    [', Dec 27', 'constant.other.date.dateline.news-draft'],
    ['(Reuters)', 'entity.name.agency.dateline.news-draft'],
    ['—', 'punctuation.separator.dateline.news-draft'],
    ['said', CUE],
    ['An injured soldier', `- ${HEAD}`],
  ]],
  [''],
  ['KYIV — Around 11,000 soldiers and $2.5 billion, 12% of the budget.', [
    ['KYIV', 'entity.name.place.dateline.news-draft'],
    ['11,000', FIG],
    ['$2.5 billion', FIG],
    ['12%', FIG],
    ['soldiers', `- ${FIG}`],
  ]],
  [''],
  ['North Korea has deployed thousands of troops.', [
    ['North', '- meta.dateline.news-draft'],
    ['thousands', FIG],
    ["deployed", `- ${FIG} ${CUE}`],
  ]],
  ['*Seoul, 2024-12-27.* An injured soldier died.', [['*Seoul, 2024-12-27.*', 'meta.dateline.news-draft markup.italic.dateline.news-draft']]],
]);

testFile('quotes.test.draft', 'text.news-draft', 'quotations, cues, comments', [
  ['Headline here', [['Headline here', HEAD]]],
  ['"We lost 3,000 men," he told reporters, according to the ministry.', [
    ['"', 'string.quoted.double.straight.news-draft punctuation.definition.string.begin.news-draft'],
    ['3,000', `string.quoted.double.straight.news-draft ${FIG}`],
    ['told', `${CUE} - string.quoted.double.straight.news-draft`],
    ['according to', CUE],
  ]],
  ['“Curly 40% quotes,” Zelensky claimed.', [
    ['“', 'string.quoted.double.curly.news-draft'],
    ['40%', `string.quoted.double.curly.news-draft ${FIG}`],
    ['claimed', CUE],
  ]],
  ['<!-- attribution-lint-disable-next-line unattributed-figure -->', [
    ['<!--', 'comment.block.html.news-draft punctuation.definition.comment.begin.news-draft'],
    ['attribution-lint-disable-next-line', 'comment.block.html.news-draft keyword.control.directive.attribution-lint.news-draft'],
  ]],
  ['Reportedly 500 people, officials estimated.', [
    ['Reportedly', CUE],
    ['500', FIG],
    ['estimated', CUE],
  ]],
  ['"A quotation that runs on', [['runs', 'string.quoted.double.straight.news-draft']]],
  ['to the next line," she said.', [['next', 'string.quoted.double.straight.news-draft'], ['said', `${CUE} - string.quoted.double.straight.news-draft`]]],
]);

testFile('injection.test.md', 'text.html.markdown', 'attribution cues injected into Markdown', [
  ['# Thousands deployed, Seoul says', [['says', MDCUE]]],
  ['The ministry said 3,000 died, according to Yonhap.', [
    ['ministry', `- ${MDCUE}`],
    ['said', MDCUE],
    ['according to', MDCUE],
  ]],
  ['Not in code: `he said` stays code.', [['said', `markup.inline.raw.string.markdown - ${MDCUE}`]]],
  ['```'],
  ['reported in a fence', [['reported', `markup.fenced_code.block.markdown - ${MDCUE}`]]],
  ['```'],
  ['Officials told reporters 500 were hurt, he reportedly estimated.', [['told', MDCUE], ['reportedly', MDCUE], ['estimated', MDCUE]]],
]);
console.log('wrote test/grammar/*.test.*');
