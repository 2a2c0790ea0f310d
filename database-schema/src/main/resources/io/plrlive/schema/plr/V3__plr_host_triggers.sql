-- PLR code that runs inside PrairieLearn's own transactions. Each trigger catches its own errors and records them in
-- plr_trigger_faults: a fault in PLR never makes a student's submission fail.

CREATE FUNCTION plr_record_fault(p_table text, p_operation text, p_row_id bigint, p_sqlstate text, p_message text,
                                 p_detail text, p_context text) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO plr_trigger_faults (source_table, source_operation, source_row_id, sqlstate, message, detail, context)
  VALUES (p_table, p_operation, p_row_id, p_sqlstate, p_message, p_detail, p_context);
EXCEPTION WHEN OTHERS THEN
  -- Even the record of a fault must not abort the host transaction; the server log keeps it.
  RAISE WARNING 'PLR fault on % % of row % (% %) could not be recorded: %',
    p_operation, p_table, p_row_id, p_sqlstate, p_message, SQLERRM;
END
$$;

-- Every PLR student has a profile with an alias before they appear anywhere.
CREATE FUNCTION plr_ensure_student(p_user_id bigint) RETURNS void
  LANGUAGE sql
AS $$
  INSERT INTO plr_students (user_id, display_name)
  VALUES (p_user_id, plr_default_alias(p_user_id))
  ON CONFLICT (user_id) DO NOTHING
$$;

-- The live-scoring rule: while a session of the assessment is open, an enrolled student's change joins them (also if
-- they started before the opening) and sets their live points to their best points across their instances of the
-- assessment × 1000. The duration runs from joining to the latest change that changed the points; a change that does
-- not change the points (a saved draft) changes nothing. Closed sessions are never touched.
CREATE FUNCTION plr_record_participation(p_assessment_id bigint, p_user_id bigint) RETURNS void
  LANGUAGE plpgsql
AS $$
DECLARE
  open_session plr_live_sessions%ROWTYPE;
  best_points double precision;
  changed_at timestamptz := clock_timestamp();
BEGIN
  IF p_user_id IS NULL THEN
    RETURN;
  END IF;
  -- The share lock orders this change against a concurrent close (see plr_participants_check_session_open).
  SELECT * INTO open_session
    FROM plr_live_sessions
   WHERE assessment_id = p_assessment_id AND closed_at IS NULL
     FOR SHARE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM enrollments
                  WHERE user_id = p_user_id AND course_instance_id = open_session.course_instance_id) THEN
    RETURN;
  END IF;
  SELECT max(points) INTO best_points
    FROM assessment_instances
   WHERE assessment_id = p_assessment_id AND user_id = p_user_id;
  -- Only a student's first change needs a profile; every later one is a cheap index probe.
  IF NOT EXISTS (SELECT 1 FROM plr_students WHERE user_id = p_user_id) THEN
    PERFORM plr_ensure_student(p_user_id);
  END IF;
  INSERT INTO plr_participants AS p (session_id, course_id, course_instance_id, user_id, points, joined_at,
                                     points_changed_at)
  VALUES (open_session.id, open_session.course_id, open_session.course_instance_id, p_user_id,
          round(coalesce(best_points, 0) * 1000)::bigint, changed_at, changed_at)
  ON CONFLICT (session_id, user_id) DO UPDATE
    SET points = EXCLUDED.points, points_changed_at = EXCLUDED.points_changed_at
    WHERE p.points IS DISTINCT FROM EXCLUDED.points;
END
$$;

CREATE FUNCTION plr_assessment_instances_changed() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  fault_sqlstate text;
  fault_message text;
  fault_detail text;
  fault_context text;
BEGIN
  BEGIN
    PERFORM plr_record_participation(NEW.assessment_id, NEW.user_id);
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS fault_sqlstate = RETURNED_SQLSTATE, fault_message = MESSAGE_TEXT,
                            fault_detail = PG_EXCEPTION_DETAIL, fault_context = PG_EXCEPTION_CONTEXT;
    PERFORM plr_record_fault(TG_TABLE_NAME, TG_OP, NEW.id, fault_sqlstate, fault_message, fault_detail,
                             fault_context);
  END;
  RETURN NULL;
