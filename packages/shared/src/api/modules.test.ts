// Module-limited API tokens: every operation belongs to exactly one module, and the rule of what such a
// token may call.
import { describe, expect, it } from 'vitest';
import { API, OPERATION_MODULE, OPERATIONS_FOR_EVERY_TOKEN, tokenMayCall } from './index.ts';
import { API_MODULE_LABELS, API_MODULES } from '../vocabulary.ts';

describe('API modules', () => {
  it('gives every operation one module with a Vietnamese label', () => {
    expect(Object.keys(OPERATION_MODULE).sort()).toEqual(Object.keys(API).sort());
    for (const m of Object.values(OPERATION_MODULE)) expect(API_MODULE_LABELS[m]).toBeTruthy();
    expect(OPERATION_MODULE.listPlans).toBe('plans');
    expect(OPERATION_MODULE.extractDocument).toBe('plans');
    expect(OPERATION_MODULE.listReports).toBe('reports');
    expect(OPERATION_MODULE.uploadFile).toBe('platform');
    expect(new Set(Object.values(OPERATION_MODULE))).toEqual(new Set(API_MODULES));
  });

  it('lets a limited token call its modules and the shared reads only', () => {
    expect(tokenMayCall(null, 'createUser')).toBe(true);
    expect(tokenMayCall(undefined, undefined)).toBe(true);
    expect(tokenMayCall(['plans'], 'createPlan')).toBe(true);
    expect(tokenMayCall(['plans'], 'listReports')).toBe(false);
    expect(tokenMayCall(['plans'], 'uploadFile')).toBe(false);
    expect(tokenMayCall(['plans', 'platform'], 'uploadFile')).toBe(true);
    for (const id of OPERATIONS_FOR_EVERY_TOKEN) {
      expect(tokenMayCall(['kpi'], id)).toBe(true);
      expect(API[id as keyof typeof API].method).toBe('GET');
    }
    // A route outside the contract (or none: a 404) is never within a limited token's modules.
    expect(tokenMayCall(['plans'], undefined)).toBe(false);
    expect(tokenMayCall(['plans'], 'noSuchOperation')).toBe(false);
  });
});
