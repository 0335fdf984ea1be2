// The benchmark corpus detokenizer: Brown's tagged tokens back into the prose a reporter would write.
import { describe, expect, it } from 'vitest';
import { detokenize, detokenizeTokens } from '../../bench/corpus';

const tokens = (s: string) => s.split(' ');

describe('detokenizeTokens', () => {
  it('strips tags and turns `` and \'\' into straight double quotes hugging the quoted words', () => {
    expect(detokenizeTokens(tokens("The/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ./."))).toBe('The jury said "no evidence".');
  });

  it('attaches punctuation to the word before and a closing quote before a comma', () => {
    expect(detokenizeTokens(tokens("``/`` Only/rb a/at handful/nn ''/'' ,/, the/at jury/nn said/vbd ;/. it/pps was/bedz (/( not/* )/) true/jj ?/."))).toBe(
      '"Only a handful", the jury said; it was (not) true?',
    );
  });

  it("re-joins clitics written as separate tokens ('s, n't, 'll) but keeps 'em a word of its own", () => {
    expect(detokenizeTokens(tokens("He/pps did/dod n't/* say/vb ;/. Atlanta/np 's/$ mayor/nn 'll/md give/vb 'em/ppo $/nns 5/cd ./."))).toBe(
      "He didn't say; Atlanta's mayor'll give 'em $5.",
    );
  });

  it('keeps one-token contractions and possessives as they are', () => {
    expect(detokenizeTokens(tokens("Georgia's/np$ voters/nns don't/do* know/vb ./."))).toBe("Georgia's voters don't know.");
  });

  it('pairs lone single quotes as opening and closing marks, and keeps dashes spaced', () => {
    expect(detokenizeTokens(tokens("He/pps said/vbd ,/, '/' Don't/do* worry/vb '/' --/-- we/ppss won/vbd ./."))).toBe(
      "He said, 'Don't worry' -- we won.",
    );
  });

  it('writes an abbreviation that ends a sentence with one period', () => {
    expect(detokenizeTokens(tokens('won/vbn by/in Ivan/np Allen/np Jr./np ./.'))).toBe('won by Ivan Allen Jr.');
  });
});

describe('detokenize', () => {
  it('makes blank-line-separated paragraphs, joins the sentences of one with a space, and gives a headline its own paragraph', () => {
    const tagged = [
      '',
      '',
      '\tThe/at jury/nn said/vbd so/rb ./.',
      '',
      '',
      '\tIt/pps met/vbd ./.',
      'It/pps left/vbd ./.',
      '',
      '',
      '',
      'Merger/nn-hl proposed/vbn-hl ',
      'However/wrb ,/, it/pps stayed/vbd ./.',
      '',
    ].join('\n');
    expect(detokenize(tagged)).toBe('The jury said so.\n\nIt met. It left.\n\nMerger proposed\n\nHowever, it stayed.\n');
  });
});
