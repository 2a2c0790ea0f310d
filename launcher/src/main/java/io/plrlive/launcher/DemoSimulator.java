package io.plrlive.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The living demo of the local run: students who answer live quizzes. It writes only what
 * PrairieLearn and the staff page write: {@code assessment_instances} rows with growing
 * points, and sessions opened and closed through {@code plr_open_session} and
 * {@code plr_close_session}. At first start it plays a few quick sessions in every course
 * instance, so that seasonal and all-time boards and achievements have a history. Then,
 * in the current instance of each course, it keeps a session going: it opens the next
 * live assessment, lets the students work on it for {@link Settings#sessionLength()},
 * closes it and opens the next. Students also answer in sessions that staff open from the
 * page; those only staff close.
 */
final class DemoSimulator implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoSimulator.class);

	private static final double MAX_POINTS = 10;

	private final JdbcClient jdbc;

	private final Settings settings;

	private final RandomGenerator random;

	private ScheduledExecutorService scheduler;

	DemoSimulator(DataSource dataSource, Settings settings, RandomGenerator random) {
		this.jdbc = JdbcClient.create(dataSource);
		this.settings = settings;
		this.random = random;
	}

	/**
	 * Plays the history if there is none yet, then simulates on a thread of its own.
	 */
	void start() {
		playHistoryOnce();
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "plr-demo-simulator");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleWithFixedDelay(this::tickSafely, 0, this.settings.tick().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Demo simulation running: a live session in the current instance of each course, {} each",
				this.settings.sessionLength());
	}

	@Override
	public void close() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	/**
	 * Plays a few closed sessions in every course instance, unless any session exists.
	 */
	void playHistoryOnce() {
		boolean anySession = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM plr_live_sessions)")
			.query(Boolean.class)
			.single();
		if (anySession) {
			return;
		}
		List<Long> instances = this.jdbc.sql("SELECT id FROM course_instances ORDER BY id").query(Long.class).list();
		List<Long> current = currentInstances();
		for (long courseInstance : instances) {
			List<Long> assessments = liveAssessments(courseInstance);
			int played = current.contains(courseInstance) ? 2 : 4;
			for (int i = 0; i < Math.min(played, assessments.size()); i++) {
				long session = open(courseInstance, assessments.get(i));
				for (long student : students(courseInstance)) {
					if (this.random.nextDouble() < 0.85) {
						answer(assessments.get(i), student, 1 + this.random.nextInt((int) MAX_POINTS));
					}
				}
				close(session);
			}
		}
		log.info("Demo history played: closed sessions in {} course instances", instances.size());
	}

	/**
	 * One step: students answer in every open session; the current instances get a new
	 * session when none is open, and the simulator's own sessions close when their time
	 * is up.
	 */
	void tick() {
		for (long courseInstance : currentInstances()) {
			boolean open = this.jdbc.sql(
					"SELECT EXISTS (SELECT 1 FROM plr_live_sessions WHERE course_instance_id = :ci AND closed_at IS NULL)")
				.param("ci", courseInstance)
				.query(Boolean.class)
				.single();
			if (!open) {
				openNext(courseInstance);
			}
		}
		List<OpenSession> sessions = this.jdbc.sql("""
				SELECT id, course_instance_id, assessment_id, opened_by IS NULL AS simulated,
				       clock_timestamp() - opened_at >= make_interval(secs => :length) AS due
				FROM plr_live_sessions WHERE closed_at IS NULL
				""").param("length", this.settings.sessionLength().toMillis() / 1000.0).query(OpenSession.class).list();
		for (OpenSession session : sessions) {
			if (session.simulated() && session.due()) {
				close(session.id());
				continue;
			}
			for (long student : students(session.courseInstanceId())) {
				if (this.random.nextDouble() < this.settings.activity()) {
					progress(session.assessmentId(), student);
				}
			}
		}
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			log.warn("Demo simulation step failed; trying again", ex);
		}
	}

	private void openNext(long courseInstance) {
		List<Long> assessments = liveAssessments(courseInstance);
		if (assessments.isEmpty()) {
			return;
		}
		long played = this.jdbc.sql("SELECT count(*) FROM plr_live_sessions WHERE course_instance_id = :ci")
			.param("ci", courseInstance)
			.query(Long.class)
			.single();
		long assessment = assessments.get((int) (played % assessments.size()));
		open(courseInstance, assessment);
		log.info("Demo: live session of assessment {} open in course instance {}", assessment, courseInstance);
	}

	// A student works on: a new attempt or more points on the one they have, as
	// PrairieLearn records it.
	private void progress(long assessment, long student) {
		Double points = this.jdbc
			.sql("SELECT max(points) FROM assessment_instances WHERE assessment_id = :a AND user_id = :u")
			.param("a", assessment)
			.param("u", student)
			.query(Double.class)
			.optional()
			.orElse(null);
		if (points == null) {
			answer(assessment, student, this.random.nextInt(3));
		}
		else if (points < MAX_POINTS) {
			this.jdbc.sql("""
					UPDATE assessment_instances SET points = least(:max, points + :gain), modified_at = now()
					WHERE assessment_id = :a AND user_id = :u
					""")
				.param("max", MAX_POINTS)
				.param("gain", 1 + this.random.nextInt(3))
				.param("a", assessment)
				.param("u", student)
				.update();
		}
	}

	private void answer(long assessment, long student, double points) {
		this.jdbc.sql("""
				INSERT INTO assessment_instances (assessment_id, user_id, points, max_points)
				VALUES (:a, :u, :points, :max)
				""")
			.param("a", assessment)
			.param("u", student)
			.param("points", points)
			.param("max", MAX_POINTS)
			.update();
	}

	private long open(long courseInstance, long assessment) {
		return this.jdbc.sql("SELECT id FROM plr_open_session(:ci, :a)")
			.param("ci", courseInstance)
			.param("a", assessment)
			.query(Long.class)
			.single();
	}

	private void close(long session) {
		this.jdbc.sql("SELECT id FROM plr_close_session(:s)").param("s", session).query(Long.class).single();
	}

	private List<Long> liveAssessments(long courseInstance) {
		return this.jdbc.sql("""
				SELECT a.id FROM assessments a JOIN assessment_sets s ON s.id = a.assessment_set_id
				WHERE a.course_instance_id = :ci AND s.abbreviation = 'LV' AND a.deleted_at IS NULL
				ORDER BY a.number, a.id
				""").param("ci", courseInstance).query(Long.class).list();
	}

	private List<Long> students(long courseInstance) {
		return this.jdbc.sql("SELECT user_id FROM enrollments WHERE course_instance_id = :ci ORDER BY user_id")
			.param("ci", courseInstance)
			.query(Long.class)
			.list();
	}

	// The newest instance of each course.
	private List<Long> currentInstances() {
		return this.jdbc.sql("SELECT max(id) FROM course_instances GROUP BY course_id ORDER BY 1")
			.query(Long.class)
			.list();
	}

	/**
	 * How lively the demo is.
	 *
	 * @param tick time between steps
	 * @param sessionLength how long the simulator keeps its own sessions open
	 * @param activity the share of students who make progress in a step
	 */
	record Settings(Duration tick, Duration sessionLength, double activity) {

		/**
		 * The local run's: a step a second, three-minute quizzes, a few students a step.
		 */
		static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofMinutes(3), 0.08);

	}

	private record OpenSession(long id, long courseInstanceId, long assessmentId, boolean simulated, boolean due) {
	}

}
