import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, translate } from '../../client/src/lib/i18n.js';

describe('interface words', () => {
  it('uses full-width punctuation in Chinese text (，：？；), not the half-width forms', () => {
    for (const key of MESSAGE_KEYS) expect(translate('zh', key), key).not.toMatch(/[\u4e00-\u9fff）”][,:?;]|[,:?;][\u4e00-\u9fff“（]/);
  });

  it('has no Chinese in the English messages but the way back to Chinese', () => {
    for (const key of MESSAGE_KEYS.filter((k) => !k.startsWith('switchLanguage'))) expect(translate('en', key), key).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
