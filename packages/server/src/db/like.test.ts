import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike, prefixPattern } from './like.ts';
import { subtreePattern } from './subtree.ts';

describe('LIKE patterns from literal text', () => {
  it('escapes the wildcards and the escape character, so text matches only itself', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containsPattern('50%')).toBe('%50\\%%');
    expect(prefixPattern('/a_b/')).toBe('/a\\_b/%');
  });

  it('a subtree is the root path and everything below it', () => {
    expect(subtreePattern('/6f1c/9a2e/')).toBe('/6f1c/9a2e/%');
    expect(subtreePattern('/x_y%/')).toBe('/x\\_y\\%/%');
  });
});
