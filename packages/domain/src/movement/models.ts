// The "Dân vận khéo" emulation movement: a model (mô hình) is registered by a unit, carried out,
// proposed for recognition, then recognised by a decision (number, date, issuer, level) or not
// recognised. Which step may follow which, who takes it and what it needs are the rules below; the
// server stores the state and asks these functions before every change. Pure: no I/O, no clock
// (today is an argument).
import type { LocalDate } from '../calendar/local-date.ts';

export const MODEL_STATES = ['registered', 'carrying_out', 'proposed', 'recognised', 'not_recognised'] as const;
export type ModelState = (typeof MODEL_STATES)[number];

export const MODEL_STATE_LABELS: Record<ModelState, string> = {
  registered: 'Đăng ký',
  carrying_out: 'Đang thực hiện',
  proposed: 'Đề nghị công nhận',
  recognised: 'Được công nhận',
  not_recognised: 'Không được công nhận',
};

/** Fields of practice in which units register models (the Fatherland Front's registration form). */
export const MODEL_FIELDS = [
  'economy',
  'culture_society',
  'defence_security',
  'political_system',
  'administrative_reform',
  'digital_transformation',
  'environment',
  'other',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa – xã hội',
  defence_security: 'Quốc phòng – an ninh',
  political_system: 'Xây dựng hệ thống chính trị',
  administrative_reform: 'Cải cách hành chính',
  digital_transformation: 'Chuyển đổi số',
  environment: 'Môi trường',
  other: 'Lĩnh vực khác',
};

/** The level of the body recognising a model or giving a commendation. */
export const RECOGNITION_LEVELS = ['commune', 'district', 'province', 'central'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export const RECOGNITION_LEVEL_LABELS: Record<RecognitionLevel, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  central: 'Cấp trung ương',
};

/** Forms of commendation (khen thưởng) under the emulation and commendation law. */
export const COMMENDATION_FORMS = ['certificate_of_merit', 'letter_of_praise', 'emulation_flag', 'medal', 'other'] as const;
export type CommendationForm = (typeof COMMENDATION_FORMS)[number];

export const COMMENDATION_FORM_LABELS: Record<CommendationForm, string> = {
  certificate_of_merit: 'Bằng khen',
  letter_of_praise: 'Giấy khen',
  emulation_flag: 'Cờ thi đua',
  medal: 'Huân chương',
  other: 'Hình thức khác',
};

/** A step of a model's life. */
export const MODEL_ACTIONS = ['start', 'propose', 'withdraw', 'recognise', 'not_recognise', 'resume'] as const;
export type ModelAction = (typeof MODEL_ACTIONS)[number];

/** Who takes a step: the unit that owns the model, or a coordinator above it (the recognising side). */
export type ModelActor = 'unit' | 'coordinator';

interface Transition {
  from: readonly ModelState[];
  to: ModelState;
  by: ModelActor;
}

/**
 * The transitions. A proposal can be withdrawn back to "carrying out" before it is decided; a model not
 * recognised can be carried on (and proposed again later). A recognised model is final: its decision
 * stands (a mistake is corrected by the coordinator recording the decision again, see `recognise`).
 */
export const MODEL_TRANSITIONS: Record<ModelAction, Transition> = {
  start: { from: ['registered'], to: 'carrying_out', by: 'unit' },
  propose: { from: ['carrying_out'], to: 'proposed', by: 'unit' },
  withdraw: { from: ['proposed'], to: 'carrying_out', by: 'unit' },
  recognise: { from: ['proposed', 'recognised'], to: 'recognised', by: 'coordinator' },
  not_recognise: { from: ['proposed'], to: 'not_recognised', by: 'coordinator' },
  resume: { from: ['not_recognised'], to: 'carrying_out', by: 'unit' },
};

export interface RecognitionDecision {
  number: string;
  date: LocalDate;
  issuer: string;
  level: RecognitionLevel;
}

export type TransitionProblem =
  | { code: 'movement.transition_not_allowed'; from: ModelState; action: ModelAction }
  | { code: 'movement.decision_required'; field: 'number' | 'issuer' }
  | { code: 'movement.decision_date'; field: 'date' }
  | { code: 'movement.reason_required'; field: 'reason' };

export interface TransitionInput {
  state: ModelState;
  action: ModelAction;
  /** The day the model was registered (a decision cannot come before it). */
  registeredOn: LocalDate;
  /** Today in the province. */
  today: LocalDate;
  decision?: RecognitionDecision | null;
  reason?: string | null;
}

/** The state after the step, or what stands in its way. */
export function nextModelState(input: TransitionInput): { ok: true; state: ModelState } | { ok: false; problem: TransitionProblem } {
  const t = MODEL_TRANSITIONS[input.action];
  if (!t.from.includes(input.state)) {
    return { ok: false, problem: { code: 'movement.transition_not_allowed', from: input.state, action: input.action } };
  }
  if (input.action === 'recognise') {
    const d = input.decision;
    if (!d || !d.number.trim()) return { ok: false, problem: { code: 'movement.decision_required', field: 'number' } };
    if (!d.issuer.trim()) return { ok: false, problem: { code: 'movement.decision_required', field: 'issuer' } };
    if (d.date > input.today || d.date < input.registeredOn)
      return { ok: false, problem: { code: 'movement.decision_date', field: 'date' } };
  }
  if (input.action === 'not_recognise' && !input.reason?.trim()) {
    return { ok: false, problem: { code: 'movement.reason_required', field: 'reason' } };
  }
  return { ok: true, state: t.to };
}

/** The steps open from a state for one side (what the screen offers). */
export function modelActionsFrom(state: ModelState, by: ModelActor): ModelAction[] {
  return MODEL_ACTIONS.filter((a) => MODEL_TRANSITIONS[a].by === by && MODEL_TRANSITIONS[a].from.includes(state));
}

/**
 * A model can be deleted only while it is a draft: registered (never started, proposed or recognised)
 * and honoured by no commendation; an exemplary person, while no commendation honours them.
 */
export const canDeleteModel = (state: ModelState, commendations: number) => state === 'registered' && commendations === 0;
export const canDeletePerson = (commendations: number) => commendations === 0;

/** The practice fields of a model can be edited until it is proposed (and again once carried on after a refusal). */
export const canEditModelFields = (state: ModelState) => state === 'registered' || state === 'carrying_out' || state === 'not_recognised';

/** Results over time are recorded from the start of the work on, including after recognition. */
export const canRecordModelResults = (state: ModelState) => state !== 'registered';

/** A model's time frame: the end, when given, is not before the start. */
export const validModelTiming = (startsOn: LocalDate | null, endsOn: LocalDate | null) => !startsOn || !endsOn || startsOn <= endsOn;

/**
 * How many of the unit's models were recognised in a year (by the decision's date): what a scorecard
 * criterion of kind "derived" on the indicator RECOGNISED_MODELS_INDICATOR reads.
 */
export function recognisedModelsInYear(models: readonly { state: ModelState; decisionDate: LocalDate | null }[], year: number): number {
  return models.filter((m) => m.state === 'recognised' && m.decisionDate?.startsWith(`${year}-`)).length;
}

/** Indicator key a scorecard's "derived" (or bonus) criterion names to count the unit's recognised models in the year. */
export const RECOGNISED_MODELS_INDICATOR = 'recognised_models';
