-- Commendation proposals (0019): a version for optimistic concurrency, so two coordinators saving the same
-- proposal cannot overwrite each other silently, and the individuals proposed where the scorecard's quota
-- counts them (exemplary people of the movement, in the eligible units).
ALTER TABLE commendation_proposals ADD COLUMN version integer NOT NULL DEFAULT 1;
-- [{personId, fullName, position, unitId, unitName, quotaName, reason}] in the quotas' order
ALTER TABLE commendation_proposals ADD COLUMN individuals jsonb NOT NULL DEFAULT '[]';
