-- Rules that hold for every write to a PLR table, whoever makes it.

-- Every captured row carries a version: 1 when inserted, one more on every update. Consumers keep the highest
-- version per key, so the two capture paths (NOTIFY and logical replication) may duplicate and reorder freely.
CREATE FUNCTION plr_bump_version() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  ELSE
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END
$$;

-- Every change of a captured row is announced on channel plr_changes with the row itself, so that change-capture
-- publishes it about 2 ms after commit without querying. The payload stays far below PostgreSQL's 8000-byte limit
-- because every text column of a captured table is bounded; should a future column break that, the notification
-- carries the key and version only and logical replication delivers the row.
CREATE FUNCTION plr_notify_change() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  changed_row jsonb;
  payload text;
BEGIN
  changed_row := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  payload := jsonb_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
    'row', changed_row)::text;
  IF octet_length(payload) >= 8000 THEN
    payload := jsonb_build_object(
      'table', TG_TABLE_NAME,
      'op', TG_OP,
      'at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
      'truncated', true,
      'row', jsonb_build_object(TG_ARGV[0], changed_row -> TG_ARGV[0], 'version', changed_row -> 'version'))::text;
  END IF;
  PERFORM pg_notify('plr_changes', payload);
  RETURN NULL;
END
$$;

CREATE TRIGGER plr_live_sessions_version BEFORE INSERT OR UPDATE ON plr_live_sessions
  FOR EACH ROW EXECUTE FUNCTION plr_bump_version();
CREATE TRIGGER plr_participants_version BEFORE INSERT OR UPDATE ON plr_participants
  FOR EACH ROW EXECUTE FUNCTION plr_bump_version();
CREATE TRIGGER plr_students_version BEFORE INSERT OR UPDATE ON plr_students
  FOR EACH ROW EXECUTE FUNCTION plr_bump_version();
CREATE TRIGGER plr_enrollments_version BEFORE INSERT OR UPDATE ON plr_enrollments
  FOR EACH ROW EXECUTE FUNCTION plr_bump_version();

CREATE TRIGGER plr_live_sessions_notify AFTER INSERT OR UPDATE OR DELETE ON plr_live_sessions
  FOR EACH ROW EXECUTE FUNCTION plr_notify_change('id');
CREATE TRIGGER plr_participants_notify AFTER INSERT OR UPDATE OR DELETE ON plr_participants
  FOR EACH ROW EXECUTE FUNCTION plr_notify_change('id');
CREATE TRIGGER plr_students_notify AFTER INSERT OR UPDATE OR DELETE ON plr_students
  FOR EACH ROW EXECUTE FUNCTION plr_notify_change('user_id');
CREATE TRIGGER plr_enrollments_notify AFTER INSERT OR UPDATE OR DELETE ON plr_enrollments
  FOR EACH ROW EXECUTE FUNCTION plr_notify_change('id');

-- A display name change is stamped, so pages can tell when it happened.
CREATE FUNCTION plr_students_stamp() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END
$$;

CREATE TRIGGER plr_students_stamp BEFORE UPDATE ON plr_students
  FOR EACH ROW EXECUTE FUNCTION plr_students_stamp();

-- A session is opened for an LV assessment of its own course instance; its course and title come from the host
-- tables. A second open session in the course instance is refused with a clear message (the unique index
-- plr_live_sessions_one_open_per_course_instance is the guarantee under concurrency).
CREATE FUNCTION plr_live_sessions_check_opening() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  assessment record;
  open_session_id bigint;
BEGIN
  SELECT a.course_instance_id, a.title, ci.course_id, s.abbreviation
    INTO assessment
    FROM assessments a
    JOIN course_instances ci ON ci.id = a.course_instance_id
    LEFT JOIN assessment_sets s ON s.id = a.assessment_set_id
   WHERE a.id = NEW.assessment_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Assessment % does not exist', NEW.assessment_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF assessment.course_instance_id IS DISTINCT FROM NEW.course_instance_id THEN
    RAISE EXCEPTION 'Assessment % belongs to course instance %, not %',
      NEW.assessment_id, assessment.course_instance_id, NEW.course_instance_id
      USING ERRCODE = 'check_violation';
  END IF;
  IF assessment.abbreviation IS DISTINCT FROM 'LV' THEN
    RAISE EXCEPTION 'Assessment % is not a live assessment (its set is %, expected LV)',
      NEW.assessment_id, coalesce(assessment.abbreviation, 'none')
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT id INTO open_session_id
    FROM plr_live_sessions
   WHERE course_instance_id = NEW.course_instance_id AND closed_at IS NULL;
  IF FOUND THEN
    RAISE EXCEPTION 'Course instance % already has an open live session (%); close it first',
      NEW.course_instance_id, open_session_id
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'plr_live_sessions_one_open_per_course_instance';
  END IF;
  NEW.course_id := assessment.course_id;
  NEW.assessment_title := left(coalesce(NEW.assessment_title, assessment.title, 'Assessment ' || NEW.assessment_id), 256);
  NEW.closed_at := NULL;
  NEW.closed_by := NULL;
  RETURN NEW;
END
$$;

CREATE TRIGGER plr_live_sessions_check_opening BEFORE INSERT ON plr_live_sessions
  FOR EACH ROW EXECUTE FUNCTION plr_live_sessions_check_opening();

-- The only change a session ever takes is closing, once. It never reopens (a new opening is a new session), so
-- nothing it held is ever counted twice.
CREATE FUNCTION plr_live_sessions_check_change() RETURNS trigger
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
  RETURN NEW;
END
$$;

CREATE TRIGGER plr_live_sessions_check_change BEFORE UPDATE ON plr_live_sessions
  FOR EACH ROW EXECUTE FUNCTION plr_live_sessions_check_change();

CREATE FUNCTION plr_live_sessions_refuse_delete() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'Live session % is history and cannot be deleted', OLD.id
    USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$;

CREATE TRIGGER plr_live_sessions_refuse_delete BEFORE DELETE ON plr_live_sessions
  FOR EACH ROW EXECUTE FUNCTION plr_live_sessions_refuse_delete();

-- Participants change only while their session is open. The share lock on the session row orders every score
-- change against the close: it commits before the close (and counts) or sees the session closed (and changes
-- nothing).
CREATE FUNCTION plr_participants_check_session_open() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  session_closed_at timestamptz;
BEGIN
  SELECT closed_at INTO session_closed_at FROM plr_live_sessions WHERE id = NEW.session_id FOR SHARE;
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

CREATE TRIGGER plr_participants_check_session_open BEFORE INSERT OR UPDATE ON plr_participants
  FOR EACH ROW EXECUTE FUNCTION plr_participants_check_session_open();
