import { describe, expect, it } from 'vitest';
import {
  canDeleteModel,
  canDeletePerson,
  canEditModelFields,
  canRecordModelResults,
  modelActionsFrom,
  nextModelState,
  recognisedModelsInYear,
  validModelTiming,
  type TransitionInput,
} from './models.ts';

const base = { registeredOn: '2026-02-01', today: '2026-12-02' } as const;
const decision = { number: '125/QĐ-UBND', date: '2026-11-20', issuer: 'UBND tỉnh Tây Ninh', level: 'province' as const };
const step = (i: Omit<TransitionInput, 'registeredOn' | 'today'>) => nextModelState({ ...base, ...i });

describe('model states', () => {
  it('walks registered → carrying out → proposed → recognised', () => {
    expect(step({ state: 'registered', action: 'start' })).toEqual({ ok: true, state: 'carrying_out' });
    expect(step({ state: 'carrying_out', action: 'propose' })).toEqual({ ok: true, state: 'proposed' });
    expect(step({ state: 'proposed', action: 'recognise', decision })).toEqual({ ok: true, state: 'recognised' });
  });

  it('refuses skipping steps', () => {
    for (const [state, action] of [
      ['registered', 'propose'],
      ['registered', 'recognise'],
      ['carrying_out', 'recognise'],
      ['carrying_out', 'not_recognise'],
      ['recognised', 'propose'],
      ['recognised', 'not_recognise'],
      ['not_recognised', 'recognise'],
    ] as const) {
      const r = step({ state, action, decision, reason: 'x' });
      expect(r).toEqual({ ok: false, problem: { code: 'movement.transition_not_allowed', from: state, action } });
    }
  });

  it('a proposal can be withdrawn, a refusal carried on', () => {
    expect(step({ state: 'proposed', action: 'withdraw' })).toEqual({ ok: true, state: 'carrying_out' });
    expect(step({ state: 'proposed', action: 'not_recognise', reason: 'Chưa có kết quả đo được' })).toEqual({
      ok: true,
      state: 'not_recognised',
    });
    expect(step({ state: 'not_recognised', action: 'resume' })).toEqual({ ok: true, state: 'carrying_out' });
  });

  it('recognition needs a decision with number, issuer and a date between registration and today', () => {
    expect(step({ state: 'proposed', action: 'recognise' })).toMatchObject({ ok: false, problem: { code: 'movement.decision_required' } });
    expect(step({ state: 'proposed', action: 'recognise', decision: { ...decision, number: ' ' } })).toMatchObject({
      problem: { field: 'number' },
    });
    expect(step({ state: 'proposed', action: 'recognise', decision: { ...decision, issuer: '' } })).toMatchObject({
      problem: { field: 'issuer' },
    });
    expect(step({ state: 'proposed', action: 'recognise', decision: { ...decision, date: '2026-12-03' } })).toMatchObject({
      problem: { code: 'movement.decision_date' },
    });
    expect(step({ state: 'proposed', action: 'recognise', decision: { ...decision, date: '2026-01-31' } })).toMatchObject({
      problem: { code: 'movement.decision_date' },
    });
    // today itself and the registration day are fine; a recorded decision can be corrected
    expect(step({ state: 'proposed', action: 'recognise', decision: { ...decision, date: '2026-12-02' } }).ok).toBe(true);
    expect(step({ state: 'recognised', action: 'recognise', decision: { ...decision, date: '2026-02-01' } }).ok).toBe(true);
  });

  it('not recognising needs a reason', () => {
    expect(step({ state: 'proposed', action: 'not_recognise', reason: '  ' })).toEqual({
      ok: false,
      problem: { code: 'movement.reason_required', field: 'reason' },
    });
  });

  it('offers each side its own steps', () => {
    expect(modelActionsFrom('registered', 'unit')).toEqual(['start']);
    expect(modelActionsFrom('proposed', 'unit')).toEqual(['withdraw']);
    expect(modelActionsFrom('proposed', 'coordinator')).toEqual(['recognise', 'not_recognise']);
    expect(modelActionsFrom('recognised', 'unit')).toEqual([]);
  });

  it('fields are edited before the proposal, results from the start of the work', () => {
    expect(canEditModelFields('registered')).toBe(true);
    expect(canEditModelFields('proposed')).toBe(false);
    expect(canEditModelFields('recognised')).toBe(false);
    expect(canRecordModelResults('registered')).toBe(false);
    expect(canRecordModelResults('recognised')).toBe(true);
    expect(validModelTiming('2026-01-01', '2025-12-31')).toBe(false);
    expect(validModelTiming('2026-01-01', null)).toBe(true);
  });

  it('deletes a model only as a draft, a person only while never commended', () => {
    expect(canDeleteModel('registered', 0)).toBe(true);
    expect(canDeleteModel('registered', 1)).toBe(false);
    for (const state of ['carrying_out', 'proposed', 'recognised', 'not_recognised'] as const) expect(canDeleteModel(state, 0)).toBe(false);
    expect(canDeletePerson(0)).toBe(true);
    expect(canDeletePerson(2)).toBe(false);
  });

  it('counts models recognised in a year by the decision date', () => {
    const models = [
      { state: 'recognised' as const, decisionDate: '2025-12-30' },
      { state: 'recognised' as const, decisionDate: '2026-01-05' },
      { state: 'proposed' as const, decisionDate: null },
      { state: 'not_recognised' as const, decisionDate: null },
    ];
    expect(recognisedModelsInYear(models, 2025)).toBe(1);
    expect(recognisedModelsInYear(models, 2026)).toBe(1);
    expect(recognisedModelsInYear(models, 2024)).toBe(0);
  });
});
