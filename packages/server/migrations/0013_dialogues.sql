-- Citizen dialogues and complaint statistics (issue #13, part 2).
--   dialogues                     a dialogue a unit held with the people: when, where, who chaired, who took part,
--                                 topics, the minutes (a file of the unit), the people's questions by topic
--   dialogue_conclusions          what the dialogue concluded: assigned to a unit (and a person), due date, state
--   dialogue_conclusion_updates   the follow-up: each update or close, with its note and evidence file
--   dialogue_conclusion_reminders one row per conclusion × overdue stage × person (UNIQUE: sent once across instances)
--   complaint_statistics          per unit, year and period, one row per kind: received, under the unit's
--                                 competence, resolved, resolved on time, pending (entered once, corrected in place)

CREATE TABLE dialogues (
  id               uuid PRIMARY KEY,
  unit_id          uuid NOT NULL REFERENCES org_units(id),
  held_on          date NOT NULL,                  -- province calendar day; never after the day it is recorded
  place            text NOT NULL,
  chair            text NOT NULL,                  -- who chaired (name and title)
  participants     text NOT NULL DEFAULT '',       -- who took part (bodies, leaders, people's representatives)
  attendance       integer NOT NULL CHECK (attendance >= 0), -- how many people attended
  topics           jsonb NOT NULL DEFAULT '[]',    -- ["Đất đai", …]
  questions        jsonb NOT NULL DEFAULT '[]',    -- [{"topic": "Đất đai", "count": 7}, …]
  minutes_file_id  uuid REFERENCES files(id),
  version          integer NOT NULL DEFAULT 1,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX dialogues_unit_idx ON dialogues (unit_id, held_on DESC);

CREATE TABLE dialogue_conclusions (
  id                 uuid PRIMARY KEY,
  dialogue_id        uuid NOT NULL REFERENCES dialogues(id),
  position           integer NOT NULL,
  content            text NOT NULL,
  assignee_unit_id   uuid NOT NULL REFERENCES org_units(id),
  assignee_user_id   uuid REFERENCES users(id),     -- a person of that unit, when one is named
  due_date           date NOT NULL,                 -- last allowed day (inclusive), province calendar
  status             text NOT NULL DEFAULT 'open',  -- open | in_progress | done | explained
  closed_on          date,                          -- province day of done / explained
  close_note         text,                          -- what was done, or the explanation
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CHECK ((status IN ('done', 'explained')) = (closed_on IS NOT NULL))
);
CREATE INDEX dialogue_conclusions_dialogue_idx ON dialogue_conclusions (dialogue_id, position);
CREATE INDEX dialogue_conclusions_open_idx ON dialogue_conclusions (assignee_unit_id, due_date) WHERE status IN ('open', 'in_progress');

CREATE TABLE dialogue_conclusion_updates (
  id                 uuid PRIMARY KEY,
  conclusion_id      uuid NOT NULL REFERENCES dialogue_conclusions(id),
  status             text NOT NULL,                 -- in_progress | done | explained
  on_date            date NOT NULL,
  note               text,
  evidence_file_id   uuid REFERENCES files(id),
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL
);
CREATE INDEX dialogue_conclusion_updates_idx ON dialogue_conclusion_updates (conclusion_id, created_at);

CREATE TABLE dialogue_conclusion_reminders (
  id                 uuid PRIMARY KEY,
  conclusion_id      uuid NOT NULL REFERENCES dialogue_conclusions(id),
  offset_days        integer NOT NULL,              -- days before the due date (7, 3, 1); 0 = due day; negative = overdue
  user_id            uuid NOT NULL REFERENCES users(id),
  unit_id            uuid NOT NULL REFERENCES org_units(id),
  reminder_date      date NOT NULL,
  created_at         timestamptz NOT NULL,
  UNIQUE (conclusion_id, offset_days, user_id)
);

CREATE TABLE complaint_statistics (
  id                 uuid PRIMARY KEY,
  unit_id            uuid NOT NULL REFERENCES org_units(id),
  year               integer NOT NULL,
  period_kind        text NOT NULL,                 -- Q1 | Q2 | Q3 | Q4 | H1 | 9M | Y
  kind               text NOT NULL,                 -- reception | complaint | denunciation | petition
  received           integer NOT NULL CHECK (received >= 0),
  in_competence      integer NOT NULL CHECK (in_competence >= 0),
  resolved           integer NOT NULL CHECK (resolved >= 0),
  resolved_on_time   integer NOT NULL CHECK (resolved_on_time >= 0),
  pending            integer NOT NULL CHECK (pending >= 0),
  updated_by         uuid REFERENCES users(id),
  updated_at         timestamptz NOT NULL,
  UNIQUE (unit_id, year, period_kind, kind),
  CHECK (in_competence <= received AND resolved <= in_competence AND resolved_on_time <= resolved
         AND resolved + pending <= in_competence)
);