END
$$;

CREATE TRIGGER plr_assessment_instances_changed AFTER INSERT OR UPDATE ON assessment_instances
  FOR EACH ROW EXECUTE FUNCTION plr_assessment_instances_changed();

-- The enrollment mirror: who is a student of a course instance, for the attendance achievement.
CREATE FUNCTION plr_mirror_enrollment(p_operation text, p_old enrollments, p_new enrollments) RETURNS void
  LANGUAGE plpgsql
AS $$
BEGIN
  IF p_operation IN ('UPDATE', 'DELETE') THEN
    DELETE FROM plr_enrollments
     WHERE id = p_old.id
       AND (p_operation = 'DELETE'
            OR (p_old.user_id, p_old.course_instance_id) IS DISTINCT FROM (p_new.user_id, p_new.course_instance_id));
  END IF;
  IF p_operation IN ('INSERT', 'UPDATE') THEN
    PERFORM plr_ensure_student(p_new.user_id);
    INSERT INTO plr_enrollments (id, user_id, course_id, course_instance_id)
    SELECT p_new.id, p_new.user_id, ci.course_id, p_new.course_instance_id
      FROM course_instances ci
     WHERE ci.id = p_new.course_instance_id
    ON CONFLICT (id) DO NOTHING;
  END IF;
END
$$;

CREATE FUNCTION plr_enrollments_changed() RETURNS trigger
  LANGUAGE plpgsql
AS $$
DECLARE
  fault_sqlstate text;
  fault_message text;
  fault_detail text;
  fault_context text;
BEGIN
  BEGIN
    PERFORM plr_mirror_enrollment(TG_OP, OLD, NEW);
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS fault_sqlstate = RETURNED_SQLSTATE, fault_message = MESSAGE_TEXT,
                            fault_detail = PG_EXCEPTION_DETAIL, fault_context = PG_EXCEPTION_CONTEXT;
    PERFORM plr_record_fault(TG_TABLE_NAME, TG_OP, coalesce(NEW.id, OLD.id), fault_sqlstate, fault_message,
                             fault_detail, fault_context);
  END;
  RETURN NULL;
END
$$;

CREATE TRIGGER plr_enrollments_changed AFTER INSERT OR UPDATE OR DELETE ON enrollments
  FOR EACH ROW EXECUTE FUNCTION plr_enrollments_changed();

-- Opening and closing, as the staff page and the demo do it.
CREATE FUNCTION plr_open_session(p_course_instance_id bigint, p_assessment_id bigint, p_opened_by bigint DEFAULT NULL)
  RETURNS plr_live_sessions
  LANGUAGE sql
AS $$
  INSERT INTO plr_live_sessions (course_instance_id, assessment_id, opened_by, course_id, assessment_title)
  VALUES (p_course_instance_id, p_assessment_id, p_opened_by, 0, NULL)
  RETURNING *
$$;

CREATE FUNCTION plr_close_session(p_session_id bigint, p_closed_by bigint DEFAULT NULL)
  RETURNS plr_live_sessions
  LANGUAGE plpgsql
AS $$
DECLARE
  closed plr_live_sessions%ROWTYPE;
BEGIN
  UPDATE plr_live_sessions
     SET closed_at = clock_timestamp(), closed_by = p_closed_by
   WHERE id = p_session_id AND closed_at IS NULL
  RETURNING * INTO closed;
  IF NOT FOUND THEN
    IF EXISTS (SELECT 1 FROM plr_live_sessions WHERE id = p_session_id) THEN
      RAISE EXCEPTION 'Live session % is already closed', p_session_id
        USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RAISE EXCEPTION 'Live session % does not exist', p_session_id USING ERRCODE = 'no_data_found';
  END IF;
  RETURN closed;
END
$$;
