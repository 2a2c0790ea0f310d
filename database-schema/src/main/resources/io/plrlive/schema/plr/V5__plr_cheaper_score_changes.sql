-- A score change during a live session is PLR's hot path: it runs inside PrairieLearn's transaction, once per
-- change. This migration keeps every rule of V2 and V3 and does the same work with fewer writes:
--
-- * A score change and the close of its session are ordered by a transaction-level advisory lock on the session,
--   shared by score changes and exclusive for the close, instead of a share lock on the session row. A row lock
--   rewrites the session row and logs a WAL record on every change, and when several changes are in flight at once
--   it creates a new MultiXact each time; an advisory lock is held in memory only. Transactions under REPEATABLE READ
--   or SERIALIZABLE keep the row lock: they cannot see a close committed after their snapshot, and the row lock makes
--   them fail with a serialization error instead (which the trigger records as a fault, as before).
-- * A student who already takes part is updated directly. INSERT ... ON CONFLICT DO UPDATE locks the existing row,
--   another WAL record, before it updates it; it remains the fallback for joining and for a change that keeps the
--   points.
-- * The notification is built as json instead of jsonb: the payload is the same object, without jsonb's parsing of
--   every value into its binary form and back.

-- The advisory lock of a session, as SQL functions that the planner inlines into their callers. The first key marks
-- PLR's locks ('PLRS'), so that they never meet the host's; two sessions whose ids differ by a multiple of 2^31 share a
-- lock, which costs only waiting.
CREATE FUNCTION plr_session_lock_key(p_session_id bigint) RETURNS int
  LANGUAGE sql IMMUTABLE
AS $$
  SELECT (p_session_id % 2147483648)::int
$$;

CREATE FUNCTION plr_lock_session_shared(p_session_id bigint) RETURNS void
  LANGUAGE sql
AS $$
  SELECT pg_advisory_xact_lock_shared(1347179091, plr_session_lock_key(p_session_id))
$$;

CREATE FUNCTION plr_lock_session_exclusive(p_session_id bigint) RETURNS void
  LANGUAGE sql
AS $$
  SELECT pg_advisory_xact_lock(1347179091, plr_session_lock_key(p_session_id))
$$;

-- Whether this transaction sees a new snapshot in every statement, so that a close it waited for is visible to it.
CREATE FUNCTION plr_reads_latest_commits() RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT current_setting('transaction_isolation') = 'read committed'
$$;

CREATE OR REPLACE FUNCTION plr_record_participation(p_assessment_id bigint, p_user_id bigint) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  open_session plr_live_sessions%ROWTYPE;
  best_points double precision;
  live_points bigint;
  changed_at timestamptz := clock_timestamp();
BEGIN
  IF p_user_id IS NULL THEN
    RETURN;
  END IF;
  IF plr_reads_latest_commits() THEN
    SELECT * INTO open_session
      FROM plr_live_sessions
     WHERE assessment_id = p_assessment_id AND closed_at IS NULL;
    IF NOT FOUND THEN
      RETURN;
    END IF;
    -- Wait for a close in progress; once the lock is held, the session cannot close before this transaction ends.
    PERFORM plr_lock_session_shared(open_session.id);
    IF EXISTS (SELECT 1 FROM plr_live_sessions WHERE id = open_session.id AND closed_at IS NOT NULL) THEN
      RETURN;
    END IF;
  ELSE
    SELECT * INTO open_session
      FROM plr_live_sessions
     WHERE assessment_id = p_assessment_id AND closed_at IS NULL
       FOR SHARE;
    IF NOT FOUND THEN
      RETURN;
    END IF;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM enrollments
                  WHERE user_id = p_user_id AND course_instance_id = open_session.course_instance_id) THEN
    RETURN;
  END IF;
  SELECT max(points) INTO best_points
    FROM assessment_instances
   WHERE assessment_id = p_assessment_id AND user_id = p_user_id;
  live_points := round(coalesce(best_points, 0) * 1000)::bigint;
  UPDATE plr_participants
     SET points = live_points, points_changed_at = changed_at
   WHERE session_id = open_session.id AND user_id = p_user_id AND points <> live_points;
  IF FOUND THEN
    RETURN;
  END IF;
  -- Only a student's first change needs a profile; every later one is a cheap index probe.
  IF NOT EXISTS (SELECT 1 FROM plr_students WHERE user_id = p_user_id) THEN
    PERFORM plr_ensure_student(p_user_id);
  END IF;
  INSERT INTO plr_participants AS p (session_id, course_id, course_instance_id, user_id, points, joined_at,
                                     points_changed_at)
  VALUES (open_session.id, open_session.course_id, open_session.course_instance_id, p_user_id, live_points,
          changed_at, changed_at)
  ON CONFLICT (session_id, user_id) DO UPDATE
    SET points = EXCLUDED.points, points_changed_at = EXCLUDED.points_changed_at
    WHERE p.points IS DISTINCT FROM EXCLUDED.points;
END
$$;

-- Participants change only while their session is open, whoever writes them (see V2).
CREATE OR REPLACE FUNCTION plr_participants_check_session_open() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  session_closed_at timestamptz;
BEGIN
  IF plr_reads_latest_commits() THEN
    PERFORM plr_lock_session_shared(NEW.session_id);
    SELECT closed_at INTO session_closed_at FROM plr_live_sessions WHERE id = NEW.session_id;
  ELSE
    SELECT closed_at INTO session_closed_at FROM plr_live_sessions WHERE id = NEW.session_id FOR SHARE;
  END IF;
  IF session_closed_at IS NOT NULL THEN
    RAISE EXCEPTION 'Live session % closed at %; its participants no longer change', NEW.session_id, session_closed_at
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.session_id, NEW.user_id, NEW.joined_at) IS DISTINCT FROM (OLD.session_id, OLD.user_id, OLD.joined_at) THEN
    RAISE EXCEPTION 'Participant %: session, student and joining time never change', OLD.id
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END
$$;

-- The close waits for every score change in flight and holds back the ones that start meanwhile: they commit before
-- it (and count) or see it (and change nothing).
CREATE OR REPLACE FUNCTION plr_live_sessions_check_change() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF OLD.closed_at IS NOT NULL THEN
    RAISE EXCEPTION 'Live session % closed at %; a closed session never changes', OLD.id, OLD.closed_at
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF (NEW.course_id, NEW.course_instance_id, NEW.assessment_id, NEW.assessment_title, NEW.opened_at, NEW.opened_by)
     IS DISTINCT FROM
     (OLD.course_id, OLD.course_instance_id, OLD.assessment_id, OLD.assessment_title, OLD.opened_at, OLD.opened_by) THEN
    RAISE EXCEPTION 'Live session %: only closed_at and closed_by may change', OLD.id
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF NEW.closed_at IS NOT NULL THEN
    PERFORM plr_lock_session_exclusive(OLD.id);
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION plr_notify_change() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  changed_row json;
  payload text;
BEGIN
  changed_row := row_to_json(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  payload := json_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
    'row', changed_row)::text;
  IF octet_length(payload) >= 8000 THEN
    payload := json_build_object(
      'table', TG_TABLE_NAME,
      'op', TG_OP,
      'at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
      'truncated', true,
      'row', json_build_object(TG_ARGV[0], changed_row -> TG_ARGV[0], 'version', changed_row -> 'version'))::text;
  END IF;
  PERFORM pg_notify('plr_changes', payload);
  RETURN NULL;
END
$$;
