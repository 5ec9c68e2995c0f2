import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPageMessage, isPageState } from '../../../src/core/preview/protocol';

describe('preview message protocol guards', () => {
  it('accepts page messages by type and rejects anything else', () => {
    assert.ok(isPageMessage({ type: 'reveal', kpiIndex: 2 }));
    assert.ok(isPageMessage({ type: 'ready' }));
    for (const bad of [null, undefined, 'reveal', 42, {}, { type: 'model' }, { type: 'toString' }]) assert.equal(isPageMessage(bad), false, JSON.stringify(bad));
  });
  it('accepts only a complete restored page state', () => {
    assert.ok(isPageState({ uri: 'file:///a.md', locked: true }));
    for (const bad of [null, {}, { uri: 'x' }, { uri: 1, locked: false }, { uri: 'x', locked: 'yes' }]) assert.equal(isPageState(bad), false, JSON.stringify(bad));
  });
});
