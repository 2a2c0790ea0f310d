-- What logical replication captures: the four PLR tables, with the whole old row on delete so that a deletion
-- carries the version it supersedes.
ALTER TABLE plr_live_sessions REPLICA IDENTITY FULL;
ALTER TABLE plr_participants REPLICA IDENTITY FULL;
ALTER TABLE plr_students REPLICA IDENTITY FULL;
ALTER TABLE plr_enrollments REPLICA IDENTITY FULL;

CREATE PUBLICATION plr_capture FOR TABLE plr_live_sessions, plr_participants, plr_students, plr_enrollments;
